"""The office's holiday table (系统 → 节假日): the State Council's schedule for years the
chinese-calendar package does not know yet, or a correction to it. Rows override everything
in app.workdays."""

from __future__ import annotations

from datetime import date

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.service import Holiday
from app.services import audit
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, optional_text
from app.workdays import schedule_missing


def list_holidays(actor: Actor, year: int) -> list[Holiday]:
    return list(
        Holiday.select()
        .where(Holiday.day.between(date(year, 1, 1), date(year, 12, 31)))
        .order_by(Holiday.day)
    )


def missing_years(actor: Actor, years: list[int]) -> list[int]:
    """The years among `years` whose schedule nobody has (the UI warns about them)."""
    return [year for year in years if schedule_missing(year)]


def set_day(actor: Actor, day: date, is_workday: bool, name: str = "") -> Holiday:
    """Enter or change one day: a holiday (is_workday False) or a 调休 working day."""
    require(actor, Cap.SETTINGS_MANAGE)
    if not isinstance(day, date):
        raise ValidationError(QT_TRANSLATE_NOOP("app", "Date: enter a date."), field="day")
    label = optional_text(name, "name", QT_TRANSLATE_NOOP("app", "Name"), max_len=30)
    with transaction():
        row = Holiday.get_or_none(Holiday.day == day)
        before = audit.snapshot(row) if row else None
        if row is None:
            row = Holiday(day=day)
        row.is_workday = bool(is_workday)
        row.name = label
        row.save()
        audit.record(
            actor,
            "holiday.set",
            table="holiday",
            record_id=row.id,
            before=before,
            after=audit.snapshot(row),
        )
    return row


def remove_day(actor: Actor, holiday_id: str) -> None:
    """Drop an entry: the day falls back to chinese-calendar or the weekend rule."""
    require(actor, Cap.SETTINGS_MANAGE)
    with transaction():
        row = get_or_fail(Holiday, holiday_id)
        before = audit.snapshot(row)
        row.delete_instance()
        audit.record(actor, "holiday.remove", table="holiday", record_id=row.id, before=before)
