"""Whether a month is closed (月结), and the clear refusal for anything dated in one; the
services that date money or stock check it before the triggers of migration 13 would."""

from __future__ import annotations

from datetime import date

from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.billing import BillingPeriod
from app.services.periods import period_of


def is_month_closed(period: str) -> bool:
    return (
        BillingPeriod.select()
        .where((BillingPeriod.period == period) & BillingPeriod.closed_at.is_null(False))
        .exists()
    )


def check_day_open(day: date, field: str = "business_date") -> None:
    """A clear refusal for anything dated in a closed month (the trigger is the backstop)."""
    if is_month_closed(period_of(day)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Date: {month} is closed (月结); date it in an open month, "
                "or ask the administrator to reopen {month}.",
            ),
            field=field,
            month=period_of(day),
        )
