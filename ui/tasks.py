"""One helper for background work: progress, cancel, and results back on the GUI thread.

Work runs on QThreadPool; peewee gives each worker thread its own SQLite connection, closed
when the task ends. Writes from several workers serialise on SQLite's write lock
(transactions begin IMMEDIATE, busy_timeout set in app.db).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from app.db import close_thread_connection

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskContext:
    """Given to the work function: report progress, check for cancel."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int, text: str = "") -> bool:
        """Returns False once cancelled, so long loops can stop (and roll back)."""
        self._signals.progress.emit(done, total, text)
        return not self.cancelled

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled


class _TaskSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class Task(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Python side keeps it until `finished`
        self.signals = _TaskSignals()
        self.context = TaskContext(self.signals)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.context)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:  # delivered to the GUI thread, logged there
            self.signals.failed.emit(exc)
        else:
            if self.context.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        finally:
            close_thread_connection()
            self.signals.finished.emit()


_running: set[Task] = set()


def run_task(
    work: Callable[[TaskContext], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    parent: QWidget | None = None,
    progress_label: str | None = None,
    cancellable: bool = True,
) -> Task:
    """Starts `work(context)` off the GUI thread. With `progress_label`, a progress dialog
    (with Cancel when `cancellable`) shows after a short delay and closes at the end."""
    task = Task(work)
    queued = Qt.ConnectionType.QueuedConnection
    if on_success:
        task.signals.succeeded.connect(_unless_gone(parent, on_success), queued)
    task.signals.failed.connect(
        _unless_gone(parent, on_failure or (lambda exc: _default_failure(parent, exc))), queued
    )
    if on_cancel:
        task.signals.cancelled.connect(_unless_gone(parent, on_cancel), queued)
    if progress_label is not None:
        _attach_progress_dialog(task, parent, progress_label, cancellable)
    _running.add(task)
    task.signals.finished.connect(lambda: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


def _unless_gone(parent: QWidget | None, callback: Callable[..., None]) -> Callable[..., None]:
    """A page closed while its task ran must not receive the result (its widgets are gone)."""

    def deliver(*args: Any) -> None:
        if parent is None or shiboken6.isValid(parent):
            callback(*args)
        elif args and isinstance(args[0], BaseException):
            log.error("task of a closed page failed", exc_info=args[0])

    return deliver


def _attach_progress_dialog(
    task: Task, parent: QWidget | None, label: str, cancellable: bool
) -> None:
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick work never flashes a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        # Cancel by a click or Esc, never by an Enter meant for the window behind: a demo
        # build or a backup lost to a stray keystroke starts over from nothing.
        cancel = QPushButton(QCoreApplication.translate("tasks", "Cancel"))
        cancel.setObjectName("cancel_task")
        cancel.setAutoDefault(False)
        dialog.setCancelButton(cancel)
    else:
        dialog.setCancelButton(None)
    dialog.canceled.connect(task.context.cancel)

    def show_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    task.signals.progress.connect(show_progress, Qt.ConnectionType.QueuedConnection)
    task.signals.finished.connect(dialog.close, Qt.ConnectionType.QueuedConnection)
    task.signals.finished.connect(dialog.deleteLater, Qt.ConnectionType.QueuedConnection)
    task.progress_dialog = dialog  # type: ignore[attr-defined]


def _default_failure(parent: QWidget | None, exc: BaseException) -> None:
    from ui.dialogs.errors import show_error

    show_error(parent, exc)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
