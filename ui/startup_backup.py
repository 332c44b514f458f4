"""The program's own backups, and the restore offer when the database is damaged at start.
app/services/backup does the work; this module words it and runs it off the GUI thread.

- Damaged at start: the clear message, the newest good backup's date and contents, and
  Restore / Quit. Restoring moves the damaged file aside (never overwritten), then the start
  goes on. `restore_after_damage` is what the Restore button calls.
- Daily: a few seconds after a login, in the background, when none was made today.
- Exit: after the last window closed, behind a progress dialog that may be cancelled.
- After a restore from the 系统 page the program restarts (`request_restart`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.clock import to_local
from app.errors import UserError
from app.services import backup
from ui.dialogs.errors import show_error
from ui.messages import user_message
from ui.tasks import Cancelled, Task, TaskContext, run_task

log = logging.getLogger(__name__)

DAILY_DELAY_MS = 5000  # after the main window shows: never compete with the login
_restart: list[bool] = []


def stage_text(stage: str) -> str:
    return {
        "copy": QCoreApplication.translate("backup", "Copying the database…"),
        "compress": QCoreApplication.translate("backup", "Checking and compressing the copy…"),
        "check": QCoreApplication.translate("backup", "Checking the copy…"),
        "verify": QCoreApplication.translate("backup", "Verifying the backup file…"),
        "decompress": QCoreApplication.translate("backup", "Unpacking the backup…"),
    }.get(stage, stage)


def reason_text(reason: str) -> str:
    return {
        "manual": QCoreApplication.translate("backup", "by hand"),
        "exit": QCoreApplication.translate("backup", "on exit"),
        "daily": QCoreApplication.translate("backup", "daily"),
    }.get(reason, reason)


def when_text(info: backup.BackupInfo) -> str:
    return to_local(info.created_at).strftime("%Y-%m-%d %H:%M")


def summary(info: backup.BackupInfo) -> str:
    """What a backup holds, in one sentence (the restore dialogs show it)."""
    locale = QLocale()
    return QCoreApplication.translate(
        "backup",
        "Backup of {office} made {when} ({reason}): {units} units, {owners} owners, "
        "{receipts} receipts; the last receipt is {number}.",
    ).format(
        office=info.office_name,
        when=when_text(info),
        reason=reason_text(info.reason),
        units=locale.toString(info.units),
        owners=locale.toString(info.owners),
        receipts=locale.toString(info.receipts),
        number=info.last_receipt_number or QCoreApplication.translate("backup", "(none)"),
    )


def task_progress(ctx: TaskContext) -> backup.Progress:
    """The services' (done, total, stage) as the task dialog's per-mille and words."""

    def report(done: int, total: int, stage: str) -> bool:
        return ctx.progress(done * 1000 // total if total else 0, 1000 if total else 0,
                            stage_text(stage))  # fmt: skip

    return report


def cancellable(work: Callable[[TaskContext], Any]) -> Callable[[TaskContext], Any]:
    def run(ctx: TaskContext) -> Any:
        try:
            return work(ctx)
        except backup.BackupCancelled:
            raise Cancelled from None

    return run


def run_and_wait(
    work: Callable[[TaskContext], Any], label: str, can_cancel: bool = True
) -> dict[str, Any]:
    """Runs `work` in the background behind a progress dialog and waits for it with a local
    event loop; returns {"result": ...} or {"error": exc} or {"cancelled": True}."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    done = threading.Event()
    guarded = cancellable(work)

    def tracked(ctx: TaskContext) -> Any:
        try:
            return guarded(ctx)
        finally:
            done.set()

    task = run_task(
        tracked,
        on_success=lambda result: outcome.update(result=result),
        on_failure=lambda exc: outcome.update(error=exc),
        on_cancel=lambda: outcome.update(cancelled=True),
        progress_label=label,
        cancellable=can_cancel,
    )
    task.signals.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    if done.is_set():  # it finished before `finished` was connected: don't wait forever
        QTimer.singleShot(0, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()  # deliver the queued result before returning it
    return outcome


# --------------------------------------------------------------------------- damaged at start


def newest_backup_for(db_path: Path, skip: list[Path] | None = None) -> backup.BackupInfo | None:
    return backup.newest_good_backup(
        backup.backup_dir(db_path), backup.read_office_id(db_path), skip or ()
    )


def restore_after_damage(db_path: Path, candidate: backup.BackupInfo) -> backup.RestoreResult:
    """What Restore does: unpack and check in the background, then put it in place (the
    damaged file is moved aside, bytes unchanged). Raises what went wrong."""
    outcome = run_and_wait(
        lambda ctx: backup.prepare_restore(None, candidate.path, db_path, task_progress(ctx)),
        QCoreApplication.translate("backup", "Restoring the backup…"),
        can_cancel=False,
    )
    if "error" in outcome:
        raise outcome["error"]
    return backup.finish_restore(None, outcome["result"])


def offer_restore(db_path: Path, error: UserError) -> bool:
    """The damaged-database message with the restore offer; True once a backup is in place."""
    failed: list[Path] = []
    while True:
        candidate = newest_backup_for(db_path, failed)
        if candidate is None:
            _no_backup(db_path, error)
            return False
        box = _damaged_box(error)
        box.setInformativeText(
            summary(candidate)
            + "\n\n"
            + QCoreApplication.translate(
                "backup",
                "Restore this backup? What was entered after it is not in it. The damaged "
                "file is kept beside the database, unchanged, for head office IT.",
            )
        )
        restore = box.addButton(
            QCoreApplication.translate("backup", "&Restore this backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("backup", "&Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        if box.clickedButton() is not restore:
            return False
        try:
            result = restore_after_damage(db_path, candidate)
        except Exception as exc:  # said plainly; the next older backup is offered
            show_error(None, exc)
            failed.append(candidate.path)
            continue
        QMessageBox.information(
            None,
            QCoreApplication.translate("backup", "Backup restored"),
            QCoreApplication.translate(
                "backup", "The backup was restored. The damaged file was kept as {path}."
            ).format(path=str(result.kept_aside)),
        )
        return True


def _damaged_box(error: UserError) -> QMessageBox:
    title = QCoreApplication.translate("backup", "Database damaged")
    return QMessageBox(QMessageBox.Icon.Critical, title, user_message(error))


def _no_backup(db_path: Path, error: UserError) -> None:
    box = _damaged_box(error)
    box.setInformativeText(
        QCoreApplication.translate(
            "backup",
            "No backup of this office was found in {folder}. The damaged file was left "
            "untouched; call head office IT.",
        ).format(folder=str(backup.backup_dir(db_path)))
    )
    box.exec()


# --------------------------------------------------------------------------- daily and exit


def schedule_daily_backup(parent: QWidget) -> None:
    """A few seconds after the main window shows, the day's backup if none was made yet."""
    QTimer.singleShot(DAILY_DELAY_MS, parent, lambda: start_daily_backup(parent))


def start_daily_backup(parent: QWidget | None = None) -> Task | None:
    try:
        if not backup.due_daily_backup(backup.backup_dir(), backup.current_office_id()):
            return None
    except OSError as exc:
        log.warning("daily backup: %s", exc)
        return None
    return run_task(
        lambda _ctx: backup.create_backup(None, reason="daily"),
        on_success=lambda info: log.info("daily backup %s", info.path),
        on_failure=lambda exc: _backup_failed(parent, exc),
        parent=parent,
    )


def exit_backup() -> backup.BackupInfo | None:
    """The backup made when the program ends (the user may cancel it)."""
    outcome = run_and_wait(
        lambda ctx: backup.create_backup(None, reason="exit", progress=task_progress(ctx)),
        QCoreApplication.translate("backup", "Backing up the office database…"),
    )
    if "error" in outcome:
        _backup_failed(None, outcome["error"])
    return outcome.get("result")


def _backup_failed(parent: QWidget | None, exc: BaseException) -> None:
    # The cause's traceback too: "disk I/O error" alone does not say which step failed.
    log.error("automatic backup failed: %s", exc, exc_info=exc)
    show_error(parent, exc)


# --------------------------------------------------------------------------- restart


def request_restart() -> None:
    """Ends the session so that the program starts again (after a restore)."""
    _restart.append(True)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        QTimer.singleShot(0, app.closeAllWindows)


def restart_requested() -> bool:
    return bool(_restart)
