"""Sync: capture overhead on insert_many of 100,000 rows (target ≤ 2.5× the same insert with
capture off), and — with a head-office server — pushing 100,000 pending changes.

The capture figure inserts communities (a table with no search index, so the overhead is not
hidden behind other triggers) through peewee's insert_many in one transaction, once with
sync configured (every row also written to the outbox as a JSON image) and once with capture
switched off, on fresh files; the baseline is the uncaptured insert, so the ratio is the
overhead itself. A second figure updates all those rows in one raw UPDATE: no Python in
the loop, so it shows the triggers' own cost.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROWS = 100_000
CAPTURE_RATIO_TARGET = 2.5

Report = Callable[[str, float, float, float | None], None]


def run(report: Report) -> None:
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as scratch:
        plain = _insert_rows(Path(scratch) / "plain.db", capture=False)
        captured = _insert_rows(Path(scratch) / "captured.db", capture=True)
    report(
        f"insert_many {ROWS:,} rows with capture",
        captured[0],
        plain[0],
        plain[0] * CAPTURE_RATIO_TARGET,
    )
    report(f"one UPDATE of {ROWS:,} rows with capture", captured[1], plain[1], None)


def _insert_rows(path: Path, *, capture: bool) -> tuple[float, float]:
    from app.db import database, transaction
    from app.models import Community
    from app.models.sync import SyncState
    from app.services import sync
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    open_office(path)
    try:
        sync.configure(Actor.system(), "http://127.0.0.1:9", "BENCH", "b" * 32)
        if not capture:
            SyncState.update(enabled=False).execute()
        rows = [
            {"code": f"C{n}", "name": f"小区{n}", "address": f"幸福路{n}号"} for n in range(ROWS)
        ]
        start = time.perf_counter()
        with transaction():
            for first in range(0, ROWS, 1000):
                Community.insert_many(rows[first : first + 1000]).execute()
        peewee_seconds = time.perf_counter() - start
        start = time.perf_counter()
        with transaction():
            database.execute_sql("UPDATE community SET address = address || '甲'")
        return peewee_seconds, time.perf_counter() - start
    finally:
        close_office()


if __name__ == "__main__":
    from benchmarks.figures import report

    run(report)
