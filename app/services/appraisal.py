"""岗位考核 / 绩效考核 (staff appraisal): per staff member and month, figures counted from the
records — complaints fed back on time (2 working days), return visits of valid complaints,
repairs completed on time, the collection rate of the buildings they look after, receipts
voided — and the manager's scores of the post standards, weighted to a total out of 100.

Each figure becomes a score 0..100: a rate scores its percentage; each voided receipt costs
VOID_PENALTY points. A figure with nothing to count (no complaints that month) is left out
and the other weights share its place, so nobody gains or loses by having no cases.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from app.clock import utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.affairs import Appraisal, AppraisalStatus, StaffBuilding
from app.models.archive import Entrance, Unit
from app.models.auth import User
from app.models.billing import Charge, Receipt, ReceiptVoid
from app.models.service import Complaint, RepairOrder, RepairStatus
from app.money import from_fen
from app.services import audit
from app.services.accounts import fen_sum
from app.services.periods import parse_period
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, optional_text
from app.workdays import add_workdays

REPAIR_WORKDAYS = 3  # a repair is on time when completed within 3 working days of receipt
VOID_PENALTY = 20
HUNDRED = Decimal(100)

# Weights out of 100: figures from the records, then the post standards the manager scores
# (客户服务部岗位考核标准: appearance, attitude, discipline, records kept).
WEIGHTS: dict[str, int] = {
    "feedback": 20,
    "return_visits": 15,
    "repairs": 15,
    "collection": 20,
    "voids": 10,
    "appearance": 5,
    "attitude": 5,
    "discipline": 5,
    "records": 5,
}
MANUAL = ("appearance", "attitude", "discipline", "records")
ITEM_LABELS = {
    "feedback": QT_TRANSLATE_NOOP("app", "Complaints fed back within 2 working days"),
    "return_visits": QT_TRANSLATE_NOOP("app", "Valid complaints visited back"),
    "repairs": QT_TRANSLATE_NOOP("app", "Repairs completed within 3 working days"),
    "collection": QT_TRANSLATE_NOOP("app", "Collection rate of their buildings"),
    "voids": QT_TRANSLATE_NOOP("app", "Receipts voided"),
    "appearance": QT_TRANSLATE_NOOP("app", "Appearance and manners"),
    "attitude": QT_TRANSLATE_NOOP("app", "Service attitude"),
    "discipline": QT_TRANSLATE_NOOP("app", "Work discipline"),
    "records": QT_TRANSLATE_NOOP("app", "Files and records"),
}


@dataclass(frozen=True)
class Figures:
    """What the records say about one person's month."""

    complaints: int = 0
    complaints_on_time: int = 0
    valid_complaints: int = 0
    visited: int = 0
    repairs: int = 0
    repairs_on_time: int = 0
    billed: Decimal = Decimal("0.00")
    settled: Decimal = Decimal("0.00")
    voids: int = 0


@dataclass(frozen=True)
class Scored:
    figures: Figures
    scores: dict[str, Decimal | None] = field(default_factory=dict)  # None = not counted
    total: Decimal = Decimal("0.00")


def _rate(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole) * HUNDRED).quantize(Decimal("0.01"), ROUND_HALF_UP)


def score(figures: Figures, manual: dict[str, Decimal | int | str]) -> Scored:
    """Scores per item and the weighted total (two decimals, half up)."""
    scores: dict[str, Decimal | None] = {
        "feedback": _rate(figures.complaints_on_time, figures.complaints),
        "return_visits": _rate(figures.visited, figures.valid_complaints),
        "repairs": _rate(figures.repairs_on_time, figures.repairs),
        "collection": _rate(figures.settled, figures.billed),
        "voids": max(Decimal(0), HUNDRED - VOID_PENALTY * figures.voids),
    }
    for item in MANUAL:
        scores[item] = _manual(item, manual.get(item))
    counted = {k: v for k, v in scores.items() if v is not None}
    weight = sum(WEIGHTS[k] for k in counted)
    total = sum((WEIGHTS[k] * v for k, v in counted.items()), Decimal(0)) / weight
    return Scored(figures, scores, total.quantize(Decimal("0.01"), ROUND_HALF_UP))


def _manual(item: str, value: object) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except (ArithmeticError, ValueError):
        number = Decimal(-1)
    if not Decimal(0) <= number <= HUNDRED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: give a score from 0 to 100."),
            field=item,
            label=ITEM_LABELS[item],
        )
    return number


def figures_of(user: User, period: str) -> Figures:
    first, last = parse_period(period)
    in_month = Complaint.received_on.between(first, last)
    complaints = list(
        Complaint.select().where((Complaint.receiver == user.display_name) & in_month)
    )
    on_time = sum(1 for c in complaints if c.feedback_on and c.feedback_on <= c.due_date)
    valid = [c for c in complaints if c.validity == "valid"]
    repairs = [
        r
        for r in RepairOrder.select().where(
            (RepairOrder.receiver == user.display_name)
            & RepairOrder.received_on.between(first, last)
            & (RepairOrder.status != RepairStatus.CANCELLED)
        )
    ]
    repairs_on_time = sum(
        1
        for r in repairs
        if r.completed_on and r.completed_on <= add_workdays(r.received_on, REPAIR_WORKDAYS)
    )
    billed, settled = _collection(user, period)
    voids = (
        ReceiptVoid.select()
        .join(Receipt)
        .where((Receipt.cashier_id == user.id) & ReceiptVoid.business_date.between(first, last))
        .count()
    )
    return Figures(
        len(complaints), on_time, len(valid), sum(1 for c in valid if c.visit_on),
        len(repairs), repairs_on_time, billed, settled, voids,
    )  # fmt: skip


