"""The global search behind Ctrl+F: units, owners, phones, plates.

This first version answers prefix queries from ordinary indexes (unit code, owner name and
phone, plate). The archives issue replaces the matching with the substring and pinyin-initial
index DESIGN.md describes; the interface stays.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from app.models.archive import Owner, Ownership, Unit, Vehicle
from app.services.permissions import Actor, Cap, require

MAX_HITS = 20


@dataclass(frozen=True)
class SearchHit:
    kind: str  # unit / owner / vehicle
    record_id: str
    title: str
    subtitle: str
    unit_code: str | None


def search(actor: Actor, text: str, limit: int = MAX_HITS) -> list[SearchHit]:
    require(actor, Cap.ARCHIVE_VIEW)
    text = text.strip()
    if not text:
        return []
    hits = _units(text, limit) + _owners(text, limit) + _vehicles(text, limit)
    return hits[:limit]


def _units(text: str, limit: int) -> list[SearchHit]:
    rows = (
        Unit.select(Unit.id, Unit.code, Unit.gross_area)
        .where(Unit.code.startswith(text))
        .order_by(Unit.code)
        .limit(limit)
    )
    return [SearchHit("unit", u.id, u.code, f"{u.gross_area} ㎡", u.code) for u in rows]


def _owners(text: str, limit: int) -> list[SearchHit]:
    field = Owner.phone if text.isdigit() else Owner.name
    rows = (
        Owner.select(Owner.id, Owner.name, Owner.phone, Unit.code)
        .join(Ownership, on=(Ownership.owner == Owner.id) & Ownership.end_date.is_null())
        .join(Unit, on=(Unit.id == Ownership.unit))
        .where(field.startswith(text))
        .order_by(Owner.name, Unit.code)
        .limit(limit)
        .objects()
    )
    return [
        SearchHit("owner", o.id, o.name, f"{_masked(o.phone)} · {o.code}", o.code) for o in rows
    ]


def _vehicles(text: str, limit: int) -> list[SearchHit]:
    rows = (
        Vehicle.select(Vehicle.id, Vehicle.plate, Vehicle.model, Unit.code)
        .join(Unit, on=(Unit.id == Vehicle.unit), join_type=pw.JOIN.LEFT_OUTER)
        .where(Vehicle.plate.startswith(text.upper()))
        .limit(limit)
        .objects()
    )
    return [
        SearchHit("vehicle", v.id, v.plate, f"{v.model} · {v.code or ''}", v.code) for v in rows
    ]


def _masked(phone: str) -> str:
    """Full phone numbers are confidential: the search list shows 138****5678."""
    return f"{phone[:3]}****{phone[-4:]}" if len(phone) == 11 else phone
