"""The cashier's flow on screen: find a unit, collect two months in two methods, void as a
manager."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.models import Receipt, ReceiptVoid
from app.services import billing
from app.services.accounts import account_of
from app.services.permissions import Actor
from tests.billing_fixtures import cashier_and_manager, small_office
from ui.main_window import MainWindow


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> dict[str, object]:
    office = small_office(system_actor)
    billing.generate_bills(system_actor, "2026-10")
    billing.generate_bills(system_actor, "2026-11")
    office["cashier"], office["manager"] = cashier_and_manager(system_actor)
    return office


def test_collect_two_months_in_two_methods(qtbot, office) -> None:
    window = MainWindow(office["cashier"])
    qtbot.addWidget(window)
    page = window.show_page("billing")
    page.print_on_issue = False
    counter = page.counter
    qtbot.keyClicks(counter.picker, "1-1-101")
    qtbot.keyClick(counter.picker, Qt.Key.Key_Return)
    assert counter.unit_id == office["a"].id
    assert counter.charges.rowCount() == 4  # two months × two items
    assert counter.amount_due() == Decimal("440.66")
    assert "肆佰肆拾元零陆角陆分" in counter.words_label.text()
    qtbot.keyClicks(counter.tenders["wechat"], "200")
    qtbot.keyClicks(counter.tenders["cash"], "300")
    assert "59.34" in counter.change_label.text()
    qtbot.mouseClick(counter.confirm, Qt.MouseButton.LeftButton)
    receipt = Receipt.get()
    assert receipt.total == Decimal("440.66") and receipt.number == "SJ2026000001"
    assert account_of(office["a"].id).owed == 0
    assert counter.charges.rowCount() == 0  # reloaded: nothing left to pay


def test_unticked_month_stays_open(qtbot, office) -> None:
    window = MainWindow(office["cashier"])
    qtbot.addWidget(window)
    page = window.show_page("billing")
    page.print_on_issue = False
    counter = page.counter
    counter.picker.choose("1-1-101")
    for row in (2, 3):  # November's lines
        counter.charges.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert counter.amount_due() == Decimal("220.33")
    qtbot.mouseClick(counter.confirm, Qt.MouseButton.LeftButton)  # exact cash by default
    assert account_of(office["a"].id, date(2026, 11, 27)).owed == Decimal("220.33")


def test_short_payment_shows_the_missing_amount(qtbot, office) -> None:
    window = MainWindow(office["cashier"])
    qtbot.addWidget(window)
    counter = window.show_page("billing").counter
    counter.picker.choose("1-1-101")
    qtbot.keyClicks(counter.tenders["cash"], "100")
    qtbot.mouseClick(counter.confirm, Qt.MouseButton.LeftButton)
    assert "340.66" in counter.error.text()
    assert Receipt.select().count() == 0


def test_manager_voids_from_the_receipts_list(qtbot, office) -> None:
    cashier_window = MainWindow(office["cashier"])
    qtbot.addWidget(cashier_window)
    page = cashier_window.show_page("billing")
    page.print_on_issue = False
    page.counter.picker.choose("1-1-101")
    qtbot.mouseClick(page.counter.confirm, Qt.MouseButton.LeftButton)
    assert not page.receipts.void_button.isVisibleTo(page.receipts)  # cashiers can't void

    window = MainWindow(office["manager"])
    qtbot.addWidget(window)
    receipts_tab = window.show_page("billing").receipts
    receipts_tab.refresh()
    receipts_tab.table.selectRow(0)
    assert receipts_tab.void_selected("业主要求改用微信")
    assert ReceiptVoid.select().count() == 1
    assert receipts_tab.model.row_dict(0)["void_reason"] == "业主要求改用微信"


def test_fee_setup_new_item_price_and_assignment(qtbot, office) -> None:
    from app.models import FeeAssignment, FeeItem
    from ui.pages.billing_setup import AssignDialog, FeeItemDialog, PriceDialog

    manager = office["manager"]
    window = MainWindow(manager)
    qtbot.addWidget(window)
    setup = window.show_page("billing").setup
    dialog = FeeItemDialog(manager, setup)
    qtbot.addWidget(dialog)
    dialog.code.setText("DTF")
    dialog.name.insert("电梯运行费")
    dialog.kind.setCurrentIndex(dialog.kind.findData("fixed"))
    dialog.price.setText("abc")
    dialog.save()
    assert dialog.error.text() and not FeeItem.select().where(FeeItem.code == "DTF").exists()
    dialog.price.setText("15")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    setup.refresh()
    row = next(r for r in range(setup.model.rowCount()) if setup.model.item(r).code == "DTF")
    item = setup.model.item(row)
    price = PriceDialog(manager, item, setup)
    qtbot.addWidget(price)
    price.price.setText("18.0000")
    price.save()
    assign = AssignDialog(manager, item, setup)
    qtbot.addWidget(assign)
    assign.types.item(0).setCheckState(Qt.CheckState.Checked)  # residential
    assign.save()
    assert assign.assigned == 3
    assert FeeAssignment.select().join(FeeItem).where(FeeItem.code == "DTF").count() == 3


def test_unit_record_shows_its_payments(qtbot, office) -> None:
    from ui.dialogs.unit_record import UnitRecordDialog

    dialog = UnitRecordDialog(office["manager"], office["a"].id)
    qtbot.addWidget(dialog)
    assert dialog.payments.open.rowCount() == 4
    assert "440.66" in dialog.payments.summary.text()
    page_titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Payments" in page_titles


def test_dashboard_shows_fee_figures(qtbot, office) -> None:
    from app.services import collection

    account = account_of(office["a"].id)
    collection.collect(
        office["cashier"],
        collection.CollectRequest(
            office["a"].id, [c.id for c in account.charges], [collection.Tender("cash", "440.66")]
        ),
    )
    window = MainWindow(office["manager"])
    qtbot.addWidget(window)
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.tiles["receipts_today"].value.text() == "1", timeout=5000)
    assert "440.66" in page.tiles["collected_today"].value.text()
