"""The parking page driven as the cashier would: receive a 10 元 book of 100 numbers, issue
it to a guard, record a shift using 1–37 with 12 voided, hand over; the register shows 36
used, 1 void, 63 remaining. Refusals show their reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models import Vehicle
from app.models.billing import FeeKind
from app.services import fees, parking_tariffs
from app.services.permissions import Actor, Role
from tests.billing_fixtures import small_office, user
from tests.qt_helpers import close_next_modal
from ui.main_window import MainWindow
from ui.pages.parking_invoices import IssueBookDialog, ReceiveBookDialog, VoidDialog
from ui.pages.parking_shifts import (
    HandoverDialog,
    InvoiceUseDialog,
    OpenShiftDialog,
    SummaryDialog,
    VisitDialog,
)
from ui.pages.parking_spaces import EditSpaceDialog, RentDialog, SpaceDialog

GUARD = "王保安"


@pytest.fixture
def cashier(db_path: Path, system_actor: Actor) -> Actor:
    return user(system_actor, "shouyin", Role.CASHIER)


def _answer_yes_then_record(seen: list[str]) -> None:
    """Says Yes to the next question box, then records the message box that follows."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        close_next_modal(seen)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)


def _receive(qtbot, books, code: str = "PK001") -> None:
    dialog = ReceiveBookDialog(books.actor, books)
    qtbot.addWidget(dialog)
    dialog.denomination.setText("10")
    dialog.code.setText(code)
    dialog.first.setText("00000001")
    dialog.last.setText("00000100")
    dialog.source.setText("国家税务总局")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    books.refresh()
    books.select_code(code)


def _issue(qtbot, books, holder: str) -> IssueBookDialog:
    dialog = IssueBookDialog(books.actor, books.selected(), books)
    qtbot.addWidget(dialog)
    dialog.holder.setText(holder)
    dialog.signature.setText(holder)
    dialog.save()
    return dialog


def test_book_shift_and_register(qtbot, cashier: Actor, tmp_path: Path) -> None:
    window = MainWindow(cashier)
    qtbot.addWidget(window)
    page = window.show_page("parking")
    books, shifts, register = page.books, page.shifts, page.register

    _receive(qtbot, books)
    assert _issue(qtbot, books, GUARD).result() == IssueBookDialog.DialogCode.Accepted
    books.refresh()
    books.select_code("PK001")
    assert books.selected().holder == GUARD
    again = _issue(qtbot, books, "李收银")
    assert again.result() != again.DialogCode.Accepted
    assert f"held by {GUARD}" in again.error.text()

    opened = OpenShiftDialog(cashier, shifts)
    qtbot.addWidget(opened)
    opened.operator.setText(GUARD)
    opened.post.setText("东门")
    opened.save()
    shifts.refresh()
    shifts.table.selectRow(0)
    shift = shifts.selected()
    assert shift.operator == GUARD

    summary = SummaryDialog(cashier, shift, shifts)
    qtbot.addWidget(summary)
    summary.vehicles.setValue(40)
    summary.amount.setText("400")
    summary.save()
    assert summary.result() == summary.DialogCode.Accepted

    use = InvoiceUseDialog(cashier, shift, shifts)
    qtbot.addWidget(use)
    assert use.book.count() == 1 and use.first.text() == "00000001"
    use.first.setText("3")  # skipping 1 and 2 without a void
    use.last.setText("37")
    use.save()
    assert use.result() != use.DialogCode.Accepted
    assert "would be skipped" in use.error.text()
    use.first.setText("1")
    use.voids.setText("12")
    use.save()
    assert use.result() != use.DialogCode.Accepted  # a void needs its reason
    use.reason.setText("撕坏")
    use.save()
    assert use.result() == use.DialogCode.Accepted, use.error.text()

    twice = InvoiceUseDialog(cashier, shift, shifts)
    qtbot.addWidget(twice)
    assert twice.first.text() == "00000038"
    twice.first.setText("37")
    twice.last.setText("40")
    twice.save()
    assert twice.result() != twice.DialogCode.Accepted
    assert "00000037" in twice.error.text()

    shifts.refresh()
    shifts.select_number(shift.number)
    handover = HandoverDialog(cashier, shifts.selected(), shifts)
    qtbot.addWidget(handover)
    handover.counted.setText("400")
    handover.handed_to.setText("李收银")
    handover.save()
    assert handover.result() == handover.DialogCode.Accepted
    shifts.refresh()
    row = shifts.model.item(0)
    assert (row.status, row.invoices_used, row.invoices_void, row.difference) == (
        "closed",
        36,
        1,
        0,
    )
    shifts.select_number(shift.number)
    assert shifts.make_report(tmp_path / "shift.pdf").stat().st_size > 1000
    assert shifts.visits_model.rowCount() == 1  # the summary entry
    ranges = [shifts.ranges_model.item(r) for r in range(shifts.ranges_model.rowCount())]
    assert [(r.first_number, r.last_number, r.status) for r in ranges] == [
        (1, 11, "used"), (12, 12, "void"), (13, 37, "used"),
    ]  # fmt: skip
    assert "No temporary-parking tariff yet" in shifts.tariff.text()
    previews: list[object] = []
    close_next_modal(previews)
    shifts.print_report()
    assert [p.objectName() for p in previews] == ["pdf_preview"]

    page.tabs.setCurrentWidget(register)
    entry = register.model.item(0)
    assert (entry.book_code, entry.used, entry.void, entry.remaining) == ("PK001", 36, 1, 63)
    assert GUARD in entry.issued_to
    assert "used 36" in register.summary.text()
    previews: list[object] = []
    close_next_modal(previews)
    register.print_register()
    assert [p.objectName() for p in previews] == ["pdf_preview"]
    xlsx = register.write_file(tmp_path / "register.xlsx")
    sheet = openpyxl.load_workbook(xlsx)["登记簿"]
    values = [c.value for c in sheet[3]]
    assert values[2] == "PK001" and values[10:14] == [36, 1, 0, 63]

    page.tabs.setCurrentWidget(books)
    books.select_code("PK001")
    assert books.issues_model.rowCount() == 1 and books.issues_model.item(0).holder == GUARD
    runs = [books.ranges_model.item(r) for r in range(books.ranges_model.rowCount())]
    assert [(r.count, r.status, r.shift.number) for r in runs] == [
        (11, "used", shift.number), (1, "void", shift.number), (25, "used", shift.number),
    ]  # fmt: skip
    seen: list[str] = []
    _answer_yes_then_record(seen)
    books.delete()
    qtbot.waitUntil(lambda: bool(seen))
    assert "can not be deleted" in seen[0]
    books.refresh()
    assert books.model.rowCount() == 1


