"""The rest of 收费 on screen: arrears with reminders, the day close, waivers and refunds."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from app.models import DayClose, Refund, Reminder, Waiver
from app.services import billing
from app.services.accounts import account_of
from app.services.collection import CollectRequest, Tender, collect
from app.services.permissions import Actor
from tests.billing_fixtures import cashier_and_manager, small_office
from ui.pages.billing import BillingPage
from ui.tasks import wait_for_all

ON = date(2026, 11, 27)


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> dict[str, object]:
    office = small_office(system_actor)
    billing.generate_bills(system_actor, "2026-10")
    billing.generate_bills(system_actor, "2026-11")
    office["cashier"], office["manager"] = cashier_and_manager(system_actor)
    return office


def _arrears(qtbot, actor: Actor) -> BillingPage:
    page = BillingPage(actor)
    qtbot.addWidget(page)
    tab = page.arrears
    tab.date.blockSignals(True)
    tab.date.setDate(QDate(ON))
    tab.date.blockSignals(False)
    with qtbot.waitSignal(tab.model.modelReset, timeout=5000):
        tab.refresh()
    wait_for_all()
    return page


def test_arrears_lists_owing_units_with_buckets(qtbot, office) -> None:
    page = _arrears(qtbot, office["cashier"])
    tab = page.arrears
    rows = {r.unit_code: r for r in tab.rows}
    assert set(rows) == {"1-1-101", "1-1-102", "1-1-103"}
    a = rows["1-1-101"]
    assert a.total == Decimal("440.66") and a.oldest_period == "2026-10"
    assert a.buckets.as_tuple()[:2] == (Decimal("220.33"), Decimal("220.33"))
    assert rows["1-1-102"].buckets.upto_30 == Decimal("146.39")
    assert tab.model.rowCount() == 3 and tab.model.columnCount() == 10
    assert tab.model.index(0, 2).data() != "13800001111"  # the phone is masked
    text = tab.summary.text()
    assert "889.05" in text and "517.72" in text and "371.33" in text


def _select(tab, codes: set[str]) -> None:
    table = tab.table
    table.clearSelection()
    for row in range(tab.model.rowCount()):
        if tab.model.item(row).unit_code in codes:
            table.selectionModel().select(
                tab.model.index(row, 0),
                table.selectionModel().SelectionFlag.Select
                | table.selectionModel().SelectionFlag.Rows,
            )


def test_record_reminder_through_the_dialog(qtbot, office) -> None:
    page = _arrears(qtbot, office["cashier"])
    tab = page.arrears
    _select(tab, {"1-1-101"})
    dialog = tab.reminder_dialog()
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    dialog.result.setText("答应月底交")
    assert dialog.save()
    reminder = Reminder.get()
    assert reminder.unit_id == office["a"].id and reminder.channel == "phone"
    assert reminder.amount_owed == Decimal("440.66") and reminder.result == "答应月底交"


def test_notices_pdf_and_logged(qtbot, office, tmp_path: Path) -> None:
    page = _arrears(qtbot, office["cashier"])
    tab = page.arrears
    _select(tab, {"1-1-101", "1-1-102"})
    pdf = tab.make_notices(tab.selected_unit_ids(), tmp_path / "notices.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "1-1-101" in text and "1-1-102" in text
    logged = {(r.unit_id, r.channel) for r in Reminder.select()}
    assert logged == {(office["a"].id, "notice"), (office["b"].id, "notice")}


def test_day_close_shows_totals_and_closes(qtbot, office) -> None:
    cashier = office["cashier"]
    collect(
        cashier,
        CollectRequest(office["a"].id, [], [Tender("cash", "100")], keep_as_credit="100"),
    )
    page = BillingPage(cashier)
    qtbot.addWidget(page)
    tab = page.day_close
    tab.refresh()
    assert tab.methods.rowCount() == 1
    assert tab.methods.index(0, 4).data() == "¥100.00"
    assert "1" in tab.status.text() and tab.close_button.isEnabled()
    assert tab.close_the_day()
    assert DayClose.select().count() == 1
    assert not tab.close_button.isEnabled()


def test_waive_and_refund_as_manager(qtbot, office) -> None:
    manager = office["manager"]
    collect(
        manager,
        CollectRequest(office["a"].id, [], [Tender("cash", "50")], keep_as_credit="50"),
    )
    page = BillingPage(manager)
    qtbot.addWidget(page)
    counter = page.counter
    counter.picker.choose("1-1-101")
    assert not counter.waive_button.isHidden() and not counter.refund_button.isHidden()
    counter.charges.setCurrentCell(0, 1)
    waive = counter.waive_dialog()
    assert waive.amount.text() == "210.33"
    waive.amount.setText("10.33")
    waive.reason.setText("维修期间噪音补偿")
    assert waive.save()
    assert Waiver.get().amount == Decimal("10.33")
    refund = counter.refund_dialog()
    refund.amount.setText("60")
    refund.reason.setText("业主要求退回")
    assert not refund.save() and refund.error.isVisibleTo(refund)  # more than the balance
    refund.amount.setText("30")
    assert refund.save()
    assert Refund.get().amount == Decimal("30.00")
    counter.reload()
    assert account_of(office["a"].id).credit == Decimal("20.00")


def test_cashier_cannot_waive_or_refund(qtbot, office) -> None:
    cashier = office["cashier"]
    collect(
        cashier,
        CollectRequest(office["a"].id, [], [Tender("cash", "50")], keep_as_credit="50"),
    )
    page = BillingPage(cashier)
    qtbot.addWidget(page)
    counter = page.counter
    counter.picker.choose("1-1-101")
    assert counter.waive_button.isHidden() and counter.refund_button.isHidden()
    counter.charges.setCurrentCell(0, 1)
    waive = counter.waive_dialog()
    waive.reason.setText("试试")
    assert not waive.save()
    assert Waiver.select().count() == 0
