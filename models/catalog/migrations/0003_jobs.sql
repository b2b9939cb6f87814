-- Schema 3: the job journal, the export cache, the cost ledger, the offline operation queue and
-- review notes; accounts gain an optional monthly budget.

ALTER TABLE provider_accounts ADD COLUMN monthly_budget_micros INTEGER NOT NULL DEFAULT 0;

CREATE TABLE jobs (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('generate-text', 'generate-image', 'generate-storyboard',
                                                   'generate-explainer', 'refine', 'render', 'export',
                                                   'thumbnail-batch', 'upload', 'download')),
    status           TEXT NOT NULL CHECK (status IN ('queued', 'held', 'running', 'succeeded', 'failed',
                                                     'cancelled', 'interrupted')),
    priority         INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 2),
    title            TEXT NOT NULL DEFAULT '',
    account_id       INTEGER REFERENCES provider_accounts(id) ON DELETE SET NULL,
    params           TEXT NOT NULL DEFAULT '{}',
    stage            TEXT NOT NULL DEFAULT '',
    progress         REAL NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
    eta_seconds      INTEGER NOT NULL DEFAULT -1,
    remote_id        TEXT NOT NULL DEFAULT '',
    idempotency_key  TEXT NOT NULL DEFAULT '',
    cost_micros      INTEGER NOT NULL DEFAULT 0,
    cost_unit        TEXT NOT NULL DEFAULT '',
    output_path      TEXT NOT NULL DEFAULT '',
    error            TEXT NOT NULL DEFAULT '',
    batch_id         TEXT NOT NULL DEFAULT '',
    depends_on       INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
    created_at       INTEGER NOT NULL,
    started_at       INTEGER,
    finished_at      INTEGER,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX jobs_by_status ON jobs(status, priority DESC, created_at);
CREATE INDEX jobs_by_batch ON jobs(batch_id) WHERE batch_id <> '';

CREATE TABLE job_events (
    id       INTEGER PRIMARY KEY,
    job_id   INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    at       INTEGER NOT NULL,
    status   TEXT NOT NULL CHECK (status IN ('queued', 'held', 'running', 'succeeded', 'failed', 'cancelled',
                                             'interrupted')),
    message  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX job_events_by_job ON job_events(job_id, id);

CREATE TABLE exports (
    id             INTEGER PRIMARY KEY,
    source_sha256  TEXT NOT NULL,
    preset         TEXT NOT NULL,
    file_path      TEXT NOT NULL,
    size_bytes     INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    UNIQUE (source_sha256, preset)
);

CREATE TABLE ledger_entries (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES provider_accounts(id) ON DELETE CASCADE,
    job_id         INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('charge', 'refund', 'credit')),
    amount_micros  INTEGER NOT NULL CHECK (amount_micros >= 0),
    unit           TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    at             INTEGER NOT NULL
);
CREATE INDEX ledger_by_account ON ledger_entries(account_id, at);
-- A job is charged at most once and refunded at most once.
CREATE UNIQUE INDEX ledger_one_per_job_kind ON ledger_entries(job_id, kind) WHERE job_id IS NOT NULL
    AND kind IN ('charge', 'refund');

CREATE TABLE pending_ops (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER REFERENCES provider_accounts(id) ON DELETE CASCADE,
    operation   TEXT NOT NULL,
    payload     TEXT NOT NULL DEFAULT '{}',
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'conflict', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);
CREATE INDEX pending_ops_in_order ON pending_ops(state, id);

CREATE TABLE review_notes (
    id          INTEGER PRIMARY KEY,
    video_id    INTEGER NOT NULL REFERENCES videos(id) ON DELETE CASCADE,
    at_ms       INTEGER NOT NULL CHECK (at_ms >= 0),
    text        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX review_notes_by_video ON review_notes(video_id, at_ms);
