"""The push client: seal, send, record what head office acknowledged — and survive anything.

At-least-once delivery: a batch is resent until head office answers for it, and head office
makes that exactly-once (it records each seq once and answers "duplicate" to a resend). The
client trusts the server's `acked_seq`. Anything that needs a person (a bad token, a restored
or copied database, a schema head office doesn't know) stops pushing with a reason in
`sync_state.attention` instead of retrying in a loop.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import httpx

from app.clock import utcnow
from app.db import transaction
from app.models.sync import SyncBatch, SyncState
from app.sync import outbox, protocol

log = logging.getLogger(__name__)

TIMEOUT = httpx.Timeout(connect=5.0, read=60.0, write=60.0, pool=5.0)
BACKOFF_BASE_S = 2.0
BACKOFF_CAP_S = 300.0

# Attention reasons (sync_state.attention); the UI explains each in the user's language.
NOT_CONFIGURED = "not_configured"
BAD_TOKEN = "bad_token"
GENERATION = "generation_mismatch"
SERVER_AHEAD = "server_ahead"
SERVER_BEHIND = "server_behind"
RESEND = "resend_needed"  # head office starts this office afresh: send everything again
BATCH_CONFLICT = "batch_conflict"
SCHEMA = "schema_out_of_range"
REFUSED = "refused"


class Offline(Exception):
    """Head office can't be reached or is busy: try again after `retry_after` seconds."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class NeedsAttention(Exception):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Target:
    server_url: str
    office: str
    token: str
    generation: str


@dataclass(frozen=True)
class PushResult:
    pushed: int  # changes head office acknowledged during this push
    pending: int
    acked_seq: int
    state: str  # "synced" / "pending" / "offline" / "attention"
    message: str = ""
    retry_in: float | None = None


Cancelled = Callable[[], bool]


def push(target: Target, *, cancelled: Cancelled = lambda: False, client=None) -> PushResult:
    """One push session; never raises for network trouble or refusals — it reports them."""
    current = outbox.state()
    before = current.acked_seq
    if current.attention:  # a person must act first (sync.resume); never retry in a loop
        return _result(before, "attention", f"{current.attention}: {current.last_error or ''}")
    owned = client is None
    client = client or httpx.Client(base_url=target.server_url, timeout=TIMEOUT)
    try:
        _session(client, target, cancelled)
    except Offline as exc:
        delay = _schedule_retry(str(exc), exc.retry_after)
        return _result(before, "offline", str(exc), delay)
    except NeedsAttention as exc:
        stop(exc.reason, str(exc))
        return _result(before, "attention", f"{exc.reason}: {exc}")
    finally:
        if owned:
            client.close()
    _succeeded()
    return _result(before, "synced")


def _session(client: httpx.Client, target: Target, cancelled: Cancelled) -> None:
    _reconcile(_get_state(client, target))
    outbox.seal_all(target.office, target.generation)
    for batch in outbox.unacked_batches():
        if cancelled():
            return
        if batch.generation != target.generation:
            raise NeedsAttention(RESEND, "batches sealed under another database generation")
        _send(client, target, batch)


def _get_state(client: httpx.Client, target: Target) -> dict:
    response = _request(client, "GET", protocol.SYNC_STATE_PATH, target)
    if response.status_code != 200:
        _refused(response)
    return response.json()


def _reconcile(server: dict) -> None:
    """Compare head office's view with this file before sending anything."""
    generation = server.get("generation")
    local = outbox.state()
    if generation and generation != _local_generation():
        raise NeedsAttention(
            GENERATION,
            "head office holds this office under another database generation: this file "
            "was restored from a backup or copied",
        )
    acked = int(server.get("acked_seq") or 0)
    if acked > max(local.sealed_seq, local.acked_seq):  # more than this file ever sealed
        raise NeedsAttention(
            SERVER_AHEAD, f"head office has changes up to {acked}, more than this file holds"
        )
    if generation is None and acked == 0 and local.acked_seq:
        raise NeedsAttention(
            RESEND,
            "head office holds nothing of this office any more (it accepted a restored "
            "database): send everything again",
        )
    if acked < local.acked_seq:
        raise NeedsAttention(
            SERVER_BEHIND,
            f"head office acknowledges only up to {acked}, this file recorded {local.acked_seq}",
        )
    if acked > local.acked_seq:  # the last answer was lost: head office has those batches
        outbox.record_ack(acked)


def _local_generation() -> str:
    from app.services import settings

    return settings.get(settings.SYNC_GENERATION)


