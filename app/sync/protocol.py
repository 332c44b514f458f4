"""The wire contract between an office and head office (DESIGN.md, Sync to head office).

Shared by the office's push client (app/sync) and the head-office service (app/headoffice);
neither side imports the other. A batch travels as gzip-compressed canonical JSON so that a
retry resends the very same bytes and the server can compare SHA-256 digests.

    POST /v1/batches        Authorization: Bearer <token>
                            Content-Type: application/json, Content-Encoding: gzip
                            Idempotency-Key: <office>:<generation>:<batch_no>
                            X-Body-SHA256: <hex digest of the gzipped body>
    GET  /v1/sync-state     Authorization: Bearer <token>

Answers (JSON): 200 {"status": "applied"|"duplicate", "acked_seq", "batch_no"};
401 no/unknown token; 403 revoked or another office's token; 409 {"error": "gap"|
"generation_mismatch", "acked_seq", "generation"}; 413 body too large; 422 {"error":
"batch_conflict"|"hash_mismatch"|"malformed"}; 426 {"error": "schema_out_of_range", "min",
"max"}; 503 with Retry-After when busy. Every error body has "error" and "message".
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from dataclasses import dataclass
from typing import Any

PROTOCOL_VERSION = 1
BATCHES_PATH = "/v1/batches"
SYNC_STATE_PATH = "/v1/sync-state"

# A batch holds up to 1,000 changes and never splits an office transaction: a single
# transaction larger than that (a month's bills) travels whole, alone in its batch.
MAX_CHANGES_PER_BATCH = 1000
MAX_BODY_BYTES = 32 * 1024 * 1024  # gzipped; a batch of 1,000 wide rows is far below
MAX_JSON_BYTES = 256 * 1024 * 1024  # uncompressed: refuse gzip bombs

# Office schema versions head office understands (app.migrations: 8 is the first with sync).
MIN_SCHEMA_VERSION = 8
MAX_SCHEMA_VERSION = 99

# Issued records are final in the office (insert-only triggers); head office inserts them
# once and quarantines any changed copy instead of applying it.
IMMUTABLE_TABLES = frozenset(
    {
        "audit_log",
        "payment",
        "payment_method_line",
        "allocation",
        "receipt",
        "receipt_line",
        "receipt_void",
        "invoice_range",  # invoice numbers used, voided or returned (the register)
        "parking_visit",
        "parking_tariff",
    }
)

INSERT, UPDATE, DELETE = "I", "U", "D"
OPS = frozenset({INSERT, UPDATE, DELETE})

STATUS_APPLIED = "applied"
STATUS_DUPLICATE = "duplicate"

ERROR_UNAUTHORIZED = "unauthorized"  # 401
ERROR_FORBIDDEN = "forbidden"  # 403
ERROR_GAP = "gap"  # 409
ERROR_GENERATION = "generation_mismatch"  # 409
ERROR_TOO_LARGE = "too_large"  # 413
ERROR_BATCH_CONFLICT = "batch_conflict"  # 422: same batch number, other bytes
ERROR_HASH = "hash_mismatch"  # 422: X-Body-SHA256 does not match the body
ERROR_MALFORMED = "malformed"  # 422
ERROR_SCHEMA = "schema_out_of_range"  # 426
ERROR_BUSY = "busy"  # 503


class ProtocolError(ValueError):
    """A body that is not a well-formed batch; `code` is one of the ERROR_* names."""

    def __init__(self, message: str, code: str = ERROR_MALFORMED) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Change:
    seq: int  # the office's outbox sequence: contiguous, never reused
    txn: int  # the office transaction that made it; a batch never splits one
    table: str
    op: str  # INSERT / UPDATE / DELETE
    id: str  # the row's uuid7 text key
    row_version: int
    row: dict[str, Any]  # the row image after the change (before it, for a delete)

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "txn": self.txn,
            "table": self.table,
            "op": self.op,
            "id": self.id,
            "row_version": self.row_version,
            "row": self.row,
        }


@dataclass(frozen=True)
class Batch:
    office: str
    generation: str  # the office database's generation id (a restore makes a new one)
    batch_no: int  # 1, 2, 3 ... per generation
    first_seq: int
    last_seq: int
    schema_version: int
    changes: tuple[Change, ...]

    @property
    def idempotency_key(self) -> str:
        return idempotency_key(self.office, self.generation, self.batch_no)


def idempotency_key(office: str, generation: str, batch_no: int) -> str:
    return f"{office}:{generation}:{batch_no}"


def body_sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def encode_batch(batch: Batch) -> bytes:
    """Canonical JSON, gzipped with a fixed header: the same batch always gives the same bytes."""
    document = {
        "protocol": PROTOCOL_VERSION,
        "office": batch.office,
        "generation": batch.generation,
        "batch_no": batch.batch_no,
        "first_seq": batch.first_seq,
        "last_seq": batch.last_seq,
        "schema_version": batch.schema_version,
        "changes": [change.as_json() for change in batch.changes],
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)


def decode_batch(body: bytes) -> Batch:
    if len(body) > MAX_BODY_BYTES:
        raise ProtocolError("batch body too large", ERROR_TOO_LARGE)
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
            raw = stream.read(MAX_JSON_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise ProtocolError(f"body is not gzip: {exc}") from exc
    if len(raw) > MAX_JSON_BYTES:
        raise ProtocolError("batch body too large when uncompressed", ERROR_TOO_LARGE)
    try:
        document = json.loads(raw.decode("utf-8"))
        return _batch_from_json(document)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, ProtocolError):
            raise
        raise ProtocolError(f"batch is not well-formed: {exc}") from exc


def _batch_from_json(document: dict[str, Any]) -> Batch:
    changes = tuple(_change_from_json(item) for item in document["changes"])
    batch = Batch(
        office=_text(document["office"]),
        generation=_text(document["generation"]),
        batch_no=_int(document["batch_no"]),
        first_seq=_int(document["first_seq"]),
        last_seq=_int(document["last_seq"]),
        schema_version=_int(document["schema_version"]),
        changes=changes,
    )
    _check_sequence(batch)
    return batch


def _change_from_json(item: dict[str, Any]) -> Change:
    op = item["op"]
    if op not in OPS:
        raise ProtocolError(f"unknown operation {op!r}")
    row = item["row"]
    if not isinstance(row, dict):
        raise ProtocolError("a change's row must be an object")
    return Change(
        seq=_int(item["seq"]),
        txn=_int(item["txn"]),
        table=_text(item["table"]),
        op=op,
        id=_text(item["id"]),
        row_version=_int(item["row_version"]),
        row=row,
    )


def _check_sequence(batch: Batch) -> None:
    if not batch.changes:
        raise ProtocolError("a batch holds at least one change")
    if len(batch.changes) > MAX_CHANGES_PER_BATCH and len({c.txn for c in batch.changes}) > 1:
        # Only one office transaction larger than the limit may exceed it, alone and whole.
        raise ProtocolError(
            f"a batch of several transactions holds {MAX_CHANGES_PER_BATCH} at most"
        )
    seqs = [change.seq for change in batch.changes]
    if seqs != list(range(batch.first_seq, batch.last_seq + 1)):
        raise ProtocolError("change seqs must run first_seq..last_seq without a gap")
    if batch.batch_no < 1:
        raise ProtocolError("batch_no starts at 1")


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProtocolError(f"expected an integer, got {value!r}")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ProtocolError(f"expected a non-empty string, got {value!r}")
    return value
