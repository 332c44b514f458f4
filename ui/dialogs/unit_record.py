"""The unit's record: one dialog with tabs — basics, owners, residents, vehicles, files.

Confidential values arrive masked; a user who may see them clicks 显示 and the service writes
the look into the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import sensitive
from app.services.permissions import Actor, Cap
from app.services.units import PersonLine, UnitRecord, unit_record
from ui.dialogs.errors import show_error
from ui.dialogs.unit_payments import UnitPaymentsTab
from ui.labels import relation_label, unit_status_label, unit_type_label


class PeopleTable(QTableWidget):
    """Name / phone / detail rows; a 'show' button per row reveals the phone (audited)."""

    reveal_requested = Signal(str)  # record id

    def __init__(self, headers: list[str], can_reveal: bool, parent: QWidget | None = None):
        super().__init__(0, len(headers) + (1 if can_reveal else 0), parent)
        self.can_reveal = can_reveal
        self.setHorizontalHeaderLabels(headers + ([""] if can_reveal else []))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.horizontalHeader().setStretchLastSection(True)

    def set_lines(self, lines: list[PersonLine], detail: Callable[[str], str] = str) -> None:
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for col, text in enumerate((line.name, line.phone, detail(line.detail))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                self.setItem(row, col, item)
            if self.can_reveal and line.phone:
                button = QPushButton(self.tr("Show"))
                button.setObjectName(f"reveal_{row}")
                button.clicked.connect(lambda _c=False, i=line.id: self.reveal_requested.emit(i))
                self.setCellWidget(row, 3, button)
        self.resizeColumnsToContents()

    def show_full_phone(self, record_id: str, phone: str) -> None:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(Qt.ItemDataRole.UserRole) == record_id:
                self.item(row, 1).setText(phone)


class UnitRecordDialog(QDialog):
    changed = Signal()

    def __init__(self, actor: Actor, unit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.unit_id = actor, unit_id
        self.setObjectName("unit_record")
        self.resize(760, 520)
        can_reveal = actor.can(Cap.ARCHIVE_VIEW_SENSITIVE)
        self.basics = QWidget()
        self.basics_form = QFormLayout(self.basics)
        self.owners = PeopleTable(
            [self.tr("Owner"), self.tr("Phone"), self.tr("Since – until")], can_reveal
        )
        self.owners.reveal_requested.connect(lambda i: self._reveal("owner", i, self.owners))
        self.residents = PeopleTable(
            [self.tr("Name"), self.tr("Phone"), self.tr("Relation")], can_reveal
        )
        self.residents.reveal_requested.connect(
            lambda i: self._reveal("resident", i, self.residents)
        )
        self.vehicles = PeopleTable([self.tr("Plate"), "", self.tr("Vehicle")], False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.basics, self.tr("Basics"))
        self.tabs.addTab(self._with_buttons(self.owners, "owner_buttons"), self.tr("Ownership"))
        self.tabs.addTab(
            self._with_buttons(self.residents, "resident_buttons"), self.tr("Residents")
        )
        self.tabs.addTab(self._with_buttons(self.vehicles, "vehicle_buttons"), self.tr("Vehicles"))
        self.payments = None
        if actor.can(Cap.BILLING_VIEW):
            self.payments = UnitPaymentsTab(actor, unit_id)
            self.tabs.addTab(self.payments, self.tr("Payments"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.action_bar = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        bottom = QHBoxLayout()
        bottom.addLayout(self.action_bar)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.reload()

    def _with_buttons(self, table: QWidget, name: str) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        buttons = QHBoxLayout()
        buttons.setObjectName(name)
        buttons.addStretch(1)
        column.addWidget(table)
        column.addLayout(buttons)
        setattr(self, name, buttons)
        return page

    def reload(self) -> None:
        record = unit_record(self.actor, self.unit_id)
        self.record = record
        self.setWindowTitle(self.tr("Unit {code}").format(code=record.code))
        self._fill_basics(record)
        self.owners.set_lines(record.owners + record.past_owners)
        self.residents.set_lines(record.residents, relation_label)
        self.vehicles.set_lines(record.vehicles)
        if self.payments is not None:
            self.payments.reload()

    def _fill_basics(self, record: UnitRecord) -> None:
        while self.basics_form.rowCount():
            self.basics_form.removeRow(0)
        rows = [
            (self.tr("Unit"), record.code),
            (self.tr("Building"), f"{record.building} {record.entrance}"),
            (self.tr("Floor"), str(record.floor)),
            (self.tr("Type"), unit_type_label(record.unit_type)),
            (self.tr("Gross area ㎡"), f"{record.gross_area:,.2f}"),
            (
                self.tr("Inner area ㎡"),
                "" if record.inner_area is None else f"{record.inner_area:,.2f}",
            ),
            (self.tr("Status"), unit_status_label(record.status)),
            (self.tr("Handover"), str(record.handover_date or "")),
            (self.tr("Remarks"), record.remarks),
        ]
        for caption, value in rows:
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.basics_form.addRow(caption, label)

    def _reveal(self, table: str, record_id: str, where: PeopleTable) -> None:
        try:
            phone = sensitive.reveal(self.actor, table, record_id, "phone")
        except UserError as exc:
            show_error(self, exc)
            return
        where.show_full_phone(record_id, phone)
