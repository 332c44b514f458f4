"""Archive queries the screens list (the archives issue adds editing, import and export)."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from app.models.archive import (
    Building,
    Entrance,
    IdType,
    Owner,
    OwnerKind,
    Ownership,
    Relation,
    Unit,
    UnitStatus,
    UnitType,
)
from app.services.permissions import Actor, Cap, require

__all__ = [
    "UNIT_SORT",
    "IdType",
    "OwnerKind",
    "Relation",
    "UnitFilter",
    "UnitStatus",
    "UnitType",
    "count_units",
    "filter_units",
    "units_query",
]


def units_query(actor: Actor) -> pw.Select:
    """Every unit with its building, entrance and current owners, one row per unit.

    The owners come from a correlated subquery so co-owned units stay one row and the count
    needs no join; SQLite runs it only for the rows a page actually fetches.
    """
    require(actor, Cap.ARCHIVE_VIEW)
    current_owners = (
        Ownership.select(pw.fn.GROUP_CONCAT(Owner.name, "、"))
        .join(Owner)
        .where((Ownership.unit == Unit.id) & Ownership.end_date.is_null())
    )
    return (
        Unit.select(
            Unit.id,
            Unit.code,
            Building.name.alias("building"),
            Entrance.name.alias("entrance"),
            Unit.floor,
            Unit.room_no,
            Unit.unit_type,
            Unit.gross_area,
            Unit.status,
            Unit.handover_date,
            current_owners.alias("owner_name"),
        )
        .join(Entrance)
        .join(Building)
    )


@dataclass(frozen=True)
class UnitFilter:
    text: str = ""
    status: str | None = None
    building_id: str | None = None
    entrance_id: str | None = None


def count_units(actor: Actor, where: UnitFilter = UnitFilter()) -> int:
    require(actor, Cap.ARCHIVE_VIEW)
    return filter_units(Unit.select().join(Entrance), where).count()


def filter_units(query: pw.Select, where: UnitFilter) -> pw.Select:
    """Narrows a unit query (joined to Entrance) by text, status and tree position."""
    text = where.text.strip()
    if text:
        query = query.where(Unit.code.startswith(text) | Unit.room_no.startswith(text))
    if where.status:
        query = query.where(Unit.status == where.status)
    if where.entrance_id:
        query = query.where(Unit.entrance == where.entrance_id)
    elif where.building_id:
        query = query.where(Entrance.building == where.building_id)
    return query


UNIT_SORT = {
    "code": Unit.code_sort,  # 1-1-101 before 1-1-1001
    "floor": Unit.floor,
    "room_no": Unit.room_no,
    "unit_type": Unit.unit_type,
    "gross_area": Unit.gross_area,
    "status": Unit.status,
    "handover_date": Unit.handover_date,
}
