"""费用对账单: one unit's charges, payments, voids, waivers and refunds over a date range with
the running balance, for the owner to check and sign."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.services.permissions import Actor
from app.services.statement import Statement, unit_statement
from reports.fees_pdf import build_pdf, columns, content_width, list_table, money, wrapped
from reports.pdf_parts import form_table, signature_row, styles, text

TITLE = "费用对账单"
NOTE = (
    "说明：余额为正数表示尚欠的费用，为负数表示预存（多缴）的金额；费用按应缴日期列示，"
    "收款按收款日期列示。金额单位：元。如有疑问，请与物业服务中心核对。"
)


@dataclass(frozen=True)
class StatementResult:
    path: Path
    lines: int
    closing: object  # Decimal


def render_unit_statement(
    actor: Actor, unit_id: str, date_from: date, date_to: date, out: Path | str
) -> StatementResult:
    statement = unit_statement(actor, unit_id, date_from, date_to)
    st = styles()
    period = f"{date_from.isoformat()} 至 {date_to.isoformat()}"
    info = form_table(
        [
            ["房号", statement.unit_code, "业主", statement.owners or "—"],
            ["对账期间", period, "期末余额", f"{money(statement.closing)} 元"],
        ],
        [22 * mm, 60 * mm, 22 * mm, content_width() - 104 * mm],
        st,
    )
    story = [
        text(TITLE, st.title),
        Spacer(1, 3 * mm),
        info,
        Spacer(1, 4 * mm),
        _lines_table(statement),
        Spacer(1, 3 * mm),
        text(NOTE, st.small),
        Spacer(1, 10 * mm),
        signature_row([("业主签字", ""), ("经办人", ""), ("日期", "")], content_width()),
    ]
    build_pdf(out, TITLE, story)
    return StatementResult(Path(out), len(statement.lines), statement.closing)


def _lines_table(statement: Statement):
    widths = columns(False, 22, None, 30, 24, 24, 24)
    rows = [[statement.date_from.isoformat(), "期初余额", "", "", "", money(statement.opening)]]
    for line in statement.lines:
        e = line.entry
        rows.append(
            [
                e.day.isoformat(),
                wrapped(e.description),
                e.number,
                money(e.debit) if e.debit else "",
                money(e.credit) if e.credit else "",
                money(line.balance),
            ]
        )
    rows.append(
        ["", "本期合计", "", money(statement.debit_total), money(statement.credit_total), ""]
    )
    rows.append([statement.date_to.isoformat(), "期末余额", "", "", "", money(statement.closing)])
    header = ["日期", "摘要", "单据号", "应收", "已收/减免", "余额"]
    shaded = [0, len(rows) - 2, len(rows) - 1]
    return list_table(header, rows, widths, numeric=[3, 4, 5], shaded_rows=shaded)
