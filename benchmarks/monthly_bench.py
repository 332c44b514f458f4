"""Monthly report and 工作台 on the 20,000-unit office with a year of data (the ops
benchmark's office: twelve months billed, quarterly payments at the counter), with the
months Dec 2025 – Sep 2026 closed as an office does each month. Targets: PDF ≤ 5 s, XLSX
≤ 5 s, 工作台 refresh ≤ 0.3 s (the tiles; the two charts follow in a second task and are
reported without a target). Baseline: the month's charges summed in raw sqlite3.

Built once into benchmarks/.cache from the ops benchmark's office (copied, then migrated).
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
MONTH = "2026-10"
TODAY = date(2026, 11, 27)
CLOSED = ("2025-12", *(f"2026-{m:02d}" for m in range(1, 10)))
PDF_TARGET = XLSX_TARGET = 5.0
DASHBOARD_TARGET = 0.3

Report = Callable[[str, float, float, float | None], None]


def run(report: Report) -> None:
    from app.services.dashboard_figures import dashboard_figures
    from app.services.office import close_office, open_office
    from app.services.overview import office_overview
    from app.services.permissions import Actor
    from benchmarks.figures import timed
    from reports.monthly import render_monthly

    office = monthly_office()
    conn = sqlite3.connect(office)
    baseline = timed(
        lambda: conn.execute("SELECT SUM(amount) FROM charge WHERE period = ?", (MONTH,)).fetchone()
    )
    conn.close()
    open_office(office)
    actor = Actor.system()
    with tempfile.TemporaryDirectory(prefix="monthly-bench-") as scratch:
        for suffix, target in ((".pdf", PDF_TARGET), (".xlsx", XLSX_TARGET)):
            out = Path(scratch) / f"monthly{suffix}"
            seconds = timed(lambda o=out: render_monthly(actor, MONTH, o, TODAY), 3)
            report(f"monthly report {suffix} (20k units, a year)", seconds, baseline, target)

    def tiles() -> object:
        return office_overview(actor, TODAY, with_fees=False), dashboard_figures(
            actor, TODAY, charts=False
        )

    report("工作台 refresh, tiles (20k units, a year)", timed(tiles, 5), baseline, DASHBOARD_TARGET)
    charts = timed(lambda: dashboard_figures(actor, TODAY, charts=True), 5)
    report("工作台 charts, loaded after the tiles", charts, baseline, None)
    close_office()


def monthly_office() -> Path:
    from app import migrations

    path = CACHE / f"monthly-year-office-v{migrations.CURRENT_VERSION}.db"
    if not path.exists():
        partial = path.with_suffix(".building")
        _build(partial)
        partial.rename(path)
    return path


def _build(target: Path) -> None:
    from app.db import backup_file
    from app.services.month_close import close_month
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor
    from benchmarks.ops_bench import year_office

    source = sorted(CACHE.glob("ops-year-office-v*.db"))
    backup_file(source[-1] if source else year_office(), target)
    open_office(target)  # migrates to this version
    for period in CLOSED:
        close_month(Actor.system(), period, TODAY)
    close_office()
