"""物业装修管理 (renovations): application, the manager's approval (which raises the deposit
and fees as charges of the unit, collected at the fees counter), the permit (装修许可证) once
they are paid — the unit shows 装修中 from then on — inspections with violations, completion
acceptance (the unit's status comes back), and the overdue list. The deposit's settlement
lives in app.services.renovation_deposit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import peewee as pw

from app.clock import utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.affairs import (
    Renovation,
    RenovationCharge,
    RenovationInspection,
    RenovationStatus,
)
from app.models.archive import Owner, Unit, UnitStatus
from app.models.billing import Charge, ChargeKind, FeeItem, FeeKind
from app.money import format_money
from app.services import audit, numbering
from app.services.fees import rate_on
from app.services.periods import period_of
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, money_amount, optional_text, required_text
from app.services.unit_facts import check_not_future, get_unit, office_today, pick_owner

numbering.register_document_type("renovation", "ZX")
numbering.register_document_type("renovation_permit", "XK")

MAX_DAYS = 180  # an application longer than half a year is a typing error
OPEN = (RenovationStatus.APPLIED, RenovationStatus.APPROVED, RenovationStatus.IN_PROGRESS)


@dataclass(frozen=True)
class Application:
    unit_id: str
    applicant: str
    contractor: str
    scope: str
    planned_start: date
    planned_end: date
    phone: str = ""
    contractor_phone: str = ""
    site_manager: str = ""
    workers: str = ""  # one name per line
    owner_id: str | None = None
    applied_on: date | None = None


@dataclass(frozen=True)
class ChargeLine:
    fee_item_id: str
    amount: Decimal | str


@dataclass(frozen=True)
class RenovationCharges:
    charges: list[Charge]
    due: Decimal  # still to pay

    @property
    def paid(self) -> bool:
        return bool(self.charges) and self.due <= 0


def _text(value: str, field: str, label: str, max_len: int, required: bool = True) -> str:
    if required:
        return required_text(value, field, label, max_len)
    return optional_text(value, field, label, max_len)


def _check_dates(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Planned end: it cannot be before the planned start."),
            field="planned_end",
        )
    if (end - start).days > MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Planned end: a renovation may be planned for {n} days at most."
            ),
            field="planned_end",
            n=MAX_DAYS,
        )


def apply_renovation(actor: Actor, data: Application) -> Renovation:
    """装修申请: one open renovation per unit."""
    require(actor, Cap.AFFAIRS_EDIT)
    applicant = _text(data.applicant, "applicant", QT_TRANSLATE_NOOP("app", "Applicant"), 40)
    contractor = _text(data.contractor, "contractor", QT_TRANSLATE_NOOP("app", "Contractor"), 80)
    scope = _text(data.scope, "scope", QT_TRANSLATE_NOOP("app", "Scope of works"), 1000)
    phone = _text(data.phone, "phone", QT_TRANSLATE_NOOP("app", "Phone"), 40, False)
    c_phone = _text(
        data.contractor_phone,
        "contractor_phone",
        QT_TRANSLATE_NOOP("app", "Contractor's phone"),
        40,
        False,
    )
    manager = _text(
        data.site_manager, "site_manager", QT_TRANSLATE_NOOP("app", "Site manager"), 40, False
    )
    workers = "\n".join(w.strip() for w in data.workers.splitlines() if w.strip())
    _text(workers, "workers", QT_TRANSLATE_NOOP("app", "Workers"), 2000, False)
    _check_dates(data.planned_start, data.planned_end)
    day = data.applied_on or office_today()
    check_not_future(day, "applied_on", QT_TRANSLATE_NOOP("app", "Applied on"))
    if not data.unit_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Unit: choose the unit to be renovated."), field="unit_id"
        )
    with transaction():
        unit = get_unit(data.unit_id)
        owner = pick_owner(unit, data.owner_id)
        if (
            Renovation.select()
            .where((Renovation.unit == unit) & Renovation.status.in_(OPEN))
            .exists()
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "Unit: {unit} already has a renovation under way; finish that one first."
                ),
                field="unit_id",
                unit=unit.code,
            )
        number = numbering.next_number("renovation", day.year)
        row = Renovation.create(
            number=number.text, unit=unit, owner=owner, applicant=applicant, phone=phone,
            contractor=contractor, contractor_phone=c_phone, site_manager=manager,
            workers=workers, scope=scope, planned_start=data.planned_start,
            planned_end=data.planned_end, applied_on=day, received_by=actor.display_name,
        )  # fmt: skip
        audit.record(actor, "renovation.apply", table="renovation", record_id=row.id,
                     after={"number": row.number, "unit": unit.code})  # fmt: skip
    return row


def _status(row: Renovation, *allowed: str) -> None:
    if row.status not in allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Renovation {number} is not at the step for this; refresh the list."
            ),
            field="status",
            number=row.number,
        )


@dataclass(frozen=True)
class FeeChoice:
    id: str
    name: str
    is_deposit: bool
    price: Decimal  # today's rate: the amount an approval proposes


def renovation_fee_items(actor: Actor) -> list[FeeChoice]:
    """The fee items an approval can raise: deposits first, then one-off charges."""
    require(actor, Cap.AFFAIRS_VIEW)
    items = (
        FeeItem.select()
        .where(FeeItem.active & FeeItem.kind.in_((FeeKind.DEPOSIT, FeeKind.ONE_OFF)))
        .order_by(FeeItem.sort_order)
    )
    today = office_today()
    choices = [
        FeeChoice(i.id, i.name, i.kind == FeeKind.DEPOSIT, rate_on(i.id, today) or Decimal("0.00"))
        for i in items
    ]
    return sorted(choices, key=lambda c: not c.is_deposit)


def approve_renovation(
    actor: Actor, renovation_id: str, lines: list[ChargeLine], note: str = ""
) -> Renovation:
    """批准 (manager): raises the deposit and the fees as the unit's charges."""
    require(actor, Cap.RENOVATION_APPROVE)
    note = optional_text(note, "note", QT_TRANSLATE_NOOP("app", "Note"), 200)
    with transaction():
        row = get_or_fail(Renovation, renovation_id)
        _status(row, RenovationStatus.APPLIED)
        charges = _raise_charges(row, lines)
        row.deposit_charge = next(c for c in charges if c.kind == ChargeKind.DEPOSIT)
        row.status = RenovationStatus.APPROVED
        row.decided_by = actor.display_name
        row.decided_at = utcnow()
        row.decision_note = note
        row.save()
        audit.record(actor, "renovation.approve", table="renovation", record_id=row.id,
                     after={"charges": [str(c.amount) for c in charges]})  # fmt: skip
    return row


