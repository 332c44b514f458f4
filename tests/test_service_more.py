"""The service desk's queues and figures, incidents, repair materials and charges, surveys —
deadlines and rates computed by hand in the comments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import PermissionDenied, ValidationError
from app.models import AuditLog, Charge, Complaint, RepairOrder, StockDocument, StockItem, Unit
from app.models.archive import UnitStatus
from app.models.billing import FeeKind
from app.models.service_more import IncidentStatus, SurveyScale
from app.services import complaints, fees, incidents, repair_costs, repairs, service_queue, surveys
from app.services.complaints import Category, Channel, Satisfaction
from app.services.incidents import IncidentKind
from app.services.repairs import Payer, RepairCategory
from app.services.service_figures import service_figures
from tests.archive_office import Staff, demo_office
from tests.stock_fixtures import item, pdf_fonts, pdf_text, receive

FRI = date(2026, 11, 27)


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=30)


def occupied(n: int) -> list[Unit]:
    return list(Unit.select().where(Unit.status == UnitStatus.OCCUPIED).order_by(Unit.code)[:n])


def complaint(staff: Staff, unit: Unit, received_on: date) -> Complaint:
    return complaints.register_complaint(
        staff.assistant,
        channel=Channel.PHONE,
        category=Category.NOISE,
        description="楼上装修噪音",
        unit_id=unit.id,
        received_on=received_on,
    )


def test_due_complaints_are_those_due_today_or_overdue(staff: Staff) -> None:
    a, b, c, d = occupied(4)
    overdue = complaint(staff, a, date(2026, 11, 24))  # Tue → due Thu 26th
    today = complaint(staff, b, date(2026, 11, 25))  # Wed → due Fri 27th
    later = complaint(staff, c, date(2026, 11, 26))  # Thu → due Mon 30th
    answered = complaint(staff, d, date(2026, 11, 24))
    complaints.record_feedback(staff.assistant, answered.id, "已答复", on=date(2026, 11, 26))
    assert (overdue.due_date, today.due_date, later.due_date) == (
        date(2026, 11, 26),
        FRI,
        date(2026, 11, 30),
    )
    due = service_queue.due_complaints(staff.assistant, FRI)
    assert [(i.number, i.urgency, i.workdays_left) for i in due] == [
        (overdue.number, "overdue", -1),
        (today.number, "today", 0),
    ]


def _repair_through(staff: Staff, unit: Unit, stop: str, received_on: date) -> RepairOrder:
    repair = repairs.register_repair(
        staff.assistant,
        unit_id=unit.id,
        category=RepairCategory.OTHER,
        description="门锁坏了",
        received_on=received_on,
    )
    steps = [
        ("dispatched", lambda r: repairs.dispatch(staff.assistant, r.id, "张师傅")),
        ("in_progress", lambda r: repairs.start_work(staff.assistant, r.id)),
        ("completed", lambda r: repairs.complete(staff.assistant, r.id, "换锁芯", on=FRI)),
        (
            "visited",
            lambda r: repairs.return_visit(staff.assistant, r.id, Satisfaction.SATISFIED, on=FRI),
        ),
    ]
    for status, step in steps:
        if stop == "received":
            break
        repair = step(repair)
        if status == stop:
            break
    return repair


def test_visits_due_lists_completed_repairs_and_answered_valid_complaints(staff: Staff) -> None:
    a, b, c = occupied(3)
    done = _repair_through(staff, a, "completed", date(2026, 11, 20))
    _repair_through(staff, b, "visited", date(2026, 11, 20))
    answered = complaint(staff, c, date(2026, 11, 23))
    complaints.classify(staff.manager, answered.id, True, "属实")
    complaints.record_feedback(staff.assistant, answered.id, "已处理", on=date(2026, 11, 24))
    invalid = complaint(staff, c, date(2026, 11, 23))
    complaints.classify(staff.manager, invalid.id, False, "不属物业责任")
    complaints.record_feedback(staff.assistant, invalid.id, "已解释", on=date(2026, 11, 24))
    assert [r.number for r in service_queue.repairs_awaiting_visit(staff.assistant)] == [
        done.number
    ]
    visits = service_queue.visits_due(staff.assistant)
    assert [(v.kind, v.number, v.done_on) for v in visits] == [
        ("complaint", answered.number, date(2026, 11, 24)),
        ("repair", done.number, FRI),
    ]
    full = Complaint.get_by_id(answered.id).phone
    assert full and visits[0].phone != full and visits[0].phone[-4:] == full[-4:]  # masked


def test_figures_from_a_known_mix(staff: Staff) -> None:
    units = occupied(5)
    # November: 5 complaints. 1 on time and visited satisfied; 1 answered late (due Thu 26th,
    # answered Fri 27th) and visited dissatisfied; 1 invalid answered on time; 1 valid unanswered
    # and past its deadline; 1 unclassified, not yet due on the 27th.
    on_time = complaint(staff, units[0], date(2026, 11, 2))  # Mon → due Wed 4th
    late = complaint(staff, units[1], date(2026, 11, 24))  # Tue → due Thu 26th
    invalid = complaint(staff, units[2], date(2026, 11, 2))
    silent = complaint(staff, units[3], date(2026, 11, 2))
    complaint(staff, units[4], date(2026, 11, 26))  # Thu → due Mon 30th
    for row, valid in ((on_time, True), (late, True), (invalid, False), (silent, True)):
        complaints.classify(staff.manager, row.id, valid, "核实")
    complaints.record_feedback(staff.assistant, on_time.id, "已修好", on=date(2026, 11, 4))
    complaints.record_feedback(staff.assistant, late.id, "已处理", on=FRI)
    complaints.record_feedback(staff.assistant, invalid.id, "已解释", on=date(2026, 11, 3))
    complaints.return_visit(
        staff.assistant, on_time.id, Satisfaction.SATISFIED, on=date(2026, 11, 5)
    )
    complaints.return_visit(staff.assistant, late.id, Satisfaction.DISSATISFIED, on=FRI)
    # Repairs: one visited (satisfied), one completed awaiting its visit, one just received.
    _repair_through(staff, units[0], "visited", date(2026, 11, 23))  # 4 days to complete
    _repair_through(staff, units[1], "completed", date(2026, 11, 25))  # 2 days
    _repair_through(staff, units[2], "received", date(2026, 11, 26))
    incidents.record_incident(
        staff.assistant,
        kind=IncidentKind.LIFT,
        location="3号楼电梯",
        description="困人",
        occurred_on=date(2026, 11, 20),
    )

    f = service_figures(staff.assistant, date(2026, 11, 1), date(2026, 11, 30), FRI)
    assert (f.complaints, f.valid, f.invalid, f.unclassified) == (5, 3, 1, 1)
    assert (f.on_time, f.late) == (2, 2)  # on_time + invalid; late + silent
    assert f.handling_rate == Decimal("0.6667")  # 2 of 3 valid answered
    # due a visit: 2 answered valid complaints + 2 completed repairs; visited: 2 + 1
    assert (f.visits_due, f.visited, f.visit_rate) == (4, 3, Decimal("0.7500"))
    # answers: complaint satisfied, complaint dissatisfied, repair satisfied → 2 / 3
    assert f.satisfaction_rate == Decimal("0.6667")
    assert f.repairs == 3
    assert f.repairs_by_status == {"visited": 1, "completed": 1, "received": 1}
    assert f.repairs_by_category == {"other": 3}
    assert f.average_days_to_complete == Decimal("3.0")  # (4 + 2) / 2
    assert (f.incidents, f.incidents_reported_on_time) == (1, 0)


def test_incident_reported_within_one_working_day(staff: Staff) -> None:
    # Wednesday 30 Sep 2026, the eve of National Day: the next working day is Thu 8 Oct.
    fire = incidents.record_incident(
        staff.assistant,
        kind=IncidentKind.FIRE,
        location="5号楼地下车库",
        description="电动车充电起火，已扑灭",
        occurred_on=date(2026, 9, 30),
    )
    assert fire.report_due == date(2026, 10, 8)
    friday = incidents.record_incident(
        staff.assistant,
        kind=IncidentKind.FLOOD,
        location="2-1-301",
        description="水管爆裂",
        occurred_on=FRI,
    )
    assert friday.report_due == date(2026, 11, 30)
    rows = {r.number: r for r in incidents.incidents(staff.assistant, today=date(2026, 10, 9))}
    assert rows[fire.number].report_overdue
    incidents.add_action(staff.assistant, fire.id, "19:40 报119，物业义务消防队到场")
    with pytest.raises(ValidationError):
        incidents.close_incident(staff.assistant, fire.id, "充电线老化", "禁止楼内充电")
    incidents.report_to_head_office(staff.assistant, fire.id, "总公司品质部", on=date(2026, 10, 8))
    closed = incidents.close_incident(staff.assistant, fire.id, "充电线老化", "禁止楼内充电")
    assert closed.status == IncidentStatus.CLOSED
    log = incidents.incident_log(staff.assistant, fire.id)
    assert [e.kind for e in log] == ["record", "action", "report", "close"]
    assert AuditLog.select().where(AuditLog.action == "incident.close").count() == 1


def test_materials_post_a_stock_out_and_charges_only_out_of_warranty(staff: Staff) -> None:
    unit = occupied(1)[0]
    Unit.update(handover_date=date(2020, 1, 1)).where(Unit.id == unit.id).execute()
    tap = item(staff.manager, "SL01", "水龙头")
    receive(staff.manager, tap.id, "10", "35.00")
    repair = _repair_through(staff, unit, "in_progress", date(2026, 11, 25))
    assert repair.payer == Payer.OWNER  # OTHER: no statutory warranty
    with pytest.raises(PermissionDenied):
        repair_costs.use_materials(staff.assistant, repair.id, [(tap.id, "1")])
    with pytest.raises(ValidationError):  # 12 wanted, 10 on hand: refused whole
        repair_costs.use_materials(staff.manager, repair.id, [(tap.id, "12")])
    repair_costs.use_materials(staff.manager, repair.id, [(tap.id, "2")], on=FRI)
    assert StockItem.get_by_id(tap.id).qty == Decimal("8.000")
    doc = StockDocument.get(StockDocument.repair_order_ref == repair.number)
    assert doc.posted_at is not None and doc.total == Decimal("70.00")
    [row] = repair_costs.materials_of(staff.assistant, repair.id)
    assert (row.item_name, row.quantity, row.amount) == (
        "水龙头",
        Decimal("2.000"),
        Decimal("70.00"),
    )
    with pytest.raises(ValidationError):  # no repair-fee item set up yet
        repair_costs.set_charges(staff.assistant, repair.id, "50", "70.00")
    fees.create_fee_item(staff.admin, "WXF", "维修费", FeeKind.ONE_OFF, "0", date(2026, 1, 1))
    with pytest.raises(ValidationError):
        repair_costs.set_charges(staff.assistant, repair.id, "-1", "0")
    charge = repair_costs.set_charges(staff.assistant, repair.id, "50", "70.00")
    assert (charge.labour, charge.material) == (Decimal("50.00"), Decimal("70.00"))
    bill = Charge.get_by_id(charge.charge_id)
    assert (bill.unit_id, bill.kind, bill.amount) == (unit.id, "one_off", Decimal("120.00"))
    assert repair.number in bill.description
    with pytest.raises(ValidationError):  # billed once: corrections are adjustments
        repair_costs.set_charges(staff.assistant, repair.id, "60", "70.00")

    in_warranty = repairs.register_repair(
        staff.assistant,
        unit_id=unit.id,
        category=RepairCategory.WATERPROOFING,
        description="卫生间渗水",
        received_on=date(2024, 6, 1),
    )
    assert in_warranty.payer == Payer.DEVELOPER  # handed over 2020-01-01: 5 years → 2024-12-31
    with pytest.raises(ValidationError):
        repair_costs.set_charges(staff.assistant, in_warranty.id, "50", "0")
    rows = repair_costs.developer_chargebacks(staff.assistant, date(2024, 1, 1), FRI)
    assert [(r.number, r.warranty_until) for r in rows] == [
        (in_warranty.number, date(2024, 12, 31))
    ]
    assert repair_costs.material_cost(repair.id) == Decimal("70.00")


def test_survey_rates_per_question_and_building(staff: Staff) -> None:
    template = surveys.create_template(
        staff.assistant, "年度满意度调查", SurveyScale.THREE, ["保安服务", "保洁服务"]
    )
    survey = surveys.start_round(
        staff.assistant, template.id, "2026年度", date(2026, 11, 1), date(2026, 11, 20)
    )
    a, b, c = occupied(3)
    # Q1: 满意, 基本满意, 不满意 → 2 satisfied of 3; Q2: 满意, 不满意, blank → 1 of 2.
    surveys.record_response(
        staff.assistant, survey.id, {1: "满意", 2: 3}, unit_id=a.id, answered_on=date(2026, 11, 3)
    )
    surveys.record_response(
        staff.assistant, survey.id, {1: 2, 2: "不满意"}, unit_id=b.id, answered_on=date(2026, 11, 4)
    )
    surveys.record_response(
        staff.assistant, survey.id, {1: 1}, unit_id=c.id, answered_on=date(2026, 11, 5)
    )
    with pytest.raises(ValidationError):
        surveys.record_response(staff.assistant, survey.id, {1: 4}, unit_id=c.id)
    with pytest.raises(ValidationError):
        surveys.record_response(staff.assistant, survey.id, {}, unit_id=c.id)
    surveys.add_action(
        staff.assistant, survey.id, "增加夜间保洁", question_seq=2, responsible="保洁主管"
    )
    result = surveys.analysis(staff.assistant, survey.id)
    assert result.responses == 3
    q1, q2 = result.questions
    assert (q1.counts, q1.valid, q1.satisfied, q1.rate) == (
        {3: 1, 2: 1, 1: 1},
        3,
        2,
        Decimal("0.6667"),
    )
    assert (q2.valid, q2.satisfied, q2.rate) == (2, 1, Decimal("0.5000"))
    assert (result.valid, result.satisfied, result.rate) == (5, 3, Decimal("0.6000"))
    assert sum(b.responses for b in result.buildings) == 3
    assert sum(b.valid for b in result.buildings) == 5
    assert [a.action for a in result.actions] == ["增加夜间保洁"]


def test_the_three_service_pdfs(staff: Staff, tmp_path: Path) -> None:
    from reports.incident_report import render_incident_report
    from reports.repair_work_order import render_work_order
    from reports.survey_report import render_survey_report

    unit = occupied(1)[0]
    repair = _repair_through(staff, unit, "completed", date(2026, 11, 25))
    text = pdf_text(render_work_order(staff.assistant, repair.id, tmp_path / "wo.pdf"))
    assert "维修派工单" in text and repair.number in text and "张师傅" in text and "换锁芯" in text

    lift = incidents.record_incident(
        staff.assistant,
        kind=IncidentKind.LIFT,
        location="3号楼1单元电梯",
        description="电梯停在8楼与9楼之间，2人被困",
        occurred_on=date(2026, 11, 26),
    )
    incidents.add_action(staff.assistant, lift.id, "通知维保单位，15分钟到场放人")
    text = pdf_text(render_incident_report(staff.assistant, lift.id, tmp_path / "inc.pdf"))
    assert "紧急事件报告" in text and "电梯困人" in text and "2026-11-27 前上报" in text
    assert "通知维保单位" in text

    template = surveys.create_template(staff.assistant, "问卷", SurveyScale.FIVE, ["维修及时性"])
    survey = surveys.start_round(
        staff.assistant, template.id, "2026年度调查", date(2026, 11, 1), FRI
    )
    for score in (5, 4, 2):
        surveys.record_response(staff.assistant, survey.id, {1: score}, unit_id=unit.id)
    pdf = render_survey_report(staff.assistant, survey.id, tmp_path / "survey.pdf")
    text = pdf_text(pdf)
    assert "顾客意见调查分析报告" in text and "66.7%" in text and "低于国家标准" in text
    fonts = pdf_fonts(pdf)
    assert "PropDeskCJK" in fonts or "WenQuanYi" in fonts


def test_survey_import_is_all_or_nothing_with_the_row_named(staff: Staff, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from app.importers.survey_answers import import_answers, write_answer_sheet
    from app.models.service_more import SurveyResponse

    template = surveys.create_template(staff.assistant, "问卷", SurveyScale.FIVE, ["保洁", "保安"])
    survey = surveys.start_round(staff.assistant, template.id, "抽样调查", date(2026, 11, 1), FRI)
    sheet_path = write_answer_sheet(survey.id, tmp_path / "answers.xlsx")
    book = load_workbook(sheet_path)
    assert [c.value for c in book.active[1]] == ["房号", "受访人", "保洁", "保安"]
    book.active.append([occupied(1)[0].code, "张女士", 5, 4])
    book.active.append(["9-9-999", "李先生", 3, 3])  # no such unit
    book.save(sheet_path)
    with pytest.raises(ValidationError) as refused:
        import_answers(staff.assistant, survey.id, sheet_path)
    assert refused.value.params["row"] == 3
    assert SurveyResponse.select().count() == 0
    book.active.delete_rows(3)
    book.active.append([None, "匿名", 6, 1])  # 6 is off the 1–5 scale
    book.save(sheet_path)
    with pytest.raises(ValidationError) as refused:
        import_answers(staff.assistant, survey.id, sheet_path)
    assert refused.value.params["row"] == 3 and "Question 1" in str(refused.value)
    book.active.delete_rows(3)
    book.save(sheet_path)
    assert import_answers(staff.assistant, survey.id, sheet_path) == 1
