"""派工单: the repair order the worker takes along — what, where, who pays (warranty),
materials drawn, work done and the owner's signature on completion."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.services.permissions import Actor
from app.services.repair_costs import charges_of, materials_of
from app.services.repair_lists import repair_detail
from reports.fees_pdf import build_pdf, columns, content_width, list_table, local_time, money
from reports.pdf_parts import form_table, signature_row, styles, text
from reports.service_labels import PAYERS, REPAIR_CATEGORIES, REPAIR_STATUS
from reports.stock_ledger import qty

TITLE = "维修派工单"


def render_work_order(actor: Actor, repair_id: str, out: Path | str) -> Path:
    repair, unit_code = repair_detail(actor, repair_id)
    st = styles()
    width = content_width()
    quarter = [width * f for f in (0.16, 0.34, 0.16, 0.34)]
    warranty = f"{PAYERS.get(repair.payer, repair.payer)}" + (
        f"，质保至 {repair.warranty_until}" if repair.warranty_until else ""
    )
    facts = [
        ["单号", repair.number, "受理时间", local_time(repair.received_at)],
        ["房号", unit_code, "报修人", repair.contact],
        ["联系电话", repair.phone, "受理人", repair.receiver],
        [
            "类别",
            REPAIR_CATEGORIES.get(repair.category, repair.category),
            "状态",
            REPAIR_STATUS.get(repair.status, repair.status),
        ],
        ["费用承担", warranty, None, None],
        ["报修内容", repair.description, None, None],
        ["维修人员", repair.worker, "完工日期", str(repair.completed_on or "")],
        ["维修情况", repair.work_done, None, None],
    ]
    story: list = [text(TITLE, st.title), form_table(facts, quarter, st), Spacer(1, 3 * mm)]
    materials = materials_of(actor, repair_id)
    rows = [
        [m.item_code, m.item_name, m.uom, qty(m.quantity), money(m.amount), m.document_number]
        for m in materials
    ]
    if not rows:
        rows = [["", "（未领用材料）", "", "", "", ""]]
    story += [
        text("领用材料", st.value),
        list_table(
            ("编码", "名称", "单位", "数量", "金额（元）", "出库单"),
            rows,
            columns(False, 22, None, 14, 20, 26, 34),
            numeric=(3, 4),
        ),
    ]
    charge = charges_of(actor, repair_id)
    if charge is not None:
        total = charge.labour + charge.material
        story.append(
            text(
                f"向业主收费：人工费 {money(charge.labour)} 元，材料费 {money(charge.material)} 元，"
                f"合计 {money(total)} 元",
                st.value,
            )
        )
    story += [
        Spacer(1, 10 * mm),
        signature_row([("维修人员", ""), ("业主签字确认", ""), ("客服", "")], width),
    ]
    return build_pdf(out, f"{TITLE} {repair.number}", story)
