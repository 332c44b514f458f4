"""事务 page: a parcel from arrival to pickup, visitors and receptions, notices, and a renovation
from application to deposit refund, clicked through the real tabs and dialogs."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView

from app.models import (
    Appraisal,
    CommunityEvent,
    ExpenseClaim,
    MailItem,
    Notice,
    Reception,
    Renovation,
    Unit,
    Visitor,
)
from app.models.affairs import MailStatus
from app.models.archive import UnitStatus
from app.models.billing import Receipt, Refund
from app.services.unit_facts import current_owners, office_today
from app.services.visitors import CHECKLIST_CODES
from tests.archive_office import Staff, demo_office
from tests.qt_helpers import close_next_modal
from tests.renovation_fixtures import renovation_items
from ui.main_window import MainWindow


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=30)


@pytest.fixture
def window(qtbot, staff: Staff) -> MainWindow:
    window = MainWindow(staff.assistant)
    qtbot.addWidget(window)
    return window


def test_parcel_from_arrival_to_pickup(qtbot, window: MainWindow) -> None:
    unit = Unit.select().where(Unit.status == UnitStatus.OCCUPIED).order_by(Unit.code).first()
    owner = current_owners(unit)[0]
    page = window.show_page("affairs")
    incoming = page.mail.incoming
    assert incoming.model.rowCount() == 0
    dialog = incoming.open_receive()
    dialog.picker.choose(unit.code)
    qtbot.keyClicks(dialog.tracking, "JD0012345678")
    qtbot.keyClicks(dialog.shelf, "A2")
    dialog.carrier.setCurrentText("京东")
    dialog.save()
    assert dialog.saved_id is not None
    item = MailItem.get_by_id(dialog.saved_id)
    assert item.addressee == owner.name and item.unit_id == unit.id
    table = page.findChild(QTableView, "mail_table")
    assert table.model().rowCount() == 1 and incoming.selected_id() == item.id

    notify = incoming.open_notify()
    assert "A2号货架" in notify.text.toPlainText()
    notify.copy_button.click()
    assert "尾号5678" in QGuiApplication.clipboard().text()
    assert MailItem.get_by_id(item.id).notified_at is not None

    page.mail.tabs.setCurrentWidget(page.mail.uncollected)
    waiting = page.mail.uncollected.model
    assert waiting.rowCount() == 1 and waiting.index(0, 3).data() == owner.name

    page.mail.tabs.setCurrentWidget(incoming)
    incoming.select_id(item.id)
    pickup = incoming.open_pickup()
    assert pickup.collector.text() == owner.name
    pickup.collector.setText("快递代收人王五")  # keyClicks types ASCII only
    pickup.save()
    item = MailItem.get_by_id(item.id)
    assert item.status == MailStatus.COLLECTED and item.collector == "快递代收人王五"
    assert item.collected_at is not None and item.handed_by == "李客服"
    status_column = [c.key for c in incoming.model.columns].index("status")
    assert incoming.model.index(0, status_column).data() == "Collected"
    page.mail.tabs.setCurrentWidget(page.mail.uncollected)
    assert page.mail.uncollected.model.rowCount() == 0


def test_refused_pickup_keeps_the_dialog_open(qtbot, window: MainWindow, staff: Staff) -> None:
    page = window.show_page("affairs")
    incoming = page.mail.incoming
    dialog = incoming.open_receive()
    dialog.save()  # no unit, no addressee
    assert dialog.saved_id is None and dialog.error.text()
    assert MailItem.select().count() == 0


def test_visitor_in_and_out_with_the_id_masked(qtbot, window: MainWindow) -> None:
    page = window.show_page("affairs")
    page.tabs.setCurrentWidget(page.visitors)
    log = page.visitors.log
    dialog = log.open_register()
    dialog.name.setText("周访客")
    qtbot.keyClicks(dialog.id_number, "110105194912310021")
    dialog.purpose.setText("探亲")
    dialog.host.setText("王业主")
    dialog.save()
    assert dialog.saved_id is not None
    assert log.model.rowCount() == 1
    id_column = [c.key for c in log.model.columns].index("id_tail")
    assert log.model.index(0, id_column).data() == "**************0021"
    log.table.selectRow(0)
    assert log.mark_left()
    assert Visitor.get_by_id(dialog.saved_id).out_at is not None


def test_reception_checklist_ticked_in_the_list(qtbot, window: MainWindow) -> None:
    page = window.show_page("affairs")
    page.tabs.setCurrentWidget(page.visitors)
    page.visitors.tabs.setCurrentWidget(page.visitors.receptions)
    tab = page.visitors.receptions
    dialog = tab.open_schedule()
    dialog.guest_org.setText("集团品质部")
    dialog.purpose.setText("季度检查")
    dialog.save()
    assert dialog.saved_id is not None and tab.selected().id == dialog.saved_id
    assert tab.checklist.count() == len(CHECKLIST_CODES)
    seen: list[object] = []
    close_next_modal(seen)
    assert not tab.finish_selected("提前结束")  # nothing ticked yet: refused
    assert "Checklist" in str(seen[0])
    for row in range(len(CHECKLIST_CODES)):
        tab.checklist.item(row).setCheckState(Qt.CheckState.Checked)
    assert Reception.get_by_id(dialog.saved_id).checklist == ",".join(CHECKLIST_CODES)
    assert tab.finish_selected("检查顺利")
    assert Reception.get_by_id(dialog.saved_id).status == "done"


def test_notice_filled_issued_and_posted(qtbot, window: MainWindow) -> None:
    page = window.show_page("affairs")
    page.tabs.setCurrentWidget(page.notices)
    tab = page.notices
    dialog = tab.open_new()
    dialog.kind.setCurrentIndex(dialog.kind.findData("elevator"))
    assert set(dialog.inputs) == {"date", "start", "end", "area", "phone"}
    dialog.inputs["date"].setText("12月5日")
    assert not dialog.fill()  # the other fields are empty
    assert dialog.error.text()
    for name, value in (
        ("start", "9:00"),
        ("end", "11:00"),
        ("area", "3栋1单元"),
        ("phone", "88886666"),
    ):
        dialog.inputs[name].setText(value)
    assert dialog.fill() and dialog.title.text() == "电梯维保通知"
    assert "3栋1单元电梯" in dialog.body.toPlainText()
    dialog.save()
    notice = Notice.get_by_id(dialog.saved_id)
    assert notice.kind == "elevator" and tab.selected_id() == notice.id
    posting = tab.open_posting()
    posting.place.setCurrentText("电梯轿厢")
    posting.save()
    assert tab.postings.rowCount() == 1 and tab.postings.index(0, 0).data() == "电梯轿厢"
    posted_column = [c.key for c in tab.model.columns].index("posted_at")
    assert tab.model.index(0, posted_column).data() == "电梯轿厢"
    tab.postings_table.selectRow(0)
    assert tab.take_down_selected()
    assert tab.postings.index(0, 3).data() != ""


def test_renovation_from_application_to_deposit_refund(qtbot, staff: Staff) -> None:
    renovation_items(staff.admin)  # 装修押金 3000 and 装修管理费 300
    unit = Unit.select().where(Unit.status == UnitStatus.OCCUPIED).order_by(Unit.code).first()
    window = MainWindow(staff.manager)
    qtbot.addWidget(window)
    page = window.show_page("affairs")
    page.tabs.setCurrentWidget(page.renovations)
    tab = page.renovations

    apply = tab.open_apply()
    apply.picker.choose(unit.code)
    apply.applicant.setText("王业主")
    apply.contractor.setText("美居装饰公司")
    apply.workers.setPlainText("刘工\n张师傅")
    apply.scope.setPlainText("厨卫改造")
    apply.end.set_value(office_today() + timedelta(days=20))
    apply.save()
    assert apply.saved_id is not None and tab.selected_id() == apply.saved_id
    renovation_id = apply.saved_id

    approve = tab.open_approve()
    assert [amount.text() for _id, _box, amount in approve.lines] == ["3000.0000", "300.0000"]
    approve.lines[0][2].setText("2000")
    approve.save()
    assert approve.saved_id == renovation_id
    assert tab.charges.rowCount() == 2

    collect = tab.open_collect()
    collect.method.setCurrentIndex(collect.method.findData("wechat"))
    collect.save()
    receipt = Receipt.get_by_id(collect.receipt_id)
    assert receipt.total == Decimal("2300.00") and receipt.unit_id == unit.id

    assert tab.issue_permit()
    assert Unit.get_by_id(unit.id).status == UnitStatus.DECORATING
    inspection = tab.open_inspection()
    inspection.findings.setPlainText("楼道堆放垃圾")
    inspection.violation.setText("装修垃圾堆放楼道")
    inspection.rectify_by.set_value(office_today() + timedelta(days=2))
    inspection.save()
    assert tab.inspections.rowCount() == 1
    seen: list[object] = []
    close_next_modal(seen)
    assert not tab.accept_selected("验收合格")  # the violation is still open
    assert seen
    tab.inspections_table.selectRow(0)
    assert tab.mark_rectified()
    assert tab.accept_selected("验收合格")
    assert Unit.get_by_id(unit.id).status == UnitStatus.OCCUPIED

    settle = tab.open_settle()
    assert settle.deposit == Decimal("2000.00")
    settle.add_deduction("楼道垃圾清运", "200")
    assert settle.refund_label.text() == "¥1,800.00"
    settle.save()
    assert settle.saved_id is not None
    refund = Refund.get(Refund.charge == Renovation.get_by_id(renovation_id).deposit_charge_id)
    assert refund.amount == Decimal("1800.00")
    status_column = [c.key for c in tab.model.columns].index("status")
    assert (
        tab.model.index(tab.model.row_of_id(renovation_id), status_column).data()
        == "Deposit settled"
    )

    # The fees module shows both: the receipt in its list, the refund on the day's report.
    billing = window.show_page("billing")
    billing.tabs.setCurrentWidget(billing.receipts)
    numbers = [
        billing.receipts.model.index(r, 0).data() for r in range(billing.receipts.model.rowCount())
    ]
    assert receipt.number in numbers
    billing.tabs.setCurrentWidget(billing.day_close)
    lines = {line.key: line for line in billing.day_close.report.by_item}
    assert lines["装修押金"].collected == Decimal("2000.00")
    assert lines["装修押金"].refunded == Decimal("1800.00")


def test_expense_claim_submitted_approved_paid(qtbot, staff: Staff) -> None:
    window = MainWindow(staff.manager)
    qtbot.addWidget(window)
    page = window.show_page("affairs")
    page.tabs.setCurrentWidget(page.expenses)
    tab = page.expenses
    dialog = tab.open_new()
    dialog.purpose.setText("办公用品采购")
    dialog.table.cellWidget(0, 1).setText("打印纸")
    dialog.table.cellWidget(0, 3).setText("88.50")
    dialog.add_line("postage", "快递费", "12")
    dialog.save()
    assert dialog.saved_id is not None and tab.selected_id() == dialog.saved_id
    assert tab.approve_selected()
    assert tab.pay_selected("wechat")
    claim = ExpenseClaim.get_by_id(dialog.saved_id)
    assert claim.status == "paid" and claim.total == Decimal("100.50")
    month = {tab.month.item(r)[0]: tab.month.item(r)[1] for r in range(tab.month.rowCount())}
    assert month["office"] == Decimal("88.50") and month["postage"] == Decimal("12.00")


def test_appraisal_scored_saved_confirmed_exported(qtbot, staff: Staff, tmp_path: Path) -> None:
    window = MainWindow(staff.manager)
    qtbot.addWidget(window)
    page = window.show_page("affairs")
    page.tabs.setCurrentWidget(page.appraisal)
    tab = page.appraisal
    tab.period.setText("2026-10")
    tab.refresh()
    tab.person.setCurrentIndex(tab.person.findText("赵收银"))
    tab.manual["records"].setValue(40)
    # Nothing recorded for the cashier: only voids (100) and the post standards count.
    assert tab.total.text().endswith("90.00")  # (10×100 + 5×100×3 + 5×40) / 30
    assert tab.save_scores()
    assert tab.sheet.rowCount() == 1
    tab.sheet_table.selectRow(0)
    assert tab.confirm_selected()
    row = Appraisal.get()
    assert row.status == "confirmed" and row.total == Decimal("90.00")
    out = tab.export(str(tmp_path / "oct.xlsx"))
    assert out is not None and out.exists()
    assistant = MainWindow(staff.assistant)
    qtbot.addWidget(assistant)
    tabs = assistant.show_page("affairs").tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][-1] != "Staff appraisal"


def test_community_event_planned_and_held(qtbot, window: MainWindow) -> None:
    page = window.show_page("affairs")
    page.tabs.setCurrentWidget(page.events)
    tab = page.events
    plan = tab.open_plan()
    plan.title.setText("中秋游园会")
    plan.budget.setText("2500")
    plan.save()
    assert plan.saved_id is not None and tab.model.rowCount() == 1
    tab.table.selectRow(0)
    held = tab.open_held()
    held.place.setText("中心广场")
    held.participants.setValue(120)
    held.spent.setText("2300")
    held.summary.setPlainText("活动顺利")
    held.save()
    event = CommunityEvent.get_by_id(plan.saved_id)
    assert event.status == "held" and event.participants == 120
    assert "120" in tab.summary.text()