def _raise_charges(row: Renovation, lines: list[ChargeLine]) -> list[Charge]:
    items = {
        i.id: i for i in FeeItem.select().where(FeeItem.id.in_([ln.fee_item_id for ln in lines]))
    }
    kinds = [items[ln.fee_item_id].kind if ln.fee_item_id in items else None for ln in lines]
    if kinds.count(FeeKind.DEPOSIT) != 1 or any(
        k not in (FeeKind.DEPOSIT, FeeKind.ONE_OFF) for k in kinds
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Charges: add exactly one deposit (装修押金) and any one-off fees; "
                "set the fee items up under Fees → Fee items.",
            ),
            field="charges",
        )
    day = office_today()
    charges = []
    for line, kind in zip(lines, kinds, strict=True):
        amount = money_amount(line.amount, "charges", QT_TRANSLATE_NOOP("app", "Amount"))
        charge = Charge.create(
            unit=row.unit_id, fee_item=line.fee_item_id,
            kind=ChargeKind.DEPOSIT if kind == FeeKind.DEPOSIT else ChargeKind.ONE_OFF,
            period=period_of(day), period_start=day, period_end=day, due_date=day,
            quantity=Decimal(1), unit_price=amount, amount=amount,
            description=f"{items[line.fee_item_id].name}（装修 {row.number}）",
        )  # fmt: skip
        RenovationCharge.create(renovation=row, charge=charge)
        charges.append(charge)
    return charges


def reject_renovation(actor: Actor, renovation_id: str, reason: str) -> Renovation:
    require(actor, Cap.RENOVATION_APPROVE)
    reason = required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Reason"), 200)
    with transaction():
        row = get_or_fail(Renovation, renovation_id)
        _status(row, RenovationStatus.APPLIED)
        row.status = RenovationStatus.REJECTED
        row.decided_by = actor.display_name
        row.decided_at = utcnow()
        row.decision_note = reason
        row.save()
        audit.record(
            actor, "renovation.reject", table="renovation", record_id=row.id, detail=reason
        )
    return row


def charges_of(renovation_id: str) -> RenovationCharges:
    charges = list(
        Charge.select()
        .join(RenovationCharge, on=(RenovationCharge.charge == Charge.id))
        .where(RenovationCharge.renovation == renovation_id)
        .order_by(Charge.created_at)
    )
    due = sum((c.amount - c.settled for c in charges), Decimal("0.00"))
    return RenovationCharges(charges, due)


