"""Monthly report (月报) and month close (月结) on the demo office: the PDF shows every
section, the XLSX totals agree with the PDF and with sums recomputed from the receipts and
charges, and a closed month refuses a bill, a void, a payment and a stock document."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.db import database
from app.demo import generate_demo_office
from app.demo_desk import create_demo_desk
from app.demo_fees import create_demo_fees
from app.errors import PermissionDenied, ValidationError
from app.models.auth import AuditLog
from app.models.billing import Charge, Receipt, ReceiptVoid
from app.models.stock import DocKind, DocReason, StockItem
from app.money import from_fen
from app.services import billing, receipts, stock
from app.services.month_close import close_month, month_state, reopen_month
from app.services.monthly_fees import month_collection
from app.services.monthly_figures import (
    SECTION_BUILDERS,
    Fact,
    Section,
    live_report,
    month_report,
    register_section,
    report_from_json,
    report_to_json,
)
from app.services.permissions import Actor, Role
from reports.monthly import render_monthly
from tests.billing_fixtures import user

MONTH = "2026-10"
FIRST, LAST = date(2026, 10, 1), date(2026, 10, 31)
SECTION_TITLES = (
    "一、收费情况",
    "二、收款与预交",
    "三、减免与退款",
    "四、欠费及账龄",
    "五、收据使用",
    "六、停车收费与发票",
    "七、仓库",
    "八、客户投诉",
    "九、报修",
    "十、回访与满意度",
)


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> Actor:
    generate_demo_office(200, seed=3)
    create_demo_fees(system_actor, seed=3)
    create_demo_desk(system_actor, seed=3)
    return system_actor


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def live_receipts_sum() -> Decimal:
    """Recomputed from the receipts themselves: October's receipts not voided."""
    voided = ReceiptVoid.select(ReceiptVoid.receipt)
    rows = Receipt.select(Receipt.total).where(
        Receipt.business_date.between(FIRST, LAST) & Receipt.id.not_in(voided)
    )
    return sum((r.total for r in rows), Decimal("0.00"))


def billed_sum() -> Decimal:
    return sum((c.amount for c in Charge.select().where(Charge.period == MONTH)), Decimal(0))


def test_pdf_shows_every_section(office: Actor, tmp_path: Path) -> None:
    out = render_monthly(office, MONTH, tmp_path / "m.pdf").path
    text = pdf_text(out)
    for title in SECTION_TITLES:
        assert title in text
    assert "月度工作报告（2026-10）" in text and "第1页/共" in text.replace(" ", "")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    cjk = [line.split() for line in fonts.splitlines() if "WenQuanYi" in line]
    assert cjk and all(line[3:5] == ["yes", "yes"] for line in cjk)  # embedded, subset
    assert f"{billed_sum():,.2f}" in text  # billed, straight from the charges
    assert f"{live_receipts_sum():,.2f}" in text  # live receipts of the month
    assert "金额录入错误" in text  # the void and its reason


def _sum_range(sheet, formula: str) -> Decimal:
    start, end = formula[5:-1].split(":")
    col = "".join(ch for ch in start if ch.isalpha())
    first, last = int(start[len(col) :]), int(end[len(col) :])
    return sum(
        (Decimal(str(sheet[f"{col}{r}"].value or 0)) for r in range(first, last + 1)), Decimal(0)
    )


def _total_of(sheet, header: str, column_header: str) -> tuple[str, Decimal]:
    """The total formula under `column_header` of the table headed by `header`."""
    rows = list(sheet.iter_rows())
    for row in rows:
        if row[0].value == header:
            headers = [c.value for c in row]
            col = headers.index(column_header)
            for below in rows[row[0].row :]:
                if below[0].value == "合计":
                    return below[col].value, _sum_range(sheet, below[col].value)
    raise AssertionError(f"no table {header}")


