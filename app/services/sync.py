"""Sync to head office as services: configure, push, status, the batch list.

The CLI (`sync configure / push / status`) and the 同步 page call these. Pushing needs no
capability — the program pushes on its own in the background — but configuring does
(`sync.manage`), and the token given to `configure` is kept outside the database.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from app.clock import from_utc_text, utcnow
from app.db import database, database_path, transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.ids import new_id
from app.models.sync import SyncBatch, SyncState
from app.services import audit, settings
from app.services.permissions import Actor, Cap, require
from app.sync import capture, client, credentials, outbox

OFFICE_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
SNAPSHOT_GROUP = 500  # rows per transaction number in the initial snapshot


@dataclass(frozen=True)
class SyncStatus:
    state: str  # not_configured / synced / pending / offline / attention
    office: str | None
    server_url: str | None
    pending: int
    oldest_pending_at: datetime | None
    acked_seq: int
    last_success_at: datetime | None
    retry_at: datetime | None
    attention: str | None
    last_error: str | None


Progress = Callable[[int, int], bool]  # (tables done, tables) -> go on?


class SnapshotCancelled(Exception):
    """The first snapshot was cancelled: nothing was changed."""


def configure(
    actor: Actor, server_url: str, office_code: str, token: str, progress: Progress | None = None
) -> SyncStatus:
    """Enrol this office. The first time, everything already in the database is captured
    (in the same transaction that switches capture on); `progress` may cancel that."""
    require(actor, Cap.SYNC_MANAGE)
    server_url, office_code, token = _checked(server_url, office_code, token)
    with transaction():
        current = outbox.state()
        first_time = not current.enabled
        if first_time:
            _ensure_generation()
            _snapshot(current.txn, progress or (lambda done, total: True))
        SyncState.update(
            enabled=True, server_url=server_url, office_code=office_code, attention=None
        ).where(SyncState.id == 1).execute()
        audit.record(
            actor,
            "sync.configure",
            table="sync_state",
            record_id="1",
            before={"server_url": current.server_url, "office": current.office_code},
            after={"server_url": server_url, "office": office_code, "snapshot": first_time},
        )
    credentials.save_token(database_path(), token)
    return status()


def _checked(server_url: str, office_code: str, token: str) -> tuple[str, str, str]:
    server_url, office_code, token = server_url.strip(), office_code.strip(), token.strip()
    parts = urlsplit(server_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "sync", "Server: give the head-office address, e.g. https://sync.example.com."
            ),
            field="server_url",
        )
    if not OFFICE_CODE.match(office_code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "sync",
                "Office code: 1 to 32 letters, digits, '-' or '_', as head office enrolled it.",
            ),
            field="office_code",
        )
    if len(token) < 16 or any(ch.isspace() for ch in token):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "sync", "Token: paste the whole token head office printed when it enrolled you."
            ),
            field="token",
        )
    return server_url.rstrip("/"), office_code, token


def _ensure_generation() -> None:
    if not settings.get(settings.SYNC_GENERATION):
        _set_generation(new_id())


def _set_generation(generation: str) -> None:
    from app.models.system import OfficeSetting

    OfficeSetting.insert(
        key=settings.SYNC_GENERATION.key, value=generation
    ).on_conflict_replace().execute()


def _snapshot(first_txn: int, progress: Progress) -> None:
    """Everything the office already holds, captured once as inserts (capture is off until
    this transaction switches it on, so nothing is captured twice)."""
    txn = first_txn
    models = capture.synced_models()
    for done, model in enumerate(models):
        if not progress(done, len(models)):
            raise SnapshotCancelled
        database.execute_sql(capture.snapshot_sql(database, model, txn, SNAPSHOT_GROUP))
        used = database.execute_sql(
            "SELECT MAX(txn) FROM sync_outbox WHERE txn >= ?", (txn,)
        ).fetchone()[0]
        txn = (used or txn - 1) + 1
    SyncState.update(txn=txn, snapshot_at=utcnow()).where(SyncState.id == 1).execute()


def resend_all(actor: Actor, progress: Progress | None = None) -> SyncStatus:
    """Once head office accepted this office's restored database (`headoffice accept-restore`)
    and said so (the RESEND reason): everything the file holds is captured once more and
    numbered from 1, in one transaction — cancelled, nothing changed. Refused otherwise: done
    against a head office that still holds the office, it would stop sync."""
    require(actor, Cap.SYNC_MANAGE)
    with transaction():
        current = outbox.state()
        if current.attention != client.RESEND:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "Send everything again: only after head office IT accepted this restored "
                    "database and sync reports that head office waits for everything.",
                ),
                field=None,
            )
        before = {"acked_seq": current.acked_seq, "sealed_seq": current.sealed_seq}
        outbox.start_over()
        _set_generation(new_id())  # numbering restarts: a new series, never mixed with the old
        _snapshot(current.txn, progress or (lambda done, total: True))
        audit.record(
            actor, "sync.resend", table="sync_state", record_id="1", before=before, after={}
        )
    return status()


def target() -> client.Target:
    current = outbox.state()
    token = credentials.load_token(database_path())
    if not current.enabled or not current.server_url or not token:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "sync",
                "Sync is not configured: enter head office's address, the office code and "
                "the token (系统 → 同步, or `sync configure`).",
            ),
            field="server_url",
        )
    return client.Target(
        current.server_url,
        current.office_code,
        token,
        settings.get(settings.SYNC_GENERATION),
    )


def push(*, cancelled=lambda: False, http_client=None) -> client.PushResult:
    """Send what is pending. A configured office whose token went missing (a new Windows
    profile, a wiped credential store) stops with a reason instead of failing each time."""
    current = outbox.state()
    if current.enabled and not credentials.load_token(database_path()):
        client.stop(client.NOT_CONFIGURED, "the sync token is missing on this computer")
    return client.push(target(), cancelled=cancelled, client=http_client)


def resume(actor: Actor) -> SyncStatus:
    """After IT fixed what needed attention (a new token, head office reset): try again."""
    require(actor, Cap.SYNC_MANAGE)
    with transaction():
        before = outbox.state().attention
        SyncState.update(attention=None, failures=0, retry_at=None).where(
            SyncState.id == 1
        ).execute()
        audit.record(
            actor, "sync.resume", table="sync_state", record_id="1", before={"attention": before}
        )
    return status()


def status() -> SyncStatus:
    current = outbox.state()
    pending = outbox.pending_changes() if current.enabled else 0
    oldest = outbox.oldest_pending_captured_at() if pending else None
    if not current.enabled:
        state = "not_configured"
    elif current.attention:
        state = "attention"
    elif current.retry_at and current.failures:
        state = "offline"
    else:
        state = "pending" if pending else "synced"
    return SyncStatus(
        state=state,
        office=current.office_code,
        server_url=current.server_url,
        pending=pending,
        oldest_pending_at=from_utc_text(oldest) if oldest else None,
        acked_seq=current.acked_seq,
        last_success_at=current.last_success_at,
        retry_at=current.retry_at,
        attention=current.attention,
        last_error=current.last_error,
    )


def recent_batches(limit: int = 200) -> list[SyncBatch]:
    return list(
        SyncBatch.select(
            SyncBatch.batch_no,
            SyncBatch.first_seq,
            SyncBatch.last_seq,
            SyncBatch.changes,
            SyncBatch.sealed_at,
            SyncBatch.attempts,
            SyncBatch.acked_at,
            SyncBatch.last_error,
        )
        .order_by(SyncBatch.batch_no.desc())
        .limit(limit)
    )
