"""The head-office PostgreSQL store: schema, offices and their tokens, per-office state.

One generic table, `office_row`, holds every synced office table: a row is keyed by
(office, table_name, row_id) and its image is kept as jsonb. A new office table (a later
office migration) therefore needs no head-office migration — it simply arrives with new
`table_name` values — and the reports read the columns they need out of the jsonb.

`change_log` records each (office, seq) once (its primary key makes a second apply of the same
change impossible), `batch` each accepted batch with its body digest, `quarantine` the changes
to issued (immutable) records that head office refused to apply, with the original kept.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import psycopg
from psycopg.rows import dict_row

SCHEMA_VERSION = 2  # 2: retired_row, retired_change

# Frozen DDL: every statement is idempotent so `init` may run on every deployment.
SCHEMA = (
    """CREATE TABLE IF NOT EXISTS headoffice_schema (
        version integer NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
    )""",
    """CREATE TABLE IF NOT EXISTS office (
        code text PRIMARY KEY,
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        revoked_at timestamptz,
        generation text,
        acked_seq bigint NOT NULL DEFAULT 0,
        last_batch_no integer NOT NULL DEFAULT 0,
        last_batch_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
    )""",
    """CREATE TABLE IF NOT EXISTS batch (
        office text NOT NULL REFERENCES office (code),
        generation text NOT NULL,
        batch_no integer NOT NULL,
        sha256 text NOT NULL,
        first_seq bigint NOT NULL,
        last_seq bigint NOT NULL,
        schema_version integer NOT NULL,
        changes integer NOT NULL,
        quarantined integer NOT NULL DEFAULT 0,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (office, generation, batch_no)
    )""",
    """CREATE TABLE IF NOT EXISTS change_log (
        office text NOT NULL REFERENCES office (code),
        seq bigint NOT NULL,
        txn bigint NOT NULL,
        table_name text NOT NULL,
        op char(1) NOT NULL CHECK (op IN ('I', 'U', 'D')),
        row_id text NOT NULL,
        row_version bigint NOT NULL,
        batch_no integer NOT NULL,
        PRIMARY KEY (office, seq)
    )""",
    """CREATE TABLE IF NOT EXISTS office_row (
        office text NOT NULL REFERENCES office (code),
        table_name text NOT NULL,
        row_id text NOT NULL,
        row_version bigint NOT NULL,
        data jsonb NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        last_seq bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (office, table_name, row_id)
    )""",
    """CREATE TABLE IF NOT EXISTS quarantine (
        id bigserial PRIMARY KEY,
        office text NOT NULL REFERENCES office (code),
        seq bigint NOT NULL,
        table_name text NOT NULL,
        row_id text NOT NULL,
        op char(1) NOT NULL,
        row_version bigint NOT NULL,
        data jsonb NOT NULL,
        original jsonb,
        reason text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
    )""",
    "CREATE INDEX IF NOT EXISTS quarantine_office ON quarantine (office, seq)",
    # What head office held of an office before IT accepted its restored database
    # (app/headoffice/restore.py): kept, so what the restore lost can still be listed.
    """CREATE TABLE IF NOT EXISTS retired_row (
        LIKE office_row, retired_at timestamptz NOT NULL, generation text
    )""",
    "CREATE INDEX IF NOT EXISTS retired_row_office ON retired_row (office, retired_at)",
    """CREATE TABLE IF NOT EXISTS retired_change (
        LIKE change_log, retired_at timestamptz NOT NULL, generation text
    )""",
)


class StoreError(Exception):
    """A head-office administration request that cannot be done (unknown office ...)."""


@dataclass(frozen=True)
class OfficeState:
    code: str
    name: str
    generation: str | None
    acked_seq: int
    last_batch_no: int
    last_batch_at: datetime | None
    revoked_at: datetime | None


def connect(database_url: str, **kwargs: object) -> psycopg.Connection:
    return psycopg.connect(database_url, **kwargs)


@contextmanager
def connection(database_url: str) -> Iterator[psycopg.Connection]:
    conn = connect(database_url)
    try:
        yield conn
    finally:
        conn.close()


def init(database_url: str) -> int:
    """Create the schema (idempotent); returns the schema version."""
    with connection(database_url) as conn, conn.transaction():
        # Two `init`s at once must not race on CREATE TABLE IF NOT EXISTS.
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('propdesk-headoffice-init'))")
        for statement in SCHEMA:
            conn.execute(statement)
        if conn.execute("SELECT count(*) FROM headoffice_schema").fetchone()[0] == 0:
            conn.execute("INSERT INTO headoffice_schema (version) VALUES (%s)", (SCHEMA_VERSION,))
        conn.execute(
            "UPDATE headoffice_schema SET version = %s, applied_at = now() WHERE version < %s",
            (SCHEMA_VERSION, SCHEMA_VERSION),
        )
    return SCHEMA_VERSION


def hash_token(token: str) -> str:
    """SHA-256 hex of a token. Tokens are 32 random bytes (256 bits), so nobody can guess one
    from its hash: a slow password hash (argon2) only protects low-entropy secrets. A fast,
    unsalted hash lets every request find its office by an indexed lookup of the hash."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    """32 random bytes, URL-safe. Never starting with "-": IT pastes it after `--token` on
    the office's command line, where argparse would read it as an option."""
    while (token := secrets.token_urlsafe(32)).startswith("-"):
        pass
    return token


