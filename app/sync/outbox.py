"""Sealing the outbox into batches and recording head office's acknowledgements.

A batch is sealed in one transaction: its gzipped body is stored, so a retry resends the very
same bytes. It holds at most MAX_CHANGES_PER_BATCH changes and never splits a transaction
group — except that one group larger than the limit (a month's bills for 20,000 units) travels
whole, alone in its batch: the protocol accepts that, and it keeps head office's view of the
office transactionally consistent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from app.clock import utcnow
from app.db import database, transaction
from app.models.sync import SyncBatch, SyncOutbox, SyncState
from app.sync import protocol


def state() -> SyncState:
    return SyncState.get_by_id(1)


def pending_changes() -> int:
    acked = state().acked_seq
    return SyncOutbox.select().where(SyncOutbox.seq > acked).count()


def oldest_pending_captured_at() -> str | None:
    acked = state().acked_seq
    row = (
        SyncOutbox.select(SyncOutbox.captured_at)
        .where(SyncOutbox.seq > acked)
        .order_by(SyncOutbox.seq)
        .first()
    )
    return row.captured_at if row else None


def start_over() -> None:
    """Forget every batch and captured change, and number changes from 1 again: head office
    accepted this office's restored database and takes it whole (call in a transaction)."""
    database.execute_sql("DELETE FROM sync_batch")
    database.execute_sql("DELETE FROM sync_outbox")
    database.execute_sql("DELETE FROM sqlite_sequence WHERE name = 'sync_outbox'")
    SyncState.update(
        acked_seq=0,
        sealed_seq=0,
        next_batch_no=1,
        attention=None,
        failures=0,
        retry_at=None,
        last_error=None,
    ).where(SyncState.id == 1).execute()


def seal_all(office: str, generation: str, limit: int = protocol.MAX_CHANGES_PER_BATCH) -> int:
    """Seal every complete pending change into batches; returns how many were sealed."""
    sealed = 0
    while seal_next(office, generation, limit) is not None:
        sealed += 1
    return sealed


def seal_next(office: str, generation: str, limit: int) -> int | None:
    """Seals the next batch in one transaction; its number, or None when nothing waits."""
    with transaction():
        current = state()
        rows = _next_group_rows(current.sealed_seq, limit)
        if not rows:
            return None
        batch = _batch(current, office, generation, rows)
        body = protocol.encode_batch(batch)
        digest = protocol.body_sha256(body)
        SyncBatch.create(
            batch_no=batch.batch_no,
            generation=generation,
            first_seq=batch.first_seq,
            last_seq=batch.last_seq,
            changes=len(rows),
            schema_version=batch.schema_version,
            sha256=digest,
            body=body,
            sealed_at=utcnow(),
        )
        SyncState.update(sealed_seq=batch.last_seq, next_batch_no=batch.batch_no + 1).where(
            SyncState.id == 1
        ).execute()
    return batch.batch_no


def _next_group_rows(after_seq: int, limit: int) -> list[tuple]:
    """Rows for the next batch: whole transaction groups, `limit` changes at most unless the
    first group alone is larger."""
    columns = "seq, txn, table_name, op, row_id, row_version, schema_version, row_json"
    rows = database.execute_sql(
        f"SELECT {columns} FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?",
        (after_seq, limit + 1),
    ).fetchall()
    if len(rows) <= limit:
        return _same_schema(rows)
    last_txn = rows[limit][1]
    whole = rows[:limit]
    while whole and whole[-1][1] == last_txn:
        whole.pop()
    if whole:
        return _same_schema(whole)
    # One transaction bigger than a batch: it travels alone and whole.
    first_txn = rows[0][1]
    return _same_schema(list(_contiguous_group(after_seq, first_txn, columns)))


def _contiguous_group(after_seq: int, txn: int, columns: str) -> Iterator[tuple]:
    cursor = database.execute_sql(
        f"SELECT {columns} FROM sync_outbox WHERE seq > ? ORDER BY seq", (after_seq,)
    )
    for row in cursor:
        if row[1] != txn:
            break
        yield row


def _same_schema(rows: list[tuple]) -> list[tuple]:
    """A batch carries one schema version; an upgrade mid-queue starts a new batch."""
    if not rows:
        return rows
    first_version = rows[0][6]
    for index, row in enumerate(rows):
        if row[6] != first_version:
            return rows[:index]
    return rows


def _batch(current: SyncState, office: str, generation: str, rows: list[tuple]) -> protocol.Batch:
    changes = tuple(
        protocol.Change(
            seq=seq,
            txn=txn,
            table=table,
            op=op,
            id=row_id,
            row_version=row_version,
            row=json.loads(row_json),
        )
        for seq, txn, table, op, row_id, row_version, _schema, row_json in rows
    )
    return protocol.Batch(
        office=office,
        generation=generation,
        batch_no=current.next_batch_no,
        first_seq=rows[0][0],
        last_seq=rows[-1][0],
        schema_version=rows[0][6],
        changes=changes,
    )


def unacked_batches() -> list[SyncBatch]:
    acked = state().acked_seq
    return list(SyncBatch.select().where(SyncBatch.last_seq > acked).order_by(SyncBatch.batch_no))


def record_ack(acked_seq: int) -> int:
    """Head office holds everything up to `acked_seq`: drop what it holds from the outbox and
    the acknowledged batches' bodies. Returns how many changes this acknowledged."""
    with transaction():
        current = state()
        if acked_seq <= current.acked_seq:
            return 0
        now = utcnow()
        newly = (
            SyncOutbox.delete()
            .where((SyncOutbox.seq > current.acked_seq) & (SyncOutbox.seq <= acked_seq))
            .execute()
        )
        SyncBatch.update(acked_at=now, body=None, last_error=None).where(
            (SyncBatch.last_seq <= acked_seq) & SyncBatch.acked_at.is_null()
        ).execute()
        SyncState.update(acked_seq=acked_seq).where(SyncState.id == 1).execute()
    return newly


def last_captured_seq() -> int:
    """The last seq ever given out (the outbox itself is emptied as head office acks)."""
    row = database.execute_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'"
    ).fetchone()
    return row[0] if row else 0
