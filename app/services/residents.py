"""Residents (household members and tenants) and vehicles of a unit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Owner, Relation, Resident, Unit, Vehicle
from app.pinyin import name_keys
from app.services import audit
from app.services.owners import _phone
from app.services.permissions import Actor, Cap, require
from app.services.records import check_unchanged, get_or_fail, optional_text, required_text
from app.validation import check_resident_id, normalize_plate


@dataclass
class ResidentInput:
    unit_id: str
    name: str
    relation: str = Relation.FAMILY
    family_role: str = ""
    gender: str = ""
    phone: str = ""
    id_number: str = ""
    lease_start: date | None = None
    lease_end: date | None = None
    move_in_date: date | None = None
    remarks: str = ""


@dataclass
class VehicleInput:
    plate: str
    unit_id: str | None = None
    owner_id: str | None = None
    colour: str = ""
    model: str = ""
    remarks: str = ""


def _resident_values(data: ResidentInput) -> dict[str, object]:
    if data.relation not in Relation.ALL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Relation: choose family or tenant."), field="relation"
        )
    if data.relation == Relation.TENANT and not (data.lease_start and data.lease_end):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Lease: a tenant needs the lease start and end dates."),
            field="lease_start",
        )
    if data.lease_start and data.lease_end and data.lease_end < data.lease_start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Lease end: it must not be before the lease start."),
            field="lease_end",
        )
    id_number = (data.id_number or "").strip().upper()
    if id_number:
        try:
            id_number = check_resident_id(id_number)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "ID number: check the digits; the check digit does not match."
                ),
                field="id_number",
            ) from None
    name = required_text(data.name, "name", QT_TRANSLATE_NOOP("app", "Name"), 40)
    full, initials = name_keys(name)
    return {
        "name": name,
        "name_pinyin": full,
        "name_initials": initials,
        "relation": data.relation,
        "family_role": optional_text(
            data.family_role, "family_role", QT_TRANSLATE_NOOP("app", "Role in family"), 20
        ),
        "gender": data.gender if data.gender in ("M", "F") else "",
        "phone": _phone(data.phone, "phone", required=False),
        "id_number": id_number,
        "lease_start": data.lease_start,
        "lease_end": data.lease_end,
        "move_in_date": data.move_in_date,
        "remarks": optional_text(data.remarks, "remarks", QT_TRANSLATE_NOOP("app", "Remarks")),
    }


def add_resident(actor: Actor, data: ResidentInput) -> Resident:
    require(actor, Cap.ARCHIVE_EDIT)
    values = _resident_values(data)
    with transaction():
        unit = get_or_fail(Unit, data.unit_id)
        resident = Resident.create(unit=unit, **values)
        audit.record(
            actor,
            "resident.create",
            table="resident",
            record_id=resident.id,
            after=audit.snapshot(resident),
        )
    return resident


def update_resident(
    actor: Actor, resident_id: str, data: ResidentInput, expected_version: int | None
) -> Resident:
    require(actor, Cap.ARCHIVE_EDIT)
    values = _resident_values(data)
    with transaction():
        resident = get_or_fail(Resident, resident_id)
        check_unchanged(resident, expected_version)
        before = audit.snapshot(resident)
        for name, value in values.items():
            setattr(resident, name, value)
        resident.save()
        audit.record(
            actor,
            "resident.update",
            table="resident",
            record_id=resident.id,
            before=before,
            after=audit.changed_fields(before, audit.snapshot(resident)),
        )
    return resident


def move_out_resident(actor: Actor, resident_id: str, move_out_date: date) -> Resident:
    """Residents who leave keep their record with a move-out date (history, not deletion)."""
    require(actor, Cap.ARCHIVE_EDIT)
    with transaction():
        resident = get_or_fail(Resident, resident_id)
        if resident.move_in_date and move_out_date < resident.move_in_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Move-out date: it must not be before the move-in date."),
                field="move_out_date",
            )
        resident.move_out_date = move_out_date
        resident.save()
        audit.record(
            actor,
            "resident.move_out",
            table="resident",
            record_id=resident.id,
            after={"move_out_date": move_out_date.isoformat()},
        )
    return resident


def _vehicle_values(data: VehicleInput) -> dict[str, object]:
    try:
        plate = normalize_plate(data.plate)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Plate: enter a plate such as 粤B12345 or 粤BD12345."),
            field="plate",
        ) from None
    if not data.unit_id and not data.owner_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Unit: a vehicle belongs to a unit or an owner; choose one."),
            field="unit",
        )
    return {
        "plate": plate,
        "colour": optional_text(data.colour, "colour", "colour", 10),
        "model": optional_text(data.model, "model", "model", 40),
        "remarks": optional_text(data.remarks, "remarks", QT_TRANSLATE_NOOP("app", "Remarks")),
    }


def add_vehicle(actor: Actor, data: VehicleInput) -> Vehicle:
    require(actor, Cap.ARCHIVE_EDIT)
    values = _vehicle_values(data)
    with transaction():
        if Vehicle.select().where(Vehicle.plate == values["plate"]).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Plate: {plate} is already registered."),
                field="plate",
                plate=values["plate"],
            )
        unit = get_or_fail(Unit, data.unit_id) if data.unit_id else None
        owner = get_or_fail(Owner, data.owner_id) if data.owner_id else None
        vehicle = Vehicle.create(unit=unit, owner=owner, **values)
        audit.record(
            actor,
            "vehicle.create",
            table="vehicle",
            record_id=vehicle.id,
            after=audit.snapshot(vehicle),
        )
    return vehicle


def remove_vehicle(actor: Actor, vehicle_id: str, reason: str) -> None:
    """A sold or scrapped car leaves the register; the audit keeps what it was."""
    require(actor, Cap.ARCHIVE_EDIT)
    reason = required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Reason"), 100)
    with transaction():
        vehicle = get_or_fail(Vehicle, vehicle_id)
        before = audit.snapshot(vehicle)
        vehicle.delete_instance()
        audit.record(
            actor,
            "vehicle.remove",
            table="vehicle",
            record_id=vehicle_id,
            before=before,
            detail=reason,
        )


def resident_input(actor: Actor, resident_id: str) -> tuple[ResidentInput, int]:
    require(actor, Cap.ARCHIVE_EDIT)
    r = get_or_fail(Resident, resident_id)
    data = ResidentInput(
        r.unit_id,
        r.name,
        r.relation,
        r.family_role,
        r.gender,
        r.phone,
        r.id_number,
        r.lease_start,
        r.lease_end,
        r.move_in_date,
        r.remarks,
    )
    return data, r.row_version