def _total_of_cell(sheet, header: str, column_header: str) -> tuple[str, int]:
    rows = list(sheet.iter_rows())
    for row in rows:
        if row[0].value == header:
            col = [c.value for c in row].index(column_header)
            for below in rows[row[0].row :]:
                if below[0].value == "合计":
                    return below[col].value, below[col].row
    raise AssertionError(f"no table {header}")


def test_xlsx_totals_agree_with_pdf_and_records(office: Actor, tmp_path: Path) -> None:
    text = pdf_text(render_monthly(office, MONTH, tmp_path / "m.pdf").path)
    book = load_workbook(render_monthly(office, MONTH, tmp_path / "m.xlsx").path)
    assert book.sheetnames[0] == "概要" and "收费情况" in book.sheetnames
    fees = book["收费情况"]
    assert fees.freeze_panes == "A4"
    formula, billed = _total_of(fees, "楼栋", "应收")
    assert formula.startswith("=SUM(") and billed == billed_sum()
    rate_formula, _ = _total_of_cell(fees, "楼栋", "收缴率")
    assert rate_formula.startswith("=IF(")  # 实收 ÷ (应收 − 减免) of the total line
    rate = month_collection(MONTH, LAST).rate
    assert text.count(f"{rate * 100:.2f}%") >= 3  # the fact and two total lines
    _, collected = _total_of(fees, "收费项目", "实收")
    assert f"{collected:,.2f}" in text
    assert collected == month_collection(MONTH, LAST).collected
    cash = book["收款与预交"]
    _, by_method = _total_of(cash, "收款方式", "金额")
    assert by_method == live_receipts_sum()
    assert cash["B4"].number_format == "#,##0.00"
    assert isinstance(fees["B4"].value, (int, float))  # numbers, not text
    assert fees._charts  # collection by building drawn beside its table
    arrears = book["欠费及账龄"]
    _, owed = _total_of(arrears, "楼栋", "欠费合计")
    assert f"{owed:,.2f}" in text


def test_closed_month_refuses_a_bill_a_void_and_stock(office: Actor) -> None:
    receipt = Receipt.select().where(Receipt.business_date.between(FIRST, LAST)).first()
    item = StockItem.select().first()
    close_month(office, MONTH)
    assert month_state(office, MONTH).closed
    with pytest.raises(ValidationError, match="closed"):
        billing.generate_bills(office, MONTH)
    with pytest.raises(ValidationError, match="2026-10 is closed"):
        receipts.void_receipt(office, receipt.id, "重复收款", receipt.business_date)
    with pytest.raises(ValidationError, match="2026-10 is closed"):
        stock.create_and_post(
            office,
            stock.DocumentInput(
                DocKind.IN,
                DocReason.PURCHASE,
                date(2026, 10, 20),
                [stock.LineInput(item.id, 1, "1.00")],
            ),
        )
    from app.services import collection
    from app.services.accounts import account_of

    owing = Charge.select().where(Charge.amount > Charge.settled).first()
    with pytest.raises(ValidationError, match="2026-10 is closed"):
        collection.collect(
            office,
            collection.CollectRequest(
                owing.unit_id,
                [owing.id],
                [collection.Tender("cash", "9999")],
                business_date=date(2026, 10, 30),
            ),
        )
    assert account_of(owing.unit_id).owed > 0  # nothing half-saved
    with pytest.raises(Exception, match="month is closed"):  # the trigger, under any service
        database.execute_sql(
            "INSERT INTO receipt_void (id, created_at, updated_at, row_version, receipt_id,"
            " reason, voided_by, voided_at, business_date) VALUES ('x', '', '', 1, ?, 'r',"
            " 'u', '', '2026-10-30')",
            (receipt.id,),
        )
    # A void dated in the open month is fine: it shows in November's report.
    receipts.void_receipt(office, receipt.id, "重复收款")


