"""PropDesk speed benchmark: `uv run python -m benchmarks [--quick] [--json FILE]`.

Prints each figure beside a raw-SQLite baseline measured in this same run (same machine, same
moment), and the ratio, so figures from different machines can be compared. Targets come from
the issues; a figure over its target is marked.

Data files are built once into benchmarks/.cache (a 20,000-unit demo office and a
1,000,000-unit table) and reused; `--rebuild` makes them again.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CACHE = Path(__file__).resolve().parent / ".cache"
DEMO_UNITS = 20_000
BIG_ROWS = 1_000_000
RESULTS: list[dict[str, object]] = []
# each benchmarks/<name>_bench.py has run(report); run in this order
MODULES = (
    "search", "archive_io", "fees", "receipt", "fees_reports", "stock", "service", "parking",
    "ops", "sync", "headoffice", "monthly", "affairs",
)  # fmt: skip


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `fn` in seconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def report(name: str, seconds: float, baseline: float, target: float | None = None) -> None:
    ratio = seconds / baseline if baseline > 0 else float("inf")
    RESULTS.append(
        {
            "figure": name,
            "seconds": seconds,
            "baseline_seconds": baseline,
            "ratio": ratio,
            "target_seconds": target,
        }
    )
    verdict = ""
    if target is not None:
        verdict = "  ok" if seconds <= target else f"  OVER TARGET {target * 1000:.0f} ms"
    print(
        f"{name:<44} {seconds * 1000:9.1f} ms   baseline {baseline * 1000:8.2f} ms"
        f"   ×{ratio:7.1f}{verdict}"
    )


# --- data -------------------------------------------------------------------------------


def demo_office(rebuild: bool) -> Path:
    path = CACHE / f"demo-{DEMO_UNITS}.db"
    if rebuild or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "main.py", "demo", "--units", str(DEMO_UNITS), "--db", str(path)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        print(
            f"{'demo office, 20,000 units, every module':<44} {time.perf_counter() - start:9.1f} s"
            "    (built once)"
        )
    return path


def big_table(rebuild: bool, rows: int) -> Path:
    """A million units under 1,000 buildings, written with raw SQL (the generator's realism
    is not needed to measure the table)."""
    path = CACHE / f"units-{rows}.db"
    if path.exists() and not rebuild:
        return path
    from app.ids import new_id
    from app.services.office import close_office, open_office
    from app.unit_order import code_sort_key

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_office(path)
    close_office()
    stamp = "2026-11-27T00:00:00.000Z"
    conn = sqlite3.connect(path)
    with conn:
        community = new_id()
        conn.execute(
            "INSERT INTO community VALUES (?,?,?,1,'BIG','大社区','')", (community, stamp, stamp)
        )
        for b in range(1, rows // 1000 + 1):
            building = new_id()
            conn.execute(
                "INSERT INTO building VALUES (?,?,?,1,?,?,?,34,?)",
                (building, stamp, stamp, community, str(b), f"{b}栋", b),
            )
            rows = []
            for e in (1, 2):
                entrance = new_id()
                conn.execute(
                    "INSERT INTO entrance VALUES (?,?,?,1,?,?,?,?)",
                    (entrance, stamp, stamp, building, str(e), f"{e}单元", e),
                )
                for n in range(500):
                    floor, room = n // 4 + 1, f"{n // 4 + 1}{n % 4 + 1:02d}"
                    code = f"{b}-{e}-{room}"
                    rows.append(
                        (
                            new_id(),
                            stamp,
                            stamp,
                            entrance,
                            code,
                            floor,
                            room,
                            "residential",
                            8000 + n * 7,
                            None,
                            "occupied",
                            "2020-01-01",
                            "",
                            code_sort_key(code),
                        )
                    )
            conn.executemany("INSERT INTO unit VALUES (?,?,?,1,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.close()
    return path


# --- figures ----------------------------------------------------------------------------


def demo_archive_figure() -> None:
    """Issue 2's demo: 20,000 units with owners, residents and vehicles in ≤ 60 s, as the demo
    makes them (the archive import, the last half year's 入伙 forms); the baseline is the same
    rows as plain inserts."""
    import tempfile

    from app.db import database
    from app.demo import generate_demo_office
    from app.services import settings
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    def build(actor: Actor | None) -> float:
        with tempfile.TemporaryDirectory(prefix="demo-bench-", dir=CACHE) as scratch:
            open_office(Path(scratch) / "demo.db")
            settings.ensure_office_identity()
            database.execute_sql("PRAGMA synchronous = OFF")  # as create_demo_office fills it
            start = time.perf_counter()
            generate_demo_office(DEMO_UNITS, seed=1, through_services=actor)
            took = time.perf_counter() - start
            close_office()
        return took

    report("demo archive, 20,000 units", build(Actor.system()), build(None), 60.0)


def start_to_login(db: Path) -> None:
    env = {**os.environ, "PROPDESK_PROBE": "1"}

    def start_app() -> float:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "main.py", "--db", str(db)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.startswith("probe login_window"):
                elapsed = time.perf_counter() - start
                break
        proc.wait(timeout=30)
        return elapsed

    def bare_sqlite() -> None:
        code = (
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]);"
            "c.execute('pragma quick_check').fetchone();"
            "c.execute('select count(*) from app_user').fetchone()"
        )
        subprocess.run([sys.executable, "-c", code, str(db)], check=True)

    seconds = statistics.median(start_app() for _ in range(5))
    report("start → login window (20k units)", seconds, timed(bare_sqlite), 1.0)


def login_to_main_window(db: Path) -> None:
    env = {**os.environ, "PROPDESK_PROBE": "1", "PROPDESK_PROBE_LOGIN": "admin:demo1234"}
    samples = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "main.py", "--db", str(db)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        line = next(x for x in out.splitlines() if x.startswith("probe main_window"))
        samples.append(float(line.split()[2]))
    conn = sqlite3.connect(db)

    def raw() -> None:
        conn.execute("SELECT password_hash FROM app_user WHERE username='admin'").fetchone()
        conn.execute("SELECT status, COUNT(*) FROM unit GROUP BY status").fetchall()
        conn.execute("SELECT COUNT(*) FROM owner").fetchone()

    report("login → usable main window (20k units)", statistics.median(samples), timed(raw), 0.5)
    conn.close()


def big_table_figures(db: Path, rows: int) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from app.services.archive import UNIT_SORT, count_units, units_query
    from app.services.office import open_office
    from app.services.permissions import Actor
    from ui.models.query_table_model import Column, QueryTableModel
    from ui.widgets.table import configure_table

    app = QApplication.instance() or QApplication([])
    open_office(db)
    actor = Actor.system()
    columns = [
        Column(k, k, UNIT_SORT.get(k))
        for k in (
            "code",
            "building",
            "entrance",
            "floor",
            "room_no",
            "gross_area",
            "status",
            "owner_name",
        )
    ]
    conn = sqlite3.connect(db)
    first_page_sql = (
        "SELECT u.id, u.code, b.name, e.name, u.floor, u.room_no, u.gross_area, u.status "
        "FROM unit u JOIN entrance e ON e.id = u.entrance_id "
        "JOIN building b ON b.id = e.building_id ORDER BY u.code, u.id LIMIT 201"
    )
    baseline = timed(lambda: conn.execute(first_page_sql).fetchall())

    views = []

    def open_table() -> None:
        model = QueryTableModel(columns, lambda: units_query(actor))
        view = QTableView()
        configure_table(view, model)
        view.resize(1200, 700)
        view.show()
        app.processEvents()
        views.append(view)

    report(f"{rows:,}-row table opens (first page shown)", timed(open_table), baseline, 0.3)

    view = views[-1]
    bar = view.verticalScrollBar()
    page_times = []
    for _ in range(100):
        start = time.perf_counter()
        bar.setValue(bar.maximum())
        app.processEvents()
        page_times.append(time.perf_counter() - start)
    last = conn.execute(
        "SELECT code, id FROM unit ORDER BY code, id LIMIT 1 OFFSET 20000"
    ).fetchone()
    keyset = timed(
        lambda: conn.execute(
            "SELECT u.id, u.code FROM unit u WHERE (u.code, u.id) > (?, ?) ORDER BY u.code, u.id "
            "LIMIT 201",
            last,
        ).fetchall()
    )
    report("scroll: one more page (median of 100)", statistics.median(page_times), keyset, 0.05)
    report("scroll: slowest page of 100", max(page_times), keyset, 0.1)
    report(
        f"count of {rows:,} units (background)",
        timed(lambda: count_units(actor), 3),
        timed(lambda: conn.execute("SELECT COUNT(*) FROM unit").fetchone(), 3),
    )
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    verdict = "ok" if rss_mb < 300 else "OVER TARGET 300 MB"
    RESULTS.append({"figure": "peak memory MB", "value": rss_mb, "target": 300})
    print(f"{'peak memory after 20,000 rows scrolled':<44} {rss_mb:9.1f} MB   {verdict}")
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached data files")
    parser.add_argument("--quick", action="store_true", help="100,000-row table instead of 1M")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=("core", *MODULES),
        help="run only these parts (core: start-up and the big table)",
    )
    args = parser.parse_args()
    rows = 100_000 if args.quick else BIG_ROWS
    CACHE.mkdir(exist_ok=True)
    print(f"PropDesk benchmark — Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
    wanted = set(args.only or ("core", *MODULES))
    if "core" in wanted:
        demo = demo_office(args.rebuild)
        big = big_table(args.rebuild, rows)
        start_to_login(demo)
        login_to_main_window(demo)
        big_table_figures(big, rows)  # before anything else fills this process's memory
        demo_archive_figure()
    for name in MODULES:
        if name in wanted:
            __import__(f"benchmarks.{name}_bench", fromlist=["run"]).run(report)
    if args.json:
        import json

        args.json.write_text(
            json.dumps(
                {
                    "python": sys.version.split()[0],
                    "sqlite": sqlite3.sqlite_version,
                    "figures": RESULTS,
                },
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
