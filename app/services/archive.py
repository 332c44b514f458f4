"""Archive queries the screens list (the archives issue adds editing, import and export)."""

from __future__ import annotations

import peewee as pw

from app.models.archive import Building, Entrance, Owner, Ownership, Unit, UnitStatus, UnitType
from app.services.permissions import Actor, Cap, require

__all__ = ["UNIT_SORT", "UnitStatus", "UnitType", "count_units", "filter_units", "units_query"]


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


def count_units(actor: Actor, text: str = "", status: str | None = None) -> int:
    require(actor, Cap.ARCHIVE_VIEW)
    return filter_units(Unit.select(), text, status).count()


def filter_units(query: pw.Select, text: str = "", status: str | None = None) -> pw.Select:
    text = text.strip()
    if text:
        query = query.where(Unit.code.startswith(text) | Unit.room_no.startswith(text))
    if status:
        query = query.where(Unit.status == status)
    return query


UNIT_SORT = {
    "code": Unit.code,
    "floor": Unit.floor,
    "room_no": Unit.room_no,
    "unit_type": Unit.unit_type,
    "gross_area": Unit.gross_area,
    "status": Unit.status,
    "handover_date": Unit.handover_date,
}
