"""Move-out permits (放行条): goods leaving the estate, refused while the unit owes fees.

A manager may override the refusal with a written reason; the permit keeps what was owed and
who overrode it. An issued permit is a document: its content never changes, only its status
(exited at the gate, or cancelled).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import app.services.accounts  # noqa: F401  - registers what units owe in fees
from app.clock import from_utc_text, to_local, to_utc_text, utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.models.archive import (
    Building,
    Community,
    Entrance,
    MoveOutPermit,
    PermitStatus,
    Unit,
)
from app.money import format_money, from_fen, to_fen
from app.services import audit, numbering, settings
from app.services.arrears import unit_arrears
from app.services.permissions import Actor, Cap, require
from app.services.records import required_text
from app.services.unit_facts import current_owners, get_unit, office_today
from app.validation import check_phone, normalize_plate

DOC_TYPE = "permit"
numbering.register_document_type(DOC_TYPE, "FX")

MIN_OVERRIDE_REASON = 4

STATUS_LABELS = {
    PermitStatus.ISSUED: QT_TRANSLATE_NOOP("app", "issued"),
    PermitStatus.EXITED: QT_TRANSLATE_NOOP("app", "exited"),
    PermitStatus.CANCELLED: QT_TRANSLATE_NOOP("app", "cancelled"),
}


class ArrearsOwed(ValidationError):
    """The unit owes fees: the form can offer a manager's override (reason field)."""

    def __init__(self, owed: Decimal, message: str, **params: object) -> None:
        super().__init__(message, **params)
        self.owed = owed


@dataclass(frozen=True)
class PermitDetails:
    """What the printed permit shows."""

    number: str
    status: str
    unit_code: str
    community: str
    building: str
    entrance: str
    owner_names: str
    applicant_name: str
    applicant_phone: str
    items: str
    plate: str
    planned_date: date
    arrears: Decimal
    override_by: str | None
    override_reason: str | None
    issued_by: str
    issued_at: datetime  # local time of the office
    exited_at: datetime | None
    exit_checked_by: str | None
    cancel_reason: str | None


def request_permit(
    actor: Actor,
    unit_id: str,
    applicant_name: str,
    applicant_phone: str,
    items: str,
    plate: str,
    planned_date: date,
    override_reason: str | None = None,
) -> MoveOutPermit:
    require(actor, Cap.ARCHIVE_EDIT)
    fields = _check_request(applicant_name, applicant_phone, items, plate, planned_date)
    reason = (override_reason or "").strip() or None
    with transaction():
        unit = get_unit(unit_id)
        owed = unit_arrears(unit.id)
        if owed > 0:
            _check_override(actor, unit, owed, reason)
        else:
            reason = None  # nothing to override: don't record a manager's approval
        permit = MoveOutPermit.create(
            number=numbering.next_number(DOC_TYPE, office_today().year).text,
            unit=unit.id,
            planned_date=planned_date,
            arrears_fen=to_fen(owed),
            override_by=actor.display_name if reason else None,
            override_reason=reason,
            status=PermitStatus.ISSUED,
            issued_by=actor.display_name,
            **fields,
        )
        audit.record(
            actor,
            "permit.issue",
            table="move_out_permit",
            record_id=permit.id,
            after=audit.snapshot(permit),
        )
        if reason:
            audit.record(
                actor,
                "permit.override",
                table="move_out_permit",
                record_id=permit.id,
                after={"arrears": str(owed), "override_by": actor.display_name, "reason": reason},
                detail=reason,
            )
    return permit


def _check_request(
    applicant_name: str, applicant_phone: str, items: str, plate: str, planned_date: date
) -> dict[str, str]:
    name = required_text(
        applicant_name, "applicant_name", QT_TRANSLATE_NOOP("app", "Applicant"), 40
    )
    phone = _phone(applicant_phone)
    goods = required_text(items, "items", QT_TRANSLATE_NOOP("app", "Items"), 500)
    plate = _plate(plate)
    if not isinstance(planned_date, date) or planned_date < office_today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Planned date: choose today or a later day."),
            field="planned_date",
        )
    return {"applicant_name": name, "applicant_phone": phone, "items": goods, "plate": plate}


def _phone(value: str) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    try:
        return check_phone(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Phone: enter a mainland mobile (13812345678) or landline (0755-12345678)."
            ),
            field="applicant_phone",
        ) from None