def _collection(user: User, period: str) -> tuple[Decimal, Decimal]:
    """The month's charges of the units in the person's buildings, and how much is settled."""
    buildings = StaffBuilding.select(StaffBuilding.building).where(StaffBuilding.user == user)
    billed, settled = (
        Charge.select(fen_sum(Charge.amount), fen_sum(Charge.settled))
        .join(Unit)
        .join(Entrance)
        .where((Charge.period == period) & Entrance.building.in_(buildings))
        .tuples()
        .get()
    )
    return from_fen(int(billed)), from_fen(int(settled))


def assign_buildings(actor: Actor, user_id: str, building_ids: list[str]) -> None:
    """The buildings a staff member looks after, replacing the earlier list."""
    require(actor, Cap.APPRAISAL_MANAGE)
    with transaction():
        user = get_or_fail(User, user_id)
        StaffBuilding.delete().where(StaffBuilding.user == user).execute()
        for building_id in dict.fromkeys(building_ids):
            StaffBuilding.create(user=user, building=building_id)
        audit.record(actor, "appraisal.buildings", table="app_user", record_id=user.id,
                     after={"buildings": building_ids})  # fmt: skip


def buildings_of(actor: Actor, user_id: str) -> list[str]:
    require(actor, Cap.APPRAISAL_MANAGE)
    return [s.building_id for s in StaffBuilding.select().where(StaffBuilding.user == user_id)]


def preview(actor: Actor, user_id: str, period: str, manual: dict[str, object]) -> Scored:
    """The figures and scores as they would be saved now."""
    require(actor, Cap.APPRAISAL_MANAGE)
    return score(figures_of(get_or_fail(User, user_id), period), manual)  # type: ignore[arg-type]


def save_appraisal(
    actor: Actor, user_id: str, period: str, manual: dict[str, object], note: str = ""
) -> Appraisal:
    """Counts the figures now and keeps them with the manager's scores; a draft may be
    saved again (the figures are counted afresh), a confirmed one never changes."""
    require(actor, Cap.APPRAISAL_MANAGE)
    note = optional_text(note, "note", QT_TRANSLATE_NOOP("app", "Note"), 500)
    with transaction():
        user = get_or_fail(User, user_id)
        scored = score(figures_of(user, period), manual)  # type: ignore[arg-type]
        row = Appraisal.get_or_none((Appraisal.user == user) & (Appraisal.period == period))
        if row is not None and row.status == AppraisalStatus.CONFIRMED:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "The appraisal of {name} for {period} is confirmed already."
                ),
                field="status",
                name=user.display_name,
                period=period,
            )
        values = _values(user, period, scored, note, actor)
        if row is None:
            row = Appraisal.create(**values)
        else:
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
        audit.record(actor, "appraisal.save", table="appraisal", record_id=row.id,
                     after={"period": period, "total": str(scored.total)})  # fmt: skip
    return row


def _values(user: User, period: str, scored: Scored, note: str, actor: Actor) -> dict:
    f = scored.figures
    manual = {k: str(scored.scores[k]) for k in MANUAL}
    return {
        "user": user, "display_name": user.display_name, "period": period,
        "complaints": f.complaints, "complaints_on_time": f.complaints_on_time,
        "valid_complaints": f.valid_complaints, "visited": f.visited, "repairs": f.repairs,
        "repairs_on_time": f.repairs_on_time, "billed": f.billed, "settled": f.settled,
        "voids": f.voids, "manual": json.dumps(manual), "total": scored.total, "note": note,
        "scored_by": actor.display_name,
    }  # fmt: skip


def confirm_appraisal(actor: Actor, appraisal_id: str) -> Appraisal:
    require(actor, Cap.APPRAISAL_MANAGE)
    with transaction():
        row = get_or_fail(Appraisal, appraisal_id)
        if row.status == AppraisalStatus.CONFIRMED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "This appraisal is confirmed already."), field="status"
            )
        row.status = AppraisalStatus.CONFIRMED
        row.confirmed_by = actor.display_name
        row.confirmed_at = utcnow()
        row.save()
        audit.record(actor, "appraisal.confirm", table="appraisal", record_id=row.id)
    return row


@dataclass(frozen=True)
class AppraisalRow:
    """One line of the month's sheet (the tab's table and the XLSX export)."""

    id: str
    display_name: str
    period: str
    scores: dict[str, Decimal | None]
    total: Decimal
    status: str
    confirmed_by: str
    figures: Figures


def month_sheet(actor: Actor, period: str) -> list[AppraisalRow]:
    require(actor, Cap.APPRAISAL_MANAGE)
    parse_period(period)
    rows = []
    for a in Appraisal.select().where(Appraisal.period == period).order_by(Appraisal.display_name):
        figures = Figures(
            a.complaints, a.complaints_on_time, a.valid_complaints, a.visited, a.repairs,
            a.repairs_on_time, a.billed, a.settled, a.voids,
        )  # fmt: skip
        scored = score(figures, json.loads(a.manual))
        rows.append(AppraisalRow(a.id, a.display_name, a.period, scored.scores, a.total,
                                 a.status, a.confirmed_by, figures))  # fmt: skip
    return rows


def staff(actor: Actor) -> list[tuple[str, str]]:
    """Active accounts as (id, display name), to appraise."""
    require(actor, Cap.APPRAISAL_MANAGE)
    return [
        (u.id, u.display_name)
        for u in User.select().where(User.is_active).order_by(User.display_name)
    ]
