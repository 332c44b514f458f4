"""New community (小区), building (楼栋) and entrance (单元) forms."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from app.services.permissions import Actor
from app.services.structure import create_building, create_community, create_entrance
from ui.dialogs.form_dialog import FormDialog


class CommunityDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("New community"))
        self.code = self.add_row(self.tr("&Code"), "code", QLineEdit())
        self.code.setPlaceholderText(self.tr("Short code, e.g. YG"))
        self.name = self.add_row(self.tr("&Name"), "name", QLineEdit())
        self.address = self.add_row(self.tr("&Address"), "address", QLineEdit())

    def submit(self) -> str:
        return create_community(
            self.actor, self.code.text(), self.name.text(), self.address.text()
        ).id


class BuildingDialog(FormDialog):
    def __init__(self, actor: Actor, community_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.community_id = actor, community_id
        self.setWindowTitle(self.tr("New building"))
        self.code = self.add_row(self.tr("&Code"), "code", QLineEdit())
        self.code.setPlaceholderText(self.tr("Starts the unit codes, e.g. 3 for 3-2-1201"))
        self.name = self.add_row(self.tr("&Name"), "name", QLineEdit())
        self.floors = self.add_row(self.tr("&Floors above ground"), "floors", QSpinBox())
        self.floors.setRange(1, 200)
        self.code.textChanged.connect(self._suggest_name)

    def _suggest_name(self, code: str) -> None:
        # The service's default name, shown as the placeholder; 栋 is part of the data.
        code = code.strip()
        self.name.setPlaceholderText(f"{code}栋" if code else "")

    def submit(self) -> str:
        return create_building(
            self.actor, self.community_id, self.code.text(), self.name.text(), self.floors.value()
        ).id


class EntranceDialog(FormDialog):
    def __init__(self, actor: Actor, building_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.building_id = actor, building_id
        self.setWindowTitle(self.tr("New entrance"))
        self.code = self.add_row(self.tr("&Code"), "code", QLineEdit())
        self.code.setPlaceholderText(self.tr("Middle part of the unit codes, e.g. 2 for 3-2-1201"))
        self.name = self.add_row(self.tr("&Name"), "name", QLineEdit())
        self.code.textChanged.connect(self._suggest_name)

    def _suggest_name(self, code: str) -> None:
        code = code.strip()
        self.name.setPlaceholderText(f"{code}单元" if code else "")

    def submit(self) -> str:
        return create_entrance(self.actor, self.building_id, self.code.text(), self.name.text()).id
