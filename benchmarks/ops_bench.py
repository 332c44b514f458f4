"""Operations: a backup of the 20,000-unit office with a year of data (target ≤ 5 s) and the
start-up `quick_check` on it (target ≤ 0.3 s).

The office is the 20,000-unit demo with two fee items billed for twelve months (Dec 2025 –
Nov 2026, by the real billing service) and about 85 % of the units paying each quarter at the
counter: payments, method lines, allocations, receipts, receipt lines and audit rows written
with raw inserts (the counter service would take a quarter of an hour; what is measured here
is the file, not how it was filled). Built once into benchmarks/.cache.

Baselines: SQLite's own backup API into a file, without checking or compressing; and a bare
`PRAGMA quick_check` on a plain sqlite3 connection.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
BACKUP_TARGET, CHECK_TARGET = 5.0, 0.3
PERIODS = ("2025-12", *(f"2026-{m:02d}" for m in range(1, 12)))
QUARTERS = (PERIODS[0:3], PERIODS[3:6], PERIODS[6:9], PERIODS[9:12])
PAYING_SHARE = 0.85

Report = Callable[[str, float, float, float | None], None]


def run(report: Report) -> None:
    from app.db import inspect_file
    from app.services import backup
    from app.services.office import close_office, open_office
    from benchmarks.figures import demo_office, timed

    office = year_office()
    size_mb = office.stat().st_size / 1e6
    with tempfile.TemporaryDirectory(prefix="ops-bench-", dir=CACHE) as scratch:
        folder = Path(scratch)
        open_office(office)
        made: list[backup.BackupInfo] = []
        stages: dict[str, float] = {}
        start: list[float] = []

        def once() -> None:
            stages.clear()
            start[:] = [time.perf_counter()]
            made.append(backup.create_backup(None, folder, progress=note))

        def note(_done: int, _total: int, stage: str) -> bool:
            stages.setdefault(stage, time.perf_counter() - start[0])
            return True

        seconds = timed(once, 3)
        close_office()
        raw = timed(lambda: _raw_backup(office, folder / "raw.db"), 3)
        report(f"backup, 20k units + a year ({size_mb:.0f} MB)", seconds, raw, BACKUP_TARGET)
        steps = "  ".join(f"{k} from {v:.1f} s" for k, v in stages.items())
        print(f"{'  stages of the last run':<44} {steps}")
        ratio = made[-1].size / office.stat().st_size
        print(f"{'  backup file size / database size':<44} {ratio:9.2f}")
    report(
        f"quick_check at start ({size_mb:.0f} MB)",
        timed(lambda: inspect_file(office), 5),
        timed(lambda: _raw_quick_check(office), 5),
        CHECK_TARGET,
    )
    demo = demo_office(rebuild=False)
    report(
        f"quick_check at start, demo without fees ({demo.stat().st_size / 1e6:.0f} MB)",
        timed(lambda: inspect_file(demo), 5),
        timed(lambda: _raw_quick_check(demo), 5),
        CHECK_TARGET,
    )


def _raw_backup(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()


def _raw_quick_check(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA quick_check").fetchone()
    conn.close()


# --- data -------------------------------------------------------------------------------


def year_office() -> Path:
    from app import migrations
    from benchmarks.figures import demo_office

    path = CACHE / f"ops-year-office-v{migrations.CURRENT_VERSION}.db"
    if not path.exists():
        start = time.perf_counter()
        partial = path.with_suffix(".building")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        _build(demo_office(rebuild=False), partial)
        partial.rename(path)
        print(f"{'office with a year of data (built)':<44} {time.perf_counter() - start:9.1f} s")
    return path


def _build(demo: Path, target: Path) -> None:
    from app.db import backup_file
    from app.models.billing import FeeKind
    from app.services import billing, fees
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    backup_file(demo, target)
    open_office(target)
    system = Actor.system()
    start = date(2025, 12, 1)
    for code, name, kind, price in (("WYF", "物业服务费", FeeKind.AREA, "2.35"),
                                    ("LJF", "垃圾清运费", FeeKind.FIXED, "10")):  # fmt: skip
        item = fees.create_fee_item(system, code, name, kind, price, start)
        fees.assign_in_bulk(system, item.id, fees.UnitSelection(), start)
    for period in PERIODS:
        billing.generate_bills(system, period)
    close_office()
    _pay_quarterly(target)


def _pay_quarterly(target: Path) -> None:
    from app.ids import new_id

    rng = random.Random(7)
    conn = sqlite3.connect(target)
    names = dict(conn.execute("SELECT id, name FROM fee_item"))
    charges: dict[str, dict[str, list[tuple[str, str, int]]]] = {}
    for charge_id, unit_id, item_id, period, amount in conn.execute(
        "SELECT id, unit_id, fee_item_id, period, amount FROM charge ORDER BY period"
    ):
        charges.setdefault(unit_id, {}).setdefault(period, []).append(
            (charge_id, names[item_id], amount)
        )
    units = dict(conn.execute("SELECT id, code FROM unit"))
    paying = sorted(u for u in charges if rng.random() < PAYING_SHARE)
    rows: dict[str, list[tuple]] = {
        k: [] for k in ("pay", "method", "alloc", "rcpt", "line", "audit")
    }
    sequence = 0
    for quarter in QUARTERS:
        day = date(int(quarter[-1][:4]), int(quarter[-1][5:]), 1)
        for unit_id in paying:
            sequence += 1
            paid_on = day.replace(day=rng.randint(1, 28))
            lines = [c for p in quarter for c in charges[unit_id].get(p, [])]
            _receipt(rows, new_id, sequence, unit_id, units[unit_id], paid_on, lines)
    with conn:
        for table, key in (("payment", "pay"), ("payment_method_line", "method"),
                           ("allocation", "alloc"), ("receipt", "rcpt"),
                           ("receipt_line", "line"), ("audit_log", "audit")):  # fmt: skip
            marks = ",".join("?" * len(rows[key][0]))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[key])
        conn.executemany(
            "UPDATE charge SET settled = amount WHERE unit_id = ?", [(u,) for u in paying]
        )
        conn.execute("INSERT INTO document_sequence VALUES ('receipt', 2026, ?)", (sequence,))
    conn.close()


def _receipt(rows, new_id, sequence, unit_id, unit_code, day, lines) -> None:
    stamp = f"{day.isoformat()}T02:00:00.000Z"
    total = sum(amount for _c, _n, amount in lines)
    payment, receipt = new_id(), new_id()
    number = f"SJ2026{sequence:06d}"
    rows["pay"].append((payment, stamp, stamp, 1, unit_id, "业主", total, total, day.isoformat(),
                        stamp, None, "王收银", "counter", None, ""))  # fmt: skip
    rows["method"].append((new_id(), stamp, stamp, 1, payment, "cash", total))
    rows["rcpt"].append((receipt, stamp, stamp, 1, number, 2026, sequence, payment, unit_id,
                         unit_code, "业主", total, f"现金 {total / 100:.2f}", day.isoformat(),
                         stamp, None, "王收银"))  # fmt: skip
    for line_no, (charge_id, name, amount) in enumerate(lines, 1):
        rows["alloc"].append((new_id(), stamp, stamp, 1, payment, charge_id, amount, None))
        rows["line"].append((new_id(), stamp, stamp, 1, receipt, charge_id, name, "", amount,
                             line_no))  # fmt: skip
    rows["audit"].append((new_id(), stamp, stamp, 1, stamp, None, "shouyin", "receipt.issue",
                          "receipt", receipt, None, f'{{"number": "{number}"}}', None))  # fmt: skip
