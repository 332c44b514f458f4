"""Sync: capture overhead on insert_many of 100,000 rows (target ≤ 2.5× the same insert with
capture off), and — with a head-office server — pushing 100,000 pending changes.

The capture figure inserts communities (a table with no search index, so the overhead is not
hidden behind other triggers) through peewee's insert_many in one transaction, once with
sync configured (every row also written to the outbox as a JSON image) and once with capture
switched off, on fresh files; the baseline is the uncaptured insert, so the ratio is the
overhead itself. A second figure updates all those rows in one raw UPDATE: no Python in
the loop, so it shows the triggers' own cost.

The push figure (needs PostgreSQL binaries): an office with 100,000 pending changes in 100
transactions, `main.py sync push` as a child process against `main.py headoffice serve` on
loopback in a throwaway cluster — wall time (target 30 s) and the client's peak memory
(target 200 MB). Its baseline is a raw psycopg COPY of the same 100,000 row images.
"""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROWS = 100_000
CAPTURE_RATIO_TARGET = 2.5
PUSH_TARGET_S = 30.0
PUSH_MEMORY_MB = 200
ROOT = Path(__file__).resolve().parents[1]

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
    push_figure(report)


def push_figure(report: Report) -> None:
    from tests.postgres import find_bindir, throwaway_cluster

    if find_bindir() is None:
        print(f"{'sync push':<44} skipped: no PostgreSQL binaries")
        return
    with tempfile.TemporaryDirectory(prefix="sync-push-") as scratch, throwaway_cluster() as pg:
        office = _pending_office(Path(scratch) / "office.db")
        images = _images(office)
        baseline = _copy_baseline(pg.dsn, images)
        url = _headoffice_database(pg.dsn)
        token = _run(["headoffice", "add-office", "BENCH", "--name", "bench", "--database", url])
        token = json.loads(token)["token"]
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "main.py", "headoffice", "serve", "--database", url,
             "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            _wait_healthy(port)
            _run(["--db", str(office), "sync", "configure", "--server",
                  f"http://127.0.0.1:{port}", "--office", "BENCH", "--token", token])  # fmt: skip
            seconds, peak_mb, answer = _timed_push(office)
        finally:
            server.terminate()
            server.wait(timeout=30)
    assert answer["pending"] == 0, answer
    report(f"sync push, {len(images):,} pending changes", seconds, baseline, PUSH_TARGET_S)
    verdict = "ok" if peak_mb <= PUSH_MEMORY_MB else f"OVER TARGET {PUSH_MEMORY_MB} MB"
    print(f"{'sync push client peak memory':<44} {peak_mb:9.1f} MB   {verdict}")


def _pending_office(path: Path) -> Path:
    """100,000 captured changes in 100 transactions (sync configured, never pushed)."""
    from app.db import transaction
    from app.models import Community
    from app.services import sync
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    open_office(path)
    try:
        sync.configure(Actor.system(), "http://127.0.0.1:9", "BENCH", "b" * 32)
        for first in range(0, ROWS, 1000):
            with transaction():
                Community.insert_many(
                    [
                        {"code": f"C{n}", "name": f"小区{n}", "address": f"幸福路{n}号"}
                        for n in range(first, first + 1000)
                    ]
                ).execute()
    finally:
        close_office()
    return path


def _images(office: Path) -> list[str]:
    conn = sqlite3.connect(office)
    try:
        return [row for (row,) in conn.execute("SELECT row_json FROM sync_outbox ORDER BY seq")]
    finally:
        conn.close()


def _copy_baseline(dsn: str, images: list[str]) -> float:
    import psycopg

    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TEMP TABLE baseline (seq bigint, data jsonb)")
        start = time.perf_counter()
        with conn.cursor().copy("COPY baseline (seq, data) FROM STDIN") as copy:
            for seq, image in enumerate(images, 1):
                copy.write_row((seq, image))
        conn.commit()
        return time.perf_counter() - start


def _headoffice_database(admin_dsn: str) -> str:
    import psycopg

    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute("CREATE DATABASE sync_bench")
    url = f"{admin_dsn.rsplit('dbname=', 1)[0]}dbname=sync_bench"
    _run(["headoffice", "init", "--database", url])
    return url


def _run(args: list[str]) -> str:
    done = subprocess.run(
        [sys.executable, "main.py", *args, "--json"], cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"main.py {' '.join(args)}: {done.stderr}")
    return done.stdout


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(port: int) -> None:
    import httpx

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("the head-office server did not start")


def _timed_push(office: Path) -> tuple[float, float, dict]:
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "main.py", "--db", str(office), "sync", "push", "--json"],
            cwd=ROOT, stdout=out, stderr=err, text=True,
        )  # fmt: skip
        peak_kb = 0
        while child.poll() is None:
            peak_kb = max(peak_kb, _high_water_kb(child.pid))
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        if not peak_kb:  # no /proc: the largest child reaped, the fork's copy included
            peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        out.seek(0)
        err.seek(0)
        if child.returncode != 0:
            raise RuntimeError(f"sync push failed: {err.read()}")
        return seconds, peak_kb / 1024, json.loads(out.read())


def _high_water_kb(pid: int) -> int:
    """The process's peak resident memory since its exec (VmHWM). Not ru_maxrss: a forked
    child starts as a copy of this process, and the kernel keeps that copy's size as the
    child's maximum — here, after the capture figures, that was 60 MB more than the push."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


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