def issue_permit(actor: Actor, renovation_id: str, issued_on: date | None = None) -> Renovation:
    """装修许可证: only once the deposit and fees are paid; the unit becomes 装修中."""
    require(actor, Cap.AFFAIRS_EDIT)
    day = issued_on or office_today()
    check_not_future(day, "permit_issued_on", QT_TRANSLATE_NOOP("app", "Permit date"))
    with transaction():
        row = get_or_fail(Renovation, renovation_id)
        _status(row, RenovationStatus.APPROVED)
        due = charges_of(row.id).due
        if due > 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Permit: {amount} of the deposit and fees is not paid yet; collect it first.",
                ),
                field="charges",
                amount=format_money(due),
            )
        unit = Unit.get_by_id(row.unit_id)
        row.permit_number = numbering.next_number("renovation_permit", day.year).text
        row.permit_issued_on = day
        row.previous_status = unit.status
        row.status = RenovationStatus.IN_PROGRESS
        row.save()
        _set_unit_status(actor, unit, UnitStatus.DECORATING)
        audit.record(actor, "renovation.permit", table="renovation", record_id=row.id,
                     after={"permit": row.permit_number})  # fmt: skip
    return row


def _set_unit_status(actor: Actor, unit: Unit, status: str) -> None:
    if unit.status == status:
        return
    before = unit.status
    Unit.update(status=status).where(Unit.id == unit.id).execute()
    audit.record(actor, "unit.status", table="unit", record_id=unit.id,
                 before={"status": before}, after={"status": status})  # fmt: skip


def record_inspection(
    actor: Actor,
    renovation_id: str,
    *,
    findings: str,
    violation: str = "",
    rectify_by: date | None = None,
    inspected_on: date | None = None,
) -> RenovationInspection:
    """巡查: what was seen; a violation needs a date to put it right by."""
    require(actor, Cap.AFFAIRS_EDIT)
    findings = required_text(findings, "findings", QT_TRANSLATE_NOOP("app", "Findings"), 1000)
    violation = optional_text(violation, "violation", QT_TRANSLATE_NOOP("app", "Violation"), 500)
    day = inspected_on or office_today()
    check_not_future(day, "inspected_on", QT_TRANSLATE_NOOP("app", "Inspected on"))
    if violation and (rectify_by is None or rectify_by < day):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Put right by: a violation needs a date on or after the inspection."
            ),
            field="rectify_by",
        )
    with transaction():
        row = get_or_fail(Renovation, renovation_id)
        _status(row, RenovationStatus.IN_PROGRESS)
        inspection = RenovationInspection.create(
            renovation=row, inspected_on=day, inspector=actor.display_name, findings=findings,
            violation=violation, rectify_by=rectify_by if violation else None,
        )  # fmt: skip
        audit.record(actor, "renovation.inspect", table="renovation_inspection",
                     record_id=inspection.id, detail=violation or None)  # fmt: skip
    return inspection


def mark_rectified(
    actor: Actor, inspection_id: str, rectified_on: date | None = None
) -> RenovationInspection:
    require(actor, Cap.AFFAIRS_EDIT)
    day = rectified_on or office_today()
    check_not_future(day, "rectified_on", QT_TRANSLATE_NOOP("app", "Put right on"))
    with transaction():
        inspection = get_or_fail(RenovationInspection, inspection_id)
        if not inspection.violation or inspection.rectified_on is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "This inspection has no open violation."),
                field="violation",
            )
        inspection.rectified_on = max(day, inspection.inspected_on)
        inspection.save()
        audit.record(actor, "renovation.rectified", table="renovation_inspection",
                     record_id=inspection.id)  # fmt: skip
    return inspection


def open_violations(renovation_id: str) -> list[RenovationInspection]:
    return list(
        RenovationInspection.select().where(
            (RenovationInspection.renovation == renovation_id)
            & (RenovationInspection.violation != "")
            & RenovationInspection.rectified_on.is_null()
        )
    )


def accept_completion(
    actor: Actor, renovation_id: str, note: str, accepted_on: date | None = None
) -> Renovation:
    """竣工验收 (manager): no violation may be open; the unit's status comes back."""
    require(actor, Cap.RENOVATION_APPROVE)
    note = required_text(note, "note", QT_TRANSLATE_NOOP("app", "Acceptance note"), 500)
    day = accepted_on or office_today()
    check_not_future(day, "accepted_on", QT_TRANSLATE_NOOP("app", "Accepted on"))
    with transaction():
        row = get_or_fail(Renovation, renovation_id)
        _status(row, RenovationStatus.IN_PROGRESS)
        if open_violations(row.id):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "Acceptance: violations are still open; record them put right first."
                ),
                field="violation",
            )
        row.status = RenovationStatus.ACCEPTED
        row.accepted_on = day
        row.accepted_by = actor.display_name
        row.acceptance_note = note
        row.save()
        unit = Unit.get_by_id(row.unit_id)
        if unit.status == UnitStatus.DECORATING:  # someone may have changed it meanwhile
            _set_unit_status(actor, unit, row.previous_status or UnitStatus.OCCUPIED)
        audit.record(actor, "renovation.accept", table="renovation", record_id=row.id, detail=note)
    return row