def _send(client: httpx.Client, target: Target, batch: SyncBatch) -> None:
    with transaction():
        SyncBatch.update(attempts=SyncBatch.attempts + 1, last_attempt_at=utcnow()).where(
            SyncBatch.batch_no == batch.batch_no
        ).execute()
    headers = {
        "Content-Type": "application/json",
        "Content-Encoding": "gzip",
        "Idempotency-Key": protocol.idempotency_key(
            target.office, batch.generation, batch.batch_no
        ),
        "X-Body-SHA256": batch.sha256,
    }
    response = _request(
        client, "POST", protocol.BATCHES_PATH, target, content=bytes(batch.body), headers=headers
    )
    if response.status_code == 200:
        outbox.record_ack(int(response.json()["acked_seq"]))
        return
    _note_batch_error(batch.batch_no, f"{response.status_code} {response.text[:300]}")
    if response.status_code == 409 and _error(response) == protocol.ERROR_GAP:
        # Head office is elsewhere in the sequence: believe it, and start over from its state.
        _reconcile({"acked_seq": response.json().get("acked_seq", 0)})
        raise Offline("head office expected other changes; resuming from its position", 0.5)
    _refused(response)


def _request(client: httpx.Client, method: str, path: str, target: Target, **kwargs):
    headers = {"Authorization": f"Bearer {target.token}", **kwargs.pop("headers", {})}
    try:
        response = client.request(method, path, headers=headers, **kwargs)
    except httpx.HTTPError as exc:  # refused, reset, timed out, DNS…
        raise Offline(f"head office unreachable: {type(exc).__name__}: {exc}") from exc
    if response.status_code == 503 or response.status_code >= 500:
        raise Offline(f"head office answered {response.status_code}", _retry_after(response))
    return response


def _refused(response: httpx.Response) -> None:
    status, error = response.status_code, _error(response)
    message = f"head office refused ({status} {error}): {_message(response)}"
    if status in (401, 403):
        raise NeedsAttention(BAD_TOKEN, message)
    if status == 409:
        raise NeedsAttention(GENERATION if error == protocol.ERROR_GENERATION else REFUSED, message)
    if status == 422 and error == protocol.ERROR_BATCH_CONFLICT:
        raise NeedsAttention(BATCH_CONFLICT, message)
    if status == 426:
        raise NeedsAttention(SCHEMA, message)
    if status == 429:
        raise Offline(message, _retry_after(response))
    raise NeedsAttention(REFUSED, message)


def _error(response: httpx.Response) -> str:
    try:
        return str(response.json().get("error", ""))
    except ValueError:
        return ""


def _message(response: httpx.Response) -> str:
    try:
        return str(response.json().get("message", ""))[:300]
    except ValueError:
        return response.text[:300]


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, min(float(value), BACKOFF_CAP_S))
    except ValueError:
        return None


def backoff_delay(failures: int, retry_after: float | None = None) -> float:
    """Exponential backoff with full jitter; a server's Retry-After is honoured as a floor."""
    ceiling = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** min(failures, 16))
    delay = random.uniform(ceiling / 2, ceiling)
    return max(delay, retry_after) if retry_after is not None else delay


def _schedule_retry(message: str, retry_after: float | None) -> float:
    with transaction():
        current = outbox.state()
        delay = backoff_delay(current.failures, retry_after)
        SyncState.update(
            failures=current.failures + 1,
            last_attempt_at=utcnow(),
            last_error=message[:1000],
            retry_at=utcnow() + timedelta(seconds=delay),
        ).where(SyncState.id == 1).execute()
    log.info("sync offline (%s); retrying in %.1f s", message, delay)
    return delay


def stop(reason: str, message: str) -> None:
    log.warning("sync needs attention: %s: %s", reason, message)
    with transaction():
        SyncState.update(
            attention=reason, last_error=message[:1000], last_attempt_at=utcnow(), retry_at=None
        ).where(SyncState.id == 1).execute()


def _succeeded() -> None:
    with transaction():
        now = utcnow()
        SyncState.update(
            failures=0,
            last_attempt_at=now,
            last_success_at=now,
            last_error=None,
            attention=None,
            retry_at=None,
        ).where(SyncState.id == 1).execute()


def _note_batch_error(batch_no: int, message: str) -> None:
    with transaction():
        SyncBatch.update(last_error=message[:1000]).where(SyncBatch.batch_no == batch_no).execute()


def _result(acked_before: int, state: str, message: str = "", retry_in: float | None = None):
    current = outbox.state()
    pending = outbox.pending_changes()
    if state == "synced" and pending:
        state = "pending"
    return PushResult(
        pushed=_changes_between(acked_before, current.acked_seq),
        pending=pending,
        acked_seq=current.acked_seq,
        state=state,
        message=message,
        retry_in=retry_in,
    )


def _changes_between(first_exclusive: int, last: int) -> int:
    return max(0, last - first_exclusive)  # seqs are contiguous: no rollback leaves a hole
