"""The owners tab: every owner with their current units; pinyin initials filter.

Double-click opens the owner's first unit's record (an owner without a unit opens the owner
form for editors).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.owners import OWNER_SORT, filter_owners, owners_query
from app.services.permissions import Actor, Cap
from app.services.sensitive import masked
from app.services.units import unit_id_by_code
from ui.dialogs.owner_form import OwnerDialog
from ui.icons import icon
from ui.labels import owner_kind_label
from ui.models.query_table_model import Column, QueryTableModel
from ui.widgets.export_button import ExportButton
from ui.widgets.table import configure_table

UNIT_SEPARATOR = "、"  # how owners_query joins an owner's unit codes


class OwnersTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.search = QLineEdit()
        self.search.setObjectName("owner_filter")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, pinyin or initials, e.g. 张 / zs"))
        self.table = QTableView()
        self.table.setObjectName("owners_table")
        columns = [
            Column("name", self.tr("Name"), OWNER_SORT["name"]),
            Column("kind", self.tr("Kind"), format=owner_kind_label),
            Column("phone", self.tr("Phone"), format=masked),
            Column("id_number", self.tr("ID number"), format=lambda v: masked(v, "id")),
            Column("units", self.tr("Units")),
        ]
        self.model = QueryTableModel(columns, lambda: owners_query(actor), parent=self)
        configure_table(self.table, self.model)
        self.table.doubleClicked.connect(lambda index: self.open_owner(index.row()))
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.new_button = QPushButton(self.tr("&New owner…"))
        self.new_button.setObjectName("new_owner")
        self.new_button.clicked.connect(lambda: self.new_owner())
        self.new_button.setVisible(actor.can(Cap.ARCHIVE_EDIT))
        self.import_button = QPushButton(icon("excel"), self.tr("&Import archive…"))
        self.import_button.setObjectName("import_archives")
        self.import_button.setVisible(actor.can(Cap.ARCHIVE_IMPORT))
        self.import_button.clicked.connect(self.import_archive)
        self.export_button = ExportButton(actor, self.table, self.tr("Owners"), self)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.search, 2)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.new_button)
        self.buttons.addWidget(self.import_button)
        self.buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table)
        self.last_dialog: QDialog | None = None

    def apply_filter(self) -> None:
        text = self.search.text()
        self.model.set_filter(lambda q: filter_owners(q, text))

    def refresh(self) -> None:
        self.model.refresh()

    def import_archive(self) -> None:
        from ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.actor, "archives", self)
        wizard.exec()
        if wizard.imported:
            self.refresh()

    def new_owner(self) -> OwnerDialog:
        dialog = OwnerDialog(self.actor, parent=self)
        dialog.saved.connect(lambda _id: self.refresh())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def open_owner(self, row: int) -> QDialog | None:
        """The record of the owner's first unit; for an owner without one, the owner form."""
        owner = self.model.row_dict(row)
        codes = [c for c in (owner.get("units") or "").split(UNIT_SEPARATOR) if c]
        unit_id = unit_id_by_code(self.actor, codes[0]) if codes else None
        if unit_id is not None:
            from ui.dialogs.unit_record import UnitRecordDialog

            record = UnitRecordDialog(self.actor, unit_id, self)
            self.last_dialog = record
            record.exec()
            self.refresh()
            return record
        if not self.actor.can(Cap.ARCHIVE_EDIT):
            return None
        dialog = OwnerDialog(self.actor, owner_id=owner["id"], parent=self)
        dialog.saved.connect(lambda _id: self.refresh())
        self.last_dialog = dialog
        dialog.open()
        return dialog
