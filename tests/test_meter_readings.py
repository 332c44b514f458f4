"""Meter readings (抄表): the month's sheet, a meter change, and readings that can't change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.models import BillingPeriod, Charge, MeterReading
from app.models.billing import FeeKind
from app.services import billing, fees
from app.services.meter_readings import (
    ReadingEntry,
    reading_sheet,
    record_readings,
    usage_of,
)
from app.services.permissions import Actor
from tests.billing_fixtures import small_office

D = Decimal
OCT, NOV = date(2026, 10, 28), date(2026, 11, 28)


@pytest.fixture
def water(db_path: Path, system_actor: Actor) -> dict[str, object]:
    office = small_office(system_actor)
    item = fees.create_fee_item(
        system_actor, "SF", "水费", FeeKind.METERED, "4.5000", date(2025, 1, 1), "元/吨"
    )
    fees.assign_in_bulk(
        system_actor,
        item.id,
        fees.UnitSelection(unit_ids=(office["a"].id, office["b"].id)),
        date(2025, 1, 1),
    )
    return {**office, "water": item}


def test_sheet_shows_last_reading_and_usage(water: dict, system_actor: Actor) -> None:
    a, b, item = water["a"], water["b"], water["water"]
    record_readings(system_actor, item.id, "2026-10", OCT, [ReadingEntry(a.id, "100.5")])
    sheet = reading_sheet(system_actor, item.id, "2026-11")
    assert [(x.unit_code, x.last, x.current) for x in sheet] == [
        ("1-1-101", D("100.50"), None),
        ("1-1-102", None, None),  # first reading: counted from 0
    ]
    record_readings(
        system_actor,
        item.id,
        "2026-11",
        NOV,
        [ReadingEntry(a.id, "１１２.７５"), ReadingEntry(b.id, "8")],
    )
    sheet = reading_sheet(system_actor, item.id, "2026-11")
    assert [(x.previous, x.current, x.usage) for x in sheet] == [
        (D("100.50"), D("112.75"), D("12.25")),
        (D("0.00"), D("8.00"), D("8.00")),
    ]
    assert usage_of(D("100.50"), "110", False) == D("9.50")
    assert usage_of(D("100.50"), "3", True) == D("3.00")
    assert usage_of(D("100.50"), "abc", False) is None


def test_reading_below_the_last_needs_a_meter_change(water: dict, system_actor: Actor) -> None:
    a, b, item = water["a"], water["b"], water["water"]
    record_readings(system_actor, item.id, "2026-10", OCT, [ReadingEntry(a.id, "950")])
    with pytest.raises(ValidationError, match=r"1-1-101: the reading 12\.00 is below") as caught:
        record_readings(
            system_actor,
            item.id,
            "2026-11",
            NOV,
            [ReadingEntry(b.id, "5"), ReadingEntry(a.id, "12")],
        )
    assert caught.value.field == a.id
    assert MeterReading.select().where(MeterReading.period == "2026-11").count() == 0  # all or none
    record_readings(
        system_actor,
        item.id,
        "2026-11",
        NOV,
        [ReadingEntry(a.id, "12", meter_change=True, start="2"), ReadingEntry(b.id, "5")],
    )
    row = MeterReading.get((MeterReading.unit == a.id) & (MeterReading.period == "2026-11"))
    assert (row.previous_reading, row.current_reading, row.meter_change) == (D("2"), D("12"), True)
    billing.generate_bills(system_actor, "2026-11")
    water_charge = Charge.get((Charge.unit == a.id) & (Charge.fee_item == item.id))
    assert water_charge.amount == D("45.00")  # (12 − 2) t × 4.50
    # December counts from the new meter's reading
    line = reading_sheet(system_actor, item.id, "2026-12")[0]
    assert line.last == D("12.00")


@pytest.mark.parametrize("value", ["-1", "12.345", "abc", "", None])
def test_bad_readings_are_refused(water: dict, system_actor: Actor, value: object) -> None:
    with pytest.raises(ValidationError, match=r"1-1-101: the reading .* is not valid"):
        record_readings(
            system_actor, water["water"].id, "2026-11", NOV, [ReadingEntry(water["a"].id, value)]
        )


def test_billed_or_closed_readings_cannot_change(water: dict, system_actor: Actor) -> None:
    a, item = water["a"], water["water"]
    record_readings(system_actor, item.id, "2026-11", NOV, [ReadingEntry(a.id, "20")])
    billing.generate_bills(system_actor, "2026-11")
    assert reading_sheet(system_actor, item.id, "2026-11")[0].billed
    # the same value again is harmless; a different one is refused
    record_readings(system_actor, item.id, "2026-11", NOV, [ReadingEntry(a.id, "20.00")])
    with pytest.raises(ValidationError, match="already billed"):
        record_readings(system_actor, item.id, "2026-11", NOV, [ReadingEntry(a.id, "21")])
    BillingPeriod.update(closed_at="2026-12-01T00:00:00.000Z").where(
        BillingPeriod.period == "2026-11"
    ).execute()
    with pytest.raises(ValidationError, match="closed"):
        record_readings(system_actor, item.id, "2026-11", NOV, [ReadingEntry(a.id, "20")])
    with pytest.raises(ValidationError, match="not read from a meter"):
        record_readings(
            system_actor, water["service"].id, "2026-12", NOV, [ReadingEntry(a.id, "1")]
        )
