"""Schema 8: sync to head office — state, outbox, sealed batches.

The capture triggers are not here: they are generated from the models and the live columns
after every climb of the ladder (app/sync/capture.py), so a later migration that adds a
table or a column gets them regenerated without repeating itself.
"""

DDL = """
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    enabled INTEGER NOT NULL DEFAULT 0,
    office_code TEXT,
    server_url TEXT,
    txn INTEGER NOT NULL DEFAULT 1,
    acked_seq INTEGER NOT NULL DEFAULT 0,
    sealed_seq INTEGER NOT NULL DEFAULT 0,
    next_batch_no INTEGER NOT NULL DEFAULT 1,
    snapshot_at TEXT,
    last_attempt_at TEXT,
    last_success_at TEXT,
    last_error TEXT,
    attention TEXT,
    retry_at TEXT,
    failures INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id) VALUES (1);
CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    txn INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
    row_id TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    row_json TEXT NOT NULL,
    captured_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE sync_batch (
    batch_no INTEGER PRIMARY KEY,
    generation TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    changes INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    body BLOB,
    sealed_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    acked_at TEXT,
    last_error TEXT
);
CREATE TRIGGER sync_batch_body_final BEFORE UPDATE OF generation, first_seq, last_seq,
    changes, schema_version, sha256 ON sync_batch
BEGIN SELECT RAISE(ABORT, 'a sealed sync batch is resent unchanged'); END;
CREATE TRIGGER sync_batch_body_kept BEFORE UPDATE OF body ON sync_batch
    WHEN NEW.body IS NOT NULL AND NEW.body IS NOT OLD.body
BEGIN SELECT RAISE(ABORT, 'a sealed sync batch is resent unchanged'); END
"""


def statements() -> list[str]:
    return [s.strip() for s in DDL.split(";\n") if s.strip()]
