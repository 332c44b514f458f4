"""What the service desk must do next: complaints due today or overdue, and everything
waiting for a return visit (回访) — the 客服 page and the 工作台 both read these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import peewee as pw

from app.models.archive import Owner, Unit
from app.models.service import Complaint, ComplaintStatus, RepairOrder, RepairStatus
from app.services.complaints import DueItem, Validity, _due_item
from app.services.permissions import Actor, Cap, require
from app.services.sensitive import masked
from app.services.unit_facts import office_today


class VisitKind:
    COMPLAINT = "complaint"
    REPAIR = "repair"


@dataclass(frozen=True)
class VisitDue:
    kind: str  # complaint / repair
    id: str
    number: str
    unit_code: str
    contact: str
    phone: str  # masked: lists never show a full phone number (sensitive.py)
    done_on: date  # feedback given / work completed: the visit follows this
    summary: str


def due_complaints(actor: Actor, today: date | None = None) -> list[DueItem]:
    """Open complaints whose feedback to the owner is due today or overdue, overdue first."""
    require(actor, Cap.SERVICE_VIEW)
    today = today or office_today()
    rows = (
        Complaint.select(Complaint, Unit, Owner)
        .join(Unit, join_type=pw.JOIN.LEFT_OUTER, on=(Complaint.unit == Unit.id))
        .switch(Complaint)
        .join(Owner, join_type=pw.JOIN.LEFT_OUTER, on=(Complaint.owner == Owner.id))
        .where(
            (Complaint.status == ComplaintStatus.OPEN)
            & Complaint.feedback_on.is_null()
            & (Complaint.due_date <= today)
        )
        .order_by(Complaint.due_date, Complaint.number)
    )
    return [_due_item(row, today) for row in rows]


def repairs_awaiting_visit(actor: Actor) -> list[RepairOrder]:
    """Completed repairs whose return visit is not recorded yet, the oldest first."""
    require(actor, Cap.SERVICE_VIEW)
    return list(
        RepairOrder.select(RepairOrder, Unit)
        .join(Unit, on=(RepairOrder.unit == Unit.id))
        .where(RepairOrder.status == RepairStatus.COMPLETED)
        .order_by(RepairOrder.completed_on, RepairOrder.number)
    )


def complaints_awaiting_visit(actor: Actor) -> list[Complaint]:
    """Open complaints answered to the owner but not yet visited; an invalid one needs no
    visit (RULES.md: return visits for valid complaints)."""
    require(actor, Cap.SERVICE_VIEW)
    return list(
        Complaint.select(Complaint, Unit)
        .join(Unit, join_type=pw.JOIN.LEFT_OUTER, on=(Complaint.unit == Unit.id))
        .where(
            (Complaint.status == ComplaintStatus.OPEN)
            & Complaint.feedback_on.is_null(False)
            & Complaint.visit_on.is_null()
            & (Complaint.validity != Validity.INVALID)
        )
        .order_by(Complaint.feedback_on, Complaint.number)
    )


def visits_due(actor: Actor) -> list[VisitDue]:
    """One list of everything due a return visit, the longest-waiting first."""
    items = [
        VisitDue(
            VisitKind.COMPLAINT,
            c.id,
            c.number,
            c.unit.code if c.unit_id else "",
            c.complainant,
            masked(c.phone),
            c.feedback_on,
            c.description,
        )
        for c in complaints_awaiting_visit(actor)
    ]
    items += [
        VisitDue(
            VisitKind.REPAIR,
            r.id,
            r.number,
            r.unit.code,
            r.contact,
            masked(r.phone),
            r.completed_on,
            r.work_done or r.description,
        )
        for r in repairs_awaiting_visit(actor)
    ]
    items.sort(key=lambda v: (v.done_on, v.number))
    return items
