"""The office at a glance (the 工作台's first tiles; later issues add theirs)."""

from __future__ import annotations

from dataclasses import dataclass, field

import peewee as pw

from app.models.archive import Building, Owner, Unit, Vehicle
from app.services.permissions import Actor, Cap, require


@dataclass(frozen=True)
class OfficeOverview:
    buildings: int
    units: int
    owners: int
    vehicles: int
    units_by_status: dict[str, int] = field(default_factory=dict)


def office_overview(actor: Actor) -> OfficeOverview:
    require(actor, Cap.DASHBOARD_VIEW)
    by_status = dict(Unit.select(Unit.status, pw.fn.COUNT(Unit.id)).group_by(Unit.status).tuples())
    return OfficeOverview(
        buildings=Building.select().count(),
        units=sum(by_status.values()),
        owners=Owner.select().count(),
        vehicles=Vehicle.select().count(),
        units_by_status=by_status,
    )
