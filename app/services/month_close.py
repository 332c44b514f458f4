"""月结: closing a month locks its bills, receipts, payments, voids, refunds and stock
documents (triggers of migrations 5 and 13 refuse them; the services say why first) and
stores the monthly report's figures; only an administrator reopens it, with a reason.

The month's state lives on BillingPeriod.closed_at (the charge guards read it); MonthClose
keeps every close and reopen, final once written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app.clock import to_utc_text, utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.billing import BillingPeriod, MonthClose
from app.services import audit
from app.services.month_lock import is_month_closed
from app.services.monthly_fees import Collection
from app.services.monthly_figures import (
    MonthReport,
    live_report,
    report_from_json,
    report_to_json,
)
from app.services.periods import parse_period
from app.services.permissions import Actor, Cap, require
from app.services.records import required_text
from app.services.unit_facts import office_today

CLOSE, REOPEN = "close", "reopen"


@dataclass(frozen=True)
class MonthState:
    period: str
    closed: bool
    closed_at: datetime | None
    closed_by: str | None
    history: list[MonthClose]

    @property
    def can_close_from(self) -> date:
        """A month may be closed from the day after its last day."""
        return parse_period(self.period)[1]


def month_state(actor: Actor, period: str) -> MonthState:
    require(actor, Cap.REPORT_VIEW)
    parse_period(period)
    row = BillingPeriod.get_or_none(BillingPeriod.period == period)
    history = list(MonthClose.select().where(MonthClose.period == period).order_by(MonthClose.at))
    closed = row is not None and row.closed_at is not None
    return MonthState(period, closed, row.closed_at if closed else None,
                      row.closed_by if closed else None, history)  # fmt: skip


def close_month(actor: Actor, period: str, today: date | None = None) -> MonthReport:
    """Stores the month's report figures and locks the month; returns the stored report."""
    require(actor, Cap.MONTH_CLOSE)
    _first, last = parse_period(period)
    today = today or office_today()
    if last >= today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Month: {month} is not over yet; it can be closed from {day} on."
            ),
            field="period",
            month=period,
            day=date.fromordinal(last.toordinal() + 1).isoformat(),
        )
    with transaction():
        if is_month_closed(period):
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Month: {month} is already closed."),
                field="period",
                month=period,
            )
        report = live_report(actor, period, today)
        now = utcnow()
        MonthClose.create(period=period, action=CLOSE, at=now, by=actor.display_name,
                          figures=report_to_json(report))  # fmt: skip
        row, _ = BillingPeriod.get_or_create(period=period)
        row.closed_at, row.closed_by = now, actor.display_name
        row.save()
        audit.record(actor, "month.close", table="billing_period", record_id=row.id,
                     detail=period)  # fmt: skip
    return MonthReport(report.period, report.office, report.cutoff, report.sections,
                       to_utc_text(now), actor.display_name)  # fmt: skip


def reopen_month(actor: Actor, period: str, reason: str) -> None:
    """Administrator only (反结账): the month takes new records again until closed anew."""
    require(actor, Cap.MONTH_REOPEN)
    why = required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Reason"), 200)
    if len(why) < 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Reason: say why, in a few words."), field="reason"
        )
    with transaction():
        row = BillingPeriod.get_or_none(BillingPeriod.period == period)
        if row is None or row.closed_at is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Month: {month} is not closed."),
                field="period",
                month=period,
            )
        MonthClose.create(period=period, action=REOPEN, at=utcnow(), by=actor.display_name,
                          reason=why)  # fmt: skip
        before = {"closed_at": to_utc_text(row.closed_at), "closed_by": row.closed_by}
        row.closed_at, row.closed_by = None, None
        row.save()
        audit.record(actor, "month.reopen", table="billing_period", record_id=row.id,
                     before=before, detail=f"{period}: {why}")  # fmt: skip


def stored_report(period: str) -> MonthReport | None:
    """The figures stored by the month's latest close, while it stays closed."""
    if not is_month_closed(period):
        return None
    last = (
        MonthClose.select()
        .where((MonthClose.period == period) & (MonthClose.action == CLOSE))
        .order_by(MonthClose.at.desc())
        .first()
    )
    if last is None:  # closed before month close kept figures (tests, old files)
        return None
    return report_from_json(last.figures, to_utc_text(last.at), last.by)


def stored_collection(period: str) -> Collection | None:
    """A closed month's collection totals as stored (the 12-month trend reads them; only
    the collection section's facts are looked at)."""
    if not is_month_closed(period):
        return None
    last = (
        MonthClose.select(MonthClose.figures)
        .where((MonthClose.period == period) & (MonthClose.action == CLOSE))
        .order_by(MonthClose.at.desc())
        .first()
    )
    if last is None:
        return None
    section = next(s for s in json.loads(last.figures)["sections"] if s["key"] == "collection")
    facts = {label: value for label, value, _kind in section["facts"]}
    return Collection(Decimal(facts["应收"]), Decimal(facts["减免"]), Decimal(facts["实收"]))
