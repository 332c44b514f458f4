"""The 附件 tab: scanned contracts, certificates and photos kept with a record."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import to_local
from app.services import settings
from app.services.attachments import add_attachment, attachment_path, list_attachments
from app.services.permissions import Actor, Cap
from ui.dialogs.errors import attempt
from ui.dialogs.record_tables import fit_columns, record_table
from ui.temp_files import session_folder


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{-(-size // 1024):,} KB"  # rounded up: a small file is 1 KB, not 0
    return f"{size / 1024 / 1024:,.1f} MB"


class AttachmentsTab(QWidget):
    def __init__(
        self,
        actor: Actor,
        table_name: str,
        record_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor, self.table_name, self.record_id = actor, table_name, record_id
        self.setObjectName("attachments_tab")
        self.files: list[tuple[Path, str]] = []  # stored copy, original name
        self.table = record_table(
            [
                self.tr("File"),
                self.tr("Description"),
                self.tr("Size"),
                self.tr("Added by"),
                self.tr("Added on"),
            ],
            "attachments_table",
        )
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.description = QLineEdit()
        self.description.setObjectName("attachment_description")
        self.description.setPlaceholderText(self.tr("Description of the next file (optional)"))
        self.add_button = QPushButton(self.tr("&Add file…"))
        self.add_button.setObjectName("add_attachment")
        self.add_button.clicked.connect(lambda: self.add_file())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("open_attachment")
        self.open_button.clicked.connect(lambda: self.open_selected())
        may_edit = actor.can(Cap.ARCHIVE_EDIT)
        self.description.setVisible(may_edit)
        self.add_button.setVisible(may_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.description, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.reload()

    def set_record(self, record_id: str | None) -> None:
        """Shows another record's files (None: nothing to show or add to)."""
        self.record_id = record_id
        self.add_button.setEnabled(record_id is not None)
        self.reload()

    def reload(self) -> None:
        rows = (
            list_attachments(self.actor, self.table_name, self.record_id) if self.record_id else []
        )
        zone = settings.get(settings.TIMEZONE)
        self.files = [(attachment_path(a), a.file_name) for a in rows]
        self.table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            values = (
                a.file_name,
                a.description,
                size_text(a.size_bytes),
                a.uploaded_by,
                to_local(a.created_at, zone).strftime("%Y-%m-%d %H:%M"),
            )
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        fit_columns(self.table)

    def add_file(self, path: str | Path | None = None) -> bool:
        """Stores a copy of the file with the record; without `path` the user picks one."""
        if self.record_id is None:
            return False
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a file"))
            if not path:
                return False
        if not attempt(
            self,
            lambda: add_attachment(
                self.actor, self.table_name, self.record_id, path, self.description.text()
            ),
        ):
            return False
        self.description.clear()
        self.reload()
        return True

    def selected_copy(self) -> Path | None:
        """A copy of the selected file under its own name, so the PC knows its kind."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.files):
            return None
        stored, name = self.files[row]
        if not stored.is_file():
            QMessageBox.warning(
                self,
                self.tr("File missing"),
                self.tr("The stored copy of {file} is missing from this PC.").format(file=name),
            )
            return None
        folder = session_folder() / stored.name[:16]  # one per stored file: names may repeat
        folder.mkdir(parents=True, exist_ok=True)
        copy = folder / Path(name).name
        shutil.copyfile(stored, copy)  # the stored file itself stays untouched
        return copy

    def open_selected(self) -> bool:
        """Opens the file with the program the PC uses for its kind of file."""
        copy = self.selected_copy()
        return copy is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
