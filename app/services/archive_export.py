"""The rows of the archive lists (units, owners, residents, vehicles) for export to Excel.

ID numbers and phones come out masked (110***********1234, 138****5678) unless the user
holds `archive.view_sensitive`; an unmasked export is written to the audit trail, because
the file takes every confidential value out of the office's hands at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import peewee as pw

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Building, Entrance, Owner, Ownership, Resident, Unit, Vehicle
from app.services import audit
from app.services.permissions import Actor, Cap, require
from app.validation import mask_id, mask_phone

KINDS = ("units", "owners", "residents", "vehicles")
ID_FIELDS = frozenset({"id_number"})
PHONE_FIELDS = frozenset({"phone", "phone2", "emergency_phone", "owner_phone"})
COMPUTED_DATES = frozenset({"start_date"})


@dataclass(frozen=True)
class ArchiveList:
    """Rows of one list: `fields` name the values of each row, in order. Codes (unit types,
    statuses, relations ...) are left as codes; the document writes their labels."""

    kind: str
    fields: tuple[str, ...]
    rows: list[tuple[object, ...]]
    masked: bool


def archive_list(actor: Actor, kind: str) -> ArchiveList:
    require(actor, Cap.ARCHIVE_VIEW)
    if kind not in KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "There is no list {kind}; choose one of {kinds}."),
            field="kind",
            kind=kind,
            kinds=", ".join(KINDS),
        )
    fields, query = _QUERIES[kind]()
    rows = _dated(fields, list(query.tuples()))
    sensitive = actor.can(Cap.ARCHIVE_VIEW_SENSITIVE)
    if sensitive:
        with transaction():
            audit.record(
                actor, "archive.export_sensitive", table=kind, detail=f"{kind}: {len(rows)} rows"
            )
    else:
        rows = _masked(fields, rows)
    return ArchiveList(kind, fields, rows, masked=not sensitive)


def _dated(fields: tuple[str, ...], rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """SQLite hands MIN() of a date column back as text: make it a date like the column."""
    positions = [i for i, f in enumerate(fields) if f in COMPUTED_DATES]
    if not positions:
        return rows
    result = []
    for row in rows:
        values = list(row)
        for i in positions:
            if isinstance(values[i], str):
                values[i] = date.fromisoformat(values[i])
        result.append(tuple(values))
    return result


def _masked(fields: tuple[str, ...], rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    maskers: list[Callable[[str], str] | None] = [
        mask_id if f in ID_FIELDS else mask_phone if f in PHONE_FIELDS else None for f in fields
    ]
    positions = [i for i, masker in enumerate(maskers) if masker is not None]
    result = []
    for row in rows:
        values = list(row)
        for i in positions:
            if values[i]:
                values[i] = maskers[i](values[i])  # type: ignore[misc]
        result.append(tuple(values))
    return result


def _unit_order() -> tuple[pw.Node, ...]:
    return (Building.sort_order, Entrance.sort_order, Unit.floor, Unit.room_no)


def _units() -> tuple[tuple[str, ...], pw.Select]:
    owners = (
        Ownership.select(pw.fn.GROUP_CONCAT(Owner.name, "、"))
        .join(Owner)
        .where((Ownership.unit == Unit.id) & Ownership.end_date.is_null())
    )
    query = (
        Unit.select(
            Unit.code,
            Building.name,
            Entrance.name,
            Unit.floor,
            Unit.room_no,
            Unit.unit_type,
            Unit.gross_area,
            Unit.inner_area,
            Unit.status,
            Unit.handover_date,
            owners,
            Unit.remarks,
        )
        .join(Entrance)
        .join(Building)
        .order_by(*_unit_order())
    )
    fields = (
        "code", "building", "entrance", "floor", "room_no", "unit_type", "gross_area",
        "inner_area", "status", "handover_date", "owners", "remarks",
    )  # fmt: skip
    return fields, query


def _owners() -> tuple[tuple[str, ...], pw.Select]:
    current = Ownership.end_date.is_null()
    units = (
        Ownership.select(pw.fn.GROUP_CONCAT(Unit.code, "、"))
        .join(Unit)
        .where((Ownership.owner == Owner.id) & current)
    )
    since = Ownership.select(pw.fn.MIN(Ownership.start_date)).where(
        (Ownership.owner == Owner.id) & current
    )
    query = Owner.select(
        Owner.name,
        Owner.kind,
        Owner.gender,
        Owner.id_type,
        Owner.id_number,
        Owner.phone,
        Owner.phone2,
        Owner.address,
        Owner.emergency_contact,
        Owner.emergency_phone,
        units,
        since,
        Owner.remarks,
    ).order_by(Owner.name_pinyin, Owner.id)
    fields = (
        "name", "kind", "gender", "id_type", "id_number", "phone", "phone2", "address",
        "emergency_contact", "emergency_phone", "units", "start_date", "remarks",
    )  # fmt: skip
    return fields, query


def _residents() -> tuple[tuple[str, ...], pw.Select]:
    query = (
        Resident.select(
            Unit.code,
            Resident.name,
            Resident.relation,
            Resident.family_role,
            Resident.gender,
            Resident.phone,
            Resident.id_number,
            Resident.lease_start,
            Resident.lease_end,
            Resident.move_in_date,
            Resident.move_out_date,
            Resident.remarks,
        )
        .join(Unit)
        .join(Entrance)
        .join(Building)
        .order_by(*_unit_order(), Resident.relation, Resident.name_pinyin)
    )
    fields = (
        "unit", "name", "relation", "family_role", "gender", "phone", "id_number",
        "lease_start", "lease_end", "move_in_date", "move_out_date", "remarks",
    )  # fmt: skip
    return fields, query


def _vehicles() -> tuple[tuple[str, ...], pw.Select]:
    query = (
        Vehicle.select(
            Vehicle.plate,
            Unit.code,
            Owner.name,
            Owner.phone.alias("owner_phone"),
            Vehicle.colour,
            Vehicle.model,
            Vehicle.remarks,
        )
        .join(Unit, pw.JOIN.LEFT_OUTER, on=Vehicle.unit == Unit.id)
        .switch(Vehicle)
        .join(Owner, pw.JOIN.LEFT_OUTER, on=Vehicle.owner == Owner.id)
        .order_by(Vehicle.plate)
    )
    fields = ("plate", "unit", "owner", "owner_phone", "colour", "model", "remarks")
    return fields, query


_QUERIES: dict[str, Callable[[], tuple[tuple[str, ...], pw.Select]]] = {
    "units": _units,
    "owners": _owners,
    "residents": _residents,
    "vehicles": _vehicles,
}
