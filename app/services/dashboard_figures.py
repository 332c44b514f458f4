"""The 工作台's tiles and charts, from the same queries as the monthly report (so the
collection rate on the tile is the rate the report prints). Each figure is there only for a
user who may see its module; a figure whose module has not landed yet is None (invoice books
running out arrive with parking)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.db import database
from app.services import invoice_books
from app.services.monthly_desk import (
    awaiting_visit_count,
    complaints_by_category,
    complaints_due_count,
    low_stock_count,
)
from app.services.monthly_fees import (
    Collection,
    arrears_now,
    collection_trend,
    month_collection,
)
from app.services.monthly_sections import COMPLAINT_CATEGORIES
from app.services.periods import parse_period, period_of
from app.services.permissions import Actor, Cap, require
from app.services.sync import SyncStatus
from app.services.sync import status as sync_status
from app.services.unit_facts import office_today


@dataclass(frozen=True)
class DashboardFigures:
    today: date
    receipts_today: int | None = None
    collected_today: Decimal | None = None
    month: Collection | None = None
    arrears: Decimal | None = None
    complaints_due_today: int | None = None
    complaints_overdue: int | None = None
    repairs_awaiting_visit: int | None = None
    low_stock: int | None = None
    invoice_books_low: int | None = None  # issued books with a fifth or less left
    sync: SyncStatus | None = None  # where sync to head office stands
    trend: list[tuple[str, Decimal | None]] = field(default_factory=list)
    complaints_by_category: list[tuple[str, int]] = field(default_factory=list)

    @property
    def collection_rate(self) -> Decimal | None:
        return None if self.month is None else self.month.rate


def dashboard_figures(
    actor: Actor, today: date | None = None, charts: bool = True
) -> DashboardFigures:
    """The tiles' figures, and with `charts` the 12-month trend too (the page loads the
    tiles first and the charts in a second task: the trend reads up to 12 months)."""
    require(actor, Cap.DASHBOARD_VIEW)
    today = today or office_today()
    values: dict[str, object] = {}
    if actor.can(Cap.BILLING_VIEW):
        values.update(_fees(today, charts))
    if actor.can(Cap.SERVICE_VIEW):
        due, overdue = complaints_due_count(today)
        first, last = parse_period(period_of(today))
        values.update(
            complaints_due_today=due,
            complaints_overdue=overdue,
            repairs_awaiting_visit=awaiting_visit_count(),
            complaints_by_category=[
                (COMPLAINT_CATEGORIES.get(k, k), n) for k, n in complaints_by_category(first, last)
            ],
        )
    if actor.can(Cap.STOCK_VIEW):
        values["low_stock"] = low_stock_count()
    if actor.can(Cap.PARKING_VIEW):
        values["invoice_books_low"] = invoice_books.books_running_out()
    if actor.can(Cap.SYNC_VIEW):
        values["sync"] = sync_status()
    return DashboardFigures(today, **values)  # type: ignore[arg-type]


def _fees(today: date, charts: bool) -> dict[str, object]:
    count, total = database.execute_sql(
        "SELECT COUNT(*), COALESCE(SUM(total), 0) FROM receipt r WHERE business_date = ?"
        " AND NOT EXISTS (SELECT 1 FROM receipt_void v WHERE v.receipt_id = r.id)",
        [today.isoformat()],
    ).fetchone()
    trend = (
        collection_trend(period_of(today), today)
        if charts
        else [(period_of(today), month_collection(period_of(today), today))]
    )
    return {
        "receipts_today": int(count),
        "collected_today": Decimal(int(total)) / 100,
        "month": trend[-1][1],
        "arrears": arrears_now(today),
        "trend": [(p, c.rate) for p, c in trend] if charts else [],
    }
