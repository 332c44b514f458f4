"""A resident moves out (迁出, kept as history) and a vehicle leaves the register (with why)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.permissions import Actor
from app.services.residents import move_out_resident, remove_vehicle
from ui.dialogs.form_dialog import FormDialog, choice_combo
from ui.widgets.dates import DateEdit

# Stored as typed: the reasons the office usually writes.
VEHICLE_REASONS = ("车辆已出售", "车辆已报废", "业主搬离", "登记有误")


class MoveOutResidentDialog(FormDialog):
    def __init__(
        self, actor: Actor, resident_id: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.actor, self.resident_id = actor, resident_id
        self.setObjectName("move_out_resident_dialog")
        self.setWindowTitle(self.tr("{name} moves out").format(name=name))
        self.move_out_date = self.add_row(self.tr("Moved &out on"), "move_out_date", DateEdit())

    def submit(self) -> str:
        return move_out_resident(self.actor, self.resident_id, self.move_out_date.value()).id


class RemoveVehicleDialog(FormDialog):
    def __init__(
        self, actor: Actor, vehicle_id: str, plate: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.actor, self.vehicle_id = actor, vehicle_id
        self.setObjectName("remove_vehicle_dialog")
        self.setWindowTitle(self.tr("Remove vehicle {plate}").format(plate=plate))
        self.reason = self.add_row(self.tr("&Reason"), "reason", choice_combo(VEHICLE_REASONS))

    def submit(self) -> str:
        remove_vehicle(self.actor, self.vehicle_id, self.reason.currentText())
        return self.vehicle_id
