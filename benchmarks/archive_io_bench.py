"""Archive Excel in and out: import of 20,000 owners with their units (target ≤ 10 s), the dry
run of the same file with 30 mistakes, and the export of 60,000 residents (target ≤ 5 s).

The import goes into a fresh copy of the 20,000-unit demo office each time (new entrances
under its buildings), search triggers and all; its baseline is raw sqlite3 executemany of
the very rows the import wrote, into another fresh copy. The export reads the search
benchmark's office (60,000 residents) as the front desk would (masked); its baseline is the
same SELECT through the standard sqlite3 module.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree.ElementTree import iterparse

CACHE = Path(__file__).resolve().parent / ".cache"
OWNERS = 20_000
IMPORT_TARGET, EXPORT_TARGET = 10.0, 5.0
IMPORTED_TABLES = ("entrance", "unit", "owner", "ownership")
REPEAT = 3

Report = Callable[[str, float, float, float | None], None]


def run(report: Report) -> None:
    from benchmarks.figures import demo_office

    office = _migrated(demo_office(rebuild=False))
    good, broken = workbooks(office)
    with tempfile.TemporaryDirectory(prefix="archive-io-") as scratch:
        work = Path(scratch)
        seconds, rows = _import_figure(office, good, work)
        report(f"import {OWNERS:,} owners with units (.xlsx)", seconds,
               _insert_baseline(office, rows, work), IMPORT_TARGET)  # fmt: skip
        seconds, found = _dry_run_figure(office, broken, work)
        report(f"dry run, {OWNERS:,} rows, {found} mistakes found", seconds,
               _parse_baseline(broken), IMPORT_TARGET)  # fmt: skip
        seconds, count, sql = _export_figure(work)
        report(f"export {count:,} residents (.xlsx, masked)", seconds,
               _select_baseline(sql), EXPORT_TARGET)  # fmt: skip


# --- import -----------------------------------------------------------------------------


def _migrated(demo: Path) -> Path:
    """The demo office at the current schema (search index included), copied once."""
    from app import migrations
    from app.services.office import close_office, open_office

    path = CACHE / f"archive-io-office-v{migrations.CURRENT_VERSION}.db"
    if not path.exists():
        partial = _fresh_copy(demo, path.with_suffix(".building"))
        open_office(partial)
        close_office()
        for backup in partial.parent.glob(f"{partial.name}.v*.bak"):  # taken before migrating
            backup.unlink()
        partial.rename(path)
    return path


def _fresh_copy(office: Path, target: Path) -> Path:
    from app.db import backup_file

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    return backup_file(office, target)


def _import_figure(office: Path, book: Path, work: Path) -> tuple[float, dict[str, list]]:
    from app.importers.archives import import_archives
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    samples = []
    for attempt in range(REPEAT):
        copy = _fresh_copy(office, work / f"import-{attempt}.db")
        open_office(copy)
        start = time.perf_counter()
        result = import_archives(Actor.system(), book)
        samples.append(time.perf_counter() - start)
        close_office()
        assert result.ok and result.counts["owners"] == OWNERS, result.errors[:3]
    return statistics.median(samples), _new_rows(office, copy)


def _new_rows(office: Path, copy: Path) -> dict[str, list]:
    """The rows the import added, table by table, as stored."""
    before = sqlite3.connect(office)
    after = sqlite3.connect(copy)
    rows = {}
    for table in IMPORTED_TABLES:
        (latest,) = before.execute(f"SELECT max(created_at) FROM {table}").fetchone()
        rows[table] = after.execute(
            f"SELECT * FROM {table} WHERE created_at > ?", (latest,)
        ).fetchall()
    before.close()
    after.close()
    return rows


def _insert_baseline(office: Path, rows: dict[str, list], work: Path) -> float:
    samples = []
    for attempt in range(REPEAT):
        conn = sqlite3.connect(_fresh_copy(office, work / f"baseline-{attempt}.db"))
        conn.execute("PRAGMA foreign_keys = ON")
        start = time.perf_counter()
        with conn:
            for table in IMPORTED_TABLES:
                marks = ", ".join("?" * len(rows[table][0]))
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
        samples.append(time.perf_counter() - start)
        conn.close()
    return statistics.median(samples)


def _dry_run_figure(office: Path, book: Path, work: Path) -> tuple[float, int]:
    from app.importers.archives import import_archives
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    open_office(_fresh_copy(office, work / "dry-run.db"))
    start = time.perf_counter()
    result = import_archives(Actor.system(), book, dry_run=True)
    seconds = time.perf_counter() - start
    close_office()
    return seconds, len(result.errors)


def _parse_baseline(book: Path) -> float:
    """Just parsing the workbook's XML: the floor under any import of it."""
    start = time.perf_counter()
    with zipfile.ZipFile(book) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                with archive.open(name) as source:
                    for _, element in iterparse(source):
                        element.clear()
    return time.perf_counter() - start


# --- export -----------------------------------------------------------------------------


def _export_figure(work: Path) -> tuple[float, int, tuple[Path, str, tuple]]:
    from app.services.archive_export import _QUERIES
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor, Role, capabilities_of
    from benchmarks.search_bench import office_file
    from reports.archive_export import export_archive_list

    path = office_file()
    open_office(path)
    desk = Actor(None, "kefu", "kefu", (Role.SERVICE_ASSISTANT,),
                 capabilities_of([Role.SERVICE_ASSISTANT]))  # fmt: skip
    samples, count = [], 0
    for attempt in range(REPEAT):
        start = time.perf_counter()
        count = export_archive_list(desk, "residents", work / f"residents-{attempt}.xlsx").rows
        samples.append(time.perf_counter() - start)
    sql, params = _QUERIES["residents"]()[1].sql()
    close_office()
    return statistics.median(samples), count, (path, sql, tuple(params))


def _select_baseline(query: tuple[Path, str, tuple]) -> float:
    path, sql, params = query
    conn = sqlite3.connect(path)
    samples = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        conn.execute(sql, params).fetchall()
        samples.append(time.perf_counter() - start)
    conn.close()
    return statistics.median(samples)


# --- data -------------------------------------------------------------------------------


def workbooks(office: Path) -> tuple[Path, Path]:
    """The 20,000-owner file and the same file with 30 mistakes, built once."""
    good = CACHE / f"archive-import-{OWNERS}.xlsx"
    broken = CACHE / f"archive-import-{OWNERS}-30-mistakes.xlsx"
    if good.exists() and broken.exists():
        return good, broken
    from tests.archive_workbook import add_mistakes, make_book

    conn = sqlite3.connect(office)
    buildings = conn.execute(
        "SELECT code, name FROM building WHERE code <> 'CK' ORDER BY sort_order"
    ).fetchall()
    conn.close()
    start = time.perf_counter()
    book = make_book(buildings, OWNERS)
    for sheet in ("住户", "车辆"):  # owners with their units only
        book.sheets[sheet] = book.sheets[sheet][:1]
    book.save(good)
    mistaken = add_mistakes(make_book(buildings, OWNERS))
    mistaken.save(broken)
    print(f"{'archive import workbooks (built)':<44} {time.perf_counter() - start:9.1f} s")
    return good, broken
