-- Schema 1: provider accounts, looks with products, videos and their links to looks.
-- Timestamps are milliseconds since the epoch (UTC). Paths are relative to the data directory.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE provider_accounts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    dialect       TEXT NOT NULL CHECK (dialect IN ('local', 'aistudio', 'asyncvideos', 'storyboard', 't2m')),
    base_url      TEXT NOT NULL DEFAULT '',
    concurrency   INTEGER NOT NULL DEFAULT 3 CHECK (concurrency BETWEEN 1 AND 64),
    balance_unit  TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL
);

CREATE TABLE looks (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER REFERENCES provider_accounts(id) ON DELETE SET NULL,
    remote_id    TEXT,
    title        TEXT NOT NULL,
    image_path   TEXT NOT NULL DEFAULT '',
    image_url    TEXT NOT NULL DEFAULT '',
    visibility   TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'public', 'shared')),
    shared_with  TEXT NOT NULL DEFAULT '[]',
    is_sample    INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (account_id, remote_id)
);

CREATE TABLE products (
    id           INTEGER PRIMARY KEY,
    look_id      INTEGER NOT NULL REFERENCES looks(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 1),
    name         TEXT NOT NULL,
    brand        TEXT NOT NULL DEFAULT '',
    category     TEXT NOT NULL DEFAULT '',
    image_path   TEXT NOT NULL DEFAULT '',
    price_cents  INTEGER NOT NULL DEFAULT 0,
    currency     TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    UNIQUE (look_id, position)
);

CREATE TABLE videos (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER REFERENCES provider_accounts(id) ON DELETE SET NULL,
    remote_id     TEXT,
    kind          TEXT NOT NULL CHECK (kind IN ('text', 'image', 'storyboard', 'explainer', 'render', 'import')),
    status        TEXT NOT NULL CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'cancelled')),
    title         TEXT NOT NULL DEFAULT '',
    prompt        TEXT NOT NULL DEFAULT '',
    media_sha256  TEXT NOT NULL DEFAULT '',
    file_path     TEXT NOT NULL DEFAULT '',
    remote_url    TEXT NOT NULL DEFAULT '',
    poster_path   TEXT NOT NULL DEFAULT '',
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    width         INTEGER NOT NULL DEFAULT 0,
    height        INTEGER NOT NULL DEFAULT 0,
    progress      REAL NOT NULL DEFAULT 0,
    favorite      INTEGER NOT NULL DEFAULT 0,
    error         TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    UNIQUE (account_id, remote_id)
);
CREATE INDEX videos_by_created ON videos(created_at);

CREATE TABLE look_videos (
    look_id     INTEGER NOT NULL REFERENCES looks(id) ON DELETE CASCADE,
    video_id    INTEGER NOT NULL REFERENCES videos(id) ON DELETE CASCADE,
    is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    linked_at   INTEGER NOT NULL,
    PRIMARY KEY (look_id, video_id)
);
CREATE INDEX look_videos_by_video ON look_videos(video_id);
-- The database itself refuses a second default video for a look.
CREATE UNIQUE INDEX look_videos_one_default ON look_videos(look_id) WHERE is_default = 1;
