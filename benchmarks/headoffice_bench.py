"""Head office: server apply speed (target ≥ 10,000 changes/s, i.e. 100,000 changes ≤ 10 s).

A throwaway PostgreSQL cluster (as the tests start it) receives 100 batches of 1,000 changes
each — inserts of units, owners and issued receipts, then updates and deletes of earlier
rows — first through `apply_batch` on one connection (the server's own work), then over real
HTTP into `main.py headoffice serve` in its own process (decode, digest, auth and apply).
The baseline is a raw psycopg COPY of the same 100,000 row images into a plain (id, jsonb) table in the same cluster.

Run alone: `uv run python -m benchmarks.headoffice_bench`.
"""

from __future__ import annotations

import random
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

BATCHES, PER_BATCH = 100, 1000
TARGET = BATCHES * PER_BATCH / 10_000  # seconds for 100,000 changes at 10,000 changes/s

Report = Callable[[str, float, float, float | None], None]


def run(report: Report) -> None:
    from tests.postgres import find_bindir

    if find_bindir() is None:
        print(f"{'head office apply':<44} skipped: no PostgreSQL binaries")
        return
    from tests.postgres import throwaway_cluster

    with throwaway_cluster() as cluster:
        baseline = _copy_baseline(cluster.dsn)
        with _database(cluster.dsn) as url:
            seconds = _apply_in_process(url)
        report(f"head office apply, {BATCHES * PER_BATCH:,} changes", seconds, baseline, TARGET)
        with _database(cluster.dsn) as url:
            seconds = _apply_over_http(url)
        report(f"head office HTTP push, {BATCHES * PER_BATCH:,} changes", seconds, baseline, None)


@contextmanager
def _database(admin_dsn: str) -> Iterator[str]:
    import psycopg

    from app.headoffice import store

    name = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    url = f"{admin_dsn.rsplit('dbname=', 1)[0]}dbname={name}"
    store.init(url)
    try:
        yield url
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


def _batches(office: str) -> list:
    """100 batches: inserts of three tables, then every 4th batch updates and deletes rows
    inserted before (so the version guard and tombstones are exercised too)."""
    from app.ids import new_id
    from app.sync.protocol import Batch, Change

    rng, seq, batches, live = random.Random(9), 1, [], []
    stamp = "2026-11-27T02:15:00.000Z"
    for batch_no in range(1, BATCHES + 1):
        changes = []
        for n in range(PER_BATCH):
            if batch_no % 4 == 0 and live:
                table, row = live[rng.randrange(len(live))]
                row = {**row, "row_version": row["row_version"] + 1, "remarks": f"改{n}"}
                op = "D" if n % 10 == 0 else "U"
            else:
                table = ("unit", "owner", "receipt")[n % 3]
                row = {"id": new_id(), "created_at": stamp, "updated_at": stamp,
                       "row_version": 1, "code": f"{batch_no}-{n // 100}-{n:04d}",
                       "name": "张伟", "phone": "13800138000", "gross_area": 12345 + n,
                       "total": 36000, "business_date": "2026-11-27", "remarks": ""}  # fmt: skip
                op = "I"
                if table != "receipt":
                    live.append((table, row))
            changes.append(Change(seq, seq, table, op, row["id"], row["row_version"], row))
            seq += 1
        batches.append(Batch(office, "gen-bench", batch_no, seq - PER_BATCH, seq - 1, 8,
                             tuple(changes)))  # fmt: skip
    return batches


def _apply_in_process(url: str) -> float:
    import psycopg

    from app.headoffice import store
    from app.headoffice.apply import apply_batch
    from app.sync.protocol import body_sha256, encode_batch

    store.add_office(url, "BENCH", "基准物业")
    batches = [(b, body_sha256(encode_batch(b))) for b in _batches("BENCH")]
    with psycopg.connect(url, autocommit=True) as conn:
        start = time.perf_counter()
        for batch, digest in batches:
            assert apply_batch(conn, batch, digest)["status"] == "applied"
        return time.perf_counter() - start


def _apply_over_http(url: str) -> float:
    import httpx

    from app.headoffice import store
    from app.sync import protocol
    from tests.headoffice_fixtures import ProcessServer

    token = store.add_office(url, "BENCH", "基准物业")
    bodies = [(b, protocol.encode_batch(b)) for b in _batches("BENCH")]
    server = ProcessServer(url).start()  # its own process, as at head office
    try:
        with httpx.Client(base_url=server.base_url) as client:
            start = time.perf_counter()
            for batch, body in bodies:
                answer = client.post(
                    protocol.BATCHES_PATH,
                    content=body,
                    headers={
                        "Authorization": f"Bearer {token}",
                        "Content-Encoding": "gzip",
                        "Idempotency-Key": batch.idempotency_key,
                        "X-Body-SHA256": protocol.body_sha256(body),
                    },
                    timeout=60,
                )
                assert answer.status_code == 200, answer.text
            return time.perf_counter() - start
    finally:
        server.stop()


def _copy_baseline(dsn: str) -> float:
    """COPY of the same number of row images: as fast as PostgreSQL takes rows in."""
    import json

    import psycopg

    rows = [
        (str(uuid.uuid4()), json.dumps({"code": f"{n}", "name": "张伟", "total": 36000}))
        for n in range(BATCHES * PER_BATCH)
    ]
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TEMP TABLE copy_baseline (id text PRIMARY KEY, data jsonb)")
        start = time.perf_counter()
        with conn.cursor().copy("COPY copy_baseline (id, data) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        return time.perf_counter() - start


def main() -> int:
    def show(name: str, seconds: float, baseline: float, target: float | None) -> None:
        verdict = "" if target is None else ("  ok" if seconds <= target else "  OVER TARGET")
        rate = BATCHES * PER_BATCH / seconds
        print(f"{name:<44} {seconds:7.2f} s  {rate:9,.0f} changes/s   COPY baseline "
              f"{baseline:5.2f} s   ×{seconds / baseline:5.1f}{verdict}")  # fmt: skip

    run(show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
