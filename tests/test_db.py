"""Opening, pragmas, the migration ladder, refusals of newer and damaged files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from app import migrations
from app.db import (
    DatabaseDamaged,
    DatabaseTooNew,
    NotAnOfficeDatabase,
    SqliteTooOld,
    check_sqlite_version,
    close_database,
    database,
    open_database,
)
from app.models import ALL_MODELS, Community, User


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_gets_every_migration_and_pragmas(tmp_path: Path) -> None:
    applied = open_database(tmp_path / "new.db")
    try:
        assert applied == [m.version for m in migrations.LADDER]
        pragma = lambda name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2
        assert pragma("busy_timeout") >= 5000
        assert pragma("user_version") == migrations.CURRENT_VERSION
        history = database.execute_sql("SELECT version FROM schema_history").fetchall()
        assert [v for (v,) in history] == [m.version for m in migrations.LADDER]
    finally:
        close_database()


def test_migrated_schema_matches_the_models(db_path: Path) -> None:
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in database.execute_sql(f"PRAGMA table_info({table})")}
        expected = {f.column_name for f in model._meta.sorted_fields}
        assert columns == expected, table


def test_reopening_applies_nothing(db_path: Path) -> None:
    close_database()
    assert open_database(db_path) == []


def test_old_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    open_database(path, migrate=False)
    migrations.migrate(database, target=1)
    database.execute_sql("INSERT INTO office_setting (key, value) VALUES ('office.name', '老库')")
    close_database()

    applied = open_database(path)
    try:
        assert applied == [m.version for m in migrations.LADDER if m.version > 1]
        backups = list(tmp_path.glob("old.db.v1-*.bak"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as old:
            assert old.execute("PRAGMA user_version").fetchone()[0] == 1
            assert old.execute("SELECT value FROM office_setting").fetchone()[0] == "老库"
        name = database.execute_sql("SELECT value FROM office_setting").fetchone()[0]
        assert name == "老库"
        assert Community.select().count() == 0  # the new tables exist
    finally:
        close_database()


def test_newer_file_is_refused_untouched(db_path: Path) -> None:
    database.execute_sql("PRAGMA user_version = 999")
    close_database()
    before = _digest(db_path)
    with pytest.raises(DatabaseTooNew, match="newer PropDesk"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_garbage_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = _digest(path)
    with pytest.raises(DatabaseDamaged, match="damaged"):
        open_database(path)
    assert _digest(path) == before


def test_file_with_damaged_pages_is_refused_untouched(db_path: Path) -> None:
    for i in range(300):
        database.execute_sql("INSERT INTO office_setting VALUES (?, ?)", (f"k{i}", "x" * 500))
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    raw = bytearray(db_path.read_bytes())
    page = 4096
    raw[page * 3 : page * 3 + 200] = b"\xff" * 200  # smash a b-tree page header
    db_path.write_bytes(bytes(raw))
    before = _digest(db_path)
    with pytest.raises(DatabaseDamaged):
        open_database(db_path)
    assert _digest(db_path) == before


def test_other_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 12345")
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(NotAnOfficeDatabase):
        open_database(path)


def test_old_sqlite_library_is_refused() -> None:
    with pytest.raises(SqliteTooOld, match=r"3\.38\.0"):
        check_sqlite_version((3, 31, 1))
    check_sqlite_version((3, 38, 0))


def test_base_model_keys_timestamps_and_row_version(db_path: Path) -> None:
    community = Community.create(code="C1", name="阳光花园")
    assert len(community.id) == 36 and community.id[14] == "7"  # uuid version 7
    assert community.created_at.tzinfo is not None
    second = Community.create(code="C2", name="翠湖苑")
    assert second.id > community.id  # time-ordered
    community.name = "阳光花园一期"
    community.save()
    assert Community.get_by_id(community.id).row_version == 2
    Community.update(address="深圳").where(Community.id == community.id).execute()
    assert Community.get_by_id(community.id).row_version == 3  # the trigger bumps it
    database.execute_sql("UPDATE community SET name = 'raw' WHERE code = 'C2'")
    assert Community.get_by_id(second.id).row_version == 2


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    with pytest.raises(pw.IntegrityError):
        database.execute_sql(
            "INSERT INTO user_role (id, created_at, updated_at, row_version, user_id, role) "
            "VALUES ('x', 'a', 'a', 1, 'no-such-user', 'admin')"
        )
    assert User.select().count() == 0


def test_the_ladder_climbs_in_order() -> None:
    versions = [m.version for m in migrations.LADDER]
    assert versions == sorted(set(versions))  # a step out of order would be skipped
