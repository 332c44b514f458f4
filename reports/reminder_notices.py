"""催缴通知单: one courteous A4 page per chosen unit, listing what is owed by period and fee
item, how to pay and whom to call — all in one PDF to print for a selection.

Wording stays polite and factual: no threat of cutting water, power or any service, which
would be unlawful (民法典 art. 944; RULES.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from app.models.billing import ChargeKind, PayMethod
from app.money import amount_in_words
from app.services import settings
from app.services.arrears_list import OwedItem, UnitArrears, units_to_remind
from app.services.collection import METHOD_NAMES
from app.services.permissions import Actor
from reports.fees_pdf import build_pdf, columns, list_table, money
from reports.pdf_parts import Styles, styles, text

TITLE = "催缴通知单"
MAX_LINES = 18  # more unpaid lines than this are summed per fee item so the page stays one
BLANK_PHONE = "＿＿＿＿＿＿＿＿＿＿"


@dataclass(frozen=True)
class NoticeResult:
    path: Path
    pages: int  # one per unit that owes something


def render_reminder_notices(
    actor: Actor, unit_ids: Iterable[str], on: date, out: Path | str
) -> NoticeResult:
    units = units_to_remind(actor, unit_ids, on)
    st = styles()
    story: list = []
    for index, unit in enumerate(units):
        if index:
            story.append(PageBreak())
        story += _page(unit, on, st)
    build_pdf(out, TITLE, story)
    return NoticeResult(Path(out), len(units))


def _office_phone() -> str:
    """The office phone if the settings hold one (a later setting), else a blank to fill."""
    setting = getattr(settings, "OFFICE_PHONE", None)
    return (settings.get(setting) if setting is not None else "") or BLANK_PHONE


def _page(unit: UnitArrears, on: date, st: Styles) -> list:
    office = settings.get(settings.OFFICE_NAME)
    total = unit.total
    who = f"{unit.unit_code} 房业主" + (f" {unit.owners}" if unit.owners else "")
    methods = "、".join(METHOD_NAMES[m] for m in PayMethod.COUNTER)
    body = ParagraphStyle("body", parent=st.value, fontSize=11, leading=19, firstLineIndent=22)
    right = ParagraphStyle("right", parent=st.value, fontSize=11, leading=18, alignment=TA_RIGHT)
    return [
        text(office, st.office),
        text(TITLE, st.title),
        Spacer(1, 6 * mm),
        text(f"尊敬的{who}：", ParagraphStyle("to", parent=st.value, fontSize=11, leading=19)),
        text("您好！", body),
        text(
            "感谢您一直以来对我们物业服务工作的理解与支持。经核对，截至"
            f"{on.year}年{on.month}月{on.day}日，您的房屋尚有以下费用未缴纳，"
            f"合计人民币 {money(total)} 元（大写：{amount_in_words(total)}）。明细如下：",
            body,
        ),
        Spacer(1, 3 * mm),
        _items_table(unit.items, total),
        Spacer(1, 4 * mm),
        text(
            f"烦请您在方便时到物业服务中心前台缴纳，可使用{methods}等方式。"
            "如您近期已经缴纳，请忽略本通知，并请谅解打扰。",
            body,
        ),
        text(
            "如对费用明细有任何疑问，欢迎来电或到服务中心咨询，我们将认真为您核对。"
            "再次感谢您的配合与支持！",
            body,
        ),
        Spacer(1, 4 * mm),
        text(f"联系电话：{_office_phone()}", body),
        Spacer(1, 14 * mm),
        text(f"{office}（盖章）", right),
        text(f"{on.year}年{on.month}月{on.day}日", right),
    ]


def _lines(items: list[OwedItem]) -> list[tuple[str, str, str, Decimal]]:
    """(period, fee item, due date, amount); summed per fee item when too many to fit."""
    if len(items) <= MAX_LINES:
        return [(i.period, _item_name(i), i.due_date.isoformat(), i.outstanding) for i in items]
    grouped: dict[str, list[OwedItem]] = {}
    for item in items:
        grouped.setdefault(_item_name(item), []).append(item)
    lines = []
    for name, group in grouped.items():
        first, last = min(i.period for i in group), max(i.period for i in group)
        period = first if first == last else f"{first} 至 {last}（{len(group)} 笔）"
        due = f"{min(i.due_date for i in group).isoformat()} 起"
        lines.append((period, name, due, sum((i.outstanding for i in group), Decimal("0.00"))))
    return lines


def _item_name(item: OwedItem) -> str:
    return f"{item.fee_item}违约金" if item.kind == ChargeKind.LATE_FEE else item.fee_item


def _items_table(items: list[OwedItem], total: Decimal):
    widths = columns(False, 12, None, 42, 32, 32)
    rows = [
        [str(n), period, name, due, money(amount)]
        for n, (period, name, due, amount) in enumerate(_lines(items), 1)
    ]
    rows.append(["", "合计", "", "", money(total)])
    header = ["序号", "费用期间", "收费项目", "应缴日期", "未缴金额（元）"]
    return list_table(header, rows, widths, numeric=[4], shaded_rows=[len(rows) - 1], size=10)
