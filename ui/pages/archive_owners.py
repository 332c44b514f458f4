"""The owners tab: every owner with their current units; pinyin initials filter."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.services.owners import OWNER_SORT, filter_owners, owners_query
from app.services.permissions import Actor
from app.services.sensitive import masked
from ui.labels import owner_kind_label
from ui.models.query_table_model import Column, QueryTableModel
from ui.widgets.table import configure_table


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
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.search, 2)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table)

    def apply_filter(self) -> None:
        text = self.search.text()
        self.model.set_filter(lambda q: filter_owners(q, text))

    def refresh(self) -> None:
        self.model.refresh()
