"""The background push: wakes on a timer and shortly after local commits, backs off while
head office is unreachable, stops when sync needs a person, and keeps a watchdog on a push
that stops making progress. Each push runs on the thread pool (ui/tasks); the GUI thread
only schedules and shows the status."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from app.services import sync
from app.sync import capture
from ui.tasks import Task, run_task

log = logging.getLogger(__name__)

PERIOD_MS = 60_000  # also picks up changes another program made
AFTER_COMMIT_MS = 2_000  # let a burst of saves finish first
WATCHDOG_MS = 30_000
STUCK_AFTER_S = 300.0


class SyncRunner(QObject):
    status_changed = Signal(object)  # sync.SyncStatus
    committed = Signal()  # emitted from whichever thread committed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: sync.SyncStatus | None = None
        self._task: Task | None = None
        self._started_at = 0.0
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.push_now)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(WATCHDOG_MS)
        self._watchdog.timeout.connect(self._check_stuck)
        self.committed.connect(self._on_commit)
        self._listener = self.committed.emit  # the same object to add and to remove

    def start(self) -> None:
        capture.add_commit_listener(self._listener)
        self._watchdog.start()
        self.refresh_status()
        self._timer.start(AFTER_COMMIT_MS)

    def stop(self) -> None:
        capture.remove_commit_listener(self._listener)
        self._timer.stop()
        self._watchdog.stop()
        if self._task is not None:
            self._task.context.cancel()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def push_now(self) -> None:
        """Push now (the 立即同步 button, the timer). A push already running is followed by
        another one when it ends, so nothing committed meanwhile waits for the next period."""
        if self._task is not None:
            self._again = True
            return
        self._timer.stop()
        self._again = False
        self._started_at = time.monotonic()
        self._task = run_task(
            self._push,
            on_success=self._pushed,
            on_failure=self._failed,
            on_cancel=self._ended,
        )

    @staticmethod
    def _push(ctx) -> sync.SyncStatus:
        status = sync.status()
        if status.state in ("not_configured", "attention"):
            return status
        sync.push(cancelled=lambda: ctx.cancelled)
        return sync.status()

    def refresh_status(self) -> None:
        run_task(lambda ctx: sync.status(), on_success=self._show, on_failure=self._log)

    def _pushed(self, status: sync.SyncStatus) -> None:
        self._ended()
        self._show(status)
        if self._again:
            self.push_now()
        else:
            self._schedule(status)

    def _failed(self, exc: BaseException) -> None:
        self._log(exc)
        self._ended()
        self._timer.start(PERIOD_MS)

    def _ended(self) -> None:
        self._task = None

    def _schedule(self, status: sync.SyncStatus) -> None:
        if status.state in ("not_configured", "attention"):
            return  # a person acts first (configure / resume call push_now)
        delay = PERIOD_MS
        if status.state == "offline" and status.retry_at is not None:
            from app.clock import utcnow

            delay = max(500, int((status.retry_at - utcnow()).total_seconds() * 1000))
        self._timer.start(min(delay, 3_600_000))

    def _on_commit(self) -> None:
        if self.status is not None and self.status.state in ("not_configured", "attention"):
            self.refresh_status()  # the counts changed; nothing to send
            return
        if self.status is not None and self.status.state == "offline":
            self.refresh_status()
            return  # wait for the backoff
        if not self._task and (
            not self._timer.isActive() or self._timer.remainingTime() > AFTER_COMMIT_MS
        ):
            self._timer.start(AFTER_COMMIT_MS)

    def _check_stuck(self) -> None:
        if self._task is not None and time.monotonic() - self._started_at > STUCK_AFTER_S:
            log.warning("sync push made no progress for %.0f s: cancelling it", STUCK_AFTER_S)
            self._task.context.cancel()  # it stops between batches; requests time out
            self._task = None
            self._timer.start(PERIOD_MS)

    def _show(self, status: sync.SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    @staticmethod
    def _log(exc: BaseException) -> None:
        log.error("sync status failed", exc_info=exc)