def add_office(database_url: str, code: str, name: str) -> str:
    """Register an office; returns its token (shown once: only its hash is stored)."""
    code, name = code.strip(), name.strip()
    if not code or not name:
        raise StoreError("an office needs a code and a name")
    token = new_token()
    with connection(database_url) as conn, conn.transaction():
        inserted = conn.execute(
            "INSERT INTO office (code, name, token_hash) VALUES (%s, %s, %s) "
            "ON CONFLICT (code) DO NOTHING RETURNING code",
            (code, name, hash_token(token)),
        ).fetchone()
    if inserted is None:
        raise StoreError(f"office {code} already exists")
    return token


def revoke_office(database_url: str, code: str) -> datetime:
    with connection(database_url) as conn, conn.transaction():
        row = conn.execute(
            "UPDATE office SET revoked_at = coalesce(revoked_at, now()) WHERE code = %s "
            "RETURNING revoked_at",
            (code,),
        ).fetchone()
    if row is None:
        raise StoreError(f"no office {code}")
    return row[0]


def office_for_token(conn: psycopg.Connection, token: str) -> tuple[str, bool] | None:
    """(office code, revoked) of the token's office, or None for an unknown token."""
    row = conn.execute(
        "SELECT code, revoked_at IS NOT NULL FROM office WHERE token_hash = %s",
        (hash_token(token),),
    ).fetchone()
    return None if row is None else (row[0], row[1])


def office_state(conn: psycopg.Connection, code: str) -> OfficeState | None:
    with conn.cursor(row_factory=dict_row) as cur:
        row = cur.execute(
            "SELECT code, name, generation, acked_seq, last_batch_no, last_batch_at, revoked_at "
            "FROM office WHERE code = %s",
            (code,),
        ).fetchone()
    return None if row is None else OfficeState(**row)


@dataclass(frozen=True)
class OfficeSummary:
    state: OfficeState
    rows_per_table: dict[str, int]
    deleted_rows: int
    quarantined: int
    batches: int


def _offices(conn: psycopg.Connection) -> list[dict]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            "SELECT code, name, generation, acked_seq, last_batch_no, last_batch_at, revoked_at "
            "FROM office ORDER BY code"
        ).fetchall()


def _quarantined(conn: psycopg.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT office, count(*) FROM quarantine GROUP BY office"))


def overview(conn: psycopg.Connection) -> list[tuple[OfficeState, int]]:
    """Every office with its quarantined changes: cheap enough for a page that refreshes
    itself (no count over the office rows, which grow without bound)."""
    quarantined = _quarantined(conn)
    return [(OfficeState(**o), quarantined.get(o["code"], 0)) for o in _offices(conn)]


def summaries(conn: psycopg.Connection) -> list[OfficeSummary]:
    """Every office with its row counts per table and its quarantined changes (scans every
    office row: for IT's `headoffice status`, not for the status page)."""
    offices = _offices(conn)
    tables: dict[str, dict[str, int]] = {}
    deleted: dict[str, int] = {}
    for office, table, live, dead in conn.execute(
        "SELECT office, table_name, count(*) FILTER (WHERE NOT deleted), "
        "count(*) FILTER (WHERE deleted) FROM office_row GROUP BY office, table_name "
        "ORDER BY office, table_name"
    ):
        tables.setdefault(office, {})[table] = live
        deleted[office] = deleted.get(office, 0) + dead
    quarantined = _quarantined(conn)
    batches = dict(conn.execute("SELECT office, count(*) FROM batch GROUP BY office"))
    return [
        OfficeSummary(
            state=OfficeState(**office),
            rows_per_table=tables.get(office["code"], {}),
            deleted_rows=deleted.get(office["code"], 0),
            quarantined=quarantined.get(office["code"], 0),
            batches=batches.get(office["code"], 0),
        )
        for office in offices
    ]