def _plate(value: str) -> str:
    """A vehicle is optional: goods may leave by hand cart."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        return normalize_plate(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Plate: enter a plate such as 粤B12345 or 粤BD12345."),
            field="plate",
        ) from None


def _check_override(actor: Actor, unit: Unit, owed: Decimal, reason: str | None) -> None:
    if reason is None:
        raise ArrearsOwed(
            owed,
            QT_TRANSLATE_NOOP(
                "app",
                "Unit {unit} owes {amount} in fees, so no move-out permit can be issued. "
                "Collect the fees first, or a manager can override with a reason.",
            ),
            field="override_reason",
            unit=unit.code,
            amount=format_money(owed),
        )
    require(actor, Cap.PERMIT_OVERRIDE)
    if len(reason) < MIN_OVERRIDE_REASON:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Override reason: write at least {n} characters on why goods may leave "
                "although the unit owes fees.",
            ),
            field="override_reason",
            n=MIN_OVERRIDE_REASON,
        )
    if len(reason) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Override reason: use at most {n} characters."),
            field="override_reason",
            n=200,
        )


def record_exit(actor: Actor, permit_id: str) -> MoveOutPermit:
    """The gate checked the goods out: the guard's copy comes back to the office."""
    require(actor, Cap.ARCHIVE_EDIT)
    with transaction():
        permit = _issued(permit_id)
        before = _status_of(permit)
        permit.status = PermitStatus.EXITED
        permit.exited_at = to_utc_text(utcnow())
        permit.exit_checked_by = actor.display_name
        permit.save()
        audit.record(
            actor,
            "permit.exit",
            table="move_out_permit",
            record_id=permit.id,
            before=before,
            after=_status_of(permit),
        )
    return permit


def cancel_permit(actor: Actor, permit_id: str, reason: str) -> MoveOutPermit:
    require(actor, Cap.ARCHIVE_EDIT)
    reason = required_text(reason, "cancel_reason", QT_TRANSLATE_NOOP("app", "Cancel reason"), 200)
    with transaction():
        permit = _issued(permit_id)
        before = _status_of(permit)
        permit.status = PermitStatus.CANCELLED
        permit.cancel_reason = reason
        permit.save()
        audit.record(
            actor,
            "permit.cancel",
            table="move_out_permit",
            record_id=permit.id,
            before=before,
            after=_status_of(permit),
            detail=reason,
        )
    return permit


def _status_of(permit: MoveOutPermit) -> dict[str, object]:
    return {
        "status": permit.status,
        "exited_at": permit.exited_at,
        "exit_checked_by": permit.exit_checked_by,
        "cancel_reason": permit.cancel_reason,
    }


def _get(permit_id: str) -> MoveOutPermit:
    permit = MoveOutPermit.get_or_none(MoveOutPermit.id == permit_id)
    if permit is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "The move-out permit {id} no longer exists."), id=permit_id
        )
    return permit


def _issued(permit_id: str) -> MoveOutPermit:
    permit = _get(permit_id)
    if permit.status != PermitStatus.ISSUED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Permit {number} is already {status}; only an issued permit can change."
            ),
            field="status",
            number=permit.number,
            status=STATUS_LABELS[permit.status],
        )
    return permit


def get_permit(actor: Actor, permit_id: str) -> MoveOutPermit:
    require(actor, Cap.ARCHIVE_VIEW)
    return _get(permit_id)


def list_permits(
    actor: Actor, unit_id: str | None = None, status: str | None = None
) -> list[MoveOutPermit]:
    require(actor, Cap.ARCHIVE_VIEW)
    query = MoveOutPermit.select()
    if unit_id:
        query = query.where(MoveOutPermit.unit == unit_id)
    if status:
        query = query.where(MoveOutPermit.status == status)
    return list(query.order_by(MoveOutPermit.number.desc()))


def permit_details(permit_id: str) -> PermitDetails:
    """For printing (reports call it; the caller already decided who may print)."""
    permit = _get(permit_id)
    unit = (
        Unit.select(Unit, Entrance, Building, Community)
        .join(Entrance)
        .join(Building)
        .join(Community)
        .where(Unit.id == permit.unit_id)
        .get()
    )
    zone = settings.get(settings.TIMEZONE)
    return PermitDetails(
        number=permit.number,
        status=permit.status,
        unit_code=unit.code,
        community=unit.entrance.building.community.name,
        building=unit.entrance.building.name,
        entrance=unit.entrance.name,
        owner_names="、".join(o.name for o in current_owners(unit)),
        applicant_name=permit.applicant_name,
        applicant_phone=permit.applicant_phone,
        items=permit.items,
        plate=permit.plate,
        planned_date=permit.planned_date,
        arrears=from_fen(permit.arrears_fen),
        override_by=permit.override_by,
        override_reason=permit.override_reason,
        issued_by=permit.issued_by,
        issued_at=to_local(permit.created_at, zone),
        exited_at=to_local(from_utc_text(permit.exited_at), zone) if permit.exited_at else None,
        exit_checked_by=permit.exit_checked_by,
        cancel_reason=permit.cancel_reason,
    )
