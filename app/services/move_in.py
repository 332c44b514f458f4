"""Move-in (入伙): handing a unit to its owner — keys, meter readings, documents signed.

One handover per unit. It sets the unit's handover date, from which the fees module bills.
Forms are final; a mistake is corrected by a new form that names the one it corrects.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.models.archive import (
    Building,
    Community,
    Entrance,
    Handover,
    Owner,
    Unit,
    UnitStatus,
)
from app.services import audit, numbering
from app.services.permissions import Actor, Cap, require
from app.services.records import optional_text, required_text
from app.services.unit_facts import check_not_future, get_unit, office_today, pick_owner

DOC_TYPE = "handover"
numbering.register_document_type(DOC_TYPE, "RH")

# The documents an owner signs at 入伙 (the handover form prints them as a checklist).
STANDARD_CHECKLIST = (
    "《入伙通知书》",
    "《业主临时公约》",
    "《前期物业服务合同》",
    "《房屋质量保证书》",
    "《住宅使用说明书》",
    "《钥匙移交清单》",
    "《装修管理规定》",
)
MAX_KEYS = 99
MAX_READING = Decimal("99999999.99")
CENT = Decimal("0.01")
MAX_CHECKLIST_ITEM = 60
_KEEPS_STATUS = (UnitStatus.RENTED, UnitStatus.DECORATING)

_READING_LABELS = {
    "water_reading": QT_TRANSLATE_NOOP("app", "Water meter reading"),
    "electricity_reading": QT_TRANSLATE_NOOP("app", "Electricity meter reading"),
    "gas_reading": QT_TRANSLATE_NOOP("app", "Gas meter reading"),
}


@dataclass(frozen=True)
class HandoverDetails:
    """What the handover form prints."""

    number: str
    unit_code: str
    community: str
    building: str
    entrance: str
    gross_area: Decimal
    owner_name: str
    owner_phone: str
    handover_date: date
    keys_handed: int
    key_notes: str
    water_reading: Decimal | None
    electricity_reading: Decimal | None
    gas_reading: Decimal | None
    checklist: list[str]
    handled_by: str
    remarks: str
    corrects_number: str = ""  # a correction: the form it corrects, and why
    correction_reason: str = ""


@dataclass(frozen=True)
class HandoverInput:
    """What the clerk fills in on a 入伙 form (a first form or a correction)."""

    handover_date: date
    owner_id: str | None = None
    keys_handed: int = 0
    key_notes: str = ""
    water_reading: Decimal | str | int | None = None
    electricity_reading: Decimal | str | int | None = None
    gas_reading: Decimal | str | int | None = None
    checklist: list[str] | tuple[str, ...] = ()
    remarks: str = ""


def record_handover(actor: Actor, unit_id: str, form: HandoverInput) -> Handover:
    require(actor, Cap.ARCHIVE_EDIT)
    fields = _checked_form(form)
    with transaction():
        unit = get_unit(unit_id)
        owner = _check_unit(unit, form.owner_id, form.handover_date)
        handover = Handover.create(
            number=numbering.next_number(DOC_TYPE, form.handover_date.year).text,
            unit=unit.id,
            owner=owner.id,
            handled_by=actor.display_name,
            **fields,
        )
        _mark_unit_handed_over(actor, unit, form.handover_date)
        audit.record(
            actor,
            "handover.record",
            table="handover",
            record_id=handover.id,
            after=audit.snapshot(handover),
        )
    return handover


def correct_handover(actor: Actor, handover_id: str, reason: str, form: HandoverInput) -> Handover:
    """A handover form is final: a mistake on it is put right by a new numbered form that
    names the one it corrects and why, and stands for the unit's handover from then on (the
    original stays, as printed and signed)."""
    require(actor, Cap.ARCHIVE_EDIT)
    reason = required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Reason"), 200)
    fields = _checked_form(form)
    with transaction():
        old = _get(handover_id)
        newer = Handover.get_or_none(Handover.corrects == old.id)
        if newer is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Handover form {number} was already corrected by {newer}: correct that one.",
                ),
                field=None,
                number=old.number,
                newer=newer.number,
            )
        unit = get_unit(old.unit_id)
        owner = _check_owner_and_date(unit, form.owner_id, form.handover_date)
        handover = Handover.create(
            number=numbering.next_number(DOC_TYPE, office_today().year).text,
            unit=unit.id,
            owner=owner.id,
            corrects=old.id,
            correction_reason=reason,
            handled_by=actor.display_name,
            **fields,
        )
        audit.record(
            actor,
            "handover.correct",
            table="handover",
            record_id=handover.id,
            before=audit.snapshot(old),
            after=audit.snapshot(handover),
        )
    return handover


def _checked_form(form: HandoverInput) -> dict[str, object]:
    """The form's own fields, checked (every problem names its field)."""
    check_not_future(form.handover_date, "handover_date", QT_TRANSLATE_NOOP("app", "Handover date"))
    return {
        "handover_date": form.handover_date,
        "keys_handed": _check_keys(form.keys_handed),
        "key_notes": optional_text(
            form.key_notes, "key_notes", QT_TRANSLATE_NOOP("app", "Key notes"), 200
        ),
        "water_reading": _check_reading(form.water_reading, "water_reading"),
        "electricity_reading": _check_reading(form.electricity_reading, "electricity_reading"),
        "gas_reading": _check_reading(form.gas_reading, "gas_reading"),
        "checklist": json.dumps(_check_checklist(form.checklist), ensure_ascii=False),
        "remarks": optional_text(form.remarks, "remarks", QT_TRANSLATE_NOOP("app", "Remarks"), 500),
    }


