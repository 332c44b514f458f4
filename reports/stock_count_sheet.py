"""The stocktake count sheet (盘点表) to Excel — fill in 实盘数量 and import it back
(app.services.stocktake.import_counts) — and the difference report (盘盈盘亏表) as PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.models.stock import StockItem, Stocktake, StocktakeLine
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail
from app.services.stocktake import difference_report
from reports.fees_pdf import build_pdf, columns, content_width, list_table, money
from reports.pdf_parts import signature_row, styles, text
from reports.stock_ledger import qty
from reports.xlsx_export import DECIMAL, XlsxColumn, write_list

SHEET_COLUMNS = [XlsxColumn("编码"), XlsxColumn("名称"), XlsxColumn("规格"),
                 XlsxColumn("单位"), XlsxColumn("库位"), XlsxColumn("实盘数量", DECIMAL)]  # fmt: skip


@dataclass(frozen=True)
class SheetResult:
    path: Path
    rows: int


def export_count_sheet(actor: Actor, stocktake_id: str, out: Path | str) -> SheetResult:
    """Blind count: the sheet shows no book quantity, so counters count what is there."""
    require(actor, Cap.STOCK_VIEW)
    take = get_or_fail(Stocktake, stocktake_id)
    lines = (
        StocktakeLine.select(StocktakeLine, StockItem)
        .join(StockItem)
        .where(StocktakeLine.stocktake == take)
        .order_by(StockItem.location, StockItem.code)
    )
    rows = [(x.item.code, x.item.name, x.item.specification, x.item.uom, x.item.location,
             x.counted_qty) for x in lines]  # fmt: skip
    count = write_list(out, SHEET_COLUMNS, rows, sheet_name="盘点表",
                       title=f"盘点表 {take.number}（{take.count_date}）")  # fmt: skip
    return SheetResult(Path(out), count)


DIFF_HEADER = ("编码", "名称", "单位", "账面(冻结)", "其后变动", "应有", "实盘", "盘盈(+)/盘亏(−)",
               "平均单价", "差异金额")  # fmt: skip


def render_difference_report(actor: Actor, stocktake_id: str, out: Path | str) -> SheetResult:
    report = difference_report(actor, stocktake_id)
    take = report.stocktake
    st = styles()
    rows = [[r.item.code, r.item.name, r.item.uom, qty(r.book_qty), qty(r.moved_since),
             qty(r.expected), "未盘" if r.counted is None else qty(r.counted),
             qty(r.difference) if r.counted is not None else "", f"{r.item.avg_cost:,.4f}",
             money(r.value) if r.counted is not None else ""] for r in report.rows]  # fmt: skip
    widths = columns(True, 24, None, 12, 24, 22, 24, 24, 28, 22, 24)
    story: list = [
        text("盘点差异表（盘盈盘亏）", st.title),
        text(
            f"盘点单：{take.number}　盘点日：{take.count_date}　盘盈 {money(report.gain_value)} 元"
            f"　盘亏 {money(report.loss_value)} 元　未盘 {report.uncounted} 项",
            st.number,
        ),
        Spacer(1, 2 * mm),
        list_table(DIFF_HEADER, rows, widths, numeric=range(3, 10)),
        Spacer(1, 8 * mm),
        signature_row([("盘点人", ""), ("监盘人", ""), ("经理审批", "")], content_width(True)),
    ]
    build_pdf(out, f"盘点差异表 {take.number}", story, wide=True)
    return SheetResult(Path(out), len(rows))
