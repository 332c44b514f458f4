"""同步 → Configure: head office's address, the office code and the token it printed."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import UserError
from app.services import sync
from app.services.permissions import Actor
from ui.dialogs.errors import show_error
from ui.dialogs.form_dialog import FormDialog
from ui.tasks import run_task


class SyncConfigureDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Configure sync to head office"))
        current = sync.status()
        self.server = self.add_row(self.tr("Head office address"), "server_url", QLineEdit())
        self.server.setPlaceholderText("https://sync.example.com")
        self.server.setText(current.server_url or "")
        self.office = self.add_row(self.tr("Office code"), "office_code", QLineEdit())
        self.office.setText(current.office or "")
        self.token = self.add_row(self.tr("Token"), "token", QLineEdit())
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("as head office printed it"))

    def save(self) -> None:
        """The first configuration copies every existing record into the outbox: on a big
        office that takes a while, so it runs in the background and may be cancelled."""
        self.error.clear_error()
        values = (self.server.text(), self.office.text(), self.token.text())
        self.buttons.setEnabled(False)

        def work(ctx) -> sync.SyncStatus:
            return sync.configure(
                self.actor,
                *values,
                progress=lambda done, total: ctx.progress(done, total, ""),
            )

        run_task(
            work,
            on_success=self._saved,
            on_failure=self._refused,
            on_cancel=lambda: self.buttons.setEnabled(True),
            parent=self,
            progress_label=self.tr("Preparing the first upload (all existing records)…"),
        )

    def _saved(self, _status: sync.SyncStatus) -> None:
        self.saved_id = "sync"
        self.saved.emit("sync")
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, sync.SnapshotCancelled):
            return
        if isinstance(exc, UserError):
            self.error.show_error(exc, self.fields)
        else:
            show_error(self, exc)

    def submit(self) -> str:  # save() is asynchronous here
        raise NotImplementedError
