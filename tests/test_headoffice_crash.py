"""The head-office server process killed (SIGKILL) while it applies a big batch: nothing of
the batch is kept, and the office's resend applies it exactly once."""

from __future__ import annotations

import os
import signal
import threading
import time

import httpx
import psycopg
import pytest

from tests.headoffice_fixtures import (
    ProcessServer,
    assert_converged,
    headoffice_url,
    make_batch,
    new_office,
    push,
    unit_row,
    written,
)

pytestmark = pytest.mark.postgres
__all__ = ["headoffice_url"]


def _wait_for_blocked_apply(conn: psycopg.Connection) -> int:
    """Until the server's transaction waits on our lock inside its office_row upsert; its pid."""
    deadline = time.monotonic() + 30
    while True:
        blocked = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO office_row%'"
        ).fetchone()
        if blocked:
            return blocked[0]
        assert time.monotonic() < deadline, "the server never reached the upsert"
        time.sleep(0.05)


def _wait_until_backends_gone(conn: psycopg.Connection, ours: int) -> None:
    """Until the killed server's database session has ended (its transaction rolled back)."""
    deadline = time.monotonic() + 30
    while conn.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid NOT IN (pg_backend_pid(), %s) AND backend_type = 'client backend'",
        (ours,),
    ).fetchone()[0]:
        assert time.monotonic() < deadline, "the killed server's session stayed"
        time.sleep(0.05)


def test_server_killed_in_the_middle_of_a_batch(headoffice_url: str) -> None:
    office = new_office(headoffice_url)
    rows = [("unit", unit_row(code=f"7-1-{n:04d}")) for n in range(1000)]
    batch = make_batch(office, 1, rows, first_seq=1)
    server = ProcessServer(headoffice_url).start()
    outcome: list[object] = []

    def send() -> None:
        try:
            outcome.append(push(server.base_url, office.token, batch))
        except httpx.TransportError as exc:
            outcome.append(exc)

    try:
        # An uncommitted row on the batch's last key makes the server's upsert wait, after it
        # has already written the change log inside its transaction: the middle of the batch.
        with (
            psycopg.connect(headoffice_url) as blocker,
            psycopg.connect(headoffice_url, autocommit=True) as watcher,
        ):
            blocker.execute(
                "INSERT INTO office_row (office, table_name, row_id, row_version, data, last_seq) "
                "VALUES (%s, 'unit', %s, 0, '{}', 0)",
                (office.code, rows[-1][1]["id"]),
            )
            sender = threading.Thread(target=send)
            sender.start()
            applier = _wait_for_blocked_apply(watcher)
            # It has written the change log already (its lock on the table shows it).
            assert (
                watcher.execute(
                    "SELECT count(*) FROM pg_locks WHERE pid = %s AND mode = 'RowExclusiveLock' "
                    "AND relation = 'change_log'::regclass",
                    (applier,),
                ).fetchone()[0]
                == 1
            )
            os.kill(server.process.pid, signal.SIGKILL)
            server.process.wait(timeout=10)
            blocker.rollback()
            sender.join(timeout=30)
            assert isinstance(outcome[0], httpx.TransportError)  # the office never got an answer
            _wait_until_backends_gone(watcher, blocker.info.backend_pid)
        assert written(headoffice_url, office) == (0, 0, 0, 0)
    finally:
        server.stop()

    server = ProcessServer(headoffice_url).start()
    try:
        assert push(server.base_url, office.token, batch).json()["status"] == "applied"
        assert push(server.base_url, office.token, batch).json()["status"] == "duplicate"
    finally:
        server.stop()
    assert written(headoffice_url, office) == (1000, 1000, 1, 1000)
    assert_converged(headoffice_url, office, {("unit", r["id"]): r for _, r in rows})
