"""同步: where sync to head office stands, the batches sent, 立即同步, and configuring it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import sync
from app.services.permissions import Actor, Cap
from app.sync import client
from ui.dialogs.errors import show_error
from ui.dialogs.sync_configure import SyncConfigureDialog
from ui.icons import icon
from ui.models.list_model import ListTableModel
from ui.pages.base import Page
from ui.sync_runner import SyncRunner
from ui.sync_texts import age_text, reason_text, status_line
from ui.tasks import run_task
from ui.widgets.table import configure_table
from ui.widgets.times import local_moment


class SyncPage(Page):
    key = "sync"
    icon_name = "sync"
    capability = Cap.SYNC_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Sync")

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.runner: SyncRunner | None = None
        self.values: dict[str, QLabel] = {}
        facts = QFormLayout()
        for name, label in (
            ("state", self.tr("State")),
            ("server", self.tr("Head office")),
            ("office", self.tr("Office code")),
            ("pending", self.tr("Waiting to upload")),
            ("acked", self.tr("Confirmed by head office up to")),
            ("last_success", self.tr("Last successful upload")),
            ("error", self.tr("Last problem")),
        ):
            value = QLabel()
            value.setObjectName(f"sync_{name}")
            value.setWordWrap(True)
            self.values[name] = value
            facts.addRow(label, value)
        box = QGroupBox(self.tr("Sync to head office"))
        box.setLayout(facts)
        self.push_button = QPushButton(icon("sync"), self.tr("Sync &now"))
        self.push_button.setObjectName("sync_now")
        self.push_button.clicked.connect(self.push_now)
        self.configure_button = QPushButton(self.tr("&Configure…"))
        self.configure_button.setObjectName("sync_configure")
        self.configure_button.clicked.connect(self.configure)
        self.resume_button = QPushButton(self.tr("&Resume after the problem is solved"))
        self.resume_button.setObjectName("sync_resume")
        self.resume_button.clicked.connect(self.resume)
        self.resend_button = QPushButton(self.tr("Send &everything again…"))
        self.resend_button.setObjectName("sync_resend")
        self.resend_button.clicked.connect(self.resend)
        can_manage = actor.can(Cap.SYNC_MANAGE)
        self.configure_button.setVisible(can_manage)
        buttons = QHBoxLayout()
        for button in (
            self.push_button,
            self.configure_button,
            self.resume_button,
            self.resend_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        locale = QLocale()
        self.batches = ListTableModel(
            [
                (self.tr("Batch"), lambda b: str(b.batch_no)),
                (self.tr("Changes"), lambda b: locale.toString(b.changes)),
                (self.tr("Seq"), lambda b: f"{b.first_seq}–{b.last_seq}"),
                (self.tr("Sealed"), lambda b: local_moment(b.sealed_at)),
                (self.tr("Attempts"), lambda b: str(b.attempts)),
                (self.tr("Confirmed"), lambda b: local_moment(b.acked_at)),
                (self.tr("Problem"), lambda b: b.last_error or ""),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("sync_batches")
        configure_table(self.table, self.batches)
        self.table.setSortingEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Batches sent (newest first)")))
        layout.addWidget(self.table, 1)
        self._tick = QTimer(self)  # the offline countdown
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_current)
        self._status: sync.SyncStatus | None = None

    def attach(self, runner: SyncRunner) -> None:
        self.runner = runner
        runner.status_changed.connect(self._runner_status)
        if runner.status is not None:
            self.show_status(runner.status)

    def _runner_status(self, status: sync.SyncStatus) -> None:
        self.show_status(status)
        if self.isVisible():
            run_task(lambda ctx: sync.recent_batches(), on_success=self._batches_loaded,
                     parent=self)  # fmt: skip

    def on_shown(self) -> None:
        run_task(lambda ctx: (sync.status(), sync.recent_batches()), on_success=self._loaded,
                 parent=self)  # fmt: skip

    def _loaded(self, result) -> None:
        status, batches = result
        self.show_status(status)
        self._batches_loaded(batches)

    def _batches_loaded(self, batches) -> None:
        self.batches.set_items(batches)

    def show_status(self, status: sync.SyncStatus) -> None:
        self._status = status
        self._show_current()
        if status.state == "offline":
            self._tick.start()
        else:
            self._tick.stop()

    def _show_current(self) -> None:
        status = self._status
        if status is None:
            return
        locale = QLocale()
        pending = locale.toString(status.pending)
        if status.oldest_pending_at:
            pending += self.tr(" (oldest {age})").format(age=age_text(status.oldest_pending_at))
        self.values["state"].setText(status_line(status))
        self.values["server"].setText(status.server_url or self.tr("(not configured)"))
        self.values["office"].setText(status.office or "")
        self.values["pending"].setText(pending)
        self.values["acked"].setText(locale.toString(status.acked_seq))
        self.values["last_success"].setText(local_moment(status.last_success_at))
        problem = reason_text(status.attention) if status.attention else (status.last_error or "")
        self.values["error"].setText(problem)
        configured = status.state != "not_configured"
        self.push_button.setEnabled(configured and status.state != "attention")
        can_manage = self.actor.can(Cap.SYNC_MANAGE)
        resend = status.attention == client.RESEND
        self.resume_button.setVisible(status.state == "attention" and can_manage and not resend)
        self.resend_button.setVisible(resend and can_manage)

    def push_now(self) -> None:
        if self.runner is not None:
            self.runner.push_now()

    def configure(self) -> None:
        dialog = SyncConfigureDialog(self.actor, self)
        if dialog.exec():
            self.on_shown()
            if self.runner is not None:
                self.runner.push_now()

    def resume(self) -> None:
        try:
            self.show_status(sync.resume(self.actor))
        except Exception as exc:
            show_error(self, exc)
            return
        if self.runner is not None:
            self.runner.push_now()

    def resend(self) -> None:
        """Head office accepted this restored database: capture everything again (a while on
        a big office, so in the background, cancellable), then send it."""
        answer = QMessageBox.question(
            self,
            self.tr("Send everything again"),
            self.tr(
                "Head office set aside what it held of this office and waits for everything "
                "this database holds. Prepare all records for upload now?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.resend_button.setEnabled(False)
        run_task(
            lambda ctx: sync.resend_all(
                self.actor, progress=lambda done, total: ctx.progress(done, total, "")
            ),
            on_success=self._resent,
            on_failure=self._resend_failed,
            on_cancel=lambda: self.resend_button.setEnabled(True),
            parent=self,
            progress_label=self.tr("Preparing every record for upload…"),
        )

    def _resent(self, status: sync.SyncStatus) -> None:
        self.resend_button.setEnabled(True)
        self.show_status(status)
        if self.runner is not None:
            self.runner.push_now()

    def _resend_failed(self, exc: BaseException) -> None:
        self.resend_button.setEnabled(True)
        if not isinstance(exc, sync.SnapshotCancelled):
            show_error(self, exc)
