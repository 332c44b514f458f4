"""Billing periods as text 'YYYY-MM' and the dates they span."""

from __future__ import annotations

import calendar
import re
from datetime import date

from app.errors import QT_TRANSLATE_NOOP, ValidationError

_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")


def parse_period(text: str) -> tuple[date, date]:
    """'2026-11' → (2026-11-01, 2026-11-30); a clear error for anything else."""
    match = _PERIOD.match((text or "").strip())
    month = int(match.group(2)) if match else 0
    if not match or not 1 <= month <= 12 or not 2000 <= int(match.group(1)) <= 2100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Period: write it as YYYY-MM, for example 2026-11."),
            field="period",
        )
    year = int(match.group(1))
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def add_months(period: str, months: int) -> str:
    first, _ = parse_period(period)
    index = first.year * 12 + first.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
