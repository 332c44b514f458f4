"""Repairs as the 客服 page lists them: open ones, or every one with a status, with the
unit's code and whether the repair is the developer's (质保期内)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.archive import Unit
from app.models.service import RepairOrder, RepairStatus
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail

OPEN = "open"  # the list's default: everything not closed or cancelled
LIST_LIMIT = 2000


@dataclass(frozen=True)
class RepairRow:
    id: str
    number: str
    received_on: date
    unit_code: str
    contact: str
    category: str
    payer: str
    status: str
    worker: str
    completed_on: date | None
    description: str


def repair_rows(actor: Actor, status: str = OPEN) -> list[RepairRow]:
    """The newest first; `status` is a RepairStatus, OPEN, or '' for all."""
    require(actor, Cap.SERVICE_VIEW)
    query = RepairOrder.select(RepairOrder, Unit).join(Unit, on=(RepairOrder.unit == Unit.id))
    if status == OPEN:
        query = query.where(
            RepairOrder.status.not_in((RepairStatus.CLOSED, RepairStatus.CANCELLED))
        )
    elif status:
        query = query.where(RepairOrder.status == status)
    query = query.order_by(RepairOrder.received_on.desc(), RepairOrder.number.desc())
    return [
        RepairRow(
            r.id,
            r.number,
            r.received_on,
            r.unit.code,
            r.contact,
            r.category,
            r.payer,
            r.status,
            r.worker,
            r.completed_on,
            r.description,
        )
        for r in query.limit(LIST_LIMIT)
    ]


def repair_detail(actor: Actor, repair_id: str) -> tuple[RepairOrder, str]:
    """The repair and its unit's code."""
    require(actor, Cap.SERVICE_VIEW)
    repair = get_or_fail(RepairOrder, repair_id)
    return repair, Unit.get_by_id(repair.unit_id).code