RENOVATION_SORT = {
    "number": Renovation.number,
    "unit_code": Unit.code,
    "planned_end": Renovation.planned_end,
    "status": Renovation.status,
}


def renovations_query(actor: Actor) -> pw.ModelSelect:
    require(actor, Cap.AFFAIRS_VIEW)
    violations = RenovationInspection.select(pw.fn.COUNT(RenovationInspection.id)).where(
        (RenovationInspection.renovation == Renovation.id) & (RenovationInspection.violation != "")
    )
    return (
        Renovation.select(
            Renovation.id,
            Renovation.number,
            Unit.code.alias("unit_code"),
            Owner.name.alias("owner_name"),
            Renovation.contractor,
            Renovation.planned_start,
            Renovation.planned_end,
            Renovation.status,
            Renovation.permit_number,
            Renovation.accepted_on,
            violations.alias("violations"),
        )
        .join(Unit, on=(Renovation.unit == Unit.id))
        .switch(Renovation)
        .join(Owner, pw.JOIN.LEFT_OUTER, on=(Renovation.owner == Owner.id))
        .order_by(Renovation.number.desc())
    )


def filter_renovations(
    query: pw.ModelSelect, text: str = "", status: str = "", overdue_on: date | None = None
) -> pw.ModelSelect:
    text = text.strip()
    if text:
        query = query.where(Unit.code.startswith(text) | Renovation.number.contains(text.upper()))
    if status:
        query = query.where(Renovation.status == status)
    if overdue_on is not None:
        query = query.where(_overdue(overdue_on))
    return query


def _overdue(today: date) -> pw.Expression:
    return (Renovation.status == RenovationStatus.IN_PROGRESS) & (Renovation.planned_end < today)


def overdue_renovations(actor: Actor, today: date | None = None) -> list[Renovation]:
    """Works still running after their planned end, the longest overdue first."""
    require(actor, Cap.AFFAIRS_VIEW)
    return list(
        Renovation.select()
        .where(_overdue(today or office_today()))
        .order_by(Renovation.planned_end, Renovation.number)
    )


def get_renovation(actor: Actor, renovation_id: str) -> Renovation:
    require(actor, Cap.AFFAIRS_VIEW)
    return get_or_fail(Renovation, renovation_id)


def inspections_of(actor: Actor, renovation_id: str) -> list[RenovationInspection]:
    require(actor, Cap.AFFAIRS_VIEW)
    return list(
        RenovationInspection.select()
        .where(RenovationInspection.renovation == renovation_id)
        .order_by(RenovationInspection.inspected_on, RenovationInspection.id)
    )


@dataclass(frozen=True)
class PermitDetails:
    """What the permit posted at the door prints."""

    permit_number: str
    renovation_number: str
    unit_code: str
    owner_name: str
    applicant: str
    phone: str
    contractor: str
    contractor_phone: str
    site_manager: str
    workers: list[str]
    scope: str
    planned_start: date
    planned_end: date
    issued_on: date
    approved_by: str


def permit_details(renovation_id: str) -> PermitDetails:
    """For printing (reports call it; the caller already decided who may print)."""
    row = get_or_fail(Renovation, renovation_id)
    if not row.permit_number:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Renovation {number} has no permit yet."),
            field="status",
            number=row.number,
        )
    owner = Owner.get_or_none(Owner.id == row.owner_id)
    return PermitDetails(
        permit_number=row.permit_number,
        renovation_number=row.number,
        unit_code=Unit.get_by_id(row.unit_id).code,
        owner_name=owner.name if owner else "",
        applicant=row.applicant,
        phone=row.phone,
        contractor=row.contractor,
        contractor_phone=row.contractor_phone,
        site_manager=row.site_manager,
        workers=[w for w in row.workers.splitlines() if w],
        scope=row.scope,
        planned_start=row.planned_start,
        planned_end=row.planned_end,
        issued_on=row.permit_issued_on,
        approved_by=row.decided_by,
    )
