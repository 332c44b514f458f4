"""The office side of sync: its state, the outbox the capture triggers fill, sealed batches.

Local tables (never synced themselves): they describe this database's conversation with
head office.
"""

from __future__ import annotations

import peewee as pw

from app.models.base import LocalModel, UtcDateTimeField


class SyncState(LocalModel):
    """One row. `txn` numbers the current transaction group for the capture triggers."""

    id = pw.IntegerField(primary_key=True)
    enabled = pw.BooleanField(default=False)
    office_code = pw.TextField(null=True)
    server_url = pw.TextField(null=True)
    txn = pw.IntegerField(default=1)
    acked_seq = pw.IntegerField(default=0)
    sealed_seq = pw.IntegerField(default=0)
    next_batch_no = pw.IntegerField(default=1)
    snapshot_at = UtcDateTimeField(null=True)
    last_attempt_at = UtcDateTimeField(null=True)
    last_success_at = UtcDateTimeField(null=True)
    last_error = pw.TextField(null=True)
    attention = pw.TextField(null=True)
    retry_at = UtcDateTimeField(null=True)
    failures = pw.IntegerField(default=0)


class SyncOutbox(LocalModel):
    seq = pw.AutoField()
    txn = pw.IntegerField()
    table_name = pw.TextField()
    op = pw.TextField()
    row_id = pw.TextField()
    row_version = pw.IntegerField()
    schema_version = pw.IntegerField()
    row_json = pw.TextField()
    captured_at = pw.TextField()


class SyncBatch(LocalModel):
    batch_no = pw.IntegerField(primary_key=True)
    generation = pw.TextField()
    first_seq = pw.IntegerField()
    last_seq = pw.IntegerField()
    changes = pw.IntegerField()
    schema_version = pw.IntegerField()
    sha256 = pw.TextField()
    body = pw.BlobField(null=True)  # dropped once head office has acknowledged it
    sealed_at = UtcDateTimeField()
    attempts = pw.IntegerField(default=0)
    last_attempt_at = UtcDateTimeField(null=True)
    acked_at = UtcDateTimeField(null=True)
    last_error = pw.TextField(null=True)


SYNC_MODELS = [SyncState, SyncOutbox, SyncBatch]
