-- Schema 6: cloud storage (issue 8). Storages (S3-compatible buckets; their keys live in the keychain),
-- the objects the studio put there or found there, and the parts of multipart uploads in progress
-- (so an upload resumes after a restart from the parts already sent).

CREATE TABLE storages (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    endpoint     TEXT NOT NULL,
    region       TEXT NOT NULL DEFAULT 'us-east-1',
    bucket       TEXT NOT NULL,
    prefix       TEXT NOT NULL DEFAULT '',
    addressing   TEXT NOT NULL DEFAULT 'path' CHECK (addressing IN ('path', 'virtual-hosted')),
    auto_upload  INTEGER NOT NULL DEFAULT 0,
    is_default   INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL
);
-- At most one storage receives automatic uploads and on-demand ones without a choice.
CREATE UNIQUE INDEX storages_one_default ON storages(is_default) WHERE is_default = 1;

-- An object is 'pending' while its upload job runs (job_id) and 'stored' once the bucket has it
-- complete and checked; a download of it is the job in job_id too.
CREATE TABLE cloud_objects (
    id           INTEGER PRIMARY KEY,
    storage_id   INTEGER NOT NULL REFERENCES storages(id) ON DELETE CASCADE,
    object_key   TEXT NOT NULL,
    sha256       TEXT NOT NULL DEFAULT '',
    size_bytes   INTEGER NOT NULL DEFAULT 0,
    etag         TEXT NOT NULL DEFAULT '',
    content_type TEXT NOT NULL DEFAULT '',
    local_path   TEXT NOT NULL DEFAULT '',
    video_id     INTEGER REFERENCES videos(id) ON DELETE SET NULL,
    state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'stored')),
    job_id       INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (storage_id, object_key)
);
CREATE INDEX cloud_objects_by_sha ON cloud_objects(sha256);
CREATE INDEX cloud_objects_by_path ON cloud_objects(local_path) WHERE local_path <> '';
CREATE INDEX cloud_objects_by_video ON cloud_objects(video_id);

CREATE TABLE upload_parts (
    job_id       INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    upload_id    TEXT NOT NULL,
    part_number  INTEGER NOT NULL CHECK (part_number BETWEEN 1 AND 10000),
    etag         TEXT NOT NULL,
    size_bytes   INTEGER NOT NULL,
    PRIMARY KEY (job_id, upload_id, part_number)
);
