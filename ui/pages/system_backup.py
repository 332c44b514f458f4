"""系统 → 备份: the office's backups and what each holds, back up now, restore one."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import backup
from app.services.permissions import Actor
from ui import startup_backup
from ui.dialogs.errors import show_error
from ui.icons import icon
from ui.models.list_model import ListTableModel
from ui.startup_backup import reason_text, summary, task_progress, when_text
from ui.tasks import run_task, wait_for_all
from ui.widgets.table import configure_table


def _megabytes(size: int) -> str:
    return QLocale().toString(size / 1_000_000, "f", 1)


class BackupTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        locale = QLocale()
        self.model = ListTableModel(
            [
                (self.tr("Made"), when_text),
                (self.tr("Why"), lambda b: reason_text(b.reason)),
                (self.tr("Units"), lambda b: locale.toString(b.units)),
                (self.tr("Owners"), lambda b: locale.toString(b.owners)),
                (self.tr("Receipts"), lambda b: locale.toString(b.receipts)),
                (self.tr("Last receipt"), lambda b: b.last_receipt_number),
                (self.tr("Size (MB)"), lambda b: _megabytes(b.size)),
                (self.tr("File"), lambda b: b.path.name),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("backups_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.back_up = QPushButton(icon("database"), self.tr("&Back up now"))
        self.back_up.setObjectName("back_up_now")
        self.back_up.clicked.connect(self.back_up_now)
        self.restore = QPushButton(self.tr("&Restore…"))
        self.restore.setObjectName("restore_backup")
        self.restore.clicked.connect(self.restore_selected)
        self.folder = QLabel()
        self.folder.setObjectName("backup_folder")
        self.folder.setOpenExternalLinks(False)
        self.folder.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        buttons = QHBoxLayout()
        for button in (self.back_up, self.restore):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        folder = backup.backup_dir()
        url = QUrl.fromLocalFile(str(folder)).toString()
        self.folder.setText(self.tr('Folder: <a href="{url}">{folder}</a>').format(
            url=url, folder=str(folder)))  # fmt: skip
        self.model.set_items(backup.list_backups(folder, backup.current_office_id()))

    def _selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def back_up_now(self) -> None:
        self.back_up.setEnabled(False)
        actor = self.actor
        run_task(
            startup_backup.cancellable(
                lambda ctx: backup.create_backup(actor, progress=task_progress(ctx))
            ),
            on_success=self._made,
            on_failure=self._failed,
            on_cancel=lambda: self.back_up.setEnabled(True),
            parent=self,
            progress_label=self.tr("Backing up…"),
        )

    def _made(self, info: backup.BackupInfo) -> None:
        self.back_up.setEnabled(True)
        self.refresh()
        QMessageBox.information(self, self.tr("Backup made"), summary(info))

    def _failed(self, exc: BaseException) -> None:
        self.back_up.setEnabled(True)
        show_error(self, exc)

    def restore_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            QMessageBox.information(self, self.tr("Restore"), self.tr("Choose a backup first."))
            return
        if not self.confirm(chosen):
            return
        wait_for_all()  # no task of ours may hold the database while it is replaced
        try:
            result = self.restore_now(chosen)
        except UserError as exc:
            show_error(self, exc)
            return
        if result is None:
            return
        QMessageBox.information(
            self,
            self.tr("Backup restored"),
            self.tr(
                "The backup was restored; the previous file was kept as {path}. PropDesk now "
                "restarts so that every page shows the restored data."
            ).format(path=str(result.kept_aside)),
        )
        startup_backup.request_restart()

    def confirm(self, chosen: backup.BackupInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            summary(chosen)
            + "\n\n"
            + self.tr(
                "Restore it? Everything entered after {when} will no longer be in the "
                "database. The current file is kept beside it, unchanged."
            ).format(when=when_text(chosen)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_now(self, chosen: backup.BackupInfo) -> backup.RestoreResult | None:
        """Unpacks and checks in the background, then swaps the file in on this thread."""
        actor = self.actor
        outcome = startup_backup.run_and_wait(
            lambda ctx: backup.prepare_restore(actor, chosen.path, None, task_progress(ctx)),
            self.tr("Restoring the backup…"),
        )
        if "error" in outcome:
            raise outcome["error"]
        if "result" not in outcome:
            return None
        return backup.finish_restore(actor, outcome["result"])
