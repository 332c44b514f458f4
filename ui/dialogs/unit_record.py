"""The unit's record: one dialog with tabs — basics, owners, residents, vehicles, files —
and the buttons that change them (each opens its form; the record reloads when it saves).

Confidential values arrive masked; a user who may see them clicks 显示 and the service writes
the look into the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
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
from app.services.structure import estate_tree
from app.services.units import PersonLine, UnitRecord, unit_record
from ui.dialogs.attachments_tab import AttachmentsTab
from ui.dialogs.errors import show_error
from ui.dialogs.handover_dialog import HandoverDialog, start_move_in
from ui.dialogs.leave_forms import MoveOutResidentDialog, RemoveVehicleDialog
from ui.dialogs.owner_form import OwnerDialog
from ui.dialogs.permit_dialog import PermitDialog
from ui.dialogs.resident_form import ResidentDialog
from ui.dialogs.transfer_form import TransferDialog
from ui.dialogs.unit_form import UnitDialog
from ui.dialogs.unit_payments import UnitPaymentsTab
from ui.dialogs.unit_service import UnitServiceTab
from ui.dialogs.vehicle_form import VehicleDialog
from ui.labels import relation_label, unit_status_label, unit_type_label

ENDED_ROLE = Qt.ItemDataRole.UserRole + 1  # a past owner, a resident who moved out


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
        # The detail column takes the spare width; the show buttons stay button-sized.
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def set_lines(self, lines: list[PersonLine], detail: Callable[[PersonLine], str]) -> None:
        self.setRowCount(0)  # drops the old rows' show buttons too
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for col, text in enumerate((line.name, line.phone, detail(line))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                item.setData(ENDED_ROLE, line.until is not None)
                if line.until is not None:  # history: still listed, shown greyed
                    item.setForeground(self.palette().brush(QPalette.ColorRole.PlaceholderText))
                self.setItem(row, col, item)
            if self.can_reveal and line.phone:
                button = QPushButton(self.tr("Show"))
                button.setObjectName(f"reveal_{row}")
                button.clicked.connect(lambda _c=False, i=line.id: self.reveal_requested.emit(i))
                self.setCellWidget(row, 3, button)
        self.resizeColumnsToContents()

    def selected_id(self, current_only: bool = False) -> str | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        if item is None or (current_only and item.data(ENDED_ROLE)):
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def selected_name(self) -> str:
        row = self.currentRow()
        return self.item(row, 0).text() if row >= 0 and self.item(row, 0) else ""

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
        self.resize(780, 540)
        can_reveal = actor.can(Cap.ARCHIVE_VIEW_SENSITIVE)
        self.may_edit = actor.can(Cap.ARCHIVE_EDIT)
        self.basics = QWidget()
        self.basics_form = QFormLayout(self.basics)
        self.owners = PeopleTable(
            [self.tr("Owner"), self.tr("Phone"), self.tr("Since – until")], can_reveal
        )
        self.owners.setObjectName("owners_table")
        self.owners.reveal_requested.connect(lambda i: self._reveal("owner", i, self.owners))
        self.residents = PeopleTable(
            [self.tr("Name"), self.tr("Phone"), self.tr("Relation")], can_reveal
        )
        self.residents.setObjectName("residents_table")
        self.residents.reveal_requested.connect(
            lambda i: self._reveal("resident", i, self.residents)
        )
        self.vehicles = PeopleTable([self.tr("Plate"), "", self.tr("Vehicle")], False)
        self.vehicles.setObjectName("vehicles_table")
        self.vehicles.setColumnHidden(1, True)
        self.files = AttachmentsTab(actor, "unit", unit_id)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.basics, self.tr("Basics"))
        self.tabs.addTab(self._with_buttons(self.owners, "owner_buttons"), self.tr("Ownership"))
        self.tabs.addTab(
            self._with_buttons(self.residents, "resident_buttons"), self.tr("Residents")
        )
        self.tabs.addTab(self._with_buttons(self.vehicles, "vehicle_buttons"), self.tr("Vehicles"))
        self.tabs.addTab(self.files, self.tr("Files"))
        self.payments = None
        if actor.can(Cap.BILLING_VIEW):
            self.payments = UnitPaymentsTab(actor, unit_id)
            self.tabs.addTab(self.payments, self.tr("Payments"))
        self.service = None
        if actor.can(Cap.SERVICE_VIEW):
            self.service = UnitServiceTab(actor, unit_id)
            self.tabs.addTab(self.service, self.tr("Service desk"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.action_bar = QHBoxLayout()
        self._add_buttons()
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

    def _add_buttons(self) -> None:
        if not self.may_edit:
            return  # viewers read the record; the services refuse changes anyway
        rows = (
            (self.owner_buttons, "add_owner", self.tr("&Add owner…"), self.add_owner),
            (self.owner_buttons, "transfer", self.tr("&Transfer…"), self.transfer),
            (self.owner_buttons, "edit_owner", self.tr("&Edit owner…"), self.edit_owner),
            (self.resident_buttons, "add_resident", self.tr("&Add…"), self.add_resident),
            (self.resident_buttons, "edit_resident", self.tr("&Edit…"), self.edit_resident),
            (self.resident_buttons, "move_out", self.tr("&Move out…"), self.move_out_resident),
            (self.vehicle_buttons, "add_vehicle", self.tr("&Add…"), self.add_vehicle),
            (self.vehicle_buttons, "remove_vehicle", self.tr("&Remove…"), self.remove_vehicle),
            (self.action_bar, "edit_unit", self.tr("Edit &unit…"), self.edit_unit),
            (self.action_bar, "move_in", self.tr("Move-&in…"), self.move_in),
            (self.action_bar, "permit", self.tr("Move-out &permit…"), self.move_out_permit),
        )
        self.buttons: dict[str, QPushButton] = {}
        for bar, name, text, slot in rows:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, f=slot: f())
            bar.addWidget(button)
            self.buttons[name] = button
        for table in (self.owners, self.residents, self.vehicles):
            table.itemSelectionChanged.connect(self._update_buttons)

    def _update_buttons(self) -> None:
        if not self.may_edit:
            return
        self.buttons["edit_owner"].setEnabled(self.owners.selected_id() is not None)
        current = self.residents.selected_id(current_only=True) is not None
        self.buttons["edit_resident"].setEnabled(current)
        self.buttons["move_out"].setEnabled(current)
        self.buttons["remove_vehicle"].setEnabled(self.vehicles.selected_id() is not None)
        self.buttons["transfer"].setEnabled(bool(self.record.owners))

    def reload(self) -> None:
        record = unit_record(self.actor, self.unit_id)
        self.record = record
        self.setWindowTitle(self.tr("Unit {code}").format(code=record.code))
        self._fill_basics(record)
        self.owners.set_lines(record.owners + record.past_owners, lambda line: line.detail)
        self.residents.set_lines(record.residents, self._resident_detail)
        self.vehicles.set_lines(record.vehicles, lambda line: line.detail)
        self.files.reload()
        if self.payments is not None:
            self.payments.reload()
        if self.service is not None:
            self.service.reload()
        self._update_buttons()

    def _resident_detail(self, line: PersonLine) -> str:
        relation = relation_label(line.detail)
        if line.until is None:
            return relation
        return self.tr("{relation}, moved out {date}").format(
            relation=relation, date=line.until.isoformat()
        )

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def _open(self, dialog: QDialog) -> QDialog:
        """Window-modal and not blocking: the record refreshes when the form saves."""
        if hasattr(dialog, "saved"):
            dialog.saved.connect(lambda _id: self._changed())
        dialog.open()
        return dialog

    # --- ownership ---

    def add_owner(self) -> OwnerDialog:
        return self._open(OwnerDialog(self.actor, unit_id=self.unit_id, parent=self))

    def transfer(self) -> TransferDialog:
        return self._open(TransferDialog(self.actor, self.unit_id, self))

    def edit_owner(self) -> OwnerDialog | None:
        owner_id = self.owners.selected_id()
        if owner_id is None:
            return None
        return self._open(OwnerDialog(self.actor, owner_id=owner_id, parent=self))

    # --- residents and vehicles ---

    def add_resident(self) -> ResidentDialog:
        return self._open(ResidentDialog(self.actor, self.unit_id, parent=self))

    def edit_resident(self) -> ResidentDialog | None:
        resident_id = self.residents.selected_id(current_only=True)
        if resident_id is None:
            return None
        return self._open(ResidentDialog(self.actor, self.unit_id, resident_id, self))

    def move_out_resident(self) -> MoveOutResidentDialog | None:
        resident_id = self.residents.selected_id(current_only=True)
        if resident_id is None:
            return None
        name = self.residents.selected_name()
        return self._open(MoveOutResidentDialog(self.actor, resident_id, name, self))

    def add_vehicle(self) -> VehicleDialog:
        return self._open(VehicleDialog(self.actor, unit_id=self.unit_id, parent=self))

    def remove_vehicle(self) -> RemoveVehicleDialog | None:
        vehicle_id = self.vehicles.selected_id()
        if vehicle_id is None:
            return None
        plate = self.vehicles.selected_name()
        return self._open(RemoveVehicleDialog(self.actor, vehicle_id, plate, self))

    # --- the unit ---

    def edit_unit(self) -> UnitDialog:
        tree = estate_tree(self.actor)
        return self._open(UnitDialog(self.actor, tree, unit_id=self.unit_id, parent=self))

    def move_in(self) -> HandoverDialog | None:
        dialog = start_move_in(self, self.actor, self.unit_id)
        if dialog is not None:
            dialog.saved.connect(lambda _id: self._changed())
        return dialog

    def move_out_permit(self) -> PermitDialog:
        return self._open(PermitDialog(self.actor, self.unit_id, self))

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
