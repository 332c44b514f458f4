"""Service-desk figures for a date range (the monthly report and the 工作台): complaints
received, valid, handled on time, handling rate, return-visit rate, satisfaction rate;
repairs by status and category with the average days to complete; incidents.

Definitions (RULES.md, service desk; manual 三 3.6–3.9, 4.3):
- counted by the day of receipt (complaints, repairs) or occurrence (incidents) in the range;
- on time = feedback to the owner on or before its 2-working-day deadline;
- handling rate (有效投诉处理率) = valid complaints with feedback ÷ valid complaints;
- return-visit rate = visited ÷ due a visit (valid complaints answered, repairs completed);
- satisfaction rate = satisfied ÷ valid answers of the return visits made in the range.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import peewee as pw

from app.models.service import Complaint, RepairOrder, RepairStatus
from app.models.service_more import Incident
from app.services.complaints import Satisfaction, Validity
from app.services.permissions import Actor, Cap, require


@dataclass(frozen=True)
class ServiceFigures:
    start: date
    end: date
    complaints: int
    valid: int
    invalid: int
    unclassified: int
    on_time: int
    late: int  # feedback after the deadline, or none and the deadline passed
    handled_valid: int
    visits_due: int
    visited: int
    satisfied: int
    satisfaction_answers: int
    repairs: int
    repairs_by_status: dict[str, int] = field(default_factory=dict)
    repairs_by_category: dict[str, int] = field(default_factory=dict)
    average_days_to_complete: Decimal | None = None
    incidents: int = 0
    incidents_reported_on_time: int = 0

    @property
    def handling_rate(self) -> Decimal | None:
        return _rate(self.handled_valid, self.valid)

    @property
    def on_time_rate(self) -> Decimal | None:
        return _rate(self.on_time, self.on_time + self.late)

    @property
    def visit_rate(self) -> Decimal | None:
        return _rate(self.visited, self.visits_due)

    @property
    def satisfaction_rate(self) -> Decimal | None:
        return _rate(self.satisfied, self.satisfaction_answers)


def _rate(part: int, whole: int) -> Decimal | None:
    if whole == 0:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"))


def _count(condition: pw.Expression) -> pw.Function:
    return pw.fn.COALESCE(pw.fn.SUM(pw.Case(None, [(condition, 1)], 0)), 0)


def _complaint_counts(start: date, end: date, today: date) -> dict[str, int]:
    c = Complaint
    answered = c.feedback_on.is_null(False)
    valid = c.validity == Validity.VALID
    row = (
        c.select(
            pw.fn.COUNT(c.id).alias("complaints"),
            _count(valid).alias("valid"),
            _count(c.validity == Validity.INVALID).alias("invalid"),
            _count(c.validity == "").alias("unclassified"),
            _count(answered & (c.feedback_on <= c.due_date)).alias("on_time"),
            _count(
                (answered & (c.feedback_on > c.due_date))
                | (c.feedback_on.is_null() & (c.due_date < today))
            ).alias("late"),
            _count(valid & answered).alias("handled_valid"),
            _count(valid & answered & c.visit_on.is_null(False)).alias("visited"),
        )
        .where(c.received_on.between(start, end))
        .dicts()
        .get()
    )
    return {key: int(value or 0) for key, value in row.items()}


def _repair_counts(start: date, end: date) -> tuple[dict[str, int], dict[str, int], Decimal | None]:
    r = RepairOrder
    in_range = r.received_on.between(start, end)
    by_status = {
        s: n
        for s, n in r.select(r.status, pw.fn.COUNT(r.id))
        .where(in_range)
        .group_by(r.status)
        .tuples()
    }
    by_category = {
        k: n
        for k, n in r.select(r.category, pw.fn.COUNT(r.id))
        .where(in_range)
        .group_by(r.category)
        .tuples()
    }
    days = (
        r.select(
            pw.fn.SUM(pw.fn.julianday(r.completed_on) - pw.fn.julianday(r.received_on)),
            pw.fn.COUNT(r.id),
        )
        .where(in_range & r.completed_on.is_null(False))
        .tuples()
        .get()
    )
    average = None
    if days[1]:
        average = (Decimal(str(days[0])) / Decimal(days[1])).quantize(Decimal("0.1"))
    return by_status, by_category, average


def _repair_visits(start: date, end: date) -> tuple[int, int]:
    r = RepairOrder
    done = (RepairStatus.COMPLETED, RepairStatus.VISITED, RepairStatus.CLOSED)
    due, visited = (
        r.select(pw.fn.COUNT(r.id), _count(r.visit_on.is_null(False)))
        .where(r.received_on.between(start, end) & r.status.in_(done))
        .tuples()
        .get()
    )
    return int(due or 0), int(visited or 0)


def _satisfaction(start: date, end: date) -> tuple[int, int]:
    answers = (Satisfaction.SATISFIED, Satisfaction.DISSATISFIED)
    satisfied = total = 0
    for model in (Complaint, RepairOrder):
        rows = (
            model.select(model.satisfaction, pw.fn.COUNT(model.id))
            .where(model.visit_on.between(start, end) & model.satisfaction.in_(answers))
            .group_by(model.satisfaction)
            .tuples()
        )
        for answer, n in rows:
            total += n
            satisfied += n if answer == Satisfaction.SATISFIED else 0
    return satisfied, total


def _incidents(start: date, end: date) -> tuple[int, int]:
    i = Incident
    total, on_time = (
        i.select(
            pw.fn.COUNT(i.id),
            _count(i.reported_on.is_null(False) & (i.reported_on <= i.report_due)),
        )
        .where(i.occurred_on.between(start, end))
        .tuples()
        .get()
    )
    return int(total or 0), int(on_time or 0)


def service_figures(actor: Actor, start: date, end: date, today: date) -> ServiceFigures:
    """The range's figures; `today` decides which unanswered complaints are already late."""
    require(actor, Cap.SERVICE_VIEW)
    counts = _complaint_counts(start, end, today)
    by_status, by_category, average = _repair_counts(start, end)
    repairs_due, repairs_visited = _repair_visits(start, end)
    satisfied, answers = _satisfaction(start, end)
    incidents, reported = _incidents(start, end)
    return ServiceFigures(
        start=start,
        end=end,
        complaints=counts["complaints"],
        valid=counts["valid"],
        invalid=counts["invalid"],
        unclassified=counts["unclassified"],
        on_time=counts["on_time"],
        late=counts["late"],
        handled_valid=counts["handled_valid"],
        visits_due=counts["handled_valid"] + repairs_due,
        visited=counts["visited"] + repairs_visited,
        satisfied=satisfied,
        satisfaction_answers=answers,
        repairs=sum(by_status.values()),
        repairs_by_status=by_status,
        repairs_by_category=by_category,
        average_days_to_complete=average,
        incidents=incidents,
        incidents_reported_on_time=reported,
    )
