"""The invoice-book register (PDF, XLSX, command line) and the shift handover report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from app.services import invoice_books, parking_shifts
from app.services.invoice_register import invoice_register
from app.services.periods import period_of
from app.services.permissions import Actor
from app.services.unit_facts import office_today
from reports.invoice_register import render_invoice_register
from reports.parking_shift import render_shift_report
from tests.parking_fixtures import GUARD, guard_shift, issued_book, ten_yuan_book
from tests.stock_fixtures import pdf_fonts, pdf_text

ROOT = Path(__file__).resolve().parents[1]


def _acceptance_month(system: Actor) -> str:
    """A 10 元 book of 100 numbers to a guard; a shift uses 1–37 voiding 12; handed over.
    A second book is used up and returned, a third stays in stock."""
    book = issued_book(system)
    shift = guard_shift(system)
    parking_shifts.record_summary(system, shift.id, 40, "400")
    invoice_books.record_shift_numbers(system, shift.id, book.id, 1, 37, {12: "撕坏"})
    parking_shifts.close_shift(system, shift.id, "400", "李收银")
    second = issued_book(system, "B0002", holder="李收银")
    invoice_books.void_numbers(system, second.id, 1, 2, "印刷不清")
    invoice_books.return_book(system, second.id)
    invoice_books.return_unused(system, second.id, "换版")
    invoice_books.write_off_book(system, second.id)
    ten_yuan_book(system, "B0003")
    return period_of(office_today())


def test_register_counts(db_path: Path, system_actor: Actor) -> None:
    month = _acceptance_month(system_actor)
    register = invoice_register(system_actor, month)
    rows = {r.book_code: r for r in register.rows}
    a = rows["B0001"]
    assert (a.used, a.void, a.returned, a.remaining, a.used_month) == (36, 1, 0, 63, 36)
    assert GUARD in a.issued_to
    b = rows["B0002"]
    assert (b.used, b.void, b.returned, b.remaining) == (0, 2, 98, 0)
    assert b.written_off_on == office_today()
    assert rows["B0003"].remaining == 100 and rows["B0003"].issued_to == ""
    assert [(v.book_code, v.first, v.reason) for v in register.voids] == [
        ("B0001", "00000012", "撕坏"),
        ("B0002", "00000001", "印刷不清"),
    ]
    assert register.totals["remaining"] == 163
    # the month before any book was received has nothing
    assert invoice_register(system_actor, "2020-01").rows == []


def test_register_xlsx_adds_up(db_path: Path, system_actor: Actor, tmp_path: Path) -> None:
    month = _acceptance_month(system_actor)
    out = render_invoice_register(system_actor, month, tmp_path / "reg.xlsx")
    assert out.books == 3
    workbook = openpyxl.load_workbook(out.path)
    sheet = workbook["登记簿"]
    header = [c.value for c in sheet[2]]
    col = {name: header.index(name) for name in header}
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=3)]
    assert [r[col["本号"]] for r in rows] == ["B0001", "B0002", "B0003", "3 本"]
    for r in rows:
        parts = r[col["累计使用"]] + r[col["作废"]] + r[col["退回"]] + r[col["结存"]]
        assert parts == r[col["份数"]]
    first = rows[0]
    assert (first[col["累计使用"]], first[col["作废"]], first[col["结存"]]) == (36, 1, 63)
    assert first[col["面额"]] == 10
    voids = [[c.value for c in r] for r in workbook["作废"].iter_rows(min_row=2)]
    assert [v[-1] for v in voids] == ["撕坏", "印刷不清"]


def test_register_pdf(db_path: Path, system_actor: Actor, tmp_path: Path) -> None:
    month = _acceptance_month(system_actor)
    pdf = render_invoice_register(system_actor, month, tmp_path / "reg.pdf").path
    text = pdf_text(pdf)
    assert "发票领用登记簿" in text and "B0001" in text and GUARD in text
    assert "撕坏" in text and "印刷不清" in text and "合计" in text
    line = next(x for x in text.splitlines() if "B0001" in x and "停车定额发票" in x)
    assert line.split()[-5:] == ["36", "36", "1", "0", "63"]
    fonts = pdf_fonts(pdf)
    assert any("WenQuanYi" in x and " yes " in x for x in fonts.splitlines()), fonts


def test_shift_report_flags_invoices_over_takings(
    db_path: Path, system_actor: Actor, tmp_path: Path
) -> None:
    book = issued_book(system_actor)
    shift = guard_shift(system_actor)
    parking_shifts.record_summary(system_actor, shift.id, 2, "15", "纸票")
    invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 1, 3, {2: "写错"})
    parking_shifts.close_shift(system_actor, shift.id, "10", "李收银", "短款5元")
    text = pdf_text(render_shift_report(system_actor, shift.id, tmp_path / "shift.pdf"))
    assert "临停收费交班报表" in text and shift.number in text and GUARD in text
    assert "发票面额合计超过临停收费金额" in text  # 2 used × 10 = 20 > 15
    assert "-5.00" in text and "写错" in text and "已交班" in text


def test_shift_report_without_flag(db_path: Path, system_actor: Actor, tmp_path: Path) -> None:
    shift = guard_shift(system_actor)
    parking_shifts.record_summary(system_actor, shift.id, 2, "15")
    text = pdf_text(render_shift_report(system_actor, shift.id, tmp_path / "shift.pdf"))
    assert "超过" not in text and "本班未使用发票" in text and "值班中" in text


def test_report_invoice_register_command(
    db_path: Path, system_actor: Actor, tmp_path: Path
) -> None:
    month = _acceptance_month(system_actor)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("reg.pdf", "reg.xlsx"):
        out = tmp_path / name
        done = subprocess.run(
            [sys.executable, "main.py", "--json", "report", "invoice-register", "--month",
             month, "--out", str(out), "--db", str(db_path)],
            cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 1000
        assert json.loads(done.stdout)["books"] == 3
    bad = subprocess.run(
        [sys.executable, "main.py", "report", "invoice-register", "--month", "2026-13",
         "--out", str(tmp_path / "x.pdf"), "--db", str(db_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert bad.returncode == 2 and "YYYY-MM" in bad.stderr


def test_report_parking_shift_command(db_path: Path, system_actor: Actor, tmp_path: Path) -> None:
    _acceptance_month(system_actor)
    number = parking_shifts.recent_shifts(system_actor)[0].number
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "shift.pdf"
    done = subprocess.run(
        [sys.executable, "main.py", "report", "parking-shift", "--number", number,
         "--out", str(out), "--db", str(db_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert number in pdf_text(out)
    missing = subprocess.run(
        [sys.executable, "main.py", "report", "parking-shift", "--number", "BC1",
         "--out", str(out), "--db", str(db_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert missing.returncode == 2 and "no parking shift numbered BC1" in missing.stderr
