"""Service desk: the 客服 page opening on an office with 100,000 complaints (target ≤ 300 ms)
and a month's service figures over those records (target ≤ 500 ms).

The office is made once into benchmarks/.cache: 100,000 complaints over
three years, written in bulk (through the services it would take minutes; the figures read,
they do not write). About 300 recent complaints are still open, as in a busy office. The
baselines are the raw SQL the figures boil down to: the open complaints' rows, and one
aggregate over the month's complaints.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
COMPLAINTS, OPEN = 100_000, 300
PAGE_TARGET, FIGURES_TARGET = 0.3, 0.5
TODAY = date(2026, 11, 27)

Report = Callable[[str, float, float, float | None], None]


def run(report: Report) -> None:
    office = _office()
    seconds, baseline = _page_figure(office)
    report(f"客服 page, {COMPLAINTS:,} complaints", seconds, baseline, PAGE_TARGET)
    seconds, baseline = _figures_figure(office)
    report("service figures for a month", seconds, baseline, FIGURES_TARGET)


def _complaint_rows(rng: random.Random) -> list[dict]:
    from app.clock import utcnow
    from app.ids import new_id
    from app.workdays import add_workdays

    now, rows = utcnow(), []
    start = TODAY - timedelta(days=3 * 365)
    for n in range(COMPLAINTS):
        is_open = n >= COMPLAINTS - OPEN
        day = (
            TODAY - timedelta(days=rng.randrange(6))
            if is_open
            else start + timedelta(days=n * 3 * 365 // COMPLAINTS)
        )
        due = add_workdays(day, 2)
        answered = None if is_open else due - timedelta(days=rng.randrange(2))
        rows.append(
            {
                "id": new_id(),
                "created_at": now,
                "updated_at": now,
                "row_version": 1,
                "number": f"TS{day.year}{n:07d}",
                "received_at": now,
                "received_on": day,
                "channel": "phone",
                "category": rng.choice(("noise", "cleaning", "parking")),
                "complainant": f"业主{n % 5000}",
                "phone": "",
                "description": "噪音扰民",
                "receiver": "李客服",
                "validity": "" if is_open else "valid",
                "validity_reason": "",
                "due_date": due,
                "report_due": add_workdays(day, 1),
                "reported_on": answered,
                "feedback_on": answered,
                "feedback": "",
                "visit_on": answered,
                "satisfaction": "" if is_open else "satisfied",
                "visit_note": "",
                "status": "open" if is_open else "closed",
            }
        )
    return rows


def _office() -> Path:
    from app import migrations

    path = CACHE / f"service-office-{COMPLAINTS}-v{migrations.CURRENT_VERSION}.db"
    if path.exists():
        return path
    from app.db import database, transaction
    from app.models import Complaint
    from app.services import settings
    from app.services.office import close_office, open_office

    start = time.perf_counter()
    CACHE.mkdir(exist_ok=True)
    building = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    open_office(building)
    settings.ensure_office_identity()
    rows = _complaint_rows(random.Random(11))
    with transaction():
        for chunk in range(0, len(rows), 500):
            Complaint.insert_many(rows[chunk : chunk + 500]).execute()
    database.execute_sql("ANALYZE")
    close_office()
    building.rename(path)
    print(
        f"{'service office, 100,000 complaints (built)':<44} {time.perf_counter() - start:9.1f} s"
    )
    return path


def _page_figure(db: Path) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from app.services.office import close_office, open_office
    from app.services.permissions import Actor
    from ui.pages.service import ServicePage

    app = QApplication.instance() or QApplication([])
    open_office(db)
    actor = Actor.system()
    samples, pages = [], []
    for _ in range(5):
        start = time.perf_counter()
        page = ServicePage(actor)
        page.on_shown()
        app.processEvents()
        samples.append(time.perf_counter() - start)
        pages.append(page)
    assert pages[-1].complaints.model.rowCount() == OPEN
    close_office()
    conn = sqlite3.connect(db)
    start = time.perf_counter()
    conn.execute("SELECT * FROM complaint WHERE status = 'open'").fetchall()
    baseline = time.perf_counter() - start
    conn.close()
    return statistics.median(samples), baseline


def _figures_figure(db: Path) -> tuple[float, float]:
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor
    from app.services.service_figures import service_figures

    open_office(db)
    actor = Actor.system()
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        figures = service_figures(actor, date(2026, 10, 1), date(2026, 10, 31), TODAY)
        samples.append(time.perf_counter() - start)
    assert figures.complaints > 2000, figures.complaints
    close_office()
    conn = sqlite3.connect(db)
    start = time.perf_counter()
    conn.execute(
        "SELECT COUNT(*), SUM(validity = 'valid'), SUM(feedback_on <= due_date) FROM complaint "
        "WHERE received_on BETWEEN '2026-10-01' AND '2026-10-31'"
    ).fetchall()
    baseline = time.perf_counter() - start
    conn.close()
    return statistics.median(samples), baseline


if __name__ == "__main__":

    def _print(name: str, seconds: float, baseline: float, target: float | None = None) -> None:
        print(f"{name:<44} {seconds * 1000:9.1f} ms   baseline {baseline * 1000:8.2f} ms")

    run(_print)
