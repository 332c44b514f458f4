"""The office at a glance (the 工作台's tiles; later issues add theirs)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import peewee as pw

from app.models.archive import Building, Owner, Unit, Vehicle
from app.models.billing import Charge, Receipt, ReceiptVoid
from app.money import from_fen
from app.services.accounts import fen_sum
from app.services.periods import period_of
from app.services.permissions import Actor, Cap, require
from app.services.unit_facts import office_today


@dataclass(frozen=True)
class FeeFigures:
    receipts_today: int
    collected_today: Decimal
    month_billed: Decimal
    month_settled: Decimal
    arrears: Decimal

    @property
    def collection_rate(self) -> Decimal | None:
        """Share of this month's bills already settled (None before the month is billed)."""
        if not self.month_billed:
            return None
        return (self.month_settled / self.month_billed * 100).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class OfficeOverview:
    buildings: int
    units: int
    owners: int
    vehicles: int
    units_by_status: dict[str, int] = field(default_factory=dict)
    fees: FeeFigures | None = None  # only for users who may see fees


def office_overview(
    actor: Actor, today: date | None = None, with_fees: bool = True
) -> OfficeOverview:
    """The counts; `with_fees=False` leaves the fee figures to dashboard_figures."""
    require(actor, Cap.DASHBOARD_VIEW)
    by_status = dict(Unit.select(Unit.status, pw.fn.COUNT(Unit.id)).group_by(Unit.status).tuples())
    return OfficeOverview(
        buildings=Building.select().count(),
        units=sum(by_status.values()),
        owners=Owner.select().count(),
        vehicles=Vehicle.select().count(),
        units_by_status=by_status,
        fees=fee_figures(today or office_today())
        if with_fees and actor.can(Cap.BILLING_VIEW)
        else None,
    )


def fee_figures(today: date) -> FeeFigures:
    live = Receipt.business_date == today
    voided = Receipt.id.in_(ReceiptVoid.select(ReceiptVoid.receipt))
    receipts = (
        Receipt.select(pw.fn.COUNT(Receipt.id), fen_sum(Receipt.total))
        .where(live & ~voided)
        .tuples()
        .get()
    )
    month = (
        Charge.select(fen_sum(Charge.amount), fen_sum(Charge.settled))
        .where(Charge.period == period_of(today))
        .tuples()
        .get()
    )
    owed = (
        Charge.select(pw.fn.COALESCE(pw.fn.SUM(Charge.amount - Charge.settled), 0).coerce(False))
        .where((Charge.due_date <= today) & (Charge.amount > Charge.settled))
        .scalar()
    )
    return FeeFigures(
        receipts[0],
        from_fen(int(receipts[1])),
        from_fen(int(month[0])),
        from_fen(int(month[1])),
        from_fen(int(owed)),
    )
