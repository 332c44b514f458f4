"""Meter readings from files: the template imports into the demo office, every mistake is
reported at once with its row and column and nothing is written, a meter change, and the
command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.errors import PermissionDenied
from app.importers.reading_book import READINGS
from app.importers.readings import import_readings, write_template
from app.models import FeeItem, MeterReading, Unit
from app.models.billing import FeeAssignment
from app.services.permissions import Actor, Role
from app.services.unit_facts import office_today
from tests.billing_fixtures import demo_with_fees, one_sheet_book, user

ROOT = Path(__file__).resolve().parents[1]
HEADER = [column.name for column in READINGS.columns]
NOV = "2026-11"


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> Path:
    demo_with_fees(system_actor)
    return db_path


def book(path: Path, rows: list[list[object]]) -> Path:
    return one_sheet_book(path, READINGS, rows)


def row(unit: str, reading: object, period: str = NOV, **extra: object) -> list[object]:
    values = {"房号": unit, "项目": "水费", "月份": period, "本次读数": reading}
    values.update(extra)
    return [values.get(name) for name in HEADER]


def water_units(count: int) -> list[tuple[str, Decimal]]:
    """Units paying 水费 with their October reading, by code."""
    water = FeeItem.get(FeeItem.code == "SF")
    query = (
        Unit.select(Unit.code, MeterReading.current_reading)
        .join(MeterReading, on=(MeterReading.unit == Unit.id))
        .where((MeterReading.fee_item == water) & (MeterReading.period == "2026-10"))
        .order_by(Unit.code)
        .limit(count)
    )
    return list(query.tuples())


def readings_of(period: str) -> dict[str, tuple[Decimal, Decimal, bool]]:
    query = (
        MeterReading.select(
            Unit.code,
            MeterReading.previous_reading,
            MeterReading.current_reading,
            MeterReading.meter_change,
        )
        .join(Unit)
        .where(MeterReading.period == period)
    )
    return {code: (prev, cur, bool(change)) for code, prev, cur, change in query.tuples()}


def test_template_imports_into_the_demo_office(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    template = write_template(tmp_path / "readings.xlsx")
    sheets = load_workbook(template).sheetnames
    assert sheets == ["抄表", "说明"]
    report = import_readings(system_actor, template)
    assert report.ok, report.errors
    assert report.counts == {"rows": 1, "readings": 1, "units": 1, "meter_changes": 0}
    previous, current, change = readings_of(NOV)["1-1-201"]
    assert current == Decimal("3200.00") and not change
    assert (
        previous
        == MeterReading.get(
            (MeterReading.unit == Unit.get(Unit.code == "1-1-201"))
            & (MeterReading.period == "2026-10")
        ).current_reading
    )  # counted from October's reading


def test_every_mistake_at_once_and_nothing_written(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    (a, last_a), (b, _), (c, _), (d, last_d) = water_units(4)
    garage = Unit.select().where(Unit.id.not_in(FeeAssignment.select(FeeAssignment.unit))).get()
    tomorrow = office_today() + timedelta(days=1)
    path = book(
        tmp_path / "bad.xlsx",
        [
            row(a, str(last_a + 5)),  # 2: fine
            row("9-9-999", "10"),  # 3: no such unit
            row(b, "abc"),  # 4: not a number
            row(c, "10", period="2026-13"),  # 5: not a month
            row(d, str(last_d - 1)),  # 6: below the last reading
            row(a, str(last_a + 6)),  # 7: the same meter and month again
            row(b, "10", 项目="燃气费"),  # 8: no such metered item
            row(c, "10", 抄表日期=tomorrow),  # 9: in the future
            row(garage.code, "10"),  # 10: the unit doesn't pay water
            row(d, "12.345"),  # 11: three decimals
            row(c, "10", 换表="也许"),  # 12: not yes/no
            row(c, "10", 新表起数="2"),  # 13: a first reading without a meter change
        ],
    )
    report = import_readings(system_actor, path, dry_run=True)
    assert not report.ok
    located = [(e["row"], e["column"]) for e in report.errors]
    assert located == [
        (3, "房号"),
        (4, "本次读数"),
        (5, "月份"),
        (6, "本次读数"),
        (7, "房号"),
        (8, "项目"),
        (9, "抄表日期"),
        (10, "房号"),
        (11, "本次读数"),
        (12, "换表"),
        (13, "新表起数"),
    ]
    assert all(e["sheet"] == "抄表" for e in report.errors)
    assert "below the last reading" in report.errors[3]["message"]
    assert not import_readings(system_actor, path).ok
    assert readings_of(NOV) == {}


def test_a_meter_change_counts_from_the_new_meter(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    (a, last_a), (b, last_b) = water_units(2)
    path = book(
        tmp_path / "change.xlsx",
        [
            row(a, "7.5", 换表="是"),
            row(b, "20", 换表="是", 新表起数="3"),
            row(b, str(last_b + 30), period="2026-12", 抄表日期=office_today()),
        ],
    )
    report = import_readings(system_actor, path)
    assert report.ok, report.errors
    assert report.counts["meter_changes"] == 2
    got = readings_of(NOV)
    assert got[a] == (Decimal("0.00"), Decimal("7.50"), True)
    assert got[b] == (Decimal("3.00"), Decimal("20.00"), True)
    # December counts from November's reading on the new meter
    assert readings_of("2026-12")[b][0] == Decimal("20.00")
    assert last_a > Decimal("7.5")  # the old meter stood higher: only a change allows this


def test_billed_months_refuse_a_different_reading(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    ((a, last_a),) = water_units(1)
    october = readings_of("2026-10")[a]
    same = book(tmp_path / "same.xlsx", [row(a, str(october[1]), period="2026-10")])
    assert import_readings(system_actor, same).ok  # unchanged: harmless
    other = book(tmp_path / "other.xlsx", [row(a, str(october[1] + 1), period="2026-10")])
    report = import_readings(system_actor, other)
    assert not report.ok and "already billed" in report.errors[0]["message"]
    assert readings_of("2026-10")[a] == october
    assert last_a == october[1]


def test_needs_the_billing_permission(office: Path, system_actor: Actor, tmp_path: Path) -> None:
    keeper = user(system_actor, "cangguan", Role.WAREHOUSE_KEEPER)
    with pytest.raises(PermissionDenied):
        import_readings(keeper, write_template(tmp_path / "t.xlsx"))


def test_missing_sheet(office: Path, system_actor: Actor, tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.title = "Sheet1"
    workbook.save(tmp_path / "wrong.xlsx")
    report = import_readings(system_actor, tmp_path / "wrong.xlsx")
    assert not report.ok and "抄表" in report.errors[0]["message"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_command_line(office: Path, tmp_path: Path) -> None:
    template = tmp_path / "readings.xlsx"
    made = cli("template", "readings", "--out", str(template))
    assert made.returncode == 0, made.stderr
    db = str(office)
    dry = cli("--db", db, "import", "readings", str(template), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout) == {
        "ok": True,
        "counts": {"rows": 1, "readings": 1, "units": 1, "meter_changes": 0},
        "errors": [],
    }
    assert readings_of(NOV) == {}
    done = cli("--db", db, "import", "readings", str(template))
    assert done.returncode == 0 and "readings: 1" in done.stdout
    bad = book(tmp_path / "bad.xlsx", [row("1-1-201", "1")])  # below October's reading
    refused = cli("--db", db, "import", "readings", str(bad), "--json")
    assert refused.returncode == 3
    errors = json.loads(refused.stdout)["errors"]
    assert [(e["row"], e["column"]) for e in errors] == [(2, "本次读数")]
