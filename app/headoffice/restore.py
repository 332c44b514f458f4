"""Accepting an office's restored database, and listing what the restore lost.

An office that restored a backup sends under a new database generation, and its changes
restart below what head office holds, so head office refuses it until IT decides. Accepting
moves everything head office held of the office aside (retired_row, retired_change) and
starts the office afresh: its next upload is everything its restored file holds (the office
sends it with `sync resend` or 同步 → 重新上传全部). What was retired and did not come back is
what the restore lost — receipts issued after the backup, above all — for the office to
enter again from the paper copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import psycopg

from app.headoffice.store import StoreError, connection


@dataclass(frozen=True)
class Accepted:
    office: str
    old_generation: str | None
    old_acked_seq: int
    rows_retired: int
    changes_retired: int
    at: datetime


@dataclass(frozen=True)
class LostRow:
    table: str
    row_id: str
    number: str | None  # a receipt's or a document's number, when it has one


def accept_restore(database_url: str, code: str) -> Accepted:
    with connection(database_url) as conn, conn.transaction():
        # FOR UPDATE waits for a batch being applied (it holds FOR NO KEY UPDATE)
        row = conn.execute(
            "SELECT generation, acked_seq, now() FROM office WHERE code = %s FOR UPDATE", (code,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no office {code}")
        generation, acked_seq, at = row
        if generation is None and acked_seq == 0:
            raise StoreError(f"office {code} has sent nothing yet: there is nothing to accept")
        rows = _retire(conn, "office_row", "retired_row", code, at, generation)
        changes = _retire(conn, "change_log", "retired_change", code, at, generation)
        conn.execute(
            "UPDATE office SET generation = NULL, acked_seq = 0, last_batch_no = 0 WHERE code = %s",
            (code,),
        )
    return Accepted(code, generation, acked_seq, rows, changes, at)


def _retire(
    conn: psycopg.Connection,
    table: str,
    into: str,
    code: str,
    at: datetime,
    generation: str | None,
) -> int:
    moved = conn.execute(
        f"INSERT INTO {into} SELECT t.*, %s, %s FROM {table} t WHERE office = %s",
        (at, generation, code),
    ).rowcount
    conn.execute(f"DELETE FROM {table} WHERE office = %s", (code,))
    return moved


def lost_rows(conn: psycopg.Connection, code: str) -> list[LostRow]:
    """Rows head office held before the latest accepted restore that the office has not sent
    again (final only once the office's resend is confirmed: see its acked_seq)."""
    return [
        LostRow(table, row_id, number)
        for table, row_id, number in conn.execute(
            "SELECT r.table_name, r.row_id, r.data->>'number' FROM retired_row r "
            "WHERE r.office = %s AND NOT r.deleted AND r.retired_at = "
            "(SELECT max(retired_at) FROM retired_row WHERE office = %s) "
            "AND NOT EXISTS (SELECT 1 FROM office_row o WHERE o.office = r.office "
            "AND o.table_name = r.table_name AND o.row_id = r.row_id) "
            "ORDER BY r.table_name, r.data->>'number', r.row_id",
            (code, code),
        )
    ]
