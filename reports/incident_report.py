"""紧急事件报告: what happened, the timeline of actions, the report to head office against
its 1-working-day deadline, the cause and the measures against a repeat."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.services.incidents import incident_detail, incident_log
from app.services.permissions import Actor
from reports.fees_pdf import build_pdf, columns, content_width, list_table, local_time, wrapped
from reports.pdf_parts import form_table, signature_row, styles, text
from reports.service_labels import INCIDENT_KINDS

TITLE = "紧急事件报告"
LOG_KINDS = {"record": "登记", "action": "处置", "report": "上报总公司", "close": "结案"}


def _report_line(incident: object) -> str:
    due = f"应于 {incident.report_due} 前上报"
    if incident.reported_on is None:
        return f"{due}；尚未上报"
    late = "（逾期）" if incident.reported_on > incident.report_due else "（按时）"
    return f"{incident.reported_on} 已报 {incident.reported_to}{late}；{due}"


def render_incident_report(actor: Actor, incident_id: str, out: Path | str) -> Path:
    incident, unit = incident_detail(actor, incident_id)
    st = styles()
    width = content_width()
    quarter = [width * f for f in (0.16, 0.34, 0.16, 0.34)]
    facts = [
        ["编号", incident.number, "类型", INCIDENT_KINDS.get(incident.kind, incident.kind)],
        ["发生日期", str(incident.occurred_on), "登记时间", local_time(incident.occurred_at)],
        [
            "地点",
            incident.location + (f"（{unit.code}）" if unit else ""),
            "登记人",
            incident.recorded_by,
        ],
        ["事件经过", incident.description, None, None],
        ["上报总公司", _report_line(incident), None, None],
        ["原因调查", incident.cause or "（待查）", None, None],
        ["预防措施", incident.measures or "（待定）", None, None],
    ]
    rows = [
        [local_time(e.at), LOG_KINDS.get(e.kind, e.kind), wrapped(e.text), e.by]
        for e in incident_log(actor, incident_id)
    ]
    story: list = [
        text(TITLE, st.title),
        form_table(facts, quarter, st),
        Spacer(1, 3 * mm),
        text("处置经过", st.value),
        list_table(("时间", "环节", "内容", "经办人"), rows, columns(False, 32, 20, None, 24)),
        Spacer(1, 10 * mm),
        signature_row([("报告人", ""), ("项目负责人", ""), ("日期", "")], width),
    ]
    return build_pdf(out, f"{TITLE} {incident.number}", story)
