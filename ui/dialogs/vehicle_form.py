"""Register a vehicle (车辆) to a unit or an owner."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.permissions import Actor
from app.services.residents import VehicleInput, add_vehicle
from app.validation import normalize_plate
from ui.dialogs.form_dialog import FormDialog, choice_combo

# Stored as typed, like the guards write them in the car register.
COLOURS = ("白", "黑", "银", "灰", "红", "蓝", "棕", "绿", "黄")


class VehicleDialog(FormDialog):
    def __init__(
        self,
        actor: Actor,
        unit_id: str | None = None,
        owner_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor, self.unit_id, self.owner_id = actor, unit_id, owner_id
        self.setWindowTitle(self.tr("New vehicle"))
        self.plate = self.add_checked_row(
            self.tr("&Plate"),
            "plate",
            QLineEdit(),
            normalize_plate,
            self.tr("Enter a plate such as 粤B12345, or 粤BD12345 for a new-energy car."),
        )
        self.colour = self.add_row(self.tr("&Colour"), "colour", choice_combo(COLOURS))
        self.model = self.add_row(self.tr("&Make and model"), "model", QLineEdit())
        self.model.setPlaceholderText(self.tr("e.g. Volkswagen Lavida"))
        self.remarks = self.add_row(self.tr("Re&marks"), "remarks", QLineEdit())

    def vehicle_input(self) -> VehicleInput:
        return VehicleInput(
            plate=self.plate.text(),
            unit_id=self.unit_id,
            owner_id=self.owner_id,
            colour=self.colour.currentText(),
            model=self.model.text(),
            remarks=self.remarks.text(),
        )

    def submit(self) -> str:
        return add_vehicle(self.actor, self.vehicle_input()).id
