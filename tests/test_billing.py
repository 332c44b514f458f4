"""Bill generation: amounts to the fen, pro-rating, vacant rate, rates by date, idempotency,
closed months, and all-or-nothing under a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.db import database
from app.errors import ValidationError
from app.models import BillingPeriod, Charge, VacancyNotice
from app.models.billing import FeeKind
from app.services import billing, fees
from app.services.meter_readings import ReadingEntry, record_reading
from app.services.permissions import Actor
from tests.billing_fixtures import small_office


def charges_of(unit, period: str = "2026-11") -> dict[str, Decimal]:
    return {
        c.fee_item.code: c.amount
        for c in Charge.select().where((Charge.unit == unit) & (Charge.period == period))
    }


def test_month_bills_to_the_fen(db_path: Path, system_actor: Actor) -> None:
    office = small_office(system_actor)
    result = billing.generate_bills(system_actor, "2026-11")
    assert result.created == 6 and result.already_there == 0
    assert charges_of(office["a"]) == {
        "WYF": Decimal("210.33"),
        "LJF": Decimal("10.00"),
    }  # 89.5×2.35=210.325
    # handed over on the 16th: 15 of 30 days
    assert charges_of(office["b"]) == {"WYF": Decimal("141.39"), "LJF": Decimal("5.00")}
    assert charges_of(office["c"]) == {"WYF": Decimal("141.00"), "LJF": Decimal("10.00")}
    assert result.total == Decimal("517.72")


def test_second_run_creates_nothing(db_path: Path, system_actor: Actor) -> None:
    small_office(system_actor)
    billing.generate_bills(system_actor, "2026-11")
    again = billing.generate_bills(system_actor, "2026-11")
    assert again.nothing_new and again.already_there == 6
    assert Charge.select().count() == 6


def test_whole_month_setting(db_path: Path, system_actor: Actor) -> None:
    from app.services import settings

    office = small_office(system_actor)
    settings.set_value(system_actor, settings.PRORATE_FIRST_MONTH, "whole")
    billing.generate_bills(system_actor, "2026-11")
    assert charges_of(office["b"])["WYF"] == Decimal("282.78")  # 120.33 × 2.35 = 282.7755


def test_vacant_unit_with_notice_pays_seventy_percent(db_path: Path, system_actor: Actor) -> None:
    office = small_office(system_actor)
    VacancyNotice.create(
        unit=office["a"], notice_date=date(2026, 10, 20), start_date=date(2026, 11, 1)
    )
    billing.generate_bills(system_actor, "2026-11")
    line = Charge.get((Charge.unit == office["a"]) & (Charge.fee_item == office["service"]))
    assert line.amount == Decimal("147.23")  # 210.325 × 0.7 = 147.2275
    assert line.rate_percent == 70
    assert charges_of(office["a"])["LJF"] == Decimal("10.00")  # the discount is per item


def test_price_change_applies_from_its_date(db_path: Path, system_actor: Actor) -> None:
    office = small_office(system_actor)
    fees.set_rate(system_actor, office["service"].id, date(2026, 12, 1), "2.8000")
    billing.generate_bills(system_actor, "2026-11")
    billing.generate_bills(system_actor, "2026-12")
    assert charges_of(office["a"], "2026-11")["WYF"] == Decimal("210.33")
    assert charges_of(office["a"], "2026-12")["WYF"] == Decimal("250.60")


def test_metered_and_shared_items(db_path: Path, system_actor: Actor) -> None:
    office = small_office(system_actor)
    water = fees.create_fee_item(
        system_actor, "SF", "水费", FeeKind.METERED, "4.5000", date(2025, 1, 1), "元/吨"
    )
    lift = fees.create_fee_item(
        system_actor, "GT", "公摊电费", FeeKind.SHARED, "0", date(2025, 1, 1)
    )
    for item in (water, lift):
        fees.assign_in_bulk(system_actor, item.id, fees.UnitSelection(), date(2025, 1, 1))

    def read(period: str, value: str, day: date) -> None:
        entry = ReadingEntry(office["a"].id, value)
        record_reading(system_actor, water.id, period, day, entry)

    read("2026-10", "100.5", date(2026, 10, 28))
    read("2026-11", "112.75", date(2026, 11, 28))
    with pytest.raises(ValidationError, match="below the last reading"):
        read("2026-12", "99", date(2026, 12, 28))
    fees.set_shared_cost(system_actor, lift.id, "2026-11", "100.00")
    billing.generate_bills(system_actor, "2026-11")
    assert charges_of(office["a"])["SF"] == Decimal("55.13")  # 12.25 t × 4.5 = 55.125
    shares = [c.amount for c in Charge.select().where(Charge.fee_item == lift)]
    assert sum(shares) == Decimal("100.00") and len(shares) == 3


def test_closed_month_refuses_changes(db_path: Path, system_actor: Actor) -> None:
    office = small_office(system_actor)
    billing.generate_bills(system_actor, "2026-11")
    BillingPeriod.update(closed_at="2026-12-01T00:00:00.000Z").where(
        BillingPeriod.period == "2026-11"
    ).execute()
    with pytest.raises(ValidationError, match="closed"):
        billing.generate_bills(system_actor, "2026-11")
    with pytest.raises(Exception, match="closed"):
        database.execute_sql("UPDATE charge SET amount = 1 WHERE period = '2026-11'")
    with pytest.raises(Exception, match="closed"):
        database.execute_sql("DELETE FROM charge WHERE unit_id = ?", (office["a"].id,))


@pytest.mark.parametrize("period", ["2026-13", "26-11", "", "2026/11", "abcd-ef"])
def test_bad_period_is_refused(db_path: Path, system_actor: Actor, period: str) -> None:
    with pytest.raises(ValidationError, match="YYYY-MM"):
        billing.generate_bills(system_actor, period)


def test_inactive_and_unassigned_items_make_no_bills(db_path: Path, system_actor: Actor) -> None:
    office = small_office(system_actor)
    fees.end_assignment(
        system_actor,
        fees.FeeAssignment.get(
            (fees.FeeAssignment.unit == office["c"])
            & (fees.FeeAssignment.fee_item == office["garbage"])
        ).id,
        date(2026, 10, 31),
    )
    billing.generate_bills(system_actor, "2026-11")
    assert "LJF" not in charges_of(office["c"])


KILLER = """
import sys, time
from app.db import database
from app.services.office import open_office
from app.services import billing
from app.services.meter_readings import ReadingEntry, record_reading
from app.services.permissions import Actor
open_office(sys.argv[1])
conn = database.connection()
def slow():
    print("inside", flush=True)
    time.sleep(30)
    return 0
