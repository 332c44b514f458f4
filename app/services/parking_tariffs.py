"""Temporary-parking tariffs (临停收费标准) and the fee of one visit.

The fee rule, as offices post it at the gate:
- a stay of at most `free_minutes` is free; a longer one pays from the entry on (the free
  minutes are a grace period, not a deduction);
- every started hour costs the day price, or the night price when the hour starts inside the
  night window (e.g. 20:00–08:00, crossing midnight);
- each 24 hours counted from entry cost at most the daily cap (the last, partial block too).
A visit is priced by the tariff in force on its entry's business date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from app.clock import to_local
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.parking import ParkingTariff
from app.money import to_decimal
from app.services import audit, settings
from app.services.permissions import Actor, Cap, require
from app.services.records import required_text

_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
MAX_STAY = timedelta(days=366)


@dataclass(frozen=True)
class Tariff:
    """The numbers of a tariff, free of the database (tests and the fee preview use it)."""

    free_minutes: int
    hour_price: Decimal
    night_price: Decimal = Decimal(0)
    night_start: time | None = None
    night_end: time | None = None
    daily_cap: Decimal | None = None

    def is_night(self, moment: time) -> bool:
        if self.night_start is None or self.night_end is None:
            return False
        if self.night_start <= self.night_end:
            return self.night_start <= moment < self.night_end
        return moment >= self.night_start or moment < self.night_end


@dataclass(frozen=True)
class Fee:
    minutes: int
    hours: int
    amount: Decimal


def compute_fee(tariff: Tariff, entered: datetime, left: datetime) -> Fee:
    """`entered` and `left` in the office's local time (night hours are local hours)."""
    if left < entered:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Out: the car can not leave before it came in."),
            field="left_at",
        )
    if left - entered > MAX_STAY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Out: a stay of more than a year is not a visit."),
            field="left_at",
        )
    minutes = -(-(left - entered) // timedelta(minutes=1))  # a started minute counts
    if minutes <= tariff.free_minutes:
        return Fee(minutes, 0, Decimal("0.00"))
    hours = -(-minutes // 60)
    blocks: dict[int, Decimal] = {}
    for i in range(hours):
        start = (entered + timedelta(hours=i)).time()
        price = tariff.night_price if tariff.is_night(start) else tariff.hour_price
        blocks[i // 24] = blocks.get(i // 24, Decimal(0)) + price
    if tariff.daily_cap is not None:
        blocks = {k: min(v, tariff.daily_cap) for k, v in blocks.items()}
    return Fee(minutes, hours, sum(blocks.values(), Decimal(0)).quantize(Decimal("0.01")))


def _clock(value: str, field: str) -> time | None:
    text = (value or "").strip()
    if not text:
        return None
    match = _CLOCK.match(text)
    if not match:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Night hours: enter times as HH:MM, e.g. 20:00."),
            field=field,
        )
    return time(int(match[1]), int(match[2]))


def _money(value: object, field: str, label: str, allow_none: bool = False) -> Decimal | None:
    if allow_none and (value is None or str(value).strip() == ""):
        return None
    try:
        amount = to_decimal(value) if not isinstance(value, Decimal) else value
    except (TypeError, ValueError, ArithmeticError):
        amount = None
    if amount is None or amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: enter an amount in yuan, e.g. 5 or 2.50."),
            field=field,
            label=label,
        )
    return amount


def as_tariff(row: ParkingTariff) -> Tariff:
    return Tariff(
        row.free_minutes,
        row.hour_price,
        row.night_price,
        _clock(row.night_start, "night_start"),
        _clock(row.night_end, "night_end"),
        row.daily_cap,
    )


def create_tariff(
    actor: Actor,
    *,
    name: str,
    effective_from: date,
    free_minutes: int,
    hour_price: object,
    night_price: object = None,
    night_start: str = "",
    night_end: str = "",
    daily_cap: object = None,
) -> ParkingTariff:
    require(actor, Cap.PARKING_MANAGE)
    name = required_text(name, "name", QT_TRANSLATE_NOOP("app", "Name"), 40)
    hour = _money(hour_price, "hour_price", QT_TRANSLATE_NOOP("app", "Price per hour"))
    start, end = _clock(night_start, "night_start"), _clock(night_end, "night_end")
    if (start is None) != (end is None) or (start is not None and start == end):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Night hours: give both the start and the end, and make them differ."
            ),
            field="night_start",
        )
    night = (
        _money(night_price, "night_price", QT_TRANSLATE_NOOP("app", "Night price per hour"))
        if start is not None
        else Decimal(0)
    )
    cap = _money(daily_cap, "daily_cap", QT_TRANSLATE_NOOP("app", "Daily cap"), allow_none=True)
    if not 0 <= free_minutes <= 24 * 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Free minutes: enter 0 to 1440."), field="free_minutes"
        )
    with transaction():
        if ParkingTariff.select().where(ParkingTariff.effective_from == effective_from).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Effective from: a tariff already starts on {day}; tariffs are final, "
                    "choose another date.",
                ),
                field="effective_from",
                day=effective_from.isoformat(),
            )
        row = ParkingTariff.create(
            name=name,
            effective_from=effective_from,
            free_minutes=free_minutes,
            hour_price=hour,
            night_price=night,
            night_start=start.strftime("%H:%M") if start else "",
            night_end=end.strftime("%H:%M") if end else "",
            daily_cap=cap,
        )
        audit.record(
            actor,
            "parking_tariff.create",
            table="parking_tariff",
            record_id=row.id,
            after=audit.snapshot(row),
        )
    return row


def tariff_on(day: date) -> ParkingTariff | None:
    return (
        ParkingTariff.select()
        .where(ParkingTariff.effective_from <= day)
        .order_by(ParkingTariff.effective_from.desc())
        .first()
    )


def tariffs(actor: Actor) -> list[ParkingTariff]:
    require(actor, Cap.PARKING_VIEW)
    return list(ParkingTariff.select().order_by(ParkingTariff.effective_from.desc()))


def local(moment: datetime) -> datetime:
    return to_local(moment, settings.get(settings.TIMEZONE))


def visit_fee(entered: datetime, left: datetime) -> tuple[ParkingTariff, Fee]:
    """The fee of a visit (aware datetimes) by the tariff in force on the entry's date."""
    entered_local, left_local = local(entered), local(left)
    row = tariff_on(entered_local.date())
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "In: no parking tariff is in force on {day}; enter the tariff first."
            ),
            field="entered_at",
            day=entered_local.date().isoformat(),
        )
    naive_in, naive_out = entered_local.replace(tzinfo=None), left_local.replace(tzinfo=None)
    return row, compute_fee(as_tariff(row), naive_in, naive_out)


def from_local(naive: datetime) -> datetime:
    """A wall-clock time typed at the office (in/out times) as an instant."""
    from zoneinfo import ZoneInfo

    return naive.replace(tzinfo=ZoneInfo(settings.get(settings.TIMEZONE)))


def tariff_in_force(actor: Actor, day: date) -> ParkingTariff | None:
    require(actor, Cap.PARKING_VIEW)
    return tariff_on(day)
