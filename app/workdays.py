"""Working days on the Chinese calendar (RULES.md, working days).

Order of authority for a day: the office's holiday table (系统 → 节假日, the State Council's
schedule as entered by the office) overrides everything; then the chinese-calendar package
for the years it knows; beyond them Saturday/Sunday and the fixed-date statutory holidays
rest. No exception escapes for years the package does not know (TRAPS.md).
"""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar

from app.db import database
from app.models.service import Holiday

# 元旦 1 Jan, 劳动节 1–2 May, 国庆节 1–3 Oct: fixed in the Gregorian calendar.
FIXED_HOLIDAYS = frozenset({(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)})
_OVERRIDE_SQL = f'SELECT "is_workday" FROM "{Holiday._meta.table_name}" WHERE "date" = ?'
_MAX_SPAN_DAYS = 366  # no N working days take a year each; a longer walk means a bad table


def library_knows(year: int) -> bool:
    """Whether chinese-calendar has the State Council's schedule for this year."""
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def _office_override(day: date) -> bool | None:
    if database.deferred:  # no office database open (e.g. a command-line check)
        return None
    # Plain SQL: this runs for every day of every countdown on the 客服 page, and building
    # the query through peewee each time cost ~2 ms (300 open complaints took a second).
    row = database.execute_sql(_OVERRIDE_SQL, (day.isoformat(),)).fetchone()
    return None if row is None else bool(row[0])


def _fallback_is_workday(day: date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in FIXED_HOLIDAYS


def is_workday(day: date) -> bool:
    override = _office_override(day)
    if override is not None:
        return override
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return _fallback_is_workday(day)


def add_workdays(day: date, n: int) -> date:
    """The end of the n-th working day after `day` (the day itself does not count):
    received Friday 2026-11-27, within 2 working days → Tuesday 2026-12-01."""
    if n < 0:
        raise ValueError("add_workdays counts forward only")
    current, found = day, 0
    while found < n:
        current += timedelta(days=1)
        if (current - day).days > _MAX_SPAN_DAYS * max(n, 1):
            raise ValueError(f"no {n} working days after {day}: check the holiday table")
        if is_workday(current):
            found += 1
    return current


def workdays_left(today: date, due: date) -> int:
    """Countdown to a deadline in working days: 0 when due today, negative when overdue
    (how many working days have passed since the due day)."""
    low, high, sign = (today, due, 1) if due >= today else (due, today, -1)
    count = sum(
        1 for offset in range(1, (high - low).days + 1) if is_workday(low + timedelta(offset))
    )
    return sign * count


def schedule_missing(year: int) -> bool:
    """True while neither chinese-calendar nor the office's table has this year's schedule:
    the UI warns that 调休 days are not known and deadlines may be off."""
    if library_knows(year):
        return False
    if database.deferred:
        return True
    start, end = date(year, 1, 1), date(year, 12, 31)
    return not Holiday.select().where(Holiday.day.between(start, end)).exists()
