"""Apply one office batch in one PostgreSQL transaction, exactly once.

The office sends at least once (it retries until it sees an answer); head office makes that
exactly once: batches of one office are serialized by a row lock on `office`, a batch already
recorded with the same digest is answered "duplicate", and `change_log`'s (office, seq) key
makes applying a change twice impossible even if the checks above had a hole.

Writes are set-based (one `INSERT ... SELECT FROM unnest(arrays)` per table) so a batch of
1,000 changes costs a handful of round trips, not a thousand. The arrays travel in binary
(`%b`): in text format psycopg escapes every element of a text array with a regex, which cost
more than the whole database work.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import psycopg

from app.sync import protocol
from app.sync.protocol import DELETE, INSERT, Batch, Change

OFFICE_LOCK_TIMEOUT = "2s"  # another request of the same office holds it longer: answer 503
APPLY_LOCK_TIMEOUT = "30s"  # once the office is ours, nothing else should hold its rows
RETRY_AFTER_SECONDS = 2


@dataclass(eq=False)
class Refused(Exception):
    """A batch head office does not apply; `status` and `body` are the HTTP answer."""

    status: int
    error: str
    message: str
    extra: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.message)

    @property
    def body(self) -> dict[str, Any]:
        return {"error": self.error, "message": self.message, **self.extra}


def check_schema(batch: Batch) -> None:
    low, high = protocol.MIN_SCHEMA_VERSION, protocol.MAX_SCHEMA_VERSION
    if not low <= batch.schema_version <= high:
        raise Refused(
            426,
            protocol.ERROR_SCHEMA,
            f"office schema version {batch.schema_version} is outside {low}..{high}: "
            "update the office program or the head-office service",
            {"min": low, "max": high},
        )


def apply_batch(conn: psycopg.Connection, batch: Batch, digest: str) -> dict[str, Any]:
    """The 200 answer for `batch` (applied or duplicate); raises Refused for any other."""
    check_schema(batch)
    try:
        with conn.transaction():
            return _apply_locked(conn, batch, digest)
    except psycopg.errors.LockNotAvailable as exc:
        raise Refused(
            503,
            protocol.ERROR_BUSY,
            f"office {batch.office} is busy with another batch; retry shortly",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        ) from exc
    except psycopg.DataError as exc:
        # A value PostgreSQL cannot hold (a NUL character in text, a number beyond bigint):
        # retrying the same bytes would fail forever, so say so instead of answering 500.
        raise Refused(
            422,
            protocol.ERROR_MALFORMED,
            f"batch {batch.batch_no} holds a value head office cannot store: "
            f"{str(exc).splitlines()[0]}",
        ) from exc


def _apply_locked(conn: psycopg.Connection, batch: Batch, digest: str) -> dict[str, Any]:
    conn.execute("SELECT set_config('lock_timeout', %s, true)", (OFFICE_LOCK_TIMEOUT,))
    # NO KEY UPDATE serializes the office's batches without blocking the foreign-key checks
    # (KEY SHARE) of rows that reference the office.
    row = conn.execute(
        "SELECT generation, acked_seq FROM office WHERE code = %s FOR NO KEY UPDATE",
        (batch.office,),
    ).fetchone()
    conn.execute("SELECT set_config('lock_timeout', %s, true)", (APPLY_LOCK_TIMEOUT,))
    if row is None:
        raise Refused(403, protocol.ERROR_FORBIDDEN, f"no office {batch.office} at head office")
    generation, acked_seq = row
    where = {"acked_seq": acked_seq, "generation": generation}
    if generation is not None and generation != batch.generation:
        raise Refused(
            409,
            protocol.ERROR_GENERATION,
            f"office {batch.office} sends database generation {batch.generation}, head office "
            f"holds {generation}: a restored or copied office database; IT must decide",
            where,
        )
    known = conn.execute(
        "SELECT sha256 FROM batch WHERE office = %s AND generation = %s AND batch_no = %s",
        (batch.office, batch.generation, batch.batch_no),
    ).fetchone()
    if known is not None:
        if known[0] != digest:
            raise Refused(
                422,
                protocol.ERROR_BATCH_CONFLICT,
                f"batch {batch.batch_no} was received before with other contents",
                where,
            )
        return _answer(protocol.STATUS_DUPLICATE, acked_seq, batch, 0)
    if batch.first_seq != acked_seq + 1:
        raise Refused(
            409,
            protocol.ERROR_GAP,
            f"head office has changes up to seq {acked_seq}; batch {batch.batch_no} starts at "
            f"{batch.first_seq}",
            where,
        )
    quarantined = _write_changes(conn, batch)
    conn.execute(
        "UPDATE office SET generation = %s, acked_seq = %s, last_batch_no = %s, "
        "last_batch_at = now() WHERE code = %s",
        (batch.generation, batch.last_seq, batch.batch_no, batch.office),
    )
    conn.execute(
        "INSERT INTO batch (office, generation, batch_no, sha256, first_seq, last_seq, "
        "schema_version, changes, quarantined) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
        (
            batch.office,
            batch.generation,
            batch.batch_no,
            digest,
            batch.first_seq,
            batch.last_seq,
            batch.schema_version,
            len(batch.changes),
            quarantined,
        ),
    )
    return _answer(protocol.STATUS_APPLIED, batch.last_seq, batch, quarantined)


def _answer(status: str, acked_seq: int, batch: Batch, quarantined: int) -> dict[str, Any]:
    return {
        "status": status,
        "acked_seq": acked_seq,
        "batch_no": batch.batch_no,
        "quarantined": quarantined,
    }


def _write_changes(conn: psycopg.Connection, batch: Batch) -> int:
    """Log every change, apply them; returns how many went to quarantine."""
    _log(conn, batch)
    mutable = [c for c in batch.changes if c.table not in protocol.IMMUTABLE_TABLES]
    issued = [c for c in batch.changes if c.table in protocol.IMMUTABLE_TABLES]
    _upsert(conn, batch.office, _latest_per_row(mutable))
    return _insert_issued(conn, batch.office, issued)


def _log(conn: psycopg.Connection, batch: Batch) -> None:
    changes = batch.changes
    conn.execute(
        "INSERT INTO change_log (office, seq, txn, table_name, op, row_id, row_version, batch_no) "
        "SELECT %s, seq, txn, t, op, id, v, %s FROM unnest("
        "%b::bigint[], %b::bigint[], %b::text[], %b::text[], %b::text[], %b::bigint[]"
        ") AS u(seq, txn, t, op, id, v)",
        (
            batch.office,
            batch.batch_no,
            [c.seq for c in changes],
            [c.txn for c in changes],
            [c.table for c in changes],
            [c.op for c in changes],
            [c.id for c in changes],
            [c.row_version for c in changes],
        ),
    )


def _latest_per_row(changes: list[Change]) -> list[Change]:
    """One change per row (the newest): one statement may not upsert the same key twice."""
    latest: dict[tuple[str, str], Change] = {}
    for change in changes:
        key = (change.table, change.id)
        held = latest.get(key)
        if held is None or (change.row_version, change.seq) >= (held.row_version, held.seq):
            latest[key] = change
    return list(latest.values())


_UPSERT = (
    "INSERT INTO office_row (office, table_name, row_id, row_version, data, deleted, last_seq) "
    "SELECT %s, t, id, v, d::jsonb, del, seq FROM unnest("
    "%b::text[], %b::text[], %b::bigint[], %b::text[], %b::boolean[], %b::bigint[]"
    ") AS u(t, id, v, d, del, seq) "
)
# A delete keeps the row's last image as a tombstone. The version guard keeps a late, older
# change from overwriting a newer one.
_ON_CONFLICT_UPDATE = (
    "ON CONFLICT (office, table_name, row_id) DO UPDATE SET row_version = EXCLUDED.row_version, "
    "data = EXCLUDED.data, deleted = EXCLUDED.deleted, last_seq = EXCLUDED.last_seq, "
    "updated_at = now() WHERE office_row.row_version <= EXCLUDED.row_version"
)


def _upsert(
    conn: psycopg.Connection, office: str, changes: list[Change], sql_tail: str = ""
) -> None:
    if not changes:
        return
    conn.execute(
        _UPSERT + (sql_tail or _ON_CONFLICT_UPDATE),
        (
            office,
            [c.table for c in changes],
            [c.id for c in changes],
            [c.row_version for c in changes],
            [_json(c.row) for c in changes],
            [c.op == DELETE for c in changes],
            [c.seq for c in changes],
        ),
    )


def _insert_issued(conn: psycopg.Connection, office: str, changes: list[Change]) -> int:
    """Issued records are insert-only: a first insert is stored, an identical copy ignored,
    anything else (another image, an update, a delete) is quarantined beside the original."""
    if not changes:
        return 0
    held = _stored_images(conn, office, changes)
    fresh: list[Change] = []
    refused: list[tuple[Change, Any, str]] = []
    for change in changes:
        key = (change.table, change.id)
        original = held.get(key)
        if change.op != INSERT:
            refused.append((change, original, f"{_VERB[change.op]} of an issued record"))
        elif key not in held:
            held[key] = change.row
            fresh.append(change)
        elif original != change.row:
            refused.append((change, original, "changed copy of an issued record"))
    _upsert(conn, office, fresh, "ON CONFLICT (office, table_name, row_id) DO NOTHING")
    _quarantine(conn, office, refused)
    return len(refused)


_VERB = {protocol.UPDATE: "update", protocol.DELETE: "delete"}


def _stored_images(
    conn: psycopg.Connection, office: str, changes: list[Change]
) -> dict[tuple[str, str], Any]:
    rows = conn.execute(
        "SELECT r.table_name, r.row_id, r.data FROM office_row r "
        "JOIN unnest(%b::text[], %b::text[]) AS k(t, id) ON r.table_name = k.t AND r.row_id = k.id "
        "WHERE r.office = %s",
        ([c.table for c in changes], [c.id for c in changes], office),
    )
    return {(table, row_id): data for table, row_id, data in rows}


def _quarantine(
    conn: psycopg.Connection, office: str, refused: list[tuple[Change, Any, str]]
) -> None:
    if not refused:
        return
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO quarantine (office, seq, table_name, row_id, op, row_version, data, "
            "original, reason) VALUES (%s, %s, %s, %s, %s, %s, %s::jsonb, %s::jsonb, %s)",
            [
                (
                    office,
                    c.seq,
                    c.table,
                    c.id,
                    c.op,
                    c.row_version,
                    _json(c.row),
                    None if original is None else _json(original),
                    reason,
                )
                for c, original, reason in refused
            ],
        )


def _json(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))
