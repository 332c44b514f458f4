"""Sync end to end: a real office database, the real push client, real HTTP (sometimes
through a faulty proxy), a real head-office server on the session's PostgreSQL.

Every test ends with convergence: head office's rows equal the office's rows, each seq is
recorded once, and head office's acked seq equals the last seq the office captured.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import psycopg
import pytest

from app.db import close_database, database, open_database, transaction
from app.errors import ValidationError
from app.models import Building, Community, Owner, Receipt
from app.services import backup, settings, sync
from app.services.permissions import Actor
from app.sync import capture, client, outbox, protocol
from tests.headoffice_fixtures import (  # noqa: F401 — fixtures
    ProcessServer,
    headoffice_url,
    service,
)
from tests.receipt_fixtures import collect, receipt_office
from tests.sync_proxy import FaultyProxy

ROOT = Path(__file__).resolve().parents[1]
_codes = itertools.count(1)


def _enrol(headoffice_url: str, name: str = "阳光花园") -> tuple[str, str]:
    from app.headoffice import store

    code = f"E{os.getpid() % 1000}-{next(_codes)}"
    return code, store.add_office(headoffice_url, code, name)


@pytest.fixture
def office(db_path: Path, system_actor: Actor, headoffice_url: str, service) -> dict:
    data = receipt_office(system_actor, db_path)
    collect(data, "a")
    code, token = _enrol(headoffice_url)
    sync.configure(system_actor, service.base_url, code, token)
    data.update(code=code, token=token, url=headoffice_url, server=service)
    return data


def _reconfigure(system: Actor, office: dict, url: str, token: str | None = None) -> None:
    sync.configure(system, url, office["code"], token or office["token"])


@pytest.fixture
def proxy(office: dict, system_actor: Actor):
    """The office pushes through a FaultyProxy in front of head office."""
    faulty = FaultyProxy(office["server"].port)
    _reconfigure(system_actor, office, faulty.url)
    yield faulty
    faulty.close()


# --- convergence ------------------------------------------------------------------------


def _office_rows() -> dict[tuple[str, str], dict]:
    rows = {}
    for model in capture.synced_models():
        table = model._meta.table_name
        image = capture.row_image_sql(table, capture.captured_columns(database, model))
        for row_id, text in database.execute_sql(f"SELECT id, {image} FROM {table}"):
            rows[(table, row_id)] = json.loads(text)
    return rows


def _head_office(url: str, code: str) -> dict[str, object]:
    with psycopg.connect(url) as conn:
        live = {
            (table, row_id): data
            for table, row_id, data in conn.execute(
                "SELECT table_name, row_id, data FROM office_row WHERE office = %s AND NOT deleted",
                (code,),
            )
        }
        seqs = [
            s
            for (s,) in conn.execute(
                "SELECT seq FROM change_log WHERE office = %s ORDER BY seq", (code,)
            )
        ]
        acked = conn.execute("SELECT acked_seq FROM office WHERE code = %s", (code,)).fetchone()
        quarantined = conn.execute(
            "SELECT count(*) FROM quarantine WHERE office = %s", (code,)
        ).fetchone()[0]
    return {"rows": live, "seqs": seqs, "acked": acked[0], "quarantined": quarantined}


def assert_converged(office: dict, *, except_rows: set[tuple[str, str]] = frozenset()) -> dict:
    head = _head_office(office["url"], office["code"])
    mine = _office_rows()
    for key in except_rows:
        mine.pop(key, None)
        head["rows"].pop(key, None)
    assert head["rows"].keys() == mine.keys()
    different = [key for key in mine if head["rows"][key] != mine[key]]
    assert different == []
    last = outbox.last_captured_seq()
    assert head["seqs"] == list(range(1, last + 1))  # each seq once, none missing
    assert head["acked"] == last == outbox.state().acked_seq
    assert outbox.pending_changes() == 0
    return head


def _push_until_synced(attempts: int = 5) -> client.PushResult:
    for _ in range(attempts):
        result = sync.push()
        if result.state == "synced":
            return result
        time.sleep(0.2)
    raise AssertionError(f"never synced: {result}")


# --- the tests --------------------------------------------------------------------------


def test_happy_path_over_several_tables(office: dict) -> None:
    result = sync.push()
    assert result.state == "synced" and result.pending == 0 and result.pushed > 0
    head = assert_converged(office)
    tables = {table for table, _ in head["rows"]}
    assert {"unit", "owner", "charge", "receipt", "receipt_line", "payment", "audit_log"} <= tables

    owner = Owner.get(Owner.name == "张三")
    owner.phone = "13700000000"
    owner.save()
    building = Building.create(community=Community.get(), code="9", name="9栋", floors=3)
    building.delete_instance()
    assert sync.push().state == "synced"
    head = assert_converged(office)
    assert head["rows"][("owner", owner.id)]["phone"] == "13700000000"
    with psycopg.connect(office["url"]) as conn:
        deleted = conn.execute(
            "SELECT deleted FROM office_row WHERE office = %s AND row_id = %s",
            (office["code"], building.id),
        ).fetchone()
    assert deleted == (True,)  # the tombstone


def test_every_write_path_reaches_head_office(office: dict) -> None:
    community = Community.get()
    Building.insert_many(
        [{"community": community.id, "code": f"b{n}", "name": "楼"} for n in range(5)]
    ).execute()
    Building.update(floors=7).where(Building.code == "b1").execute()
    Building.delete().where(Building.code == "b2").execute()
    database.execute_sql("UPDATE building SET name = '原始SQL' WHERE code = 'b3'")
    b4 = Building.get(Building.code == "b4")
    database.execute_sql(
        "INSERT OR REPLACE INTO building (id, created_at, updated_at, row_version, community_id,"
        " code, name, floors, sort_order) VALUES (?, ?, ?, ?, ?, 'b4', '替换', 1, 0)",
        (b4.id, "2026-11-27T00:00:00.000Z", "2026-11-27T00:00:00.000Z", 5, community.id),
    )
    _push_until_synced()
    head = assert_converged(office)
    names = {row["code"]: row for (t, _), row in head["rows"].items() if t == "building"}
    assert names["b1"]["floors"] == 7 and names["b3"]["name"] == "原始SQL"
    assert names["b4"]["name"] == "替换" and "b2" not in names


def test_response_lost_after_the_server_committed(
    office: dict, system_actor: Actor, proxy: FaultyProxy
) -> None:
    proxy.mode = "lose_response"
    result = sync.push()
    assert result.state == "offline" and proxy.lost >= 1
    assert outbox.state().acked_seq == 0  # the office never heard the answer
    proxy.mode = "pass"
    sync.resume(system_actor)
    _push_until_synced()
    assert_converged(office)


def test_connection_reset_then_recovery(office: dict, proxy: FaultyProxy) -> None:
    proxy.mode = "reset"
    result = sync.push()
    assert result.state == "offline" and result.retry_in and result.retry_in > 0
    assert sync.status().state == "offline"
    assert _head_office(office["url"], office["code"])["acked"] == 0
    proxy.mode = "pass"
    _push_until_synced()
    assert_converged(office)


def test_server_busy_is_retried_after_its_retry_after(office: dict, proxy: FaultyProxy) -> None:
    proxy.mode, proxy.retry_after = "busy", 7
    for _ in range(3):  # "for a while": each answer is honoured, nothing is lost
        result = sync.push()
        assert result.state == "offline" and result.retry_in >= 7
    assert outbox.state().failures == 3
    proxy.mode = "pass"
    _push_until_synced()
    assert outbox.state().failures == 0
    assert_converged(office)


def test_client_killed_after_the_server_committed(office: dict, proxy: FaultyProxy) -> None:
    last = outbox.last_captured_seq()
    proxy.mode = "hang"  # the server answers; the client never hears it
    child = subprocess.Popen(
        [sys.executable, "main.py", "--db", str(office["db"]), "sync", "push"],
        cwd=ROOT,
        env={**os.environ},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while _head_office(office["url"], office["code"])["acked"] < last:
        assert time.monotonic() < deadline, "the server never committed"
        time.sleep(0.1)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert outbox.state().acked_seq < last  # killed before it recorded the ack
    proxy.mode = "pass"
    _push_until_synced()
    assert_converged(office)


def test_server_killed_then_back(db_path: Path, system_actor: Actor, headoffice_url) -> None:
    data = receipt_office(system_actor, db_path)
    collect(data, "a")
    code, token = _enrol(headoffice_url)
    server = ProcessServer(headoffice_url).start()
    try:
        sync.configure(system_actor, server.base_url, code, token)
        server.process.send_signal(signal.SIGKILL)
        server.process.wait(timeout=10)
        assert sync.push().state == "offline"
        server.start()
        _push_until_synced()
    finally:
        server.stop()
    assert_converged({**data, "code": code, "url": headoffice_url})


def test_batches_out_of_order(office: dict) -> None:
    community = Community.get()
    for group in range(3):
        with transaction():
            Building.insert_many(
                [
                    {"community": community.id, "code": f"{group}-{n}", "name": "楼"}
                    for n in range(600)
                ]
            ).execute()
    outbox.seal_all(office["code"], settings.get(settings.SYNC_GENERATION))
    batches = outbox.unacked_batches()
    assert len(batches) >= 3
    later = batches[-1]
    answer = httpx.post(
        office["server"].base_url + protocol.BATCHES_PATH,
        content=bytes(later.body),
        headers={
            "Authorization": f"Bearer {office['token']}",
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
            "Idempotency-Key": protocol.idempotency_key(
                office["code"], later.generation, later.batch_no
            ),
            "X-Body-SHA256": later.sha256,
        },
    )
    assert answer.status_code == 409 and answer.json()["error"] == protocol.ERROR_GAP
    _push_until_synced()
    assert_converged(office)


@pytest.mark.parametrize("which", ["bad", "revoked", "other_office"])
def test_refused_tokens_write_nothing_and_stop(office: dict, system_actor, which: str) -> None:
    from app.headoffice import store

    token = "z" * 43
    if which == "revoked":
        token = office["token"]
        store.revoke_office(office["url"], office["code"])
    elif which == "other_office":
        _other, token = _enrol(office["url"], "另一个办公室")
    _reconfigure(system_actor, office, office["server"].base_url, token)
    result = sync.push()
    assert result.state == "attention" and sync.status().attention == client.BAD_TOKEN
    assert sync.push().state == "attention"  # no retry loop: a person acts first
    head = _head_office(office["url"], office["code"])
    assert head["acked"] == 0 and head["seqs"] == [] and head["rows"] == {}


def test_tampered_body_is_refused(office: dict) -> None:
    outbox.seal_all(office["code"], settings.get(settings.SYNC_GENERATION))
    (first, *_rest) = outbox.unacked_batches()
    close_database()
    raw = sqlite3.connect(office["db"])
    with raw:
        raw.execute("DROP TRIGGER sync_batch_body_kept")
        body = bytearray(first.body)
        body[-12] ^= 0xFF
        raw.execute("UPDATE sync_batch SET body = ? WHERE batch_no = ?", (bytes(body), 1))
    raw.close()
    open_database(office["db"])
    result = sync.push()
    assert result.state == "attention" and sync.status().attention == client.REFUSED
    assert _head_office(office["url"], office["code"])["seqs"] == []


def test_schema_out_of_range_stops(office: dict) -> None:
    database.execute_sql(
        f"UPDATE sync_outbox SET schema_version = {protocol.MAX_SCHEMA_VERSION + 1}"
    )
    result = sync.push()
    assert result.state == "attention" and sync.status().attention == client.SCHEMA
    assert _head_office(office["url"], office["code"])["seqs"] == []


def test_receipt_changed_behind_the_programs_back(office: dict) -> None:
    assert sync.push().state == "synced"
    receipt = Receipt.get()
    original = _head_office(office["url"], office["code"])["rows"][("receipt", receipt.id)]
    close_database()
    raw = sqlite3.connect(office["db"])
    with raw:  # someone with a SQLite tool removes the guard and edits an issued receipt
        raw.execute("DROP TRIGGER receipt_no_update")
        raw.execute("UPDATE receipt SET total = total + 10000 WHERE id = ?", (receipt.id,))
    raw.close()
    open_database(office["db"])
    assert sync.push().state == "synced"  # the change travelled and was acknowledged
    head = assert_converged(office, except_rows={("receipt", receipt.id)})
    assert head["quarantined"] == 1
    assert _head_office(office["url"], office["code"])["rows"][("receipt", receipt.id)] == original


def test_restored_old_database_stops_and_never_overwrites(
    office: dict, system_actor: Actor, tmp_path: Path
) -> None:
    assert sync.push().state == "synced"
    made = backup.create_backup(system_actor, tmp_path / "backups", "manual")
    Owner.create(name="新业主", phone="13600000000")
    assert sync.push().state == "synced"
    before = _head_office(office["url"], office["code"])
    close_database()
    backup.restore_backup(system_actor, made.path, office["db"])
    open_database(office["db"])
    result = sync.push()
    assert result.state == "attention" and sync.status().attention == client.GENERATION
    after = _head_office(office["url"], office["code"])
    assert after == before  # head office untouched
    assert any(r.get("name") == "新业主" for r in after["rows"].values())


def _headoffice(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "headoffice", *args, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_an_accepted_restore_is_sent_whole_and_what_it_lost_is_listed(
    office: dict, system_actor: Actor, tmp_path: Path
) -> None:
    assert sync.push().state == "synced"
    made = backup.create_backup(system_actor, tmp_path / "backups", "manual")
    lost_owner = Owner.create(name="新业主", phone="13600000000")
    lost_receipt = collect(office, "b", prepay_months=1)  # issued after the backup
    assert sync.push().state == "synced"
    close_database()
    backup.restore_backup(system_actor, made.path, office["db"])
    open_database(office["db"])
    assert sync.push().state == "attention" and sync.status().attention == client.GENERATION
    with pytest.raises(ValidationError):  # head office still holds the office
        sync.resend_all(system_actor)

    db = ("--database", office["url"])
    asked = _headoffice("accept-restore", office["code"], *db)
    assert asked.returncode == 2 and "--yes" in asked.stderr  # says what, does nothing
    accepted = _headoffice("accept-restore", office["code"], *db, "--yes")
    assert accepted.returncode == 0, accepted.stderr
    assert json.loads(accepted.stdout)["rows_set_aside"] > 0

    sync.resume(system_actor)
    assert sync.push().state == "attention" and sync.status().attention == client.RESEND
    sync.resend_all(system_actor)
    _push_until_synced()
    assert_converged(office)  # head office holds exactly the restored file, seqs from 1
    lost = json.loads(_headoffice("lost-rows", office["code"], *db).stdout)
    assert {(row["table"], row["id"]) for row in lost} >= {
        ("owner", lost_owner.id),
        ("receipt", lost_receipt.id),
    }
    assert lost_receipt.number in {row["number"] for row in lost}
    assert not [row for row in lost if row["table"] == "receipt" and row["id"] != lost_receipt.id]


def test_two_offices_push_at_once(tmp_path: Path, headoffice_url: str, service) -> None:
    offices = []
    for n in range(2):
        path = tmp_path / f"office{n}.db"
        code, token = _enrol(headoffice_url, f"办公室{n}")
        for args in (
            ["demo", "--units", "60"],
            ["sync", "configure", "--server", service.base_url, "--office", code, "--token", token],
        ):
            subprocess.run(
                [sys.executable, "main.py", "--db", str(path), *args],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
        offices.append((path, code))
    pushes = [
        subprocess.Popen(
            [sys.executable, "main.py", "--db", str(path), "sync", "push", "--json"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for path, _ in offices
    ]
    for process in pushes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
        assert json.loads(out)["pending"] == 0
    for path, code in offices:
        open_database(path)
        try:
            assert_converged({"url": headoffice_url, "code": code})
        finally:
            close_database()


def test_concurrent_pushes_of_one_office_send_each_change_once(office: dict) -> None:
    results: list = []

    def push_in_thread() -> None:
        try:
            results.append(sync.push())
        finally:
            close_database_connection()

    from app.db import close_thread_connection as close_database_connection

    threads = [threading.Thread(target=push_in_thread) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(results) == 4
    _push_until_synced()
    assert_converged(office)
