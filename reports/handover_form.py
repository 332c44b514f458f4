"""入伙交接单: the A4 form the owner and the office sign when a unit is handed over."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from app.services import settings
from app.services.move_in import STANDARD_CHECKLIST, HandoverDetails, handover_details
from reports.pdf_parts import (
    GRID,
    Styles,
    TickBox,
    form_table,
    signature_row,
    styles,
    text,
)

TITLE = "入伙交接单"
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
METERS = (("水表", "water_reading", "m³"), ("电表", "electricity_reading", "kWh（度）"))
GAS = ("燃气表", "gas_reading", "m³")


def render_handover_form(handover_id: str, out: Path | str) -> Path:
    details = handover_details(handover_id)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"{TITLE} {details.number}",
        author=settings.get(settings.OFFICE_NAME),
    )
    doc.build(_story(details, styles()))
    return out


def _story(d: HandoverDetails, st: Styles) -> list:
    return [
        text(settings.get(settings.OFFICE_NAME), st.office),
        text(TITLE, st.title),
        text(f"编号：{d.number}", st.number),
        *_correction(d, st),
        Spacer(1, 2 * mm),
        text("一、房屋及业主", st.heading),
        _unit_table(d, st),
        text("二、钥匙移交", st.heading),
        form_table(
            [["钥匙数量", f"{d.keys_handed} 把", "说明", d.key_notes or "—"]],
            _cols(25, 30, 25),
            st,
        ),
        text("三、表计读数（交房时）", st.heading),
        _meter_table(d, st),
        text("四、签署文件", st.heading),
        _checklist(d.checklist, st),
        text("五、备注", st.heading),
        form_table([["备注", d.remarks or "无"]], _cols(25), st),
        Spacer(1, 8 * mm),
        signature_row([("业主签字", ""), ("经办人", d.handled_by), ("日期", "")], WIDTH),
        Spacer(1, 6 * mm),
        text(
            "本单一式两份，业主与物业服务中心各执一份。钥匙、表计读数经双方核对无误后签字确认。",
            st.small,
        ),
    ]


def _correction(d: HandoverDetails, st: Styles) -> list:
    if not d.corrects_number:
        return []
    return [text(f"更正单：更正 {d.corrects_number}，原因：{d.correction_reason}", st.number)]


def _cols(*fixed_mm: float) -> list[float]:
    """Column widths in mm; the last column takes what is left of the page width."""
    widths = [w * mm for w in fixed_mm]
    return [*widths, WIDTH - sum(widths)]


def _unit_table(d: HandoverDetails, st: Styles) -> Table:
    return form_table(
        [
            ["小区", d.community, None, None],
            ["房号", d.unit_code, "楼栋 / 单元", f"{d.building} {d.entrance}"],
            ["业主", d.owner_name or "—", "联系电话", d.owner_phone or "—"],
            ["交房日期", d.handover_date.isoformat(), "建筑面积", f"{d.gross_area} ㎡"],
        ],
        _cols(25, 60, 25),
        st,
    )


def _meter_table(d: HandoverDetails, st: Styles) -> Table:
    rows: list[list[object]] = [["表计", "读数", "单位", "备注"]]
    for name, field, unit in (*METERS, GAS):
        reading: Decimal | None = getattr(d, field)
        rows.append([name, "未抄" if reading is None else str(reading), unit, ""])
    return form_table(rows, _cols(25, 50, 30), st, label_columns=[0], header=True)


def _checklist(signed: list[str], st: Styles) -> Table:
    """The standard documents, then any others recorded, two to a row, ticked if signed."""
    items = list(STANDARD_CHECKLIST) + [i for i in signed if i not in STANDARD_CHECKLIST]
    cells: list[list[object]] = []
    for start in range(0, len(items), 2):
        row: list[object] = []
        for item in items[start : start + 2]:
            row += [TickBox(item in signed), text(item, st.value)]
        row += [""] * (4 - len(row))
        cells.append(row)
    half = WIDTH / 2
    table = Table(cells, colWidths=[8 * mm, half - 8 * mm, 8 * mm, half - 8 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
            ]
        )
    )
    return table
