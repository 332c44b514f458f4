"""Warehouse reports: the month's stock ledger adds up (PDF, XLSX, command line), the item
card, the printable document with signature lines, the Code 128 label sheet."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl

from app.services import stock
from app.services.stock_ledger import item_card, stock_ledger
from reports.stock_documents import render_stock_document
from reports.stock_labels import render_labels
from reports.stock_ledger import render_item_card, render_stock_ledger
from tests.stock_fixtures import issue, item, pdf_fonts, pdf_text, receive

ROOT = Path(__file__).resolve().parents[1]
OCT, NOV, DEC = date(2026, 10, 20), date(2026, 11, 10), date(2026, 12, 1)


def _movements(actor) -> tuple[str, str]:
    bulbs = item(actor, "D01", "LED灯泡", specification="9W", barcode="6901234500011")
    pipe = item(actor, "S01", "PPR水管", uom="米", specification="DN20")
    receive(actor, bulbs.id, "10", "4.50", OCT)  # opening: 10 @ 45.00
    issue(actor, bulbs.id, "2", OCT)  # opening: 8 @ 36.00
    receive(actor, bulbs.id, "12", "5.00", NOV)  # in 60.00 → 20 @ 96.00, avg 4.8000
    issue(actor, bulbs.id, "5", NOV)  # out 24.00 → 15 @ 72.00
    receive(actor, pipe.id, "30.5", "6.40", NOV)  # in 195.20
    issue(actor, pipe.id, "10.25", NOV)  # 10.25 × 6.4 = 65.60
    receive(actor, pipe.id, "1", "7", DEC)  # December: not in November
    return bulbs.id, pipe.id


def test_ledger_opening_plus_in_minus_out_is_closing(db_path: Path, system_actor) -> None:
    _movements(system_actor)
    ledger = stock_ledger(system_actor, "2026-11")
    got = {r.code: r for r in ledger.rows}
    d, s = got["D01"], got["S01"]
    assert (d.opening_qty, d.opening_value) == (Decimal("8.000"), Decimal("36.00"))
    assert (d.in_qty, d.in_value, d.out_qty, d.out_value) == (
        Decimal("12.000"), Decimal("60.00"), Decimal("5.000"), Decimal("24.00"))  # fmt: skip
    assert (d.closing_qty, d.closing_value) == (Decimal("15.000"), Decimal("72.00"))
    assert (s.opening_qty, s.in_value, s.out_value) == (0, Decimal("195.20"), Decimal("65.60"))
    assert (s.closing_qty, s.closing_value) == (Decimal("20.250"), Decimal("129.60"))
    for r in [*ledger.rows, ledger.total]:
        assert r.opening_value + r.in_value - r.out_value == r.closing_value
    for r in ledger.rows:
        assert r.opening_qty + r.in_qty - r.out_qty == r.closing_qty
    assert ledger.total.closing_value == Decimal("201.60")
    assert ledger.total.in_value == Decimal("255.20")
    assert not stock_ledger(system_actor, "2026-09").rows


def test_ledger_pdf_and_xlsx(db_path: Path, system_actor, tmp_path: Path) -> None:
    _movements(system_actor)
    pdf = render_stock_ledger(system_actor, "2026-11", tmp_path / "ledger.pdf").path
    text = pdf_text(pdf)
    assert "进销存汇总表" in text and "LED灯泡" in text and "PPR水管" in text
    assert "201.60" in text and "255.20" in text
    fonts = pdf_fonts(pdf)
    assert any("WenQuanYi" in x and " yes " in x for x in fonts.splitlines()), fonts
    xlsx = render_stock_ledger(system_actor, "2026-11", tmp_path / "ledger.xlsx").path
    ws = openpyxl.load_workbook(xlsx).active
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]
    assert [r[0] for r in rows] == ["D01", "S01", "合计"]
    for r in rows:
        assert round(r[5] + r[7] - r[9], 2) == round(r[11], 2)
    assert round(rows[-1][11], 2) == 201.6


def test_item_card_runs_a_balance(db_path: Path, system_actor, tmp_path: Path) -> None:
    bulbs, _ = _movements(system_actor)
    card = item_card(system_actor, bulbs, date(2026, 11, 1), date(2026, 11, 30))
    assert (card.opening_qty, card.opening_value) == (Decimal("8.000"), Decimal("36.00"))
    assert [(x.balance_qty, x.balance_value) for x in card.lines] == [
        (Decimal("20.000"), Decimal("96.00")), (Decimal("15.000"), Decimal("72.00"))]  # fmt: skip
    pdf = render_item_card(system_actor, bulbs, date(2026, 11, 1), date(2026, 11, 30),
                           tmp_path / "card.pdf").path  # fmt: skip
    assert "物料明细账" in pdf_text(pdf) and "期初结存" in pdf_text(pdf)
    xlsx = render_item_card(system_actor, bulbs, date(2026, 11, 1), date(2026, 11, 30),
                            tmp_path / "card.xlsx").path  # fmt: skip
    assert openpyxl.load_workbook(xlsx).active.max_row == 2 + 3


def test_document_pdf_has_lines_total_and_signatures(
    db_path: Path, system_actor, tmp_path: Path
) -> None:
    bulbs, _ = _movements(system_actor)
    doc = issue(system_actor, bulbs, "3")
    pdf = render_stock_document(system_actor, doc.id, tmp_path / "ck.pdf").path
    text = pdf_text(pdf)
    assert "出库单" in text and doc.number in text and "LED灯泡" in text
    assert "领料人" in text and "仓管员" in text and "工程部" in text
    assert "14.40" in text  # 3 × 4.8000
    data = stock.DocumentInput("in", "purchase", NOV, [stock.LineInput(bulbs, "1", "5")])
    draft = stock.create_draft(system_actor, data)
    draft_pdf = render_stock_document(system_actor, draft.id, tmp_path / "draft.pdf").path
    assert "草稿" in pdf_text(draft_pdf) and "入库单" in pdf_text(draft_pdf)


def test_label_sheet_has_code128_and_embeds_the_cjk_font(
    db_path: Path, system_actor, tmp_path: Path
) -> None:
    ids = list(_movements(system_actor))
    ids += [item(system_actor, f"X{n:02d}", f"物料{n}").id for n in range(30)]
    sheet = render_labels(system_actor, ids, tmp_path / "labels.pdf")
    assert (sheet.labels, sheet.pages) == (32, 2)
    text = pdf_text(sheet.path)
    assert "LED灯泡" in text and "6901234500011" in text and "S01" in text
    fonts = pdf_fonts(sheet.path)
    assert any("WenQuanYi" in x and " yes " in x for x in fonts.splitlines()), fonts


def test_report_stock_ledger_command(db_path: Path, system_actor, tmp_path: Path) -> None:
    _movements(system_actor)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("ledger.pdf", "ledger.xlsx"):
        out = tmp_path / name
        done = subprocess.run(
            [sys.executable, "main.py", "report", "stock-ledger", "--month", "2026-11",
             "--out", str(out), "--db", str(db_path)],
            cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 1000
        assert "stock-ledger" in done.stdout
    bad = subprocess.run(
        [sys.executable, "main.py", "report", "stock-ledger", "--month", "2026-11",
         "--out", str(tmp_path / "x.csv"), "--db", str(db_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert bad.returncode != 0 and ".pdf or .xlsx" in (bad.stderr + bad.stdout)
