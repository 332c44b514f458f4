"""车位: spaces with the unit, owner and car using them, new spaces, rentals billed through a
parking fee item, renewals, and the rentals that end within 30 days."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.money import format_money
from app.services import parking_spaces
from app.services.parking_spaces import SpaceRow
from app.services.permissions import Actor, Cap
from ui.dialogs.form_dialog import FormDialog, code_combo
from ui.models.list_model import ListTableModel
from ui.pages.parking_common import button_row, label
from ui.widgets.dates import DateEdit
from ui.widgets.export_button import add_export_button
from ui.widgets.table import configure_table
from ui.widgets.unit_picker import UnitPicker

EXPIRY_DAYS = 30


class SpaceDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.unit_id: str | None = None
        self.setWindowTitle(self.tr("New parking space"))
        self.code = self.add_row(self.tr("Space code"), "code", QLineEdit())
        self.zone = self.add_row(self.tr("Zone"), "zone", QLineEdit())
        self.kind = self.add_row(
            self.tr("Type"), "space_type", code_combo(parking_spaces.SPACE_TYPES, label)
        )
        self.picker = UnitPicker(actor)
        self.picker.unit_chosen.connect(self._unit_chosen)
        self.add_row(self.tr("Unit (owned spaces)"), "unit", self.picker)
        self.remarks = self.add_row(self.tr("Remarks"), "remarks", QLineEdit())

    def _unit_chosen(self, unit_id: str, _code: str) -> None:
        self.unit_id = unit_id

    def submit(self) -> str:
        return parking_spaces.create_space(
            self.actor,
            code=self.code.text(),
            space_type=self.kind.currentData(),
            zone=self.zone.text(),
            unit_id=self.unit_id,
            remarks=self.remarks.text(),
        ).id


class RentDialog(FormDialog):
    """A unit starts paying for a space: rent (租赁) or management fee (产权)."""

    def __init__(self, actor: Actor, space: SpaceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.space = actor, space
        self.unit_id: str | None = None
        self.setWindowTitle(self.tr("Space {code}: new rental").format(code=space.code))
        self.picker = UnitPicker(actor)
        self.picker.unit_chosen.connect(self._unit_chosen)
        self.add_row(self.tr("Unit"), "unit", self.picker)
        self.vehicle = self.add_row(self.tr("Car"), "vehicle", QComboBox())
        self.vehicle.addItem(self.tr("(none)"), None)
        self.item = self.add_row(self.tr("Fee item"), "fee_item", QComboBox())
        for item in parking_spaces.parking_fee_items(actor):
            self.item.addItem(item.name, item.id)
        self.price = self.add_row(self.tr("Monthly price"), "monthly_price", QLineEdit())
        self.price.setPlaceholderText("300")
        self.start = self.add_row(self.tr("From"), "start_date", DateEdit())
        self.end = self.add_row(self.tr("Until"), "end_date", DateEdit())

    def _unit_chosen(self, unit_id: str, _code: str) -> None:
        self.unit_id = unit_id
        self.vehicle.clear()
        self.vehicle.addItem(self.tr("(none)"), None)
        for car in parking_spaces.unit_vehicles(self.actor, unit_id):
            self.vehicle.addItem(car.plate, car.id)
        self.vehicle.setCurrentIndex(min(1, self.vehicle.count() - 1))

    def submit(self) -> str:
        return parking_spaces.rent_space(
            self.actor,
            space_id=self.space.id,
            unit_id=self.unit_id or "",
            fee_item_id=self.item.currentData() or "",
            monthly_price=self.price.text(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            vehicle_id=self.vehicle.currentData(),
        ).id


class EditSpaceDialog(FormDialog):
    """Zone, remarks, and whether the space is in use; code and type stay."""

    def __init__(self, actor: Actor, space: SpaceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.space = actor, space
        self.setWindowTitle(self.tr("Space {code}").format(code=space.code))
        self.zone = self.add_row(self.tr("Zone"), "zone", QLineEdit(space.zone))
        self.remarks = self.add_row(self.tr("Remarks"), "remarks", QLineEdit(space.remarks))
        self.active = self.add_row("", "active", QCheckBox(self.tr("In &use")))
        self.active.setChecked(space.active)

    def submit(self) -> str:
        return parking_spaces.update_space(
            self.actor,
            self.space.id,
            zone=self.zone.text(),
            remarks=self.remarks.text(),
            active=self.active.isChecked(),
            expected_version=self.space.row_version,
        ).id


class EndDialog(FormDialog):
    """Renew (a later date) or end early (an earlier one)."""

    def __init__(self, actor: Actor, space: SpaceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.space = actor, space
        self.setWindowTitle(self.tr("Space {code}: change the end").format(code=space.code))
        self.end = self.add_row(self.tr("Until"), "end_date", DateEdit(space.rental_end))

    def submit(self) -> str:
        return parking_spaces.change_end(
            self.actor, self.space.rental_id or "", self.end.value()
        ).id


class SpacesTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.model = ListTableModel(
            [
                (self.tr("Space"), lambda r: r.code),
                (self.tr("Zone"), lambda r: r.zone),
                (self.tr("Type"), self._type_text),
                (self.tr("Unit"), lambda r: r.unit_code),
                (self.tr("Owner"), lambda r: r.owner_name),
                (self.tr("Plate"), lambda r: r.plate),
                (
                    self.tr("Monthly"),
                    lambda r: "" if r.monthly_price is None else format_money(r.monthly_price),
                ),
                (self.tr("Until"), lambda r: str(r.rental_end or "")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("parking_spaces")
        configure_table(self.table, self.model)
        self.expiring_model = ListTableModel(
            [
                (self.tr("Space"), lambda r: r.space_code),
                (self.tr("Unit"), lambda r: r.unit_code),
                (self.tr("Owner"), lambda r: r.owner_name),
                (self.tr("Ends"), lambda r: str(r.end_date)),
                (self.tr("Days left"), lambda r: str(r.days_left)),
                (self.tr("Monthly"), lambda r: format_money(r.monthly_price)),
            ],
            self,
        )
        self.expiring = QTableView()
        self.expiring.setObjectName("expiring_rentals")
        configure_table(self.expiring, self.expiring_model)
        can = actor.can(Cap.PARKING_MANAGE)
        bar, self.buttons = button_row(
            self,
            [
                (self.tr("&New space…"), self.new_space, "new_space", can),
                (self.tr("&Edit…"), self.edit_space, "edit_space", can),
                (self.tr("&Rent…"), self.rent, "rent_space", can),
                (self.tr("Renew / &end…"), self.change_end, "end_rental", can),
            ],
        )
        bar.addStretch(1)
        add_export_button(bar, actor, self.table, self.tr("Parking spaces"), self)
        self.expiring_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.expiring_label)
        layout.addWidget(self.expiring, 1)

    def refresh(self) -> None:
        self.model.set_items(parking_spaces.space_rows(self.actor))
        expiring = parking_spaces.expiring_rentals(self.actor, EXPIRY_DAYS)
        self.expiring_model.set_items(expiring)
        self.expiring_label.setText(
            self.tr("Rentals ending within {days} days: {n}").format(
                days=EXPIRY_DAYS, n=len(expiring)
            )
        )

    def selected(self) -> SpaceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _type_text(self, space: SpaceRow) -> str:
        kind = label(space.space_type)
        return kind if space.active else self.tr("{type} (out of use)").format(type=kind)

    def edit_space(self) -> None:
        space = self.selected()
        if space and EditSpaceDialog(self.actor, space, self).exec():
            self.refresh()

    def new_space(self) -> None:
        if SpaceDialog(self.actor, self).exec():
            self.refresh()

    def rent(self) -> None:
        space = self.selected()
        if space and RentDialog(self.actor, space, self).exec():
            self.refresh()

    def change_end(self) -> None:
        space = self.selected()
        if space and space.rental_id and EndDialog(self.actor, space, self).exec():
            self.refresh()
