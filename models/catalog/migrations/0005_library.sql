-- Schema 5: the look library. Videos gain the provider's id of the video itself (remote_ref), and
-- indexes serve the library's filters and sorts over 100,000 videos and 10,000 looks (each chosen
-- from EXPLAIN QUERY PLAN and timings of tests/bench/bench_library).

ALTER TABLE videos ADD COLUMN remote_ref TEXT NOT NULL DEFAULT '';

-- The look grid, newest first (LookStore::summaries()).
CREATE INDEX looks_by_created ON looks(created_at);

-- One filter with the default sort (newest first) without a sort step: status, kind, provider.
CREATE INDEX videos_by_status ON videos(status, created_at);
CREATE INDEX videos_by_kind ON videos(kind, created_at);
CREATE INDEX videos_by_account ON videos(account_id, created_at);
-- Favourites and offline videos are a small part of a library: partial indexes stay small.
CREATE INDEX videos_favorite ON videos(created_at) WHERE favorite = 1;
CREATE INDEX videos_offline ON videos(created_at) WHERE file_path <> '';
-- The other sorts.
CREATE INDEX videos_by_title ON videos(title COLLATE NOCASE);
CREATE INDEX videos_by_duration ON videos(duration_ms);
-- Import finds a file the library already holds by its content.
CREATE INDEX videos_by_media ON videos(media_sha256) WHERE media_sha256 <> '';
