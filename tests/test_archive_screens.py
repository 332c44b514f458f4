"""The archive screens driven like a user: the units toolbar, the record dialog's buttons,
the owners tab, attachments and masked values — then checked in the database."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from app.clock import local_today
from app.models import AuditLog
from app.models.archive import (
    Building,
    Community,
    Entrance,
    Handover,
    Owner,
    Ownership,
    Resident,
    Unit,
    UnitStatus,
    Vehicle,
)
from app.services.move_in import handover_of_unit
from reports.handover_form import render_handover_form
from tests.archive_office import Staff, demo_office, sold_unit
from tests.qt_helpers import close_next_modal
from ui.dialogs.handover_dialog import HandoverDialog, start_move_in
from ui.dialogs.owner_form import OwnerDialog
from ui.dialogs.unit_form import UnitDialog
from ui.dialogs.unit_record import UnitRecordDialog
from ui.main_window import MainWindow
from ui.pages.archive_owners import OwnersTab
from ui.pages.archive_units import UnitsTab
from ui.temp_files import remove_session_folder, session_folder

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(60)


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(qtbot, dialog, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    if edit is None:
        edit = dialog.findChild(QComboBox, name).lineEdit()
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest can't type CJK; an input method commits the whole string like this
        edit.insert(text)


def _ok(qtbot, dialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _click(qtbot, parent, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    tabs = getattr(parent, "tabs", None)
    for index in range(tabs.count() if tabs else 0):  # show the tab the button sits on
        if tabs.widget(index).isAncestorOf(button):
            tabs.setCurrentIndex(index)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _accepted(dialog) -> bool:
    return dialog.result() == dialog.DialogCode.Accepted


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def _record(qtbot, actor, unit_id: str) -> UnitRecordDialog:
    return _show(qtbot, UnitRecordDialog(actor, unit_id))


def test_building_unit_and_owner_typed_from_the_units_tab_then_found_and_moved_in(
    qtbot, staff: Staff, tmp_path: Path
) -> None:
    desk = staff.assistant
    tab = _show(qtbot, UnitsTab(desk))
    actions = tab.actions_by_name
    assert tab.toolbar_widget.isVisible()
    assert not actions["new_building"].isEnabled()  # no community chosen yet

    actions["new_community"].trigger()
    dialog = tab.last_dialog
    _type(qtbot, dialog, "code", "HY")
    _type(qtbot, dialog, "name", "和园")
    _ok(qtbot, dialog)
    community = Community.get(Community.code == "HY")
    assert tab._node is not None and tab._node.id == community.id  # the new node is chosen

    assert actions["new_building"].isEnabled()
    actions["new_building"].trigger()
    dialog = tab.last_dialog
    _type(qtbot, dialog, "code", "9")
    dialog.floors.setValue(26)
    _ok(qtbot, dialog)
    building = Building.get((Building.community == community) & (Building.code == "9"))
    assert tab._node.id == building.id

    actions["new_entrance"].trigger()
    dialog = tab.last_dialog
    _type(qtbot, dialog, "code", "1")
    _ok(qtbot, dialog)
    entrance = Entrance.get(Entrance.building == building)
    assert tab._node.id == entrance.id and entrance.name == "1单元"

    assert [k.toString() for k in actions["new_unit"].shortcuts()] == ["Ctrl+N"]
    actions["new_unit"].trigger()
    dialog = tab.last_dialog
    assert isinstance(dialog, UnitDialog)
    assert dialog.entrance.currentData() == entrance.id  # the entrance chosen in the tree
    dialog.floor.setValue(18)
    _type(qtbot, dialog, "room_no", "1801")
    _type(qtbot, dialog, "gross_area", "96.5")
    _ok(qtbot, dialog)
    unit = Unit.get(Unit.code == "9-1-1801")
    assert unit.entrance_id == entrance.id and unit.status == UnitStatus.UNSOLD
    assert tab.model.rowCount() == 1  # the list shows the chosen entrance, refreshed
    assert "（1）" in tab.tree.currentIndex().data()

    tab.table.selectRow(0)
    assert tab.selected_unit_id() == unit.id and actions["edit_unit"].isEnabled()
    assert {k.toString() for k in actions["edit_unit"].shortcuts()} == {"Ctrl+E", "F2"}

    record = _record(qtbot, desk, unit.id)
    _click(qtbot, record, "add_owner")
    owner_form = record.findChild(OwnerDialog)
    _type(qtbot, owner_form, "name", "钱思远")
    _type(qtbot, owner_form, "phone", "13922334455")
    _ok(qtbot, owner_form)
    owner = Owner.get(Owner.name == "钱思远")
    assert Ownership.get(Ownership.owner == owner).unit_id == unit.id
    assert record.owners.rowCount() == 1 and record.owners.item(0, 1).text() == "139****4455"
    assert Unit.get_by_id(unit.id).status == UnitStatus.VACANT

    window = MainWindow(desk)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.search_box, "qsy")
    hits = window.search_box.run_search()
    [hit] = [h for h in hits if h.kind == "owner" and h.record_id == owner.id]
    assert hit.unit_code == "9-1-1801"

    _click(qtbot, record, "move_in")
    handover_form = record.findChild(HandoverDialog)
    handover_form.keys_handed.setValue(3)
    _type(qtbot, handover_form, "key_notes", "入户门钥匙2把，信箱钥匙1把")
    _type(qtbot, handover_form, "water_reading", "12.5")
    _type(qtbot, handover_form, "electricity_reading", "301.25")
    handover_form.checklist.item(6).setCheckState(Qt.CheckState.Unchecked)
    previews: list[object] = []
    close_next_modal(previews)
    _ok(qtbot, handover_form)
    qtbot.waitUntil(lambda: bool(previews))
    assert isinstance(previews[0], QPrintPreviewDialog)
    handover = Handover.get(Handover.unit == unit.id)
    assert (handover.keys_handed, str(handover.water_reading)) == (3, "12.50")
    assert "《装修管理规定》" not in handover.checklist and "《入伙通知书》" in handover.checklist
    assert Unit.get_by_id(unit.id).status == UnitStatus.OCCUPIED
    pdf = render_handover_form(handover.id, tmp_path / "handover.pdf")
    text = pdf_text(pdf)
    assert "9-1-1801" in text and "入伙交接单" in text and "钱思远" in text


def test_a_reading_field_accepts_only_a_meter_number(qtbot, staff: Staff) -> None:
    unit, _owner = sold_unit(local_today())
    dialog = _show(qtbot, HandoverDialog(staff.assistant, unit.id))
    _type(qtbot, dialog, "gas_reading", "12a.345")
    assert dialog.gas_reading.text() == "12.34"
    dialog.print_after.setChecked(False)
    _ok(qtbot, dialog)
    assert _accepted(dialog)
    assert handover_of_unit(staff.assistant, unit.id).gas_reading is not None


def test_a_handed_over_unit_offers_a_correction_form(qtbot, staff: Staff) -> None:
    unit, _owner = sold_unit(local_today())
    first = _show(qtbot, HandoverDialog(staff.assistant, unit.id))
    first.keys_handed.setValue(2)
    first.print_after.setChecked(False)
    _ok(qtbot, first)
    original = handover_of_unit(staff.assistant, unit.id)

    def choose_correct() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, choose_correct)
            return
        [button] = [b for b in box.buttons() if "Correct" in b.text()]
        button.click()

    QTimer.singleShot(0, choose_correct)
    dialog = start_move_in(None, staff.assistant, unit.id)
    qtbot.addWidget(dialog)
    assert dialog.correcting.id == original.id and dialog.keys_handed.value() == 2
    dialog.keys_handed.setValue(3)
    dialog.print_after.setChecked(False)
    _ok(qtbot, dialog)
    assert dialog.error.text().startswith("Reason")  # nothing saved without a reason
    _type(qtbot, dialog, "reason", "钥匙数量登记错误")
    _ok(qtbot, dialog)
    assert _accepted(dialog)
    current = handover_of_unit(staff.assistant, unit.id)
    assert current.corrects_id == original.id and current.keys_handed == 3


def test_record_dialog_buttons_change_residents_vehicles_and_the_unit(qtbot, staff: Staff) -> None:
    desk = staff.assistant
    unit = Unit.select().where(Unit.status == UnitStatus.OCCUPIED).order_by(Unit.code).first()
    record = _record(qtbot, desk, unit.id)
    residents_before = record.residents.rowCount()

    _click(qtbot, record, "add_resident")
    form = record.findChildren(QDialogButtonBox)[-1].parent()
    _type(qtbot, form, "name", "周小雨")
    _type(qtbot, form, "phone", "13711112222")
    _ok(qtbot, form)
    resident = Resident.get((Resident.unit == unit.id) & (Resident.name == "周小雨"))
    assert record.residents.rowCount() == residents_before + 1
    row = next(
        r
        for r in range(record.residents.rowCount())
        if record.residents.item(r, 0).text() == "周小雨"
    )
    record.residents.selectRow(row)
    assert record.buttons["move_out"].isEnabled()
    moving = record.move_out_resident()
    _ok(qtbot, moving)
    assert Resident.get_by_id(resident.id).move_out_date == local_today()
    row = next(
        r
        for r in range(record.residents.rowCount())
        if record.residents.item(r, 0).text() == "周小雨"
    )
    assert "moved out" in record.residents.item(row, 2).text()
    record.residents.selectRow(row)
    assert not record.buttons["move_out"].isEnabled()  # history stays, can't move out twice

    vehicles_before = record.vehicles.rowCount()
    _click(qtbot, record, "add_vehicle")
    form = record.findChildren(QDialogButtonBox)[-1].parent()
    _type(qtbot, form, "plate", "粤BD54321")
    _ok(qtbot, form)
    vehicle = Vehicle.get(Vehicle.plate == "粤BD54321")
    assert record.vehicles.rowCount() == vehicles_before + 1
    row = next(
        r
        for r in range(record.vehicles.rowCount())
        if record.vehicles.item(r, 0).text() == "粤BD54321"
    )
    record.vehicles.selectRow(row)
    removing = record.remove_vehicle()
    _ok(qtbot, removing)
    assert removing.isVisible() and removing.error.isVisible()  # a reason is required
    _type(qtbot, removing, "reason", "车辆已出售")
    _ok(qtbot, removing)
    assert not Vehicle.select().where(Vehicle.id == vehicle.id).exists()
    audit = AuditLog.get((AuditLog.action == "vehicle.remove") & (AuditLog.record_id == vehicle.id))
    assert audit.detail == "车辆已出售"

    editing = record.edit_unit()
    assert editing.entrance.currentData() == unit.entrance_id
    _type(qtbot, editing, "remarks", "南北通透")
    _ok(qtbot, editing)
    assert Unit.get_by_id(unit.id).remarks == "南北通透"
    assert record.basics_form.rowCount() and "南北通透" in [
        record.basics_form.itemAt(r, record.basics_form.ItemRole.FieldRole).widget().text()
        for r in range(record.basics_form.rowCount())
    ]

    record.owners.selectRow(0)
    owner_form = record.edit_owner()
    assert isinstance(owner_form, OwnerDialog) and owner_form.owner_id is not None


def test_edit_form_selects_the_units_own_entrance(qtbot, staff: Staff) -> None:
    unit = Unit.select().order_by(Unit.code.desc()).first()
    tab = _show(qtbot, UnitsTab(staff.assistant))
    tab.show_unit(unit.code)
    tab.table.selectRow(0)
    dialog = tab.edit_unit()
    assert tab.selected_unit_id() == unit.id
    assert dialog.entrance.currentIndex() > 0  # not the form's default
    assert dialog.entrance.currentData() == unit.entrance_id
    assert unit.code in dialog.windowTitle()


def test_attachments_tab_stores_a_file_with_the_unit(qtbot, staff: Staff, tmp_path: Path) -> None:
    unit = Unit.select().order_by(Unit.code).first()
    record = _record(qtbot, staff.assistant, unit.id)
    files = record.files
    assert record.tabs.tabText(record.tabs.indexOf(files)) == "Files"
    scan = tmp_path / "购房合同.pdf"
    scan.write_bytes(b"%PDF-1.4 a scanned contract")
    files.description.setText("购房合同扫描件")
    assert files.add_file(scan)
    assert files.table.rowCount() == 1
    assert files.table.item(0, 0).text() == "购房合同.pdf"
    assert files.table.item(0, 1).text() == "购房合同扫描件"
    assert AuditLog.select().where(AuditLog.action == "attachment.add").count() == 1
    files.table.selectRow(0)
    copy = files.selected_copy()
    assert copy.name == "购房合同.pdf" and copy.read_bytes() == scan.read_bytes()
    assert copy.is_relative_to(session_folder())  # the session's own folder
    remove_session_folder()  # what quitting does
    assert not copy.exists() and not copy.parent.parent.exists()
    again = files.selected_copy()
    assert again.read_bytes() == scan.read_bytes() and again.parent.parent != copy.parent.parent
    remove_session_folder()
    messages: list[object] = []
    close_next_modal(messages)
    assert not files.add_file(tmp_path / "missing.pdf")
    assert "missing.pdf" in messages[0] and files.table.rowCount() == 1


def test_assistant_sees_masked_phones_manager_reveals_one_and_it_is_audited(
    qtbot, staff: Staff, monkeypatch
) -> None:
    owner = Owner.select().where(Owner.phone != "").order_by(Owner.name).first()
    unit_id = Ownership.get(Ownership.owner == owner).unit_id
    desk = _record(qtbot, staff.assistant, unit_id)
    row = next(
        r for r in range(desk.owners.rowCount()) if desk.owners.item(r, 0).text() == owner.name
    )
    assert (
        desk.owners.item(row, 1).text() != owner.phone and "****" in desk.owners.item(row, 1).text()
    )
    assert desk.owners.columnCount() == 3 and desk.findChild(QPushButton, f"reveal_{row}") is None

    manager = _record(qtbot, staff.manager, unit_id)
    assert manager.owners.item(row, 1).text() == desk.owners.item(row, 1).text()
    qtbot.mouseClick(manager.owners.cellWidget(row, 3), Qt.MouseButton.LeftButton)
    assert manager.owners.item(row, 1).text() == owner.phone
    [audit] = AuditLog.select().where(AuditLog.action == "archive.view_sensitive")
    assert (audit.record_id, audit.detail) == (owner.id, "phone")


def test_viewers_see_no_editing_buttons(qtbot, staff: Staff) -> None:
    tab = _show(qtbot, UnitsTab(staff.cashier))
    assert not tab.toolbar_widget.isVisible()
    assert not any(a.isVisible() for a in tab.actions_by_name.values())
    unit = Unit.select().order_by(Unit.code).first()
    record = _record(qtbot, staff.cashier, unit.id)
    for name in ("add_owner", "add_resident", "add_vehicle", "edit_unit", "move_in", "permit"):
        assert record.findChild(QPushButton, name) is None
    assert not record.files.add_button.isVisible()


def test_owners_tab_new_owner_and_double_click(qtbot, staff: Staff) -> None:
    tab = _show(qtbot, OwnersTab(staff.assistant))
    dialog = tab.new_owner()
    _type(qtbot, dialog, "name", "欧阳青")
    _type(qtbot, dialog, "phone", "13600001234")
    _ok(qtbot, dialog)
    assert _accepted(dialog)
    tab.search.setText("oyq")
    tab.apply_filter()
    assert tab.model.rowCount() == 1 and tab.model.row_dict(0)["name"] == "欧阳青"
    form = tab.open_owner(0)  # no unit yet: the owner form opens
    assert isinstance(form, OwnerDialog) and form.owner_id == dialog.saved_id
    form.reject()

    owner = Owner.get_by_id(Ownership.select().order_by(Ownership.unit).first().owner_id)
    tab.search.setText(owner.name)
    tab.apply_filter()
    opened: list[object] = []
    close_next_modal(opened)
    record = tab.open_owner(0)
    assert opened == [record] and isinstance(record, UnitRecordDialog)
    assert owner.name in [record.owners.item(r, 0).text() for r in range(record.owners.rowCount())]


def test_shortcuts_open_the_unit_forms(qtbot, staff: Staff) -> None:
    tab = _show(qtbot, UnitsTab(staff.assistant))
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(tab.last_dialog, UnitDialog) and tab.last_dialog.unit_id is None
    tab.last_dialog.reject()
    tab.table.selectRow(0)
    for key, modifier in ((Qt.Key.Key_F2, 0), (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)):
        tab.last_dialog = None
        qtbot.keyClick(tab.table, key, Qt.KeyboardModifier(modifier))
        assert tab.last_dialog.unit_id == tab.selected_unit_id()
        tab.last_dialog.reject()
