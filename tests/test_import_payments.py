"""Payments from files: template round trip, every mistake at once and nothing written,
references taken in once, overpayment as credit and partial settling, two processes at once,
and the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.errors import PermissionDenied
from app.importers.payment_book import EXAMPLE_DATE, EXAMPLE_REFERENCE, EXAMPLE_UNIT, PAYMENTS
from app.importers.payments import import_payments, write_template
from app.models import Allocation, Charge, DayClose, Payment, Receipt, ReceiptLine, Unit
from app.services.accounts import account_of, unit_credit
from app.services.permissions import Actor, Role
from tests.billing_fixtures import demo_with_fees, one_sheet_book, user

ROOT = Path(__file__).resolve().parents[1]
HEADER = [column.name for column in PAYMENTS.columns]
DAY = date(2026, 11, 20)


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> Path:
    demo_with_fees(system_actor)
    return db_path


def book(path: Path, rows: list[list[object]]) -> Path:
    return one_sheet_book(path, PAYMENTS, rows)


def row(unit: str, amount: object, reference: object, **extra: object) -> list[object]:
    values = {
        "房号": unit,
        "金额": amount,
        "支付方式": "转账",
        "日期": DAY,
        "交易流水号": reference,
    }
    values.update(extra)
    return [values.get(name) for name in HEADER]


def owing_units(count: int, charges: int = 1) -> list[Unit]:
    """Units with at least `charges` open charges, by code."""
    found = []
    for unit in Unit.select().order_by(Unit.code):
        if len(account_of(unit.id, DAY).charges) >= charges:
            found.append(unit)
            if len(found) == count:
                break
    return found


def money_rows() -> tuple[int, int, int]:
    return Payment.select().count(), Receipt.select().count(), Allocation.select().count()


# ---------------------------------------------------------------------------- template


def test_template_layout(tmp_path: Path) -> None:
    workbook = load_workbook(write_template(tmp_path / "payments.xlsx"))
    assert workbook.sheetnames == ["缴费", "说明"]
    sheet = workbook["缴费"]
    assert [c.value for c in sheet[1]] == HEADER
    assert sheet["A1"].comment is not None and sheet.freeze_panes == "A2"
    assert sheet["A2"].value == EXAMPLE_UNIT and sheet["E2"].value == EXAMPLE_REFERENCE
    assert sheet["E2"].number_format == "@"  # the long reference stays text
    explained = [r[0].value for r in workbook["说明"].iter_rows(min_row=2)]
    assert set(HEADER) <= set(explained)


def test_template_imports_into_the_demo_office(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    path = write_template(tmp_path / "payments.xlsx")
    before = money_rows()
    dry = import_payments(system_actor, path, dry_run=True)
    assert dry.ok and dry.errors == [] and not dry.written
    assert dry.counts["payments"] == 1 and dry.counts["total"] == "600.00"
    assert money_rows() == before

    report = import_payments(system_actor, path)
    assert report.ok and report.written and report.counts == dry.counts
    payment = Payment.get(Payment.reference == EXAMPLE_REFERENCE)
    assert payment.source == "import" and payment.business_date == EXAMPLE_DATE
    assert payment.amount == Decimal("600.00") and payment.unit.code == EXAMPLE_UNIT
    receipt = Receipt.get(Receipt.payment == payment)
    assert receipt.total == Decimal("600.00") and receipt.methods_text == "微信 600.00"
    assert receipt.sequence == before[1] + 1  # next in the demo's numbering, no gap
    allocated = sum(a.amount for a in Allocation.select().where(Allocation.payment == payment))
    assert allocated + unit_credit(payment.unit_id) == Decimal("600.00")  # the demo has no credit

    again = import_payments(system_actor, path, dry_run=True)
    assert not again.ok
    assert [(e["row"], e["column"]) for e in again.errors] == [(2, "交易流水号")]
    assert receipt.number in again.errors[0]["message"]


# ---------------------------------------------------------------------------- mistakes


def test_every_mistake_at_once_and_nothing_written(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    DayClose.create(
        cashier_id="system",
        cashier_name="system",
        business_date=date(2026, 11, 10),
        closed_at="2026-11-10T10:00:00.000Z",
        totals="{}",
    )
    unit = EXAMPLE_UNIT
    rows = [
        row(unit, 100, "REF-OK-1"),  # 2 fine
        row("9-9-9999", 100, "REF-3"),  # 3 unknown unit
        row(unit, 0, "REF-4"),  # 4 not positive
        row(unit, "1.005", "REF-5"),  # 5 three decimals
        row(unit, 100, "REF-6", 支付方式="比特币"),  # 6 unknown method
        row(unit, 100, "REF-7", 日期="2026-02-30"),  # 7 no such day
        row(unit, 100, "REF-8", 日期=date(2099, 1, 1)),  # 8 after today
        row(unit, 100, None),  # 9 reference missing
        row(unit, 100, "REF-OK-1"),  # 10 reference twice in the file
        row(unit, 100, 4.2000020261105e27),  # 11 reference stored as a number
        row(unit, "６００．５０", "REF-OK-12"),  # 12 fine: full-width digits are read
        row(unit, "-50", "REF-13"),  # 13 negative
        row(unit, 100, "REF-14", 日期=date(2026, 11, 10)),  # 14 the day is closed
        row(None, 100, "REF-15", 支付方式=None),  # 15 two cells missing
        row(unit, "abc", "REF-16"),  # 16 not a number
    ]
    path = book(tmp_path / "mistakes.xlsx", rows)
    before = money_rows()
    report = import_payments(system_actor, path)
    assert not report.ok and not report.written
    assert [(e["row"], e["column"]) for e in report.errors] == [
        (3, "房号"),
        (4, "金额"),
        (5, "金额"),
        (6, "支付方式"),
        (7, "日期"),
        (8, "日期"),
        (9, "交易流水号"),
        (10, "交易流水号"),
        (11, "交易流水号"),
        (13, "金额"),
        (14, "日期"),
        (15, "房号"),
        (15, "支付方式"),
        (16, "金额"),
    ]
    messages = {(e["row"], e["column"]): e["message"] for e in report.errors}
    assert messages[(3, "房号")].startswith("Sheet 缴费, row 3, column 房号: There is no unit")
    assert "row 2" in messages[(10, "交易流水号")]
    assert "text" in messages[(11, "交易流水号")]
    assert "after today" in messages[(8, "日期")]
    assert "closed" in messages[(14, "日期")]
    assert money_rows() == before

    fixed = book(tmp_path / "fixed.xlsx", [rows[0], rows[10]])
    assert import_payments(system_actor, fixed).ok
    assert Payment.get(Payment.reference == "REF-OK-12").amount == Decimal("600.50")


def test_a_reference_already_taken_in_is_refused(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    (unit,) = owing_units(1)
    assert import_payments(system_actor, book(tmp_path / "a.xlsx", [row(unit.code, 50, "WX1")])).ok
    second = import_payments(system_actor, book(tmp_path / "b.xlsx", [row(unit.code, 50, " WX1 ")]))
    assert not second.ok
    assert "already taken in" in second.errors[0]["message"]
    assert Payment.select().where(Payment.reference == "WX1").count() == 1


def test_missing_sheet_and_columns(office: Path, system_actor: Actor, tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.title = "Sheet1"
    workbook.save(tmp_path / "other.xlsx")
    report = import_payments(system_actor, tmp_path / "other.xlsx")
    assert not report.ok and "缴费" in report.errors[0]["message"]
    workbook = Workbook()
    workbook.active.title = "缴费"
    workbook.active.append(["房号", "金额", "备注"])
    workbook.save(tmp_path / "columns.xlsx")
    report = import_payments(system_actor, tmp_path / "columns.xlsx")
    assert {e["column"] for e in report.errors} == {"支付方式", "日期", "交易流水号"}


def test_needs_the_collect_permission(office: Path, system_actor: Actor, tmp_path: Path) -> None:
    desk = user(system_actor, "kefu1", Role.SERVICE_ASSISTANT)
    with pytest.raises(PermissionDenied):
        import_payments(desk, write_template(tmp_path / "t.xlsx"), dry_run=True)
    cashier = user(system_actor, "shouyin1", Role.CASHIER)
    assert import_payments(cashier, write_template(tmp_path / "t.xlsx")).ok


# ---------------------------------------------------------------------------- settling


def test_more_than_owed_becomes_prepaid_credit(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    (unit,) = owing_units(1)
    owed = account_of(unit.id, DAY).owed
    path = book(tmp_path / "over.xlsx", [row(unit.code, str(owed + 100), "OVER-1")])
    dry = import_payments(system_actor, path, dry_run=True)
    assert dry.counts["prepaid_rows"] == 1 and dry.counts["prepaid"] == "100.00"
    assert import_payments(system_actor, path).ok
    assert account_of(unit.id, DAY).owed == 0
    assert unit_credit(unit.id) == Decimal("100.00")
    receipt = Receipt.get(Receipt.unit == unit.id, Receipt.business_date == DAY)
    lines = list(receipt.lines.order_by(ReceiptLine.line_no))
    assert lines[-1].item_name == "预存款" and lines[-1].amount == Decimal("100.00")


def test_the_rest_settles_part_of_the_next_charge(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    (unit,) = owing_units(1, charges=2)
    first, second = account_of(unit.id, DAY).charges[:2]
    amount = first.outstanding + Decimal("1.00")
    path = book(tmp_path / "part.xlsx", [row(unit.code, str(amount), "PART-1")])
    dry = import_payments(system_actor, path, dry_run=True)
    assert (dry.counts["charges_paid"], dry.counts["charges_part_paid"]) == (1, 1)
    assert dry.counts["prepaid"] == "0.00"
    assert import_payments(system_actor, path).ok
    assert Charge.get_by_id(first.id).settled == first.amount
    assert Charge.get_by_id(second.id).settled == second.amount - second.outstanding + 1
    assert unit_credit(unit.id) == 0
    receipt = Receipt.get(Receipt.payment == Payment.get(Payment.reference == "PART-1"))
    assert [(line.charge_id, line.amount) for line in receipt.lines] == [
        (first.id, first.outstanding),
        (None, Decimal("1.00")),
    ]


def test_rows_of_one_unit_settle_in_file_order(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    (unit,) = owing_units(1, charges=2)
    charges = account_of(unit.id, DAY).charges
    rows = [
        row(unit.code, str(charges[0].outstanding), "ORDER-1"),
        row(unit.code, str(charges[1].outstanding), "ORDER-2"),
    ]
    report = import_payments(system_actor, book(tmp_path / "order.xlsx", rows))
    assert report.ok and report.counts["charges_paid"] == 2
    for reference, charge in zip(("ORDER-1", "ORDER-2"), charges, strict=False):
        payment = Payment.get(Payment.reference == reference)
        assert [a.charge_id for a in payment.allocations] == [charge.id]


# ---------------------------------------------------------------------------- two processes


def run(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_import_at_once(office: Path, tmp_path: Path) -> None:
    units = [u.code for u in Unit.select().order_by(Unit.code).limit(40)]
    files = [
        book(
            tmp_path / f"file-{n}.xlsx",
            [row(code, "88.80", f"P{n}-{i}") for i, code in enumerate(units[n::2])],
        )
        for n in (0, 1)
    ]
    receipts_before = Receipt.select().count()
    procs = [run("--db", str(office), "import", "payments", str(f), "--json") for f in files]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _out, err in results]
    assert all(json.loads(out)["counts"]["payments"] == 20 for out, _err in results)
    assert Payment.select().where(Payment.source == "import").count() == 40
    sequences = sorted(r.sequence for r in Receipt.select())
    assert sequences == list(range(1, receipts_before + 41))


# ---------------------------------------------------------------------------- command line


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    proc = run(*args)
    out, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_command_line(office: Path, tmp_path: Path) -> None:
    template = tmp_path / "payments.xlsx"
    made = cli("template", "payments", "--out", str(template))
    assert made.returncode == 0, made.stderr
    db = str(office)
    dry = cli("--db", db, "import", "payments", str(template), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    result = json.loads(dry.stdout)
    assert result["ok"] is True and result["errors"] == []
    assert set(result["counts"]) == {
        "rows", "payments", "units", "total", "charges_paid", "charges_part_paid",
        "prepaid_rows", "prepaid",
    }  # fmt: skip
    done = cli("--db", db, "import", "payments", str(template))
    assert done.returncode == 0 and "payments: 1" in done.stdout

    again = cli("--db", db, "import", "payments", str(template), "--json")
    assert again.returncode == 3
    result = json.loads(again.stdout)
    assert result["ok"] is False
    assert result["errors"] and set(result["errors"][0]) == {"sheet", "row", "column", "message"}
    assert "nothing was imported" in again.stderr
    plain = cli("--db", db, "import", "payments", str(template))
    assert plain.returncode == 3 and plain.stdout.startswith("缴费\t2\t交易流水号\t")
    missing = cli("--db", db, "import", "payments", str(tmp_path / "none.xlsx"))
    assert missing.returncode == 2


def test_late_fees_are_paid_with_their_charge_when_on(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    from app.services import settings

    settings.set_value(system_actor, settings.LATE_FEE_ENABLED, "yes")
    (unit,) = owing_units(1)
    account = account_of(unit.id, DAY)
    first = account.charges[0]
    assert first.late_fee > 0  # 物业服务费 of an earlier month, overdue on DAY
    due = first.outstanding + first.late_fee
    path = book(tmp_path / "late.xlsx", [row(unit.code, str(due), "LATE-1")])
    report = import_payments(system_actor, path)
    assert report.ok, report.errors
    assert report.counts["charges_paid"] == 1 and report.counts["prepaid"] == "0.00"
    receipt = Receipt.get(Receipt.payment == Payment.get(Payment.reference == "LATE-1"))
    assert receipt.total == due
    assert [line.amount for line in receipt.lines.order_by(ReceiptLine.line_no)] == [
        first.outstanding,
        first.late_fee,
    ]
