"""Parking: the month's invoice-book register (发票领用登记簿) for 500 books and 50,000 used
numbers, as PDF and as XLSX (target ≤ 2 s each).

The office (500 books of 120 numbers received in October 2026, issued to ten guards, 100
numbers of each used over 200 November shifts with the odd void, all through the services) is
made once into benchmarks/.cache. The baseline is the register's per-book GROUP BY over the
number ranges in plain sqlite3.

    uv run python -m benchmarks.parking_bench      # this figure alone
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
BOOKS, BOOK_SIZE, USED_PER_BOOK = 500, 120, 100
GUARDS, SHIFTS_PER_GUARD = 10, 20
MONTH = "2026-11"
TARGET = 2.0

Report = Callable[[str, float, float, float | None], None]


def run(report: Report) -> None:
    office = _office()
    with tempfile.TemporaryDirectory(prefix="parking-bench-") as scratch:
        baseline = _baseline(office)
        for kind in ("pdf", "xlsx"):
            seconds = _register_figure(office, Path(scratch) / f"register.{kind}")
            report(f"invoice register {kind.upper()}, {BOOKS} books / 50,000 used", seconds,
                   baseline, TARGET)  # fmt: skip


def _office() -> Path:
    from app import migrations

    path = CACHE / f"parking-office-{BOOKS}-v{migrations.CURRENT_VERSION}.db"
    if path.exists():
        return path
    from app.services import invoice_books, parking_shifts, settings
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    start = time.perf_counter()
    CACHE.mkdir(exist_ok=True)
    building = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    open_office(building)
    settings.ensure_office_identity()
    actor, rng = Actor.system(), random.Random(9)
    guards = [f"保安{n:02d}" for n in range(GUARDS)]
    held: dict[str, list[str]] = {g: [] for g in guards}
    for n in range(BOOKS):
        book = invoice_books.receive_book(
            actor, invoice_type="通用定额发票（停车）", denomination=(10, 5, 20)[n % 3],
            book_code=f"BK{n:04d}", first_number=30_000_000 + n * BOOK_SIZE,
            last_number=30_000_000 + (n + 1) * BOOK_SIZE - 1, received_from="税务局",
            received_on=date(2026, 10, 20),
        )  # fmt: skip
        guard = guards[n % GUARDS]
        invoice_books.issue_book(actor, book.id, guard, guard, date(2026, 10, 31))
        held[guard].append(book.id)
    per_shift = len(held[guards[0]]) * USED_PER_BOOK // SHIFTS_PER_GUARD
    for guard in guards:
        queue = [(book_id, USED_PER_BOOK) for book_id in held[guard]]
        for s in range(SHIFTS_PER_GUARD):
            began = datetime(2026, 11, 1, 0, 0, tzinfo=UTC) + timedelta(days=s, hours=1)
            shift = parking_shifts.open_shift(actor, guard, "东门", started_at=began)
            parking_shifts.record_summary(actor, shift.id, per_shift, str(per_shift * 20))
            wanted = per_shift
            while wanted and queue:
                book_id, left = queue[0]
                take = min(wanted, left)
                first = invoice_books.next_free(invoice_books.InvoiceBook.get_by_id(book_id))
                last = first + take - 1
                voids = {rng.randint(first, last): "撕坏"} if rng.random() < 0.2 else {}
                invoice_books.record_shift_numbers(actor, shift.id, book_id, first, last, voids)
                used = take - len(voids)
                wanted -= used
                queue[0] = (book_id, left - used)
                if left == used:
                    queue.pop(0)
            parking_shifts.close_shift(
                actor, shift.id, str(per_shift * 20), "财务", ended_at=began + timedelta(hours=11)
            )
    close_office()
    building.rename(path)
    print(f"{'parking office, 50,000 numbers (built)':<44} {time.perf_counter() - start:9.1f} s")
    return path


def _register_figure(db: Path, out: Path) -> float:
    from app.services.invoice_register import invoice_register
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor
    from reports.invoice_register import render_invoice_register

    open_office(db)
    actor = Actor.system()
    register = invoice_register(actor, MONTH)
    assert len(register.rows) == BOOKS, len(register.rows)
    assert register.totals["used_month"] == BOOKS * USED_PER_BOOK, register.totals
    samples = []
    for _ in range(3):
        start = time.perf_counter()
        render_invoice_register(actor, MONTH, out)
        samples.append(time.perf_counter() - start)
    close_office()
    return statistics.median(samples)


def _baseline(db: Path) -> float:
    conn = sqlite3.connect(db)
    sql = (
        "SELECT book_id, status, SUM(last_number - first_number + 1) FROM invoice_range "
        "WHERE recorded_on <= '2026-11-30' GROUP BY book_id, status"
    )
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        conn.execute(sql).fetchall()
        samples.append(time.perf_counter() - start)
    conn.close()
    return statistics.median(samples)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    def _print(name: str, seconds: float, baseline: float, target: float | None) -> None:
        mark = "" if target is None or seconds <= target else "  OVER TARGET"
        print(f"{name:<52} {seconds:8.3f} s  baseline {baseline:8.4f} s  target {target} s{mark}")

    run(_print)
