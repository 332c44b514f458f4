"""Temporary-parking fees: free minutes, started hours, night price, daily cap, tariffs by
effective date."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.services import parking_shifts, parking_tariffs
from app.services.parking_tariffs import Tariff, compute_fee
from app.services.permissions import Actor
from tests.parking_fixtures import guard_shift, standard_tariff

DAY_ONLY = Tariff(free_minutes=30, hour_price=Decimal("5"))
FULL = Tariff(
    free_minutes=15,
    hour_price=Decimal("5"),
    night_price=Decimal("2"),
    night_start=time(20, 0),
    night_end=time(8, 0),
    daily_cap=Decimal("30"),
)
T0 = datetime(2026, 11, 2, 10, 0)


def fee(tariff: Tariff, minutes: float, start: datetime = T0) -> Decimal:
    return compute_fee(tariff, start, start + timedelta(minutes=minutes)).amount


@pytest.mark.parametrize(
    ("minutes", "amount"),
    [
        (0, "0"),
        (29.5, "0"),  # 29 min 30 s is a started 30th minute: still free
        (30, "0"),  # exactly the free minutes
        (30 + 1 / 60, "5"),  # one second more: the whole first hour from entry
        (60, "5"),
        (61, "10"),  # a started second hour
        (120, "10"),
        (121, "15"),
    ],
)
def test_free_minutes_and_started_hours(minutes: float, amount: str) -> None:
    assert fee(DAY_ONLY, minutes) == Decimal(amount)


def test_no_cap_means_every_hour_counts() -> None:
    assert fee(DAY_ONLY, 24 * 60) == Decimal("120")


def test_night_hours_take_the_night_price() -> None:
    evening = datetime(2026, 11, 2, 19, 0)
    # 19:00 day, 20:00 night, 21:00 night
    assert fee(FULL, 180, evening) == Decimal("9")
    # an hour starting 19:59 is a day hour even though most of it is night
    assert fee(FULL, 60, datetime(2026, 11, 2, 19, 59)) == Decimal("5")
    # 07:00 night, 08:00 day (the window's end is exclusive)
    assert fee(FULL, 120, datetime(2026, 11, 3, 7, 0)) == Decimal("7")


def test_night_window_inside_one_day() -> None:
    lunch = Tariff(0, Decimal("4"), Decimal("1"), time(12, 0), time(14, 0))
    assert fee(lunch, 240, datetime(2026, 11, 2, 11, 0)) == Decimal("4") + 1 + 1 + 4


def test_daily_cap_per_24_hours_from_entry() -> None:
    # 10:00 → 10:00 next day: 10 day hours × 5 + 12 night × 2 + 2 day × 5 = 84 → cap 30
    assert fee(FULL, 24 * 60) == Decimal("30")
    # one minute into the second 24 hours: a new block, its first hour at day price
    assert fee(FULL, 24 * 60 + 1) == Decimal("35")
    # three whole days
    assert fee(FULL, 72 * 60) == Decimal("90")


def test_partial_block_under_the_cap_is_not_raised_to_it() -> None:
    assert fee(FULL, 24 * 60 + 120) == Decimal("40")


def test_leaving_before_entering_is_refused() -> None:
    with pytest.raises(ValidationError, match="leave before it came in"):
        compute_fee(DAY_ONLY, T0, T0 - timedelta(minutes=1))


def test_a_stay_over_a_year_is_refused() -> None:
    with pytest.raises(ValidationError, match="more than a year"):
        compute_fee(DAY_ONLY, T0, T0 + timedelta(days=400))


def test_tariff_input_checks(db_path: Path, system_actor: Actor) -> None:
    base = {"name": "标准", "effective_from": date(2026, 1, 1), "free_minutes": 30}
    with pytest.raises(ValidationError, match="HH:MM"):
        parking_tariffs.create_tariff(
            system_actor, **base, hour_price="5", night_start="8pm", night_end="08:00"
        )
    with pytest.raises(ValidationError, match="both the start and the end"):
        parking_tariffs.create_tariff(system_actor, **base, hour_price="5", night_start="20:00")
    with pytest.raises(ValidationError, match="amount in yuan"):
        parking_tariffs.create_tariff(system_actor, **base, hour_price="5.001")
    with pytest.raises(ValidationError, match="0 to 1440"):
        parking_tariffs.create_tariff(system_actor, **{**base, "free_minutes": -1}, hour_price="5")
    parking_tariffs.create_tariff(system_actor, **base, hour_price="5")
    with pytest.raises(ValidationError, match="already starts on 2026-01-01"):
        parking_tariffs.create_tariff(system_actor, **base, hour_price="6")


def test_visit_priced_by_the_tariff_of_its_entry_day(db_path: Path, system_actor: Actor) -> None:
    standard_tariff(system_actor)  # from 2020: 5/h, 30 free, cap 30, night 2
    parking_tariffs.create_tariff(
        system_actor,
        name="新标准",
        effective_from=date(2026, 11, 1),
        free_minutes=0,
        hour_price="8",
    )
    shift = guard_shift(system_actor)
    # Beijing 10:00 on 31 Oct and on 1 Nov (UTC+8)
    old = datetime(2026, 10, 31, 2, 0, tzinfo=UTC)
    new = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)
    a = parking_shifts.record_visit(
        system_actor, shift.id, "京a 12345", old, old + timedelta(hours=2)
    )
    b = parking_shifts.record_visit(
        system_actor, shift.id, "京B12346", new, new + timedelta(hours=2)
    )
    assert (a.amount, a.minutes, a.plate) == (Decimal("10.00"), 120, "京A12345")
    assert (b.amount, b.tariff.name) == (Decimal("16.00"), "新标准")
    # 23:30 Beijing on 31 Oct is still the old tariff although it is 1 Nov in 30 minutes
    late = datetime(2026, 10, 31, 15, 30, tzinfo=UTC)
    c = parking_shifts.record_visit(system_actor, shift.id, "京C1", late, late + timedelta(hours=1))
    assert c.tariff.name == "临停标准" and c.amount == Decimal("2.00")  # a night hour


def test_no_tariff_yet_is_refused(db_path: Path, system_actor: Actor) -> None:
    shift = guard_shift(system_actor)
    moment = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
    with pytest.raises(ValidationError, match="no parking tariff is in force on 2026-11-02"):
        parking_shifts.record_visit(system_actor, shift.id, "京A1", moment, moment)
