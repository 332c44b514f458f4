"""Warehouse: posting one 50-line stock-out (median of 50, target ≤ 100 ms) and a month's
stock ledger for 2,000 items over 50,000 movements (target ≤ 2 s).

The office (2,000 items, 1,000 posted 50-line documents from September to November 2026,
built through the services) is made once into benchmarks/.cache. The posting figure runs on
a copy; its baseline writes the same rows with plain sqlite3 in one transaction (50 line
inserts and 50 item updates). The ledger baseline is one raw GROUP BY over the lines.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
ITEMS, DOCUMENTS, LINES = 2_000, 1_000, 50
POST_TARGET, LEDGER_TARGET = 0.1, 2.0
POSTS = 50

Report = Callable[[str, float, float, float | None], None]


def run(report: Report) -> None:
    office = _office()
    with tempfile.TemporaryDirectory(prefix="stock-bench-") as scratch:
        copy = _copy(office, Path(scratch) / "stock.db")
        seconds, baseline = _post_figure(copy)
        report(f"post a {LINES}-line stock-out (median of {POSTS})", seconds, baseline,
               POST_TARGET)  # fmt: skip
        seconds, baseline = _ledger_figure(copy)
        report(f"stock ledger, {ITEMS:,} items / {DOCUMENTS * LINES:,} moves", seconds,
               baseline, LEDGER_TARGET)  # fmt: skip


def _copy(office: Path, target: Path) -> Path:
    from app.db import backup_file

    return backup_file(office, target)


def _office() -> Path:
    from app import migrations

    path = CACHE / f"stock-office-{ITEMS}-v{migrations.CURRENT_VERSION}.db"
    if path.exists():
        return path
    from app.services import settings, stock
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    start = time.perf_counter()
    CACHE.mkdir(exist_ok=True)
    building = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    open_office(building)
    settings.ensure_office_identity()
    actor, rng = Actor.system(), random.Random(6)
    ids = [stock.create_item(actor, f"M{n:05d}", f"物料{n}", "个", min_qty="5").id
           for n in range(ITEMS)]  # fmt: skip
    for n in range(DOCUMENTS):
        day = date(2026, 9 + n * 3 // DOCUMENTS, 1 + n % 28)
        if n % 2 == 0 or n < ITEMS // LINES * 2:
            chosen = ids[(n * LINES) % ITEMS : (n * LINES) % ITEMS + LINES]
            lines = [stock.LineInput(i, str(rng.randint(20, 80)),
                                     f"{rng.randint(100, 99999) / 100:.2f}") for i in chosen]  # fmt: skip
            data = stock.DocumentInput("in", "purchase", day, lines)
        else:
            lines = [stock.LineInput(i, str(rng.randint(1, 3))) for i in rng.sample(ids, LINES)]
            data = stock.DocumentInput("out", "issue", day, lines, department="工程部",
                                       recipient="李师傅")  # fmt: skip
        stock.create_and_post(actor, data)
    close_office()
    building.rename(path)
    print(f"{'stock office, 50,000 moves (built)':<44} {time.perf_counter() - start:9.1f} s")
    return path


def _post_figure(db: Path) -> tuple[float, float]:
    from app.services import stock
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    open_office(db)
    actor, rng = Actor.system(), random.Random(7)
    ids = [row.id for row in stock.items_query(actor).where(stock.StockItem.qty > 10)]
    samples = []
    for _ in range(POSTS):
        lines = [stock.LineInput(i, "1") for i in rng.sample(ids, LINES)]
        data = stock.DocumentInput("out", "issue", date(2026, 11, 28), lines,
                                   department="保洁部", recipient="王阿姨")  # fmt: skip
        draft = stock.create_draft(actor, data)
        start = time.perf_counter()
        stock.post_document(actor, draft.id)
        samples.append(time.perf_counter() - start)
    close_office()
    return statistics.median(samples), _post_baseline(db, ids[:LINES])


def _post_baseline(db: Path, ids: list[str]) -> float:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TEMP TABLE line_scratch AS SELECT * FROM stock_line WHERE 0")
    rows = [(f"x{n}", "t", "t", 1, "d", n, i, 1000, None, 480, None, 0, 0)
            for n, i in enumerate(ids)]  # fmt: skip
    samples = []
    for _ in range(20):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO line_scratch VALUES ({','.join('?' * 13)})", rows)
        for i in ids:
            conn.execute("SELECT qty, value FROM stock_item WHERE id = ?", (i,)).fetchone()
            conn.execute("UPDATE stock_item SET qty = qty, row_version = row_version + 1 "
                         "WHERE id = ?", (i,))  # fmt: skip
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
        conn.execute("DELETE FROM line_scratch")
    conn.close()
    return statistics.median(samples)


def _ledger_figure(db: Path) -> tuple[float, float]:
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor
    from app.services.stock_ledger import stock_ledger

    open_office(db)
    actor = Actor.system()
    samples = []
    for _ in range(3):
        start = time.perf_counter()
        ledger = stock_ledger(actor, "2026-11")
        samples.append(time.perf_counter() - start)
    assert len(ledger.rows) == ITEMS, len(ledger.rows)
    close_office()
    conn = sqlite3.connect(db)
    start = time.perf_counter()
    conn.execute("SELECT item_id, SUM(quantity), SUM(amount) FROM stock_line "
                 "GROUP BY item_id").fetchall()  # fmt: skip
    baseline = time.perf_counter() - start
    conn.close()
    return statistics.median(samples), baseline


if __name__ == "__main__":

    def _print(name: str, seconds: float, baseline: float, target: float | None = None) -> None:
        print(f"{name:<44} {seconds * 1000:9.1f} ms   baseline {baseline * 1000:8.2f} ms")

    run(_print)
