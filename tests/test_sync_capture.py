"""Change capture: every write path lands in the outbox, once, in the same transaction."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.db import database, transaction
from app.models import Building, Community, User
from app.models.sync import SyncOutbox
from app.services import sync
from app.sync import capture, outbox, protocol

TOKEN = "t" * 40


def _configure(actor) -> None:
    sync.configure(actor, "http://127.0.0.1:9", "A01", TOKEN)


def _changes(table: str | None = None) -> list[SyncOutbox]:
    query = SyncOutbox.select().order_by(SyncOutbox.seq)
    if table:
        query = query.where(SyncOutbox.table_name == table)
    return list(query)


def _community() -> Community:
    return Community.create(code="C", name="阳光花园")


def test_nothing_is_captured_until_sync_is_configured(db_path: Path, system_actor) -> None:
    _community()
    assert _changes() == []
    _configure(system_actor)
    snapshot = _changes("community")
    assert [(c.op, json.loads(c.row_json)["name"]) for c in snapshot] == [("I", "阳光花园")]


def test_snapshot_captures_every_existing_row_once(db_path: Path, system_actor) -> None:
    community = _community()
    Building.insert_many(
        [{"community": community.id, "code": str(n), "name": f"{n}栋"} for n in range(1200)]
    ).execute()
    _configure(system_actor)
    buildings = _changes("building")
    assert len(buildings) == 1200 and len({c.row_id for c in buildings}) == 1200
    txns = {c.txn for c in buildings}
    assert len(txns) == 3  # 500 rows per group: the snapshot travels in normal batches
    users = _changes("app_user")
    assert all("password_hash" not in json.loads(c.row_json) for c in users)


@pytest.fixture
def configured(db_path: Path, system_actor) -> Path:
    _configure(system_actor)
    SyncOutbox.delete().execute()  # start each test from an empty outbox
    return db_path


def test_save_update_delete_and_insert_many_are_captured(configured: Path) -> None:
    community = _community()  # save(): insert
    community.name = "阳光花园二期"
    community.save()  # save(): update, version bumped in Python
    Community.update(name="三期").where(Community.id == community.id).execute()  # update()
    Building.insert_many(
        [{"community": community.id, "code": str(n), "name": f"{n}栋"} for n in range(3)]
    ).execute()
    Building.delete().where(Building.code == "2").execute()
    ops = [(c.table_name, c.op, c.row_version) for c in _changes()]
    assert ops == [
        ("community", "I", 1),
        ("community", "U", 2),
        ("community", "U", 3),  # the row_version trigger bumped it; captured once
        ("building", "I", 1),
        ("building", "I", 1),
        ("building", "I", 1),
        ("building", "D", 1),
    ]
    last = json.loads(_changes("community")[-1].row_json)
    assert last["name"] == "三期" and last["row_version"] == 3


def test_raw_sql_and_insert_or_replace_are_captured(configured: Path) -> None:
    community = _community()
    database.execute_sql("UPDATE community SET name = '改名' WHERE id = ?", (community.id,))
    database.execute_sql(
        "INSERT OR REPLACE INTO community (id, created_at, updated_at, row_version, code, name, address) "
        "VALUES (?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 9, 'C', '替换', '')",
        (community.id,),
    )
    ops = [(c.op, c.row_version, json.loads(c.row_json)["name"]) for c in _changes()]
    assert ops == [("I", 1, "阳光花园"), ("U", 2, "改名"), ("D", 2, "改名"), ("I", 9, "替换")]


def test_a_write_from_another_program_is_captured(configured: Path) -> None:
    community = _community()
    database.close()
    other = sqlite3.connect(configured)
    with other:
        other.execute("PRAGMA recursive_triggers = ON")
        other.execute("UPDATE community SET name = '外部' WHERE id = ?", (community.id,))
    other.close()
    database.connect()
    assert [(c.op, json.loads(c.row_json)["name"]) for c in _changes()][-1] == ("U", "外部")


def test_a_rolled_back_transaction_leaves_no_change_and_no_seq_gap(configured: Path) -> None:
    _community()
    with pytest.raises(RuntimeError), transaction():
        Community.create(code="X", name="回滚")
        raise RuntimeError("user cancelled")
    Community.create(code="Y", name="后来")
    seqs = [c.seq for c in _changes()]
    assert [json.loads(c.row_json)["code"] for c in _changes()] == ["C", "Y"]
    assert seqs == list(range(seqs[0], seqs[0] + 2))


def test_each_transaction_gets_its_own_group(configured: Path) -> None:
    with transaction():
        community = _community()
        Building.create(community=community, code="1", name="1栋")
    with transaction():
        Building.create(community=community, code="2", name="2栋")
    Building.create(community=community, code="3", name="3栋")  # autocommit: its own group
    txns = [c.txn for c in _changes()]
    assert txns[0] == txns[1] < txns[2] < txns[3]


def test_every_synced_table_has_its_triggers(configured: Path) -> None:
    names = {
        row[0]
        for row in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%'"
        )
    }
    tables = capture.synced_tables()
    assert "sync_outbox" not in tables and "search_entry" not in tables
    assert "office_setting" not in tables
    for table in tables:
        for event in ("insert", "update", "delete"):
            assert f"sync_capture_{table}_{event}" in names


def test_batches_keep_transactions_whole(configured: Path) -> None:
    community = _community()
    for group in range(5):  # five transactions of 300 changes
        with transaction():
            Building.insert_many(
                [
                    {"community": community.id, "code": f"{group}-{n}", "name": "楼"}
                    for n in range(300)
                ]
            ).execute()
    with transaction():  # one transaction larger than a batch travels whole
        Building.insert_many(
            [{"community": community.id, "code": f"big-{n}", "name": "楼"} for n in range(1500)]
        ).execute()
    outbox.seal_all("A01", "gen")
    batches = outbox.unacked_batches()
    sizes = [b.changes for b in batches]
    assert sizes == [901, 600, 1500]  # the community + 3 groups; 2 groups; the big one
    previous_last = batches[0].first_seq - 1
    for batch in batches:
        decoded = protocol.decode_batch(bytes(batch.body))
        assert decoded.first_seq == previous_last + 1
        previous_last = decoded.last_seq
        txns = [c.txn for c in decoded.changes]
        assert txns == sorted(txns)
    all_txns = [{c.txn for c in protocol.decode_batch(bytes(b.body)).changes} for b in batches]
    assert not set.intersection(*all_txns[:2]) and not (all_txns[1] & all_txns[2])


def test_sealed_bytes_never_change(configured: Path) -> None:
    _community()
    outbox.seal_all("A01", "gen")
    (batch,) = outbox.unacked_batches()
    with pytest.raises(Exception, match="resent unchanged"):
        database.execute_sql("UPDATE sync_batch SET body = x'00' WHERE batch_no = 1")
    assert protocol.body_sha256(bytes(batch.body)) == batch.sha256


def test_ack_empties_the_outbox_and_drops_the_body(configured: Path) -> None:
    _community()
    outbox.seal_all("A01", "gen")
    (batch,) = outbox.unacked_batches()
    assert outbox.record_ack(batch.last_seq) == 1
    assert outbox.pending_changes() == 0 and outbox.unacked_batches() == []
    assert outbox.last_captured_seq() == batch.last_seq


def test_user_rows_never_carry_the_password_hash(configured: Path, system_actor) -> None:
    from app.services import auth

    auth.create_user(system_actor, "cashier1", "收银员", "secret-pass-1", ["cashier"])
    images = [json.loads(c.row_json) for c in _changes("app_user")]
    assert images and all("password_hash" not in image for image in images)
    assert User.get(User.username == "cashier1").password_hash


def test_missing_triggers_are_regenerated_at_the_next_start(configured: Path) -> None:
    from app.db import close_database, open_database

    database.execute_sql("DROP TRIGGER sync_capture_community_insert")
    assert not capture.triggers_complete(database)
    close_database()
    open_database(configured)
    assert capture.triggers_complete(database)
    _community()
    assert [c.table_name for c in _changes()] == ["community"]


def test_a_migration_that_changes_columns_recaptures_the_table(configured: Path) -> None:
    from app.migrations import current_version
    from app.models.sync import SyncState

    community = _community()
    layout = capture.column_layout(database)
    with transaction():  # what a later migration step might do
        database.execute_sql("ALTER TABLE community ADD COLUMN region TEXT DEFAULT '华东'")
        capture.refresh_after_migration(database, layout)
    images = [json.loads(c.row_json) for c in _changes("community")]
    assert images[-1]["region"] == "华东" and images[-1]["id"] == community.id
    assert _changes("community")[-1].op == "U"
    assert _changes("community")[-1].schema_version == current_version(database)
    assert SyncState.get_by_id(1).txn > _changes("community")[-1].txn
