"""Move-out permits, the permits list, vacant units and document printing, driven through
the screens and checked in the database and the PDFs."""

from __future__ import annotations

import re
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from app.clock import local_today
from app.models import AuditLog
from app.models.archive import (
    Attachment,
    MoveOutPermit,
    Unit,
    UnitStatus,
    VacancyInspection,
    VacancyNotice,
)
from app.services import billing
from app.services.move_out import request_permit
from app.services.periods import add_months, period_of
from app.services.permissions import Actor, Role
from reports.move_out_permit import render_move_out_permit
from tests.archive_office import Staff, demo_office
from tests.billing_fixtures import small_office, user
from tests.qt_helpers import close_next_modal
from ui.dialogs.permit_dialog import PermitDialog
from ui.pages.archive_permits import PermitsTab
from ui.pages.archive_vacancy import VacancyTab
from ui.pdf_preview import PdfPrintJob

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(qtbot, dialog, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest can't type CJK; an input method commits the whole string like this
        edit.insert(text)


def _ok(qtbot, dialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


@pytest.fixture
def owing(db_path: Path, system_actor: Actor) -> dict[str, object]:
    """The small office with last month's bills unpaid: unit a owes 220.33."""
    office = small_office(system_actor)
    billing.generate_bills(system_actor, add_months(period_of(local_today()), -1))
    office["desk"] = user(system_actor, "kefu", Role.SERVICE_ASSISTANT)
    office["manager"] = user(system_actor, "jingli", Role.MANAGER)
    return office


def _fill_request(qtbot, dialog: PermitDialog) -> None:
    assert dialog.applicant_name.text() == "张三"  # the owner, filled in
    _type(qtbot, dialog, "applicant_phone", "13800001111")
    dialog.items.insertPlainText("沙发一套\n冰箱一台")
    _type(qtbot, dialog, "plate", "粤B12345")
    dialog.planned_date.set_value(local_today() + timedelta(days=1))


def test_permit_refused_for_arrears_at_the_desk(qtbot, owing) -> None:
    dialog = _show(qtbot, PermitDialog(owing["desk"], owing["a"].id))
    _fill_request(qtbot, dialog)
    assert not dialog.arrears.isVisible()
    _ok(qtbot, dialog)
    assert dialog.isVisible() and not MoveOutPermit.select().exists()
    assert "220.33" in dialog.arrears.text() and dialog.arrears.isVisible()
    assert "220.33" in dialog.error.text()
    assert not dialog.override_reason.isVisible()  # an assistant can't override
    assert dialog.manager_note.isVisible() and not _ok_button(dialog).isEnabled()


def test_manager_overrides_with_a_reason_and_the_permit_prints(
    qtbot, owing, tmp_path: Path
) -> None:
    dialog = _show(qtbot, PermitDialog(owing["manager"], owing["a"].id))
    _fill_request(qtbot, dialog)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and not MoveOutPermit.select().exists()
    assert dialog.override_reason.isVisible() and not dialog.manager_note.isVisible()
    assert _ok_button(dialog).isEnabled()
    _type(qtbot, dialog, "override_reason", "同意")
    _ok(qtbot, dialog)  # too short: the service asks for a real reason
    assert dialog.isVisible() and "4" in dialog.error.text()
    assert not MoveOutPermit.select().exists()
    _type(qtbot, dialog, "override_reason", "业主已承诺周五前缴清")
    previews: list[object] = []
    close_next_modal(previews)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(previews))
    assert isinstance(previews[0], QPrintPreviewDialog)
    permit = MoveOutPermit.get_by_id(dialog.saved_id)
    assert (permit.arrears_fen, permit.override_reason) == (22033, "业主已承诺周五前缴清")
    assert (permit.plate, permit.items) == ("粤B12345", "沙发一套\n冰箱一台")
    [override] = AuditLog.select().where(AuditLog.action == "permit.override")
    assert override.record_id == permit.id and override.detail == "业主已承诺周五前缴清"
    text = pdf_text(render_move_out_permit(permit.id, tmp_path / "permit.pdf"))
    assert permit.number in text and "1-1-101" in text and "业主已承诺周五前缴清" in text


def test_permits_tab_logs_the_exit_and_cancels(qtbot, owing) -> None:
    manager = owing["manager"]
    planned = local_today() + timedelta(days=1)
    first, second = (
        request_permit(
            manager,
            owing["a"].id,
            "张三",
            "",
            goods,
            "",
            planned,
            override_reason="业主已承诺周五前缴清",
        )
        for goods in ("沙发一套", "书柜两个")
    )
    tab = _show(qtbot, PermitsTab(owing["desk"]))
    assert tab.table.rowCount() == 2 and tab.status.currentData() == "issued"
    assert {tab.table.item(r, 1).text() for r in range(2)} == {"1-1-101"}
    assert not tab.buttons["record_exit"].isEnabled()
    assert tab.select_number(first.number)
    assert tab.record_exit_selected(confirm=False)
    assert MoveOutPermit.get_by_id(first.id).status == "exited"
    assert MoveOutPermit.get_by_id(first.id).exit_checked_by == "kefu"
    assert tab.table.rowCount() == 1  # the issued list no longer shows it
    assert tab.select_number(second.number)
    assert tab.cancel_selected("业主改期搬家")
    assert MoveOutPermit.get_by_id(second.id).cancel_reason == "业主改期搬家"
    tab.status.setCurrentIndex(tab.status.findData(None))
    assert tab.table.rowCount() == 2
    assert {a.action for a in AuditLog.select()} >= {"permit.exit", "permit.cancel"}
    assert tab.select_number(first.number)
    assert not tab.buttons["record_exit"].isEnabled() and tab.buttons["reprint"].isEnabled()


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office()


def test_vacancy_tab_lists_vacant_units_and_records_notice_and_inspection(
    qtbot, staff: Staff, tmp_path: Path
) -> None:
    tab = _show(qtbot, VacancyTab(staff.assistant))
    tab.refresh()
    vacant = Unit.select().where(Unit.status == UnitStatus.VACANT)
    assert tab.units.rowCount() == vacant.count() > 0
    assert {r.unit_id for r in tab.rows} == {u.id for u in vacant}
    assert not tab.buttons["record_notice"].isEnabled()  # nothing chosen yet
    tab.units.selectRow(0)
    unit = tab.selected_unit()
    assert tab.buttons["record_notice"].isEnabled() and not tab.buttons["end_notice"].isEnabled()

    dialog = tab.record_notice()
    dialog.findChild(QLineEdit, "remarks").insert("业主书面申请空置")
    _ok(qtbot, dialog)
    notice = VacancyNotice.get(VacancyNotice.unit == unit.unit_id)
    assert notice.start_date == local_today() and notice.end_date is None
    assert tab.selected_unit().unit_id == unit.unit_id  # still chosen after the reload
    assert tab.units.item(0, 6).text() == local_today().isoformat()
    assert tab.buttons["end_notice"].isEnabled() and not tab.buttons["record_notice"].isEnabled()

    photo = tmp_path / "客厅.png"
    photo.write_bytes(PNG)
    dialog = tab.record_inspection()
    assert dialog.inspector.text() == staff.assistant.display_name
    dialog.findings.insertPlainText("门窗完好，无渗水")
    dialog.add_photos([photo])
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.saved_id is not None)
    inspection = VacancyInspection.get(VacancyInspection.unit == unit.unit_id)
    assert inspection.findings == "门窗完好，无渗水"
    assert Attachment.get(Attachment.record_id == inspection.id).file_name == "客厅.png"
    assert tab.units.item(0, 7).text() == local_today().isoformat()
    assert tab.log.rowCount() == 1 and tab.log.item(0, 1).text() == "李客服"
    assert tab.photos.table.rowCount() == 1
    assert tab.photos.table.item(0, 0).text() == "客厅.png"

    dialog = tab.end_notice()
    _ok(qtbot, dialog)
    assert VacancyNotice.get_by_id(notice.id).end_date == local_today()


def test_an_inspection_photo_must_be_a_picture(qtbot, staff: Staff, tmp_path: Path) -> None:
    tab = _show(qtbot, VacancyTab(staff.assistant))
    tab.refresh()
    tab.units.selectRow(0)
    note = tmp_path / "notes.txt"
    note.write_text("not a picture")
    dialog = tab.record_inspection()
    dialog.add_photos([note])
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
    assert dialog.isVisible() and "notes.txt" in dialog.error.text()
    assert not VacancyInspection.select().exists()


def test_a_document_pdf_prints_page_for_page(tmp_path: Path, owing, qapp) -> None:
    permit = request_permit(
        owing["manager"],
        owing["a"].id,
        "张三",
        "",
        "沙发一套",
        "",
        local_today(),
        override_reason="业主已承诺周五前缴清",
    )
    source = render_move_out_permit(permit.id, tmp_path / "permit.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    job = PdfPrintJob(source)
    try:
        assert job.paint(printer) == 1
    finally:
        job.close()
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, check=True, text=True
    ).stdout
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)
    assert re.search(r"^Page size:\s+595 x 842 pts", info, re.MULTILINE)  # A4, as the source
