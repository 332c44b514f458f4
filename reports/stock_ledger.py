"""进销存汇总表 (a month's stock ledger) and 物料明细账 (item card), as PDF or Excel.

Quantities print with three decimals, values in yuan; the total line adds values only
(quantities of different units of measure don't add up).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.services.permissions import Actor
from app.services.stock_ledger import ItemCard, LedgerRow, StockLedger, item_card, stock_ledger
from reports.fees_pdf import build_pdf, columns, list_table, money
from reports.pdf_parts import styles, text
from reports.xlsx_export import DATE, DECIMAL, TEXT, XlsxColumn, write_list

TITLE = "进销存汇总表"
CARD_TITLE = "物料明细账"
REASONS = {"purchase": "采购入库", "return": "退库", "issue": "领用出库", "reversal": "冲销",
           "stocktake": "盘点调整"}  # fmt: skip
HEADER = ("编码", "名称", "规格", "单位", "期初数量", "期初金额", "入库数量", "入库金额",
          "出库数量", "出库金额", "结存数量", "结存金额")  # fmt: skip
NOTE = "说明：按单据日期归月；存货按移动加权平均法计价，金额单位：元。"


@dataclass(frozen=True)
class ReportResult:
    path: Path
    rows: int


def qty(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.3f}"


def _cells(r: LedgerRow, total: bool = False) -> list[str]:
    q = (lambda v: "") if total else qty
    return [r.code, r.name, r.specification, r.uom, q(r.opening_qty), money(r.opening_value),
            q(r.in_qty), money(r.in_value), q(r.out_qty), money(r.out_value),
            q(r.closing_qty), money(r.closing_value)]  # fmt: skip


def render_stock_ledger(actor: Actor, month: str, out: Path | str) -> ReportResult:
    """PDF or XLSX by the file's extension."""
    ledger = stock_ledger(actor, month)
    out = Path(out)
    if out.suffix.lower() == ".xlsx":
        return _ledger_xlsx(ledger, out)
    return _ledger_pdf(ledger, out)


def _ledger_pdf(ledger: StockLedger, out: Path) -> ReportResult:
    st = styles()
    widths = columns(True, 22, None, 28, 12, 20, 22, 20, 22, 20, 22, 20, 22)
    rows = [_cells(r) for r in ledger.rows] + [_cells(ledger.total, total=True)]
    story: list = [
        text(TITLE, st.title),
        text(
            f"月份：{ledger.month}（{ledger.first} 至 {ledger.last}）　物料：{len(ledger.rows)} "
            f"种　期末结存：{money(ledger.total.closing_value)} 元",
            st.number,
        ),
        Spacer(1, 2 * mm),
        list_table(HEADER, rows, widths, numeric=range(4, 12), shaded_rows=[len(rows) - 1]),
        Spacer(1, 3 * mm),
        text(NOTE, st.small),
    ]
    build_pdf(out, f"{TITLE} {ledger.month}", story, wide=True)
    return ReportResult(out, len(ledger.rows))


LEDGER_COLUMNS = [XlsxColumn(h) for h in HEADER[:4]] + [XlsxColumn(h, DECIMAL) for h in HEADER[4:]]


def _ledger_xlsx(ledger: StockLedger, out: Path) -> ReportResult:
    def rows() -> Iterator[tuple]:
        for r in [*ledger.rows, ledger.total]:
            yield (r.code, r.name, r.specification, r.uom, r.opening_qty, r.opening_value,
                   r.in_qty, r.in_value, r.out_qty, r.out_value, r.closing_qty,
                   r.closing_value)  # fmt: skip

    write_list(out, LEDGER_COLUMNS, rows(), sheet_name="进销存",
               title=f"{TITLE}（{ledger.month}）")  # fmt: skip
    return ReportResult(out, len(ledger.rows))


# --- item card --------------------------------------------------------------------------

CARD_HEADER = ("日期", "单号", "摘要", "入库数量", "入库金额", "出库数量", "出库金额",
               "结存数量", "结存金额")  # fmt: skip


def render_item_card(
    actor: Actor, item_id: str, date_from: date, date_to: date, out: Path | str
) -> ReportResult:
    card = item_card(actor, item_id, date_from, date_to)
    out = Path(out)
    if out.suffix.lower() == ".xlsx":
        return _card_xlsx(card, out)
    return _card_pdf(card, out)


def _card_rows(card: ItemCard) -> list[tuple]:
    rows: list[tuple] = [(card.date_from, "", "期初结存", None, None, None, None,
                          card.opening_qty, card.opening_value)]  # fmt: skip
    for x in card.lines:
        rows.append((x.doc_date, x.number, REASONS.get(x.reason, x.reason), x.in_qty,
                     x.in_value, x.out_qty, x.out_value, x.balance_qty, x.balance_value))  # fmt: skip
    return rows


def _card_pdf(card: ItemCard, out: Path) -> ReportResult:
    st = styles()
    item = card.item
    widths = columns(False, 20, 27, None, 17, 19, 17, 19, 17, 21)
    rows = [[str(d), n, r, qty(iq), money(iv), qty(oq), money(ov), qty(bq), money(bv)]
            for d, n, r, iq, iv, oq, ov, bq, bv in _card_rows(card)]  # fmt: skip
    story: list = [
        text(CARD_TITLE, st.title),
        text(
            f"{item.code} {item.name} {item.specification}　单位：{item.uom}　"
            f"{card.date_from} 至 {card.date_to}",
            st.number,
        ),
        Spacer(1, 2 * mm),
        list_table(CARD_HEADER, rows, widths, numeric=range(3, 9)),
    ]
    build_pdf(out, f"{CARD_TITLE} {item.code}", story)
    return ReportResult(out, len(card.lines))


def _card_xlsx(card: ItemCard, out: Path) -> ReportResult:
    cols = [XlsxColumn("日期", DATE), XlsxColumn("单号"), XlsxColumn("摘要", TEXT)]
    cols += [XlsxColumn(h, DECIMAL) for h in CARD_HEADER[3:]]
    write_list(out, cols, _card_rows(card), sheet_name="明细账",
               title=f"{CARD_TITLE} {card.item.code} {card.item.name}")  # fmt: skip
    return ReportResult(out, len(card.lines))
