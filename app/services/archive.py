"""Archive queries the screens list (the archives issue adds editing, import and export)."""

from __future__ import annotations

import peewee as pw

from app.models.archive import Building, Entrance, Owner, Ownership, Unit, UnitStatus, UnitType
from app.services.permissions import Actor, Cap, require

__all__ = ["UNIT_SORT", "UnitStatus", "UnitType", "filter_units", "units_query"]


def units_query(actor: Actor) -> pw.Select:
    """Every unit with its building, entrance and current owner, one row per unit."""
    require(actor, Cap.ARCHIVE_VIEW)
    current = Ownership.alias("current")
    owner = Owner.alias("current_owner")
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
            owner.name.alias("owner_name"),
        )
        .join(Entrance)
        .join(Building)
        .switch(Unit)
        .join(
            current, pw.JOIN.LEFT_OUTER, on=(current.unit == Unit.id) & current.end_date.is_null()
        )
        .join(owner, pw.JOIN.LEFT_OUTER, on=(owner.id == current.owner))
    )


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