conn.create_function("slow_down", 0, slow)
database.execute_sql("CREATE TEMP TRIGGER slow AFTER INSERT ON main.charge "
                     "WHEN NEW.rowid % 1000 = 500 BEGIN SELECT slow_down(); END")
billing.generate_bills(Actor.system(), "2026-11")
"""


def test_kill_during_generation_leaves_the_month_untouched(
    db_path: Path, system_actor: Actor
) -> None:
    from app.demo import generate_demo_office

    generate_demo_office(800, seed=5)
    for item in (
        fees.create_fee_item(
            system_actor, "WYF", "物业服务费", FeeKind.AREA, "2.35", date(2019, 1, 1)
        ),
    ):
        fees.assign_in_bulk(system_actor, item.id, fees.UnitSelection(), date(2019, 1, 1))
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLER, str(db_path)], cwd=root, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "inside"  # mid-transaction, rows being written
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert Charge.select().where(Charge.period == "2026-11").count() == 0
    result = billing.generate_bills(system_actor, "2026-11")  # and the month can still be made
    assert result.created > 500


def test_shared_cost_lines_add_up_exactly_for_many_units(
    db_path: Path, system_actor: Actor
) -> None:
    from app.demo import generate_demo_office

    generate_demo_office(157, seed=11)
    lift = fees.create_fee_item(
        system_actor, "GT", "公摊电费", FeeKind.SHARED, "0", date(2019, 1, 1)
    )
    fees.assign_in_bulk(system_actor, lift.id, fees.UnitSelection(), date(2019, 1, 1))
    fees.set_shared_cost(system_actor, lift.id, "2026-11", "1234.57")
    billing.generate_bills(system_actor, "2026-11")
    shares = [c.amount for c in Charge.select().where(Charge.fee_item == lift)]
    assert sum(shares) == Decimal("1234.57") and len(shares) > 100
