"""The archive forms driven like a user: type, click OK, then look in the database."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
)

from app.demo import generate_demo_office
from app.models.archive import (
    Building,
    Community,
    Entrance,
    Owner,
    Ownership,
    Resident,
    Unit,
    Vehicle,
)
from app.services import auth
from app.services.permissions import Actor
from app.services.structure import estate_tree
from app.services.units import UnitInput, update_unit
from app.validation import credit_check_char, id_check_digit
from ui.dialogs.owner_form import OwnerDialog
from ui.dialogs.resident_form import ResidentDialog
from ui.dialogs.structure_forms import BuildingDialog, CommunityDialog, EntranceDialog
from ui.dialogs.transfer_form import TransferDialog
from ui.dialogs.unit_form import UnitDialog
from ui.dialogs.vehicle_form import VehicleDialog
from ui.widgets.form import is_invalid

PERSON_ID = "11010119900307123" + id_check_digit("11010119900307123")
CREDIT_CODE = "91440300MA5F" + "00001" + credit_check_char("91440300MA5F00001")


@pytest.fixture
def admin(db_path: Path) -> Actor:
    auth.create_first_admin("admin", "管理员", "admin-pass")
    return auth.authenticate("admin", "admin-pass")


@pytest.fixture
def demo(admin: Actor) -> Actor:
    generate_demo_office(60, seed=7)
    return admin


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _edit(dialog, name: str) -> QLineEdit:
    widget = dialog.findChild(QLineEdit, name) or dialog.findChild(QComboBox, name).lineEdit()
    assert widget is not None, name
    return widget


def _type(qtbot, dialog, name: str, text: str) -> None:
    edit = _edit(dialog, name)
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest can't type CJK; an input method commits the whole string like this
        edit.insert(text)


def _choose(dialog, name: str, code: str) -> None:
    combo = dialog.findChild(QComboBox, name)
    combo.setCurrentIndex(combo.findData(code))


def _ok(qtbot, dialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _accepted(dialog) -> bool:
    return dialog.result() == dialog.DialogCode.Accepted


def _unit_without_owner() -> Unit:
    owned = Ownership.select(Ownership.unit)
    return Unit.select().where(Unit.id.not_in(owned)).order_by(Unit.code).first()


def test_structure_and_a_unit_typed_into_the_forms(qtbot, admin: Actor) -> None:
    dialog = _show(qtbot, CommunityDialog(admin))
    _type(qtbot, dialog, "code", "YG")
    _type(qtbot, dialog, "name", "阳光花园")
    _type(qtbot, dialog, "address", "深圳市南山区科技园路1号")
    _ok(qtbot, dialog)
    community = Community.get(Community.code == "YG")
    assert _accepted(dialog) and dialog.saved_id == community.id
    assert community.name == "阳光花园"

    dialog = _show(qtbot, BuildingDialog(admin, community.id))
    _type(qtbot, dialog, "code", "3")
    assert _edit(dialog, "name").placeholderText() == "3栋"
    dialog.floors.setValue(18)
    _ok(qtbot, dialog)
    building = Building.get(Building.code == "3")
    assert (building.name, building.floors) == ("3栋", 18)

    dialog = _show(qtbot, EntranceDialog(admin, building.id))
    _type(qtbot, dialog, "code", "2")
    _ok(qtbot, dialog)
    entrance = Entrance.get(Entrance.building == building)
    assert (entrance.code, entrance.name) == ("2", "2单元")

    dialog = _show(qtbot, UnitDialog(admin, estate_tree(admin)))
    assert dialog.findChild(QComboBox, "entrance_id").currentData() == entrance.id
    dialog.floor.setValue(12)
    _type(qtbot, dialog, "room_no", "1201")
    _choose(dialog, "unit_type", "residential")
    _type(qtbot, dialog, "gross_area", "８９.５㎡")  # full-width digits, as some IMEs type them
    _type(qtbot, dialog, "inner_area", "72.3")
    _choose(dialog, "status", "vacant")
    _type(qtbot, dialog, "remarks", "南北通透")
    _ok(qtbot, dialog)
    assert _accepted(dialog)
    unit = Unit.get(Unit.code == "3-2-1201")
    assert (unit.floor, unit.room_no, unit.status) == (12, "1201", "vacant")
    assert (unit.gross_area, unit.inner_area) == (Decimal("89.50"), Decimal("72.30"))
    assert unit.entrance_id == entrance.id and unit.remarks == "南北通透"


def test_a_bad_area_is_refused_and_nothing_is_saved(qtbot, demo: Actor) -> None:
    before = Unit.select().count()
    dialog = _show(qtbot, UnitDialog(demo, estate_tree(demo)))
    _type(qtbot, dialog, "room_no", "9901")
    _type(qtbot, dialog, "gross_area", "abc")
    qtbot.waitUntil(lambda: is_invalid(_edit(dialog, "gross_area")))
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    _ok(qtbot, dialog)
    assert not _accepted(dialog) and dialog.isVisible()
    assert dialog.error.isVisible() and "Area" in dialog.error.text()
    qtbot.waitUntil(_edit(dialog, "gross_area").hasFocus)
    assert Unit.select().count() == before


def test_a_floor_of_zero_is_skipped(qtbot, admin: Actor) -> None:
    dialog = _show(qtbot, UnitDialog(admin, []))
    assert dialog.floor.value() == 1
    dialog.floor.stepDown()
    assert dialog.floor.value() == -1
    dialog.floor.stepUp()
    assert dialog.floor.value() == 1
    _ok(qtbot, dialog)  # no entrance to choose from: said so, nothing crashes
    assert "Entrance" in dialog.error.text()


def test_a_bad_phone_is_marked_as_it_is_typed(qtbot, admin: Actor) -> None:
    dialog = _show(qtbot, OwnerDialog(admin))
    phone = _edit(dialog, "phone")
    hint = dialog.findChild(QLabel, "phone_hint")
    _type(qtbot, dialog, "phone", "1381234")
    qtbot.waitUntil(lambda: is_invalid(phone))
    assert hint.isVisible() and "13812345678" in hint.text()
    assert phone.toolTip() == hint.text()
    _type(qtbot, dialog, "phone", "138 1234 5678")
    qtbot.waitUntil(lambda: not is_invalid(phone))
    assert not hint.isVisible() and not phone.toolTip()
    assert not Owner.select().exists()  # checking as you type saves nothing


def test_a_new_owner_of_a_unit_gets_the_ownership(qtbot, demo: Actor) -> None:
    unit = _unit_without_owner()
    dialog = _show(qtbot, OwnerDialog(demo, unit_id=unit.id))
    assert unit.code in dialog.windowTitle()
    _type(qtbot, dialog, "name", "王小明")
    _choose(dialog, "gender", "M")
    _type(qtbot, dialog, "id_number", PERSON_ID[:-1] + ("0" if PERSON_ID[-1] != "0" else "1"))
    qtbot.waitUntil(lambda: is_invalid(_edit(dialog, "id_number")))
    _type(qtbot, dialog, "id_number", PERSON_ID)
    _type(qtbot, dialog, "phone", "13812345678")
    dialog.start_date.setDate(date(2026, 11, 20))
    _ok(qtbot, dialog)
    assert _accepted(dialog)
    owner = Owner.get(Owner.id == dialog.saved_id)
    assert (owner.name, owner.gender, owner.id_number) == ("王小明", "M", PERSON_ID)
    link = Ownership.get(Ownership.owner == owner)
    assert (link.unit_id, link.start_date, link.end_date) == (unit.id, date(2026, 11, 20), None)


def test_a_company_owner_uses_a_credit_code_and_no_gender(qtbot, admin: Actor) -> None:
    dialog = _show(qtbot, OwnerDialog(admin))
    _choose(dialog, "kind", "company")
    assert dialog.findChild(QComboBox, "id_type").currentData() == "credit_code"
    assert not dialog.form.isRowVisible(dialog.gender)
    _type(qtbot, dialog, "name", "深圳市安居商贸有限公司")
    _type(qtbot, dialog, "id_number", PERSON_ID)  # a person's ID is not a credit code
    qtbot.waitUntil(lambda: is_invalid(_edit(dialog, "id_number")))
    _type(qtbot, dialog, "id_number", CREDIT_CODE)
    qtbot.waitUntil(lambda: not is_invalid(_edit(dialog, "id_number")))
    _type(qtbot, dialog, "phone", "0755-86001234")
    _ok(qtbot, dialog)
    owner = Owner.get(Owner.id == dialog.saved_id)
    assert (owner.kind, owner.id_type, owner.id_number, owner.gender) == (
        "company",
        "credit_code",
        CREDIT_CODE,
        "",
    )
    assert not Ownership.select().where(Ownership.owner == owner).exists()


def test_editing_an_owner_saves_the_change(qtbot, demo: Actor) -> None:
    owner = Owner.select().where(Owner.kind == "person").first()
    dialog = _show(qtbot, OwnerDialog(demo, owner_id=owner.id))
    assert _edit(dialog, "name").text() == owner.name
    assert _edit(dialog, "phone").text() == owner.phone  # editors see the full number
    _type(qtbot, dialog, "phone2", "0755-26001234")
    _ok(qtbot, dialog)
    assert _accepted(dialog)
    assert Owner.get_by_id(owner.id).phone2 == "0755-26001234"


def test_a_tenant_needs_lease_dates(qtbot, demo: Actor) -> None:
    unit = Unit.select().first()
    before = Resident.select().count()
    dialog = _show(qtbot, ResidentDialog(demo, unit.id))
    assert not dialog.form.isRowVisible(dialog.lease_start)
    _type(qtbot, dialog, "name", "赵租客")
    _choose(dialog, "relation", "tenant")
    assert dialog.form.isRowVisible(dialog.lease_start)
    assert not dialog.form.isRowVisible(dialog.family_role)
    _type(qtbot, dialog, "phone", "13912345678")
    _ok(qtbot, dialog)
    assert not _accepted(dialog) and "Lease" in dialog.error.text()
    assert Resident.select().count() == before
    dialog.lease_start.set_value(date(2026, 12, 1))
    dialog.lease_end.set_value(date(2027, 11, 30))
    _ok(qtbot, dialog)
    assert _accepted(dialog)
    resident = Resident.get_by_id(dialog.saved_id)
    assert (resident.relation, resident.lease_start, resident.lease_end) == (
        "tenant",
        date(2026, 12, 1),
        date(2027, 11, 30),
    )
    assert resident.family_role == "" and resident.phone == "13912345678"


def test_a_household_member_is_added_and_edited(qtbot, demo: Actor) -> None:
    unit = Unit.select().first()
    dialog = _show(qtbot, ResidentDialog(demo, unit.id))
    _type(qtbot, dialog, "name", "李小红")
    _type(qtbot, dialog, "family_role", "子女")
    _choose(dialog, "gender", "F")
    dialog.move_in_date.set_value(date(2026, 10, 1))
    _ok(qtbot, dialog)
    resident = Resident.get_by_id(dialog.saved_id)
    assert (resident.relation, resident.family_role, resident.gender) == ("family", "子女", "F")
    assert resident.move_in_date == date(2026, 10, 1) and resident.lease_start is None

    dialog = _show(qtbot, ResidentDialog(demo, unit.id, resident.id))
    assert _edit(dialog, "name").text() == "李小红"
    assert dialog.move_in_date.value() == date(2026, 10, 1)
    qtbot.keyClick(dialog.move_in_date, Qt.Key.Key_Delete)  # Delete empties a date
    _type(qtbot, dialog, "id_number", "12345")
    _ok(qtbot, dialog)
    assert "ID number" in dialog.error.text()
    _type(qtbot, dialog, "id_number", "")
    _ok(qtbot, dialog)
    assert _accepted(dialog)
    assert Resident.get_by_id(resident.id).move_in_date is None


def test_a_bad_plate_is_refused_then_fixed(qtbot, demo: Actor) -> None:
    unit = Unit.select().first()
    before = Vehicle.select().count()
    dialog = _show(qtbot, VehicleDialog(demo, unit_id=unit.id))
    _type(qtbot, dialog, "plate", "粤B123")
    qtbot.waitUntil(lambda: is_invalid(_edit(dialog, "plate")))
    _type(qtbot, dialog, "colour", "白")
    _type(qtbot, dialog, "model", "大众 朗逸")
    _ok(qtbot, dialog)
    assert not _accepted(dialog) and "Plate" in dialog.error.text()
    assert Vehicle.select().count() == before
    _type(qtbot, dialog, "plate", "粤b·12345")
    qtbot.waitUntil(lambda: not is_invalid(_edit(dialog, "plate")))
    _ok(qtbot, dialog)
    assert _accepted(dialog)
    vehicle = Vehicle.get_by_id(dialog.saved_id)
    assert (vehicle.plate, vehicle.colour, vehicle.model, vehicle.unit_id) == (
        "粤B12345",
        "白",
        "大众 朗逸",
        unit.id,
    )


def test_a_unit_changed_by_someone_else_meanwhile_is_not_overwritten(qtbot, demo: Actor) -> None:
    unit = Unit.select().order_by(Unit.code).first()
    dialog = _show(qtbot, UnitDialog(demo, estate_tree(demo), unit_id=unit.id))
    assert dialog.findChild(QComboBox, "entrance_id").currentData() == unit.entrance_id
    assert _edit(dialog, "room_no").text() == unit.room_no
    assert Decimal(_edit(dialog, "gross_area").text()) == unit.gross_area
    # another user saves the same unit while the form is open
    other = UnitInput(
        unit.entrance_id,
        unit.floor,
        unit.room_no,
        unit.unit_type,
        unit.gross_area,
        unit.inner_area,
        unit.status,
        "their change",
    )
    update_unit(demo, unit.id, other, expected_version=unit.row_version)
    _type(qtbot, dialog, "remarks", "my change")
    _ok(qtbot, dialog)
    assert not _accepted(dialog) and "Someone else changed" in dialog.error.text()
    assert Unit.get_by_id(unit.id).remarks == "their change"

    dialog = _show(qtbot, UnitDialog(demo, estate_tree(demo), unit_id=unit.id))
    _type(qtbot, dialog, "remarks", "my change")
    _ok(qtbot, dialog)
    assert _accepted(dialog) and Unit.get_by_id(unit.id).remarks == "my change"


def test_a_transfer_ends_the_old_ownership_and_starts_the_new(qtbot, demo: Actor) -> None:
    old = Ownership.select().where(Ownership.end_date.is_null()).order_by(Ownership.id).first()
    buyer = Owner.select().where(Owner.id != old.owner_id).order_by(Owner.name).first()
    dialog = _show(qtbot, TransferDialog(demo, old.unit_id))
    _ok(qtbot, dialog)  # nobody chosen yet
    assert "New owner" in dialog.error.text()

    _type(qtbot, dialog, "owner_search", buyer.name)
    results = dialog.findChild(QListWidget, "owner_results")
    qtbot.waitUntil(lambda: 0 < results.count() <= 10)
    rows = [results.item(r) for r in range(results.count())]
    assert all(item.text().startswith(buyer.name) for item in rows)
    ids = [item.data(Qt.ItemDataRole.UserRole) for item in rows]
    results.setCurrentRow(ids.index(buyer.id))
    qtbot.mouseClick(dialog.findChild(QPushButton, "add_owner"), Qt.MouseButton.LeftButton)

    owner_form = dialog.new_owner()  # the co-buyer is new to the office
    _type(qtbot, owner_form, "name", "钱新")
    _type(qtbot, owner_form, "phone", "13700001111")
    _ok(qtbot, owner_form)
    assert _accepted(owner_form)
    assert dialog.new_owner_ids() == [buyer.id, owner_form.saved_id]

    day = old.start_date + timedelta(days=400)
    dialog.transfer_date.set_value(day)
    _ok(qtbot, dialog)
    assert _accepted(dialog)
    assert Ownership.get_by_id(old.id).end_date == day - timedelta(days=1)
    current = Ownership.select().where(
        (Ownership.unit == old.unit_id) & Ownership.end_date.is_null()
    )
    assert {(link.owner_id, link.start_date) for link in current} == {
        (buyer.id, day),
        (owner_form.saved_id, day),
    }
