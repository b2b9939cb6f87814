-- Schema 4: the job queue across processes and restarts.
-- queue_order: the user's order within a priority. cancel_requested: a cancel asked by another
-- process (the CLI) for a job this one runs. owner and heartbeat_at: which process runs a Running job
-- and when it last said so, so start-up recovery interrupts only jobs whose process is gone.
-- attempt: retries of one job; the ledger charges and refunds once per attempt.

ALTER TABLE jobs ADD COLUMN queue_order INTEGER NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0 CHECK (cancel_requested IN (0, 1));
ALTER TABLE jobs ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN heartbeat_at INTEGER;
ALTER TABLE jobs ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1);
UPDATE jobs SET queue_order = id;
DROP INDEX jobs_by_status;
CREATE INDEX jobs_in_queue_order ON jobs(status, priority DESC, queue_order, id);

ALTER TABLE ledger_entries ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1);
DROP INDEX ledger_one_per_job_kind;
CREATE UNIQUE INDEX ledger_one_per_job_attempt ON ledger_entries(job_id, attempt, kind) WHERE job_id IS NOT NULL
    AND kind IN ('charge', 'refund');