def _check_unit(unit: Unit, owner_id: str | None, handover_date: date) -> Owner:
    if Handover.select().where(Handover.unit == unit.id).exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Unit: {unit} was already handed over; open its handover record."
            ),
            field="unit_id",
            unit=unit.code,
        )
    return _check_owner_and_date(unit, owner_id, handover_date)


def _check_owner_and_date(unit: Unit, owner_id: str | None, handover_date: date) -> Owner:
    owner = pick_owner(unit, owner_id)
    if owner is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Unit: {unit} has no current owner (unsold), so it can't be handed over. "
                "Record the sale in the unit's archive first.",
            ),
            field="unit_id",
            unit=unit.code,
        )
    if unit.handover_date is not None and unit.handover_date != handover_date:
        # Bills may already run from the recorded date: changing it is an archive correction.
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Handover date: the archive says {unit} was handed over on {recorded}. Use that "
                "date, or correct the unit's handover date in the archive first.",
            ),
            field="handover_date",
            unit=unit.code,
            recorded=unit.handover_date.isoformat(),
        )
    return owner


def _mark_unit_handed_over(actor: Actor, unit: Unit, handover_date: date) -> None:
    before = {"status": unit.status, "handover_date": unit.handover_date}
    unit.handover_date = handover_date
    if unit.status not in _KEEPS_STATUS:
        unit.status = UnitStatus.OCCUPIED
    after = {"status": unit.status, "handover_date": unit.handover_date}
    if before == after:
        return
    unit.save()
    audit.record(
        actor,
        "unit.handover",
        table="unit",
        record_id=unit.id,
        before=before,
        after=after,
    )


def _check_keys(keys_handed: int) -> int:
    if isinstance(keys_handed, bool) or not isinstance(keys_handed, int):
        keys_handed = -1
    if not 0 <= keys_handed <= MAX_KEYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Keys handed over: enter a whole number from 0 to {n}."),
            field="keys_handed",
            n=MAX_KEYS,
        )
    return keys_handed


def _check_reading(value: Decimal | str | int | None, field: str) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    reading = _parse_reading(value)
    if reading is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "{label}: enter the number on the meter, 0 or more with at most two decimals "
                "(for example 1234.56).",
            ),
            field=field,
            label=_READING_LABELS[field],
        )
    return reading


def _parse_reading(value: object) -> Decimal | None:
    if isinstance(value, float | bool):  # a float reading is already inexact
        return None
    try:
        reading = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    if not reading.is_finite() or not 0 <= reading <= MAX_READING:
        return None
    rounded = reading.quantize(CENT)
    return rounded if rounded == reading else None


def _check_checklist(checklist: list[str] | tuple[str, ...]) -> list[str]:
    items: list[str] = []
    for raw in checklist:
        item = required_text(
            raw, "checklist", QT_TRANSLATE_NOOP("app", "Documents signed"), MAX_CHECKLIST_ITEM
        )
        if item not in items:
            items.append(item)
    return items


def checklist_of(handover: Handover) -> list[str]:
    return list(json.loads(handover.checklist or "[]"))


def get_handover(actor: Actor, handover_id: str) -> Handover:
    require(actor, Cap.ARCHIVE_VIEW)
    return _get(handover_id)


def handover_of_unit(actor: Actor, unit_id: str) -> Handover | None:
    """The unit's handover form in force: the last of its corrections, or the original."""
    require(actor, Cap.ARCHIVE_VIEW)
    corrected = Handover.select(Handover.corrects).where(Handover.corrects.is_null(False))
    return Handover.get_or_none((Handover.unit == unit_id) & Handover.id.not_in(corrected))


def _get(handover_id: str) -> Handover:
    handover = Handover.get_or_none(Handover.id == handover_id)
    if handover is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "The handover record {id} no longer exists."),
            id=handover_id,
        )
    return handover


def handover_details(handover_id: str) -> HandoverDetails:
    """For printing: the handover with its unit's place and owner (no permission: reports)."""
    handover = _get(handover_id)
    unit = (
        Unit.select(Unit, Entrance, Building, Community)
        .join(Entrance)
        .join(Building)
        .join(Community)
        .where(Unit.id == handover.unit_id)
        .get()
    )
    owner = Owner.get_or_none(Owner.id == handover.owner_id) if handover.owner_id else None
    return HandoverDetails(
        number=handover.number,
        unit_code=unit.code,
        community=unit.entrance.building.community.name,
        building=unit.entrance.building.name,
        entrance=unit.entrance.name,
        gross_area=unit.gross_area,
        owner_name=owner.name if owner else "",
        owner_phone=owner.phone if owner else "",
        handover_date=handover.handover_date,
        keys_handed=handover.keys_handed,
        key_notes=handover.key_notes,
        water_reading=handover.water_reading,
        electricity_reading=handover.electricity_reading,
        gas_reading=handover.gas_reading,
        checklist=checklist_of(handover),
        handled_by=handover.handled_by,
        remarks=handover.remarks,
        corrects_number=_get(handover.corrects_id).number if handover.corrects_id else "",
        correction_reason=handover.correction_reason,
    )
