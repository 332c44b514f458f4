"""New or edit a unit (房屋): where it is, its type, areas and status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from app.errors import ValidationError
from app.services.archive import UnitStatus, UnitType
from app.services.permissions import Actor
from app.services.structure import TreeNode
from app.services.units import UnitInput, create_unit, unit_record, update_unit
from app.validation import parse_area
from ui.dialogs.form_dialog import FormDialog, code_combo, select_code
from ui.labels import unit_status_label, unit_type_label


@dataclass(frozen=True)
class EntranceChoice:
    entrance_id: str
    label: str
    building: str
    entrance: str
    code_prefix: str  # "3-2-": what the codes of this entrance's units start with


def entrance_choices(tree: Sequence[TreeNode]) -> list[EntranceChoice]:
    """The estate tree (`estate_tree`) flattened to one choice per entrance, in tree order."""
    several = len(tree) > 1
    choices = []
    for community in tree:
        for building in community.children:
            for entrance in building.children:
                label = f"{building.name} {entrance.name}"
                choices.append(
                    EntranceChoice(
                        entrance.id,
                        f"{community.name} {label}" if several else label,
                        building.name,
                        entrance.name,
                        f"{building.code}-{entrance.code}-",
                    )
                )
    return choices


class FloorSpinBox(QSpinBox):
    """Floors −10…200 without 0: stepping over 0 jumps from 1 to −1 and back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-10, 200)
        self.setValue(1)
        self._last = 1
        self.valueChanged.connect(self._skip_zero)

    def _skip_zero(self, value: int) -> None:
        if value == 0:
            self.setValue(-1 if self._last > 0 else 1)
            return
        self._last = value


class UnitDialog(FormDialog):
    def __init__(
        self,
        actor: Actor,
        entrance_choices: Sequence[TreeNode] | Sequence[EntranceChoice],
        unit_id: str | None = None,
        entrance_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor, self.unit_id = actor, unit_id
        self.version: int | None = None
        choices = _as_choices(entrance_choices)
        self.setWindowTitle(self.tr("New unit"))
        self.entrance = self.add_row(self.tr("&Entrance"), "entrance_id", QComboBox())
        for choice in choices:
            self.entrance.addItem(choice.label, choice.entrance_id)
        select_code(self.entrance, entrance_id)
        self.floor = self.add_row(self.tr("&Floor"), "floor", FloorSpinBox())
        self.floor.setToolTip(self.tr("Negative numbers are basement floors; there is no floor 0."))
        self.room_no = self.add_row(self.tr("&Room number"), "room_no", QLineEdit())
        self.room_no.setPlaceholderText(self.tr("e.g. 1201"))
        self.unit_type = self.add_row(
            self.tr("&Type"), "unit_type", code_combo(UnitType.ALL, unit_type_label)
        )
        area_hint = self.tr("Enter square metres as a positive number such as 89.5.")
        self.gross_area = self.add_checked_row(
            self.tr("&Gross area (㎡)"), "gross_area", QLineEdit(), parse_area, area_hint
        )
        self.gross_area.setPlaceholderText(self.tr("Title-deed area, e.g. 89.5"))
        self.inner_area = self.add_checked_row(
            self.tr("&Inner area (㎡)"), "inner_area", QLineEdit(), parse_area, area_hint
        )
        self.inner_area.setPlaceholderText(self.tr("Optional"))
        self.status = self.add_row(
            self.tr("&Status"), "status", code_combo(UnitStatus.ALL, unit_status_label)
        )
        self.remarks = self.add_row(self.tr("Re&marks"), "remarks", QLineEdit())
        if unit_id is not None:
            self._load(unit_id)

    def _load(self, unit_id: str) -> None:
        record = unit_record(self.actor, unit_id)
        self.version = record.row_version
        self.setWindowTitle(self.tr("Edit unit {code}").format(code=record.code))
        select_code(self.entrance, record.entrance_id)
        self.floor.setValue(record.floor)
        self.room_no.setText(record.room_no)
        select_code(self.unit_type, record.unit_type)
        self.gross_area.setText(str(record.gross_area))
        self.inner_area.setText("" if record.inner_area is None else str(record.inner_area))
        select_code(self.status, record.status)
        self.remarks.setText(record.remarks)

    def unit_input(self) -> UnitInput:
        return UnitInput(
            entrance_id=self.entrance.currentData() or "",
            floor=self.floor.value(),
            room_no=self.room_no.text(),
            unit_type=self.unit_type.currentData(),
            gross_area=self.gross_area.text(),
            inner_area=self.inner_area.text(),
            status=self.status.currentData(),
            remarks=self.remarks.text(),
        )

    def submit(self) -> str:
        if self.entrance.currentData() is None:
            raise ValidationError(
                self.tr("Entrance: choose one; add the building and its entrances first."),
                field="entrance_id",
            )
        if self.unit_id is None:
            return create_unit(self.actor, self.unit_input()).id
        return update_unit(self.actor, self.unit_id, self.unit_input(), self.version).id


def _as_choices(items: Sequence[TreeNode] | Sequence[EntranceChoice]) -> list[EntranceChoice]:
    if items and isinstance(items[0], TreeNode):
        return entrance_choices(items)  # type: ignore[arg-type]
    return list(items)  # type: ignore[arg-type]
