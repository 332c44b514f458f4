"""入库单 / 出库单（领料单）as a printable A4 PDF: header facts, the lines, the total and
lines to sign. A draft prints 草稿 in red: only a posted document is a document."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.models.stock import DocKind, DocReason
from app.money import amount_in_words
from app.services.permissions import Actor
from app.services.stock import document_lines
from reports.fees_pdf import build_pdf, columns, content_width, list_table, money
from reports.pdf_parts import signature_row, styles, text
from reports.stock_ledger import REASONS, qty

TITLES = {DocKind.IN: "入库单", DocKind.OUT: "出库单（领料单）"}
HEADER = ("行", "编码", "名称", "规格", "单位", "数量", "单价", "金额")


@dataclass(frozen=True)
class DocumentPdf:
    path: Path
    number: str | None
    lines: int


def _signatures(kind: str, reason: str) -> list[tuple[str, str]]:
    if kind == DocKind.IN:
        return [("仓管员", ""), ("经办人", ""), ("审核", "")]
    if reason == DocReason.ISSUE:
        return [("仓管员", ""), ("领料人", ""), ("部门负责人", "")]
    return [("仓管员", ""), ("经办人", ""), ("审核", "")]


def render_stock_document(actor: Actor, doc_id: str, out: Path | str) -> DocumentPdf:
    doc, lines = document_lines(actor, doc_id)
    st = styles()
    title = TITLES[doc.kind]
    facts = [f"单号：{doc.number or '（草稿，未过账）'}", f"日期：{doc.doc_date}",
             f"类别：{REASONS.get(doc.reason, doc.reason)}"]  # fmt: skip
    if doc.kind == DocKind.IN and doc.supplier_id:
        facts.append(f"供应商：{doc.supplier.name}")
    if doc.kind == DocKind.OUT:
        facts += [f"领用部门：{doc.department}", f"领料人：{doc.recipient}"]
    if doc.purpose:
        facts.append(f"用途：{doc.purpose}")
    if doc.repair_order_ref:
        facts.append(f"维修单：{doc.repair_order_ref}")
    rows = []
    for line in lines:
        price = line.unit_price  # what was paid; an issue shows its value per unit
        if price is None and doc.posted_at is not None:
            price = line.amount / line.quantity
        rows.append([str(line.line_no), line.item.code, line.item.name, line.item.specification,
                     line.item.uom, qty(line.quantity),
                     "" if price is None else f"{price:,.4f}",
                     money(line.amount) if doc.posted_at else ""])  # fmt: skip
    total = money(doc.total) if doc.posted_at else ""
    rows.append(["", "合计", "", "", "", "", "", total])
    widths = columns(False, 8, 22, None, 28, 12, 20, 22, 24)
    story: list = [text(title, st.title), text("　".join(facts), st.value), Spacer(1, 2 * mm)]
    if doc.posted_at is None:
        story.append(text("草稿 — 未过账，不作凭证", st.stamp))
    story.append(list_table(HEADER, rows, widths, numeric=(5, 6, 7), shaded_rows=[len(rows) - 1]))
    if doc.posted_at:
        story.append(text(f"金额大写：人民币{amount_in_words(doc.total)}", st.value))
    if doc.remarks:
        story.append(text(f"备注：{doc.remarks}", st.small))
    story += [Spacer(1, 8 * mm), signature_row(_signatures(doc.kind, doc.reason), content_width())]
    build_pdf(out, f"{title} {doc.number or ''}".strip(), story)
    return DocumentPdf(Path(out), doc.number, len(lines))