def test_only_admin_reopens_with_a_reason(office: Actor) -> None:
    manager = user(office, "mgr", Role.MANAGER)
    admin = user(office, "adm", Role.ADMIN)
    close_month(manager, MONTH)
    with pytest.raises(ValidationError, match="already closed"):
        close_month(manager, MONTH)
    with pytest.raises(PermissionDenied):
        reopen_month(manager, MONTH, "补录收据")
    with pytest.raises(ValidationError, match="Reason"):
        reopen_month(admin, MONTH, "")
    reopen_month(admin, MONTH, "补录漏开收据")
    state = month_state(admin, MONTH)
    assert not state.closed and [e.action for e in state.history] == ["close", "reopen"]
    assert state.history[1].reason == "补录漏开收据"
    assert AuditLog.select().where(AuditLog.action == "month.reopen").count() == 1
    with pytest.raises(ValidationError, match="not over"):
        close_month(admin, "2026-11", today=date(2026, 11, 27))


def test_closed_month_prints_the_stored_figures(office: Actor) -> None:
    live = live_report(office, MONTH)
    stored = close_month(office, MONTH)
    again = month_report(office, MONTH)
    assert again.closed_at == stored.closed_at
    assert report_to_json(again) == report_to_json(live)
    round_trip = report_from_json(report_to_json(live), None, None)
    assert round_trip.section("collection").facts == live.section("collection").facts


def test_a_later_module_adds_its_section_with_one_call(office: Actor) -> None:
    def parking(scope) -> Section:
        return Section("parking", "停车场收费", [Fact("临停收入", from_fen(12345), "money")])

    saved = list(SECTION_BUILDERS)
    try:
        register_section("parking", parking, after="receipts")
        keys = [s.key for s in live_report(office, MONTH).sections]
        assert keys[keys.index("receipts") + 1] == "parking"
    finally:
        SECTION_BUILDERS[:] = saved


def test_month_end_figures_ignore_later_payments_voids_and_waivers(office: Actor) -> None:
    """A month's arrears and collection stand at its last day: money moved afterwards
    (a payment, a void, a waiver) leaves them as they were."""
    from app.services import collection
    from app.services.accounts import account_of
    from app.services.monthly_fees import arrears_ageing, collection_figures

    today = date.today()
    before = (arrears_ageing(LAST, today), collection_figures(MONTH, LAST).total)
    owing = Charge.select().where((Charge.period == MONTH) & (Charge.amount > Charge.settled))
    unit_id = owing.first().unit_id
    account = account_of(unit_id)
    collection.collect(
        office,
        collection.CollectRequest(
            unit_id, [c.id for c in account.charges], [collection.Tender("cash", str(account.owed))]
        ),
    )
    paid_in_october = Receipt.select().where(Receipt.business_date.between(FIRST, LAST)).first()
    receipts.void_receipt(office, paid_in_october.id, "重复收款")  # dated today
    open_charge = Charge.select().where(Charge.amount > Charge.settled).first()
    receipts.waive(office, open_charge.id, "1.00", "经理批准")
    after = (arrears_ageing(LAST, today), collection_figures(MONTH, LAST).total)
    assert after == before
    now = arrears_ageing(today, today)
    assert sum((r.total for r in now), Decimal(0)) != sum((r.total for r in before[0]), Decimal(0))


def test_trend_starts_at_the_first_bill_run(office: Actor) -> None:
    """Months before the program's first bill run hold only arrears carried over from the
    old books (期初欠费): they get no rate, not a 0 % that says nothing was collected."""
    from app.services.monthly_fees import collection_figures

    first_run = Charge.select(Charge.period).where(Charge.kind == "bill").order_by(Charge.period)
    first_run = first_run.first().period
    trend = dict(collection_figures(MONTH, LAST).trend)
    carried = {c.period for c in Charge.select().where(Charge.period < first_run)}
    assert carried & set(trend), "the demo carries arrears into the window"
    for period, figures in trend.items():
        if period < first_run:
            assert figures.rate is None and figures.billed == 0, period
        else:
            assert figures.rate is not None and figures.billed > 0, period
