"""Units (房屋): create, edit, and the whole record the unit dialog shows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import (
    Building,
    Entrance,
    Owner,
    Ownership,
    Resident,
    Unit,
    UnitStatus,
    UnitType,
    Vehicle,
)
from app.services import audit
from app.services.permissions import Actor, Cap, require
from app.services.records import check_unchanged, get_or_fail, optional_text, required_text
from app.services.sensitive import masked
from app.validation import parse_area


@dataclass
class UnitInput:
    entrance_id: str
    floor: int | str
    room_no: str
    unit_type: str = UnitType.RESIDENTIAL
    gross_area: Decimal | str = ""
    inner_area: Decimal | str | None = None
    status: str = UnitStatus.UNSOLD
    remarks: str = ""


@dataclass(frozen=True)
class PersonLine:
    id: str
    name: str
    phone: str  # masked
    detail: str  # relation, ownership dates ...
    until: date | None = None  # a past owner's last day, a resident's move-out date


@dataclass
class UnitRecord:
    id: str
    code: str
    row_version: int
    building: str
    entrance: str
    entrance_id: str
    floor: int
    room_no: str
    unit_type: str
    gross_area: Decimal
    inner_area: Decimal | None
    status: str
    handover_date: date | None
    remarks: str
    owners: list[PersonLine] = field(default_factory=list)
    past_owners: list[PersonLine] = field(default_factory=list)
    residents: list[PersonLine] = field(default_factory=list)
    vehicles: list[PersonLine] = field(default_factory=list)


def _floor(value: int | str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        number = None
    if number is None or not -10 <= number <= 200 or number == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Floor: enter a whole number such as 12, or -1 for a basement."
            ),
            field="floor",
        )
    return number


def _area(value: object, field_name: str, required: bool) -> Decimal | None:
    if value in (None, "") and not required:
        return None
    try:
        return parse_area(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Area: enter square metres as a positive number such as 89.5."
            ),
            field=field_name,
        ) from None


def _validated(data: UnitInput) -> dict[str, object]:
    if data.unit_type not in UnitType.ALL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Type: choose a unit type."), field="unit_type"
        )
    if data.status not in UnitStatus.ALL:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "Status: choose a status."), field="status")
    gross = _area(data.gross_area, "gross_area", required=True)
    inner = _area(data.inner_area, "inner_area", required=False)
    if inner is not None and inner > gross:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Inner area: it can't be larger than the gross area."),
            field="inner_area",
        )
    room = required_text(data.room_no, "room_no", QT_TRANSLATE_NOOP("app", "Room"), 10)
    return {
        "floor": _floor(data.floor),
        "room_no": room,
        "unit_type": data.unit_type,
        "gross_area": gross,
        "inner_area": inner,
        "status": data.status,
        "remarks": optional_text(data.remarks, "remarks", QT_TRANSLATE_NOOP("app", "Remarks")),
    }


def _code(entrance: Entrance, room_no: str) -> str:
    return f"{entrance.building.code}-{entrance.code}-{room_no}"


def _check_code_free(code: str, unit_id: str | None = None) -> None:
    query = Unit.select().where(Unit.code == code)
    if unit_id:
        query = query.where(Unit.id != unit_id)
    if query.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Room: unit {code} already exists."),
            field="room_no",
            code=code,
        )


def create_unit(actor: Actor, data: UnitInput) -> Unit:
    require(actor, Cap.ARCHIVE_EDIT)
    values = _validated(data)
    with transaction():
        entrance = get_or_fail(Entrance, data.entrance_id)
        code = _code(entrance, values["room_no"])  # type: ignore[arg-type]
        _check_code_free(code)
        unit = Unit.create(entrance=entrance, code=code, **values)
        audit.record(
            actor, "unit.create", table="unit", record_id=unit.id, after=audit.snapshot(unit)
        )
    return unit


def update_unit(actor: Actor, unit_id: str, data: UnitInput, expected_version: int | None) -> Unit:
    require(actor, Cap.ARCHIVE_EDIT)
    values = _validated(data)
    with transaction():
        unit = get_or_fail(Unit, unit_id)
        check_unchanged(unit, expected_version)
        before = audit.snapshot(unit)
        entrance = get_or_fail(Entrance, data.entrance_id)
        code = _code(entrance, values["room_no"])  # type: ignore[arg-type]
        _check_code_free(code, unit.id)
        unit.entrance, unit.code = entrance, code
        for name, value in values.items():
            setattr(unit, name, value)
        unit.save()
        audit.record(
            actor,
            "unit.update",
            table="unit",
            record_id=unit.id,
            before=before,
            after=audit.changed_fields(before, audit.snapshot(unit)),
        )
    return unit


def unit_record(actor: Actor, unit_id: str) -> UnitRecord:
    """Everything the unit dialog shows; confidential values come masked."""
    require(actor, Cap.ARCHIVE_VIEW)
    unit = get_or_fail(Unit, unit_id)
    entrance = Entrance.get_by_id(unit.entrance_id)
    building = Building.get_by_id(entrance.building_id)
    record = UnitRecord(
        id=unit.id,
        code=unit.code,
        row_version=unit.row_version,
        building=building.name,
        entrance=entrance.name,
        entrance_id=entrance.id,
        floor=unit.floor,
        room_no=unit.room_no,
        unit_type=unit.unit_type,
        gross_area=unit.gross_area,
        inner_area=unit.inner_area,
        status=unit.status,
        handover_date=unit.handover_date,
        remarks=unit.remarks,
    )
    for link in (
        Ownership.select(Ownership, Owner)
        .join(Owner)
        .where(Ownership.unit == unit)
        .order_by(Ownership.start_date.desc())
    ):
        line = PersonLine(
            link.owner.id,
            link.owner.name,
            masked(link.owner.phone),
            f"{link.start_date} – {link.end_date or ''}",
            link.end_date,
        )
        (record.owners if link.end_date is None else record.past_owners).append(line)
    for r in (
        Resident.select()
        .where(Resident.unit == unit)
        .order_by(Resident.move_out_date.is_null(False), Resident.relation, Resident.name)
    ):  # those living there first; who moved out stays on record below them
        record.residents.append(
            PersonLine(r.id, r.name, masked(r.phone), r.relation, r.move_out_date)
        )
    for v in Vehicle.select().where(Vehicle.unit == unit).order_by(Vehicle.plate):
        record.vehicles.append(PersonLine(v.id, v.plate, "", f"{v.colour} {v.model}".strip()))
    return record


def unit_codes(actor: Actor, unit_ids: Iterable[str]) -> dict[str, str]:
    """Unit id → code for the ids given (lists of documents show the unit's code)."""
    require(actor, Cap.ARCHIVE_VIEW)
    ids = list(set(unit_ids))
    codes: dict[str, str] = {}
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        chunk = ids[start : start + 500]
        codes.update(Unit.select(Unit.id, Unit.code).where(Unit.id.in_(chunk)).tuples())
    return codes


def unit_id_by_code(actor: Actor, code: str) -> str | None:
    require(actor, Cap.ARCHIVE_VIEW)
    unit = Unit.get_or_none(Unit.code == code)
    return unit.id if unit else None
