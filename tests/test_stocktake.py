"""Stocktake: frozen book quantities, postings after the start tracked, counts typed,
scanned or imported from the count sheet, the difference report, approval to post."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from app.errors import PermissionDenied, ValidationError
from app.models.stock import DocReason, StockDocument, StocktakeStatus
from app.services import stocktake
from app.services.permissions import Role
from reports.stock_count_sheet import export_count_sheet, render_difference_report
from tests.stock_fixtures import balance, issue, item, keeper, pdf_fonts, pdf_text, receive, user


def test_stocktake_freeze_track_differences_and_approval(db_path: Path, system_actor) -> None:
    actor = keeper(system_actor)
    bulbs = item(actor, "D01", "LED灯泡", barcode="6901234500011")
    mops = item(actor, "Q01", "拖把")
    tape = item(actor, "Q02", "胶带")
    receive(actor, bulbs.id, "20", "4.50")  # 90.00
    receive(actor, mops.id, "5", "18.00")  # 90.00
    receive(actor, tape.id, "3", "2.00")
    take = stocktake.start_stocktake(actor)
    assert take.number.startswith("PD2026")
    issue(actor, bulbs.id, "4")  # after the start: tracked, not frozen
    for _ in range(15):  # a keyboard-wedge scanner types the barcode, one per item
        stocktake.record_count(actor, take.id, "6901234500011")
    stocktake.record_count(actor, take.id, "q01", "6")
    report = stocktake.difference_report(actor, take.id)
    rows = {r.item.code: r for r in report.rows}
    assert rows["D01"].book_qty == Decimal("20.000")
    assert rows["D01"].moved_since == Decimal("-4.000")
    assert rows["D01"].expected == Decimal("16.000")
    assert rows["D01"].difference == Decimal("-1.000")  # 盘亏 one bulb
    assert rows["D01"].value == Decimal("-4.50")
    assert rows["Q01"].difference == Decimal("1.000") and rows["Q01"].value == Decimal("18.00")
    assert rows["Q02"].counted is None and report.uncounted == 1
    assert (report.gain_value, report.loss_value) == (Decimal("18.00"), Decimal("4.50"))

    with pytest.raises(PermissionDenied):
        stocktake.post_stocktake(actor, take.id)
    manager = user(system_actor, "boss", Role.MANAGER)
    stocktake.post_stocktake(manager, take.id)
    assert balance(bulbs.id) == ("15.000", "67.50", "4.5000")
    assert balance(mops.id) == ("6.000", "108.00", "18.0000")
    assert balance(tape.id) == ("3.000", "6.00", "2.0000")  # not counted, not adjusted
    adjustments = StockDocument.select().where(StockDocument.reason == DocReason.STOCKTAKE)
    assert sorted(d.number[:2] for d in adjustments) == ["CK", "RK"]
    done = stocktake.difference_report(actor, take.id).stocktake
    assert done.status == StocktakeStatus.POSTED and done.approved_by == "boss"
    with pytest.raises(ValidationError, match="closed"):
        stocktake.record_count(actor, take.id, "D01", "1")


def test_count_sheet_round_trip_and_difference_pdf(
    db_path: Path, system_actor, tmp_path: Path
) -> None:
    a = item(system_actor, "B01", "水龙头", location="A-01")
    b = item(system_actor, "B02", "水管", uom="米", location="A-02")
    receive(system_actor, a.id, "4", "35")
    receive(system_actor, b.id, "12.5", "6.4")
    take = stocktake.start_stocktake(system_actor)
    with pytest.raises(ValidationError, match="open already"):
        stocktake.start_stocktake(system_actor)
    sheet = export_count_sheet(system_actor, take.id, tmp_path / "count.xlsx").path
    book = openpyxl.load_workbook(sheet)
    ws = book.active
    header = [c.value for c in ws[2]]
    assert header == ["编码", "名称", "规格", "单位", "库位", "实盘数量"]
    assert [ws.cell(r, 1).value for r in (3, 4)] == ["B01", "B02"]
    ws.cell(3, 6).value = 4
    ws.cell(4, 6).value = 12.25
    book.save(sheet)
    assert stocktake.import_counts(system_actor, take.id, sheet) == 2
    report = stocktake.difference_report(system_actor, take.id)
    assert [r.difference for r in report.rows] == [Decimal("0.000"), Decimal("-0.250")]
    assert report.loss_value == Decimal("1.60")  # 0.25 m × 6.4000
    pdf = render_difference_report(system_actor, take.id, tmp_path / "diff.pdf").path
    text = pdf_text(pdf)
    assert "盘点差异表" in text and "水管" in text and "-1.60" in text
    assert "PropDeskCJK" in pdf_fonts(pdf) or "WenQuanYi" in pdf_fonts(pdf)
    stocktake.cancel_stocktake(system_actor, take.id)
    assert stocktake.start_stocktake(system_actor).number.endswith("000002")
