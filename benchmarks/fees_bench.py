"""Fees: a month's bills for 20,000 units × 3 items (target ≤ 3 s, and ≤ 4× a raw
executemany of the same rows), and one counter payment — collect, allocate, receipt —
for one unit (median of 200, target ≤ 50 ms).

The office is a 20,000-unit demo archive with three items assigned to every unit, built once
into benchmarks/.cache. Each bills sample runs on a fresh copy of it; the baseline inserts
the very rows the generation wrote, with sqlite3.executemany in one transaction, into a
scratch copy of the charge table (same columns, indexes and foreign keys) in the same
database, in this same process. The payment baseline replays the rows each payment wrote
(payment, method line, allocations, receipt and its lines, the charges' settled figure)
with plain sqlite3, one transaction per payment, into another copy.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
UNITS = 20_000
PERIOD, OPEN_PERIODS = "2026-12", ("2026-10", "2026-11")
BILLS_TARGET, BILLS_RATIO_TARGET, COLLECT_TARGET = 3.0, 4.0, 0.05
PAYMENTS = 200
REPEAT = 3
PAID_TABLES = ("payment", "payment_method_line", "allocation", "receipt", "receipt_line")

Report = Callable[[str, float, float, float | None], None]


def run(report: Report) -> None:
    office = _office()
    with tempfile.TemporaryDirectory(prefix="fees-bench-") as scratch:
        work = Path(scratch)
        seconds, baseline, created = _bills_figure(office, work)
        report(f"bills for {UNITS:,} units × 3 items ({created:,} charges)", seconds, baseline,
               BILLS_TARGET)  # fmt: skip
        ratio = seconds / baseline
        verdict = "ok" if ratio <= BILLS_RATIO_TARGET else "OVER TARGET"
        print(f"{'  bills ÷ raw executemany':<44} {ratio:9.1f} ×    target ≤ 4 ×  {verdict}")
        seconds, baseline = _collect_figure(office, work)
        report(f"collect + allocate + receipt (median of {PAYMENTS})", seconds, baseline,
               COLLECT_TARGET)  # fmt: skip


# --- data -------------------------------------------------------------------------------


def _office() -> Path:
    """The 20,000-unit demo archive with 物业服务费, 垃圾清运费 and 公共能耗费 on every unit."""
    from app import migrations

    path = CACHE / f"fees-office-{UNITS}-v{migrations.CURRENT_VERSION}.db"
    if path.exists():
        return path
    from app.demo import generate_demo_office
    from app.models.billing import FeeKind
    from app.services import fees
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    start = time.perf_counter()
    CACHE.mkdir(exist_ok=True)
    building = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    open_office(building)
    generate_demo_office(UNITS, seed=1)
    actor, since = Actor.system(), date(2019, 1, 1)
    for code, name, kind, price in (
        ("WYF", "物业服务费", FeeKind.AREA, "2.35"),
        ("LJF", "垃圾清运费", FeeKind.FIXED, "10"),
        ("GGF", "公共能耗费", FeeKind.FIXED, "5"),
    ):
        item = fees.create_fee_item(actor, code, name, kind, price, since)
        fees.assign_in_bulk(actor, item.id, fees.UnitSelection(), since)
    close_office()
    building.rename(path)
    print(f"{'fees office, 20,000 units (built)':<44} {time.perf_counter() - start:9.1f} s")
    return path


def _copy(office: Path, target: Path) -> Path:
    from app.db import backup_file

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    return backup_file(office, target)


# --- bills ------------------------------------------------------------------------------


def _bills_figure(office: Path, work: Path) -> tuple[float, float, int]:
    from app.services.billing import generate_bills
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    samples, baselines, created = [], [], 0
    for attempt in range(REPEAT):
        copy = _copy(office, work / f"bills-{attempt}.db")
        open_office(copy)
        start = time.perf_counter()
        created = generate_bills(Actor.system(), PERIOD).created
        samples.append(time.perf_counter() - start)
        close_office()
        baselines.append(_executemany_baseline(copy))
        copy.unlink()
    return statistics.median(samples), statistics.median(baselines), created


def _executemany_baseline(db: Path) -> float:
    """The same rows into a scratch copy of the charge table, raw, in one transaction."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    rows = conn.execute("SELECT * FROM charge WHERE period = ?", (PERIOD,)).fetchall()
    for sql in _scratch_ddl(conn):
        conn.execute(sql)
    marks = ", ".join("?" for _ in rows[0])
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(f"INSERT INTO charge_scratch VALUES ({marks})", rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def _scratch_ddl(conn: sqlite3.Connection) -> list[str]:
    """charge's CREATE TABLE and CREATE INDEX statements, renamed (triggers left out)."""
    statements = conn.execute(
        "SELECT type, sql FROM sqlite_master WHERE tbl_name = 'charge' "
        "AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC"
    ).fetchall()
    renamed = []
    for kind, sql in statements:
        if kind == "table":
            renamed.append(sql.replace('"charge"', '"charge_scratch"', 1))
            continue
        head, on, tail = sql.partition(" ON ")
        head = head.replace('"charge_', '"scratch_').replace(" charge_", " scratch_")
        renamed.append(head + on + tail.replace('"charge"', '"charge_scratch"', 1))
    return renamed


# --- collect ----------------------------------------------------------------------------


def _collect_figure(office: Path, work: Path) -> tuple[float, float]:
    from app.services.accounts import account_of
    from app.services.billing import generate_bills
    from app.services.collection import CollectRequest, Tender, collect
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    owing = _copy(office, work / "owing.db")
    open_office(owing)
    actor = Actor.system()
    for period in OPEN_PERIODS:
        generate_bills(actor, period)
    close_office()
    paid = _copy(owing, work / "paid.db")
    open_office(paid)
    from app.models.archive import Unit

    units = [u for (u,) in Unit.select(Unit.id).order_by(Unit.code).limit(PAYMENTS).tuples()]
    samples = []
    for unit_id in units:
        account = account_of(unit_id)
        request = CollectRequest(
            unit_id, [c.id for c in account.charges], [Tender("wechat", str(account.owed))]
        )
        start = time.perf_counter()
        collect(actor, request)
        samples.append(time.perf_counter() - start)
    close_office()
    return statistics.median(samples), _replay_baseline(owing, paid)


def _replay_baseline(owing: Path, paid: Path) -> float:
    """Each payment's rows again, with plain sqlite3, one transaction per payment."""
    source = sqlite3.connect(paid)
    by_payment: dict[str, list[tuple[str, tuple]]] = {}
    for table in PAID_TABLES:
        key = "id" if table == "payment" else "payment_id"
        query = f"SELECT {key}, * FROM {table}"
        if table == "receipt_line":
            query = (
                "SELECT r.payment_id, l.* FROM receipt_line l JOIN receipt r ON r.id = l.receipt_id"
            )
        for payment_id, *values in source.execute(query):
            by_payment.setdefault(payment_id, []).append((table, tuple(values)))
    settled: dict[str, list[tuple[int, str]]] = {}
    for payment_id, charge_id, amount in source.execute(
        "SELECT payment_id, charge_id, amount FROM allocation"
    ):
        settled.setdefault(payment_id, []).append((amount, charge_id))
    source.close()
    conn = sqlite3.connect(owing, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    samples = []
    for payment_id, rows in by_payment.items():
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table, values in rows:
            conn.execute(f"INSERT INTO {table} VALUES ({', '.join('?' for _ in values)})", values)
        conn.executemany(
            "UPDATE charge SET settled = settled + ? WHERE id = ?", settled[payment_id]
        )
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    conn.close()
    return statistics.median(samples)
