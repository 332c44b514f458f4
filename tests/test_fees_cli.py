"""Fee commands as IT runs them: `bills generate` (idempotent), `fee item add`, `fee assign`,
`fee list`, exit codes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fees-cli") / "demo.db"
    made = run("demo", "--units", "60", "--seed", "4", "--db", str(path))
    assert made.returncode == 0, made.stderr
    return path


def count(db: Path, sql: str, *params: object) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def test_bills_generate_twice(demo: Path) -> None:
    db = str(demo)
    first = run("--db", db, "bills", "generate", "--period", "2026-11", "--json")
    assert first.returncode == 0, first.stderr
    result = json.loads(first.stdout)
    # Bills only: the demo also raises one-off charges this month (renovation deposits and fees).
    created = count(demo, "SELECT COUNT(*) FROM charge WHERE period = '2026-11' AND kind = 'bill'")
    assert result["period"] == "2026-11" and result["created"] == created > 0
    assert result["nothing_new"] is False and result["already_there"] == 0
    again = run("--db", db, "bills", "generate", "--period", "2026-11")
    assert again.returncode == 0, again.stderr
    assert "nothing new: the month was already generated" in again.stdout
    as_json = json.loads(
        run("--db", db, "bills", "generate", "--period", "2026-11", "--json").stdout
    )
    assert as_json["created"] == 0 and as_json["already_there"] == created
    assert as_json["nothing_new"] is True


def test_bills_generate_prints_what_it_made(demo: Path) -> None:
    result = run("--db", str(demo), "bills", "generate", "--period", "2026-12")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("2026-12: ") and " new charges, 0 already there, total ¥" in line


@pytest.mark.parametrize("period", ["2026-13", "202611", "next"])
def test_bad_period_is_rejected(demo: Path, period: str) -> None:
    result = run("--db", str(demo), "bills", "generate", "--period", period)
    assert result.returncode == 3
    assert "YYYY-MM" in result.stderr and "Traceback" not in result.stderr


def test_fee_item_add_assign_list(demo: Path) -> None:
    db = str(demo)
    added = run(
        "--db", db, "fee", "item", "add", "DTF", "--name", "电梯费", "--kind", "fixed",
        "--price", "15", "--from", "2026-01-01", "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["code"] == "DTF"
    assigned = run(
        "--db", db, "fee", "assign", "DTF", "--type", "住宅", "--status", "occupied", "出租",
        "--from", "2026-01-01", "--json",
    )  # fmt: skip
    assert assigned.returncode == 0, assigned.stderr
    expected = count(
        demo,
        "SELECT COUNT(*) FROM unit WHERE unit_type = 'residential' "
        "AND status IN ('occupied', 'rented')",
    )
    assert json.loads(assigned.stdout)["assigned"] == expected > 0
    again = run("--db", db, "fee", "assign", "DTF", "--from", "2026-01-01", "--building", "1栋")
    assert again.returncode == 0, again.stderr
    listed = json.loads(run("--db", db, "fee", "list", "--json").stdout)
    codes = [row["code"] for row in listed]
    assert codes[:4] == ["WYF", "LJF", "SF", "CWF"] and "DTF" in codes
    lift = next(row for row in listed if row["code"] == "DTF")
    assert (
        lift["price"] == "15.0000" and lift["kind"] == "fixed" and lift["unit_label"] == "元/户·月"
    )
    assert lift["units"] == count(
        demo, "SELECT COUNT(*) FROM fee_assignment a JOIN fee_item f ON f.id = a.fee_item_id "
        "WHERE f.code = 'DTF'",
    )  # fmt: skip
    plain = run("--db", db, "fee", "list")
    assert plain.returncode == 0 and "物业服务费" in plain.stdout


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("fee", "item", "add", "WYF", "--name", "x", "--kind", "fixed", "--price", "1",
          "--from", "2026-01-01"), 3, "already used"),
        (("fee", "item", "add", "NEW", "--name", "x", "--kind", "hourly", "--price", "1",
          "--from", "2026-01-01"), 2, "invalid choice"),
        (("fee", "item", "add", "NEW", "--name", "x", "--kind", "fixed", "--price", "1.23456",
          "--from", "2026-01-01"), 3, "Price"),
        (("fee", "item", "add", "NEW", "--name", "x", "--kind", "fixed", "--price", "1",
          "--from", "2026-02-30"), 3, "From"),
        (("fee", "assign", "NOPE", "--from", "2026-01-01"), 3, "no item NOPE"),
        (("fee", "assign", "WYF", "--type", "castle", "--from", "2026-01-01"), 3, "castle"),
        (("fee", "assign", "WYF", "--building", "99栋", "--from", "2026-01-01"), 3, "Building"),
    ],
)  # fmt: skip
def test_bad_fee_commands(demo: Path, args: tuple[str, ...], code: int, words: str) -> None:
    result = run("--db", str(demo), *args)
    assert result.returncode == code, result.stderr
    assert words in result.stderr and "Traceback" not in result.stderr


def test_fee_list_prices_on_the_offices_day(db_path: Path, system_actor) -> None:
    """`fee list` shows the price in force on the office's date, not the PC's."""
    import argparse
    from datetime import date, datetime, timedelta
    from zoneinfo import ZoneInfo

    from app.fees_commands import cmd_fee_list
    from app.services import fees, settings

    zone = "Etc/GMT+12"  # twelve hours behind UTC: a day behind Shanghai most of the day
    settings.set_value(system_actor, settings.TIMEZONE, zone)
    office_day = datetime.now(ZoneInfo(zone)).date()
    item = fees.create_fee_item(system_actor, "DTF", "电梯费", "fixed", "15", date(2026, 1, 1))
    fees.set_rate(system_actor, item.id, office_day + timedelta(days=1), "18")
    [row] = cmd_fee_list(argparse.Namespace(db=db_path))
    assert (row["price"], row["price_from"]) == ("15.0000", "2026-01-01")