def test_void_dialog_and_spaces(qtbot, db_path: Path, system_actor: Actor) -> None:
    office = small_office(system_actor)
    fees.create_fee_item(system_actor, "CWZJ", "车位租金", FeeKind.PARKING, "300", date(2025, 1, 1))
    parking_tariffs.create_tariff(
        system_actor, name="标准", effective_from=date(2020, 1, 1), free_minutes=30,
        hour_price="5",
    )  # fmt: skip
    manager = user(system_actor, "jingli", Role.MANAGER)
    window = MainWindow(manager)
    qtbot.addWidget(window)
    page = window.show_page("parking")

    spaces = page.spaces
    dialog = SpaceDialog(manager, spaces)
    qtbot.addWidget(dialog)
    dialog.code.setText("B1-008")
    dialog.zone.setText("B1")
    dialog.kind.setCurrentIndex(dialog.kind.findData("rented"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    spaces.refresh()
    spaces.table.selectRow(0)
    rent = RentDialog(manager, spaces.selected(), spaces)
    qtbot.addWidget(rent)
    car = Vehicle.create(plate="京A99999", unit=office["a"])
    rent.picker.choose(office["a"].code)
    assert rent.vehicle.currentData() == car.id
    rent.price.setText("320")
    rent.end.setDate(rent.start.date().addDays(10))
    rent.save()
    assert rent.result() == rent.DialogCode.Accepted, rent.error.text()
    spaces.refresh()
    row = spaces.model.item(0)
    assert (row.unit_code, row.owner_name, str(row.monthly_price), row.plate) == (
        "1-1-101", "张三", "320.00", "京A99999",
    )  # fmt: skip
    assert spaces.expiring_model.rowCount() == 1
    assert "1" in spaces.expiring_label.text()
    spaces.table.selectRow(0)
    edit = EditSpaceDialog(manager, spaces.selected(), spaces)
    qtbot.addWidget(edit)
    edit.remarks.setText("靠近电梯")
    edit.active.setChecked(False)  # still rented: refused, the form stays open
    edit.save()
    assert edit.result() != edit.DialogCode.Accepted and "rented until" in edit.error.text()
    edit.active.setChecked(True)
    edit.save()
    assert edit.result() == edit.DialogCode.Accepted, edit.error.text()
    spaces.refresh()
    assert spaces.model.item(0).remarks == "靠近电梯"

    books = page.books
    _receive(qtbot, books, "PK009")
    _issue(qtbot, books, GUARD)
    books.refresh()
    books.select_code("PK009")
    void = VoidDialog(manager, books.selected(), books)
    qtbot.addWidget(void)
    void.last.setText("00000002")
    void.save()
    assert void.result() != void.DialogCode.Accepted  # no reason
    void.reason.setText("印刷不清")
    void.save()
    assert void.result() == void.DialogCode.Accepted
    books.refresh()
    books.select_code("PK009")
    assert (books.selected().void, books.selected().next_number) == (2, "00000003")

    shifts = page.shifts
    shifts.refresh()
    assert shifts.tariff.text() == (
        "Tariff in force: 标准 — 30 minutes free, 5.00 yuan per started hour"
    )
    opened = OpenShiftDialog(manager, shifts)
    qtbot.addWidget(opened)
    opened.operator.setText(GUARD)
    opened.save()
    shifts.refresh()
    shifts.table.selectRow(0)
    visit = VisitDialog(manager, shifts.selected(), shifts)
    qtbot.addWidget(visit)
    visit.plate.setText("京A12345")
    visit.entered.setDateTime(QDateTime(QDate(2026, 11, 2), QTime(10, 0)))
    visit.left.setDateTime(QDateTime(QDate(2026, 11, 2), QTime(12, 30)))
    visit.save()  # 150 minutes: three started hours at 5 元
    assert visit.result() == visit.DialogCode.Accepted, visit.error.text()
    shifts.refresh()
    assert (shifts.model.item(0).takings, shifts.model.item(0).vehicles) == (15, 1)
