"""The words for sync's states and reasons, shared by the status bar and the 同步 page."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from app.clock import utcnow
from app.services.sync import SyncStatus
from app.sync import client


def reason_text(reason: str | None) -> str:
    return {
        client.NOT_CONFIGURED: QCoreApplication.translate(
            "sync", "the sync token is missing on this computer: enter it under 同步 → Configure"
        ),
        client.BAD_TOKEN: QCoreApplication.translate(
            "sync",
            "head office refused the token: ask head office IT for a new one and enter it "
            "under 同步 → Configure",
        ),
        client.GENERATION: QCoreApplication.translate(
            "sync",
            "this database was restored from a backup or copied: head office keeps the newer "
            "data. Ask head office IT to accept the restored database, then press Resume",
        ),
        client.RESEND: QCoreApplication.translate(
            "sync",
            "head office accepted this restored database and waits for all of it: press Send "
            "everything again",
        ),
        client.SERVER_AHEAD: QCoreApplication.translate(
            "sync",
            "head office holds more of this office's changes than this file: it was restored "
            "or copied. Ask head office IT",
        ),
        client.SERVER_BEHIND: QCoreApplication.translate(
            "sync",
            "head office lost changes it had confirmed (restored on its side?). Ask head office IT",
        ),
        client.BATCH_CONFLICT: QCoreApplication.translate(
            "sync",
            "another copy of this database has been sending under the same office code. Ask "
            "head office IT",
        ),
        client.SCHEMA: QCoreApplication.translate(
            "sync", "head office does not know this program version yet: update it"
        ),
        client.REFUSED: QCoreApplication.translate(
            "sync", "head office refused the data; the sync log has the details"
        ),
    }.get(reason or "", reason or "")


def age_text(since: datetime | None) -> str:
    if since is None:
        return ""
    minutes = int((utcnow() - since).total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("sync", "just now")
    if minutes < 120:
        return QCoreApplication.translate("sync", "{n} min ago").format(n=minutes)
    return QCoreApplication.translate("sync", "{n} h ago").format(n=minutes // 60)


def status_line(status: SyncStatus | None) -> str:
    """The status bar's words: 已同步 / N 条待上传 / 离线，X 秒后重试 / 需要处理."""
    if status is None:
        return QCoreApplication.translate("sync", "Sync: …")
    if status.state == "not_configured":
        return QCoreApplication.translate("sync", "Sync: not set up")
    if status.state == "synced":
        return QCoreApplication.translate("sync", "Synced")
    if status.state == "pending":
        return QCoreApplication.translate("sync", "{n} changes to upload (oldest {age})").format(
            n=QLocale().toString(status.pending), age=age_text(status.oldest_pending_at)
        )
    if status.state == "offline":
        seconds = 0
        if status.retry_at is not None:
            seconds = max(0, int((status.retry_at - utcnow()).total_seconds()))
        return QCoreApplication.translate(
            "sync", "Offline, retrying in {s} s ({n} waiting)"
        ).format(s=seconds, n=QLocale().toString(status.pending))
    return QCoreApplication.translate("sync", "Needs attention: {reason}").format(
        reason=reason_text(status.attention)
    )
