"""Complaints (投诉): deadlines in working days, classification, feedback, return visit,
close, the due list (RULES.md, service desk)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import PermissionDenied, ValidationError
from app.models import AuditLog, Complaint, ComplaintLog, Unit
from app.models.archive import UnitStatus
from app.services import complaints
from app.services.complaints import Category, Channel, Satisfaction, Urgency
from app.services.unit_facts import current_owners
from tests.archive_office import Staff, demo_office, unit_with_status

FRIDAY = date(2026, 11, 27)


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=30)


@pytest.fixture
def unit(staff: Staff) -> Unit:
    return unit_with_status(UnitStatus.OCCUPIED)


def register(staff: Staff, unit: Unit, received_on: date = FRIDAY, **kw: object) -> Complaint:
    args: dict[str, object] = {
        "channel": Channel.PHONE,
        "category": Category.NOISE,
        "description": "楼上夜间装修噪音",
        "unit_id": unit.id,
        "received_on": received_on,
    }
    args.update(kw)
    return complaints.register_complaint(staff.assistant, **args)


def test_register_sets_owner_receiver_number_and_deadlines(staff: Staff, unit: Unit) -> None:
    complaint = register(staff, unit)
    owner = current_owners(unit)[0]
    assert complaint.number.startswith("TS")
    assert complaint.owner_id == owner.id and complaint.complainant == owner.name
    assert complaint.receiver == "李客服"  # 首问责任制: the one who received it owns it
    assert complaint.due_date == date(2026, 12, 1)  # Fri + 2 working days = Tue
    assert complaint.report_due == date(2026, 11, 30)  # head office: 1 working day
    assert complaint.validity == "" and complaint.status == "open"
    assert [log.kind for log in complaints.complaint_log(staff.assistant, complaint.id)] == [
        "register"
    ]
    assert AuditLog.select().where(AuditLog.action == "complaint.register").count() == 1


def test_deadline_skips_the_national_day_week(staff: Staff, unit: Unit) -> None:
    complaint = register(staff, unit, received_on=date(2026, 9, 30))
    assert complaint.due_date == date(2026, 10, 9)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"channel": "fax"}, "channel"),
        ({"category": "weather"}, "category"),
        ({"description": "  "}, "description"),
        ({"received_on": date(2099, 1, 1)}, "received_on"),
        ({"unit_id": None}, "complainant"),
    ],
)
def test_bad_input_saves_nothing(staff: Staff, unit: Unit, change: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        register(staff, unit, **change)
    assert caught.value.field == field
    assert Complaint.select().count() == 0


def test_walk_in_without_a_unit_needs_a_name(staff: Staff) -> None:
    complaint = complaints.register_complaint(
        staff.assistant,
        channel=Channel.VISIT,
        category=Category.CLEANING,
        description="小区东门垃圾未清运",
        complainant="路过的访客",
        received_on=FRIDAY,
    )
    assert complaint.unit_id is None and complaint.complainant == "路过的访客"


def test_full_life_of_a_valid_complaint(staff: Staff, unit: Unit) -> None:
    complaint = register(staff, unit)
    complaints.add_log(staff.assistant, complaint.id, "已联系楼上业主，约定晚8点后停工")
    complaints.classify(staff.manager, complaint.id, True, "装修时间违反管理规约")
    complaints.record_report(staff.assistant, complaint.id, on=date(2026, 11, 27))
    complaints.record_feedback(staff.assistant, complaint.id, "已电话告知处理结果", FRIDAY)
    with pytest.raises(ValidationError, match="return visit"):
        complaints.close(staff.assistant, complaint.id)
    complaints.return_visit(staff.assistant, complaint.id, Satisfaction.SATISFIED, "", FRIDAY)
    closed = complaints.close(staff.assistant, complaint.id, "业主满意")
    assert closed.status == "closed" and closed.closed_at is not None
    kinds = [log.kind for log in complaints.complaint_log(staff.assistant, complaint.id)]
    assert kinds == ["register", "log", "classify", "report", "feedback", "visit", "close"]
    with pytest.raises(ValidationError, match="closed"):
        complaints.add_log(staff.assistant, complaint.id, "再补一句")
    assert ComplaintLog.select().count() == 7


def test_invalid_complaint_closes_after_feedback_without_a_visit(staff: Staff, unit: Unit) -> None:
    complaint = register(staff, unit)
    with pytest.raises(ValidationError, match="classify"):
        complaints.close(staff.assistant, complaint.id)
    complaints.classify(staff.manager, complaint.id, False, "属业主间私人纠纷")
    with pytest.raises(ValidationError, match="feedback"):
        complaints.close(staff.assistant, complaint.id)
    complaints.record_feedback(staff.assistant, complaint.id, "已解释并建议协商", FRIDAY)
    assert complaints.close(staff.assistant, complaint.id).status == "closed"


def test_classifying_needs_the_capability_and_a_reason(staff: Staff, unit: Unit) -> None:
    complaint = register(staff, unit)
    with pytest.raises(PermissionDenied):
        complaints.classify(staff.assistant, complaint.id, True, "有效")
    with pytest.raises(ValidationError) as caught:
        complaints.classify(staff.manager, complaint.id, True, " ")
    assert caught.value.field == "reason"
    assert Complaint.get_by_id(complaint.id).validity == ""


def test_cashier_cannot_register_or_view(staff: Staff, unit: Unit) -> None:
    with pytest.raises(PermissionDenied):
        complaints.register_complaint(
            staff.cashier,
            channel=Channel.PHONE,
            category=Category.FEES,
            description="收费有误",
            unit_id=unit.id,
        )
    with pytest.raises(PermissionDenied):
        complaints.due_list(staff.cashier, FRIDAY)


def test_return_visit_needs_feedback_first(staff: Staff, unit: Unit) -> None:
    complaint = register(staff, unit)
    with pytest.raises(ValidationError, match="feedback"):
        complaints.return_visit(staff.assistant, complaint.id, Satisfaction.SATISFIED)


def test_due_list_puts_overdue_then_due_today_first(staff: Staff) -> None:
    units = list(Unit.select().where(Unit.status == UnitStatus.OCCUPIED).limit(4))
    later = register(staff, units[0], received_on=date(2026, 11, 27))  # due Tue 1 Dec
    overdue = register(staff, units[1], received_on=date(2026, 11, 24))  # due Thu 26 Nov
    today = register(staff, units[2], received_on=date(2026, 11, 25))  # due Fri 27 Nov
    answered = register(staff, units[3], received_on=date(2026, 11, 20))
    complaints.record_feedback(staff.assistant, answered.id, "已答复", date(2026, 11, 23))
    done = register(staff, units[0], received_on=date(2026, 11, 20))
    complaints.classify(staff.manager, done.id, False, "重复投诉")
    complaints.record_feedback(staff.assistant, done.id, "已答复", date(2026, 11, 23))
    complaints.close(staff.assistant, done.id)

    items = complaints.due_list(staff.assistant, FRIDAY)
    assert [i.id for i in items] == [overdue.id, today.id, later.id, answered.id]
    assert [i.urgency for i in items] == [
        Urgency.OVERDUE,
        Urgency.TODAY,
        Urgency.PENDING,
        Urgency.ANSWERED,
    ]
    assert [i.workdays_left for i in items[:3]] == [-1, 0, 2]
    assert items[0].report_overdue and not items[2].report_overdue
    assert items[0].unit_code == units[1].code and items[0].owner_name


def test_complaints_show_in_the_units_record(staff: Staff, unit: Unit) -> None:
    first = register(staff, unit, received_on=date(2026, 11, 20))
    second = register(staff, unit)
    assert [c.id for c in complaints.complaints_for_unit(staff.assistant, unit.id)] == [
        second.id,
        first.id,
    ]


def test_satisfaction_rate_counts_only_valid_answers(staff: Staff) -> None:
    S, D, N = Satisfaction.SATISFIED, Satisfaction.DISSATISFIED, Satisfaction.NO_ANSWER
    assert complaints.satisfaction_rate([S, S, S, D, N, N]) == Decimal("0.7500")
    assert complaints.satisfaction_rate([N]) is None
    assert complaints.satisfaction_rate([]) is None


def test_period_satisfaction(staff: Staff, unit: Unit) -> None:
    for answer in (Satisfaction.SATISFIED, Satisfaction.DISSATISFIED, Satisfaction.NO_ANSWER):
        complaint = register(staff, unit)
        complaints.record_feedback(staff.assistant, complaint.id, "已答复", FRIDAY)
        complaints.return_visit(staff.assistant, complaint.id, answer, on=FRIDAY)
    assert complaints.complaint_satisfaction(staff.assistant, FRIDAY, FRIDAY) == Decimal("0.5")
