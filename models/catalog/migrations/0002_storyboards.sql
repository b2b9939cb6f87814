-- Schema 2: storyboards and their scenes (1-based, contiguous positions).

CREATE TABLE storyboards (
    id                INTEGER PRIMARY KEY,
    account_id        INTEGER REFERENCES provider_accounts(id) ON DELETE SET NULL,
    remote_id         TEXT,
    title             TEXT NOT NULL,
    prompt            TEXT NOT NULL DEFAULT '',
    style             TEXT NOT NULL DEFAULT '',
    aspect            TEXT NOT NULL DEFAULT '16:9' CHECK (aspect IN ('16:9', '9:16', '1:1')),
    status            TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'pending', 'generating', 'storyboard_ready', 'rendering',
                                        'completed', 'failed')),
    approved          INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1)),
    approved_at       INTEGER,
    refinement_count  INTEGER NOT NULL DEFAULT 0 CHECK (refinement_count >= 0),
    is_sample         INTEGER NOT NULL DEFAULT 0,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    UNIQUE (account_id, remote_id)
);

CREATE TABLE scenes (
    id             INTEGER PRIMARY KEY,
    storyboard_id  INTEGER NOT NULL REFERENCES storyboards(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL CHECK (position >= 1),
    description    TEXT NOT NULL DEFAULT '',
    image_prompt   TEXT NOT NULL DEFAULT '',
    duration_ms    INTEGER NOT NULL DEFAULT 5000 CHECK (duration_ms > 0),
    image_path     TEXT NOT NULL DEFAULT '',
    UNIQUE (storyboard_id, position)
);
