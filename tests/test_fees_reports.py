"""Fees documents: arrears (PDF, XLSX), reminder notices, daily cash, unit statement, the
fees exports, and their command lines. PDFs are read back with pdftotext and pdffonts,
Excel files with openpyxl."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.errors import ValidationError
from app.models import Receipt
from app.services import receipts
from app.services.permissions import Actor
from reports.arrears_report import render_arrears
from reports.daily_cash import render_daily_cash
from reports.fees_export import export_fees_list
from reports.reminder_notices import render_reminder_notices
from reports.unit_statement import render_unit_statement
from tests.fees_reports_office import MONTHS, ON, Office, pay, two_buildings

ROOT = Path(__file__).resolve().parents[1]
DAY = date(2026, 11, 20)
THREATS = ("停水", "停电", "断水", "断电", "停止服务", "起诉", "法律责任")


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> Office:
    office = two_buildings(system_actor)
    pay(office.cashier, office.u101, MONTHS[:2], DAY, "cash")
    pay(office.cashier, office.u201, MONTHS[5:6], DAY, "wechat")
    return office


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def assert_cjk_font_embedded(path: Path) -> None:
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    cjk = [line for line in fonts if "WenQuanYi" in line or "PropDesk" in line]
    assert cjk and all(line.split()[-5] == "yes" for line in cjk), fonts  # emb column


def sheet(path: Path) -> list[tuple]:
    return list(load_workbook(path).active.iter_rows(values_only=True))


def test_arrears_pdf(office: Office, tmp_path: Path) -> None:
    result = render_arrears(office.manager, ON, tmp_path / "arrears.pdf")
    assert result.rows == 2
    text = pdf_text(result.path)
    for expected in ("翠湖苑物业服务中心", "欠费账龄分析表", "统计日：2026-11-27", "1栋 小计",
                     "2栋 小计", "1-1-101", "张三", "138****1111", "500.00", "600.00"):  # fmt: skip
        assert expected in text, expected
    assert "第1页/共1页" in text.replace(" ", "")  # page numbers (poppler drops the spaces)
    assert "13800001111" not in text  # phones are masked
    assert_cjk_font_embedded(result.path)


def test_arrears_xlsx_numbers_and_subtotals(office: Office, tmp_path: Path) -> None:
    render_arrears(office.manager, ON, tmp_path / "arrears.xlsx")
    rows = sheet(tmp_path / "arrears.xlsx")
    assert rows[0][0].startswith("欠费账龄分析表")
    header, body = rows[1], rows[2:]
    total_col = header.index("欠费合计")
    assert header[:4] == ("楼栋", "房号", "业主", "电话")
    details = [r for r in body if r[1]]
    assert [r[1] for r in details] == ["1-1-101", "2-1-101"]
    assert all(isinstance(r[c], int | float) for r in body for c in range(4, 10))
    subtotal = {r[0]: r for r in body if r[0].endswith("小计")}
    assert subtotal["1栋 小计"][total_col] == pytest.approx(500.00)
    assert subtotal["2栋 小计"][total_col] == pytest.approx(100.00)
    grand = body[-1]
    assert grand[0] == "总计" and grand[total_col] == pytest.approx(600.00)
    assert grand[total_col] == pytest.approx(sum(r[total_col] for r in details))
    for c in range(6, 10):  # the buckets add up to the total, row by row
        assert grand[c] == pytest.approx(sum(r[c] for r in details))
    assert sum(grand[6:10]) == pytest.approx(grand[total_col])


def test_reminder_notices_one_page_per_unit(office: Office, tmp_path: Path) -> None:
    ids = [office.u101.id, office.u102.id, office.u201.id]  # 1-1-102 owes nothing
    result = render_reminder_notices(office.cashier, ids, ON, tmp_path / "notices.pdf")
    assert result.pages == 2
    text = pdf_text(result.path)
    pages = text.split("\f")
    assert len([p for p in pages if p.strip()]) == 2
    assert "催缴通知单" in pages[0] and "1-1-101" in pages[0] and "张三" in pages[0]
    assert "500.00" in pages[0] and "伍佰元整" in pages[0]
    assert "2026-07" in pages[0] and "物业服务费" in pages[0]
    assert "2-1-101" in pages[1] and "壹佰元整" in pages[1]
    assert "微信" in text and "联系电话" in text
    assert not [word for word in THREATS if word in text]
    assert_cjk_font_embedded(result.path)
    with pytest.raises(ValidationError, match="owes anything"):
        render_reminder_notices(office.cashier, [office.u102.id], ON, tmp_path / "none.pdf")


def test_daily_cash_pdf_and_xlsx(office: Office, tmp_path: Path) -> None:
    cash = Receipt.get(Receipt.unit == office.u101.id, Receipt.business_date == DAY)
    receipts.void_receipt(office.manager, cash.id, "收错房号", business_date=date(2026, 11, 21))
    pdf = render_daily_cash(office.manager, DAY, tmp_path / "day.pdf")
    assert (pdf.cashiers, pdf.receipts) == (1, 2)
    text = pdf_text(pdf.path)
    for expected in ("收款日结表", "收款人：shouyin", "营业日：2026-11-20", "现金", "微信",
                     "200.00", "100.00", "300.00", "复核人", "收款人："):  # fmt: skip
        assert expected in text, expected
    assert_cjk_font_embedded(pdf.path)
    next_day = pdf_text(
        render_daily_cash(office.manager, date(2026, 11, 21), tmp_path / "n.pdf").path
    )
    assert cash.number in next_day and "收错房号" in next_day and "2026-11-20" in next_day

    render_daily_cash(office.manager, DAY, tmp_path / "day.xlsx", office.cashier.user_id)
    rows = sheet(tmp_path / "day.xlsx")
    header, body = rows[1], rows[2:]
    kind, net = header.index("类别"), header.index("净额")
    methods = [r for r in body if r[kind] == "收款方式"]
    listed = [r for r in body if r[kind] == "收据"]
    [total] = [r for r in body if r[kind] == "合计"]
    assert {r[header.index("项目")]: r[net] for r in methods} == {"现金": 200.0, "微信": 100.0}
    assert sum(r[net] for r in methods) == pytest.approx(total[net]) == pytest.approx(300.0)
    assert sum(r[net] for r in listed) == pytest.approx(300.0)
    assert all(isinstance(r[net], int | float) for r in body)


def test_unit_statement_pdf(office: Office, tmp_path: Path) -> None:
    result = render_unit_statement(
        office.cashier, office.u101.id, date(2026, 6, 1), date(2026, 11, 30), tmp_path / "s.pdf"
    )
    assert result.closing == Decimal("500.00")
    text = pdf_text(result.path)
    for expected in ("费用对账单", "1-1-101", "张三", "期初余额", "期末余额", "500.00",
                     "SJ2026", "业主签字"):  # fmt: skip
        assert expected in text, expected
    assert_cjk_font_embedded(result.path)


@pytest.mark.parametrize(
    ("kind", "header", "amount_column", "expected_total"),
    [
        ("receipts", "收据号", "金额", 1500.0),  # 11-01: 700 + 500; 11-20: 200 + 100
        ("payments", "日期", "金额", 1500.0),
        ("charges", "房号", "金额", 2100.0),  # 3 units × 7 months × 100
    ],
)
def test_fees_exports(
    office: Office, tmp_path: Path, kind: str, header: str, amount_column: str, expected_total
) -> None:
    result = export_fees_list(office.manager, kind, tmp_path / f"{kind}.xlsx")
    rows = sheet(result.path)
    assert rows[0][0] == header and result.rows == len(rows) - 1
    column = rows[0].index(amount_column)
    assert all(isinstance(r[column], int | float) for r in rows[1:])
    assert sum(r[column] for r in rows[1:]) == pytest.approx(expected_total)


def test_payments_export_splits_methods_into_columns(office: Office, tmp_path: Path) -> None:
    rows = sheet(export_fees_list(office.manager, "payments", tmp_path / "p.xlsx").path)
    header = rows[0]
    cash, wechat = header.index("现金"), header.index("微信")
    assert sum(r[cash] for r in rows[1:]) == pytest.approx(1400.0)
    assert sum(r[wechat] for r in rows[1:]) == pytest.approx(100.0)
    assert {r[header.index("状态")] for r in rows[1:]} == {"正常"}


# --- command line ----------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_commands(office: Office, db_path: Path, tmp_path: Path) -> None:
    db = str(db_path)
    arrears = run("--db", db, "--json", "report", "arrears", "--date", "2026-11-27",
                  "--out", str(tmp_path / "a.xlsx"))  # fmt: skip
    assert arrears.returncode == 0, arrears.stderr
    assert json.loads(arrears.stdout)["units"] == 2
    assert sheet(tmp_path / "a.xlsx")[-1][0] == "总计"

    cash = run("report", "daily-cash", "--date", "2026-11-20", "--cashier", "shouyin",
               "--out", str(tmp_path / "d.pdf"), "--db", db, "--json")  # fmt: skip
    assert cash.returncode == 0, cash.stderr
    assert json.loads(cash.stdout)["receipts"] == 2 and "收款日结表" in pdf_text(tmp_path / "d.pdf")

    statement = run("--db", db, "report", "statement", "2-1-101", "--from", "2026-01-01",
                    "--to", "2026-12-31", "--out", str(tmp_path / "s.pdf"))  # fmt: skip
    assert statement.returncode == 0, statement.stderr
    assert "closing_balance: 100.00" in statement.stdout

    export = run("--db", db, "--json", "export", "receipts", "--out", str(tmp_path / "r.xlsx"))
    assert export.returncode == 0 and json.loads(export.stdout)["rows"] == 4

    nobody = run("--db", db, "report", "statement", "9-9-999", "--from", "2026-01-01",
                 "--to", "2026-12-31", "--out", str(tmp_path / "x.pdf"))  # fmt: skip
    assert nobody.returncode == 3 and "9-9-999" in nobody.stderr
    stranger = run("--db", db, "report", "daily-cash", "--date", "2026-11-20", "--cashier",
                   "nobody", "--out", str(tmp_path / "x.pdf"))  # fmt: skip
    assert stranger.returncode == 3 and "nobody" in stranger.stderr
    wrong = run("--db", db, "report", "arrears", "--out", str(tmp_path / "a.txt"))
    assert wrong.returncode == 2 and ".pdf or .xlsx" in wrong.stderr
    bad_date = run("--db", db, "report", "daily-cash", "--date", "20.11.2026", "--out", "x.pdf")
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr


def test_command_groups_are_shared_between_modules() -> None:
    from app.cli import build_parser
    from reports.commands import add_commands as archive_commands
    from reports.commands_fees import add_commands as fees_commands

    parser = build_parser((archive_commands, fees_commands))
    units = parser.parse_args(["export", "units", "--out", "u.xlsx", "--db", "x.db"])
    receipts_ = parser.parse_args(["--json", "export", "receipts", "--out", "r.xlsx"])
    assert (units.kind, units.handler.__name__, str(units.db)) == ("units", "cmd_export", "x.db")
    assert (receipts_.kind, receipts_.handler.__name__) == ("receipts", "cmd_export_fees")
    arrears = parser.parse_args(["report", "arrears", "--out", "a.pdf"])
    assert arrears.date is None and arrears.handler.__name__ == "cmd_arrears"
