"""Backups: consistent while another process writes, checked, compressed, thinned out by age,
listed with what they hold; restore round trip; refusals; the `backup` commands."""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app import migrations
from app.db import database
from app.errors import PermissionDenied
from app.models import AuditLog, Receipt
from app.services import backup, settings
from app.services import backup_container as container
from app.services.permissions import Actor, Role
from tests.billing_fixtures import user
from tests.receipt_fixtures import collect, receipt_office

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> dict[str, object]:
    office = receipt_office(system_actor, db_path)
    collect(office, "a")
    return office


def inflate(path: Path, into: Path) -> Path:
    with gzip.open(path) as src:
        into.write_bytes(src.read())
    return into


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def test_backup_is_checked_compressed_and_says_what_it_holds(
    office: dict, tmp_path: Path, system_actor: Actor
) -> None:
    out = tmp_path / "out"
    info = backup.create_backup(system_actor, out)
    assert info.path.parent == out and info.path.name.endswith("-manual.db.gz")
    assert backup.NAME.match(info.path.name)
    assert sorted(p.name for p in out.iterdir()) == [info.path.name]  # no .part, no copy left
    copy = inflate(info.path, tmp_path / "copy.db")  # any gzip reader opens it
    assert integrity(copy) == ["ok"]
    assert info.size < copy.stat().st_size / 4
    listed = backup.list_backups(out)
    assert listed == [info]
    assert (listed[0].units, listed[0].owners, listed[0].receipts) == (3, 2, 1)
    assert listed[0].last_receipt_number == "SJ2026000001"
    assert listed[0].schema_version == migrations.CURRENT_VERSION
    assert listed[0].office_name == "阳光花园物业服务中心"
    assert AuditLog.select().where(AuditLog.action == "backup.create").count() == 1


def test_a_file_without_our_header_is_read_by_inflating_it(office: dict, tmp_path: Path) -> None:
    made = backup.create_backup(None, tmp_path)
    plain = tmp_path / made.path.name.replace("-manual", "-daily")
    with gzip.open(plain, "wb") as out:
        out.write(inflate(made.path, tmp_path / "x.db").read_bytes())
    assert container.read_meta(plain) is None
    info = backup.read_backup(plain)
    assert (info.units, info.receipts, info.last_receipt_number) == (3, 1, "SJ2026000001")


def test_a_copy_that_fails_the_integrity_check_is_not_kept(office: dict, tmp_path: Path) -> None:
    """An index that no longer matches its table: quick_check at start passes, the full
    check on the backup's copy does not."""
    database.close()
    conn = sqlite3.connect(office["db"])
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_schema SET sql = 'CREATE INDEX audit_log_action ON audit_log (username)' "
        "WHERE name = 'audit_log_action'"
    )
    conn.commit()
    conn.close()
    with pytest.raises(backup.BackupError, match="failed its integrity check"):
        backup.create_backup(None, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def add_unused_page(db: Path) -> None:
    """A page that no table, index or freelist holds: every table checks out on its own, and
    only the whole-file pass (the page accounting) sees it."""
    data = bytearray(db.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = int.from_bytes(data[28:32], "big")
    data[28:32] = (pages + 1).to_bytes(4, "big")
    db.write_bytes(bytes(data + bytes(page_size)))


def test_a_page_nothing_uses_fails_the_backup(office: dict, tmp_path: Path) -> None:
    database.close()
    add_unused_page(office["db"])
    with pytest.raises(backup.BackupError, match="failed its integrity check"):
        backup.create_backup(None, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_a_backup_with_a_page_nothing_uses_is_refused(office: dict, tmp_path: Path) -> None:
    made = backup.create_backup(None, tmp_path)
    copy = inflate(made.path, tmp_path / "copy.db")
    add_unused_page(copy)
    damaged = tmp_path / "damaged.db.gz"
    container.write(copy, damaged, {"schema_version": migrations.CURRENT_VERSION}, None)
    with pytest.raises(backup.BackupError, match="damaged or not a PropDesk backup"):
        backup.restore_backup(None, damaged, office["db"])
    assert Receipt.select().count() == 1


@pytest.mark.parametrize("stop_at", ["copy", "compress", "check", "verify"])
def test_a_cancelled_backup_leaves_nothing(office: dict, tmp_path: Path, stop_at: str) -> None:
    out = tmp_path / "out"
    with pytest.raises(backup.BackupCancelled):
        backup.create_backup(None, out, progress=lambda _d, _t, stage: stage != stop_at)
    assert list(out.iterdir()) == []


def test_cashier_may_not_back_up(office: dict, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        backup.create_backup(office["cashier"], tmp_path)


WRITER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("CREATE TABLE IF NOT EXISTS scratch_write (n INTEGER, pad TEXT)")
n = 0
while True:
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO scratch_write VALUES (?, hex(randomblob(200)))",
                     [(n + i,) for i in range(200)])
    n += 200
    conn.execute("INSERT OR REPLACE INTO office_setting VALUES ('test.rows', ?)", (str(n),))
    conn.execute("COMMIT")
    if n == 200:
        print("writing", flush=True)
"""


def test_backup_while_another_process_writes(office: dict, tmp_path: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(office["db"])], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "writing"
        rows = []
        for _ in range(3):
            info = backup.create_backup(None, tmp_path / "out")
            copy = inflate(info.path, tmp_path / f"{info.path.name}.db")
            assert integrity(copy) == ["ok"]
            conn = sqlite3.connect(copy)
            counted = conn.execute("SELECT COUNT(*) FROM scratch_write").fetchone()[0]
            recorded = conn.execute(
                "SELECT value FROM office_setting WHERE key = 'test.rows'"
            ).fetchone()[0]
            conn.close()
            assert counted == int(recorded)  # one moment: no transaction cut in half
            rows.append(counted)
        assert writer.poll() is None  # it kept writing the whole time
    finally:
        writer.kill()
        writer.wait(timeout=10)
    assert rows[0] < rows[-1]


def synthetic(folder: Path, office_id: str, moment: datetime, reason: str = "daily") -> Path:
    path = folder / backup.backup_name(office_id, "测试物业", moment, reason)
    path.write_bytes(b"")
    return path


def test_retention_keeps_30_days_and_12_months(tmp_path: Path) -> None:
    mine, other = "01a21b55-e0bf-70de-a806-b84b19a31953", "01a21b55-e0bf-70de-a806-000000000001"
    last = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # 20:00 in Shanghai
    made = []
    for back in range(400):
        day = last - timedelta(days=back)
        made.append(synthetic(tmp_path, mine, day - timedelta(hours=11, minutes=30)))  # 08:30
        made.append(synthetic(tmp_path, mine, day, "exit"))
    theirs = synthetic(tmp_path, other, last - timedelta(days=300))
    synthetic(tmp_path, mine, last - timedelta(days=200, hours=1), "manual")  # never deleted
    stranger = tmp_path / "office-20250101T000000Z-daily.db.gz"  # not named as we name them
    stranger.write_bytes(b"")
    oldest = made[-1]
    removed = backup.apply_retention(tmp_path, mine, 30, 12, protect=[oldest])
    kept = {p.name for p in tmp_path.iterdir()}
    assert theirs.name in kept and stranger.name in kept and oldest.name in kept
    ours = sorted(backup._stamp_of(backup.NAME.match(n)) for n in kept if mine[-12:] in n)
    evenings = [last - timedelta(days=d) for d in range(30)]
    month_ends = [datetime(2026, m, 1, 12, tzinfo=UTC) - timedelta(days=1) for m in range(1, 11)]
    kept_by_hand = last - timedelta(days=200, hours=1)
    protected = backup._stamp_of(backup.NAME.match(oldest.name))
    assert ours == sorted([*evenings, *month_ends, protected, kept_by_hand])
    assert len(removed) == 800 - 41


def test_due_daily_backup(office: dict, tmp_path: Path) -> None:
    assert backup.due_daily_backup(tmp_path)
    synthetic(tmp_path, settings.get(settings.OFFICE_ID), datetime.now(UTC) - timedelta(days=2))
    assert backup.due_daily_backup(tmp_path)
    backup.create_backup(None, tmp_path, "daily")
    assert not backup.due_daily_backup(tmp_path)
    assert backup.due_daily_backup(tmp_path, office_id="01a21b55-0000-7000-8000-0000000000aa")


def test_restore_round_trip(office: dict, tmp_path: Path, system_actor: Actor) -> None:
    db = office["db"]
    made = backup.create_backup(system_actor, tmp_path)
    admin = user(system_actor, "guanli", Role.ADMIN)  # not in the backup
    collect(office, "a", prepay_months=1)  # after the backup: gone once it is restored
    assert Receipt.select().count() == 2
    result = backup.restore_backup(admin, made.path, db)
    assert not database.is_closed() and Path(database.database) == db  # open again, on it
    assert Receipt.select().count() == 1
    assert result.backup.receipts == 1 and result.database == db
    assert settings.get(settings.SYNC_GENERATION) == result.generation_id != ""
    row = AuditLog.get(AuditLog.action == "backup.restore")
    assert row.username == "guanli" and row.user_id is None
    assert json.loads(row.after)["generation_id"] == result.generation_id
    aside = result.kept_aside
    assert aside is not None and aside.name.startswith("office.db.before-restore-")
    conn = sqlite3.connect(aside)  # the file as it was: two receipts
    assert conn.execute("SELECT COUNT(*) FROM receipt").fetchone()[0] == 2
    conn.close()
    assert not list(db.parent.glob(".office.db.restoring-*"))
    again = backup.restore_backup(None, made.path, db)
    assert again.generation_id != result.generation_id
    assert again.kept_aside != aside and aside.exists()


def test_restore_while_the_file_is_open_elsewhere_changes_nothing(
    office: dict, tmp_path: Path
) -> None:
    made = backup.create_backup(None, tmp_path)
    other = sqlite3.connect(office["db"])  # another program holds it open
    other.execute("SELECT 1 FROM receipt").fetchall()
    try:
        with pytest.raises(backup.DatabaseInUse):
            backup.restore_backup(None, made.path, office["db"])
    finally:
        other.close()
    assert Receipt.select().count() == 1
    assert sorted(p.name for p in office["db"].parent.iterdir() if "restor" in p.name) == []


def _rewrite(made: Path, target: Path, tmp_path: Path, change: str, header: bool) -> Path:
    copy = inflate(made, tmp_path / "edit.db")
    conn = sqlite3.connect(copy)
    conn.execute(change)
    conn.commit()
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    if header:
        container.write(copy, target, {"schema_version": version}, None)
    else:
        with gzip.open(target, "wb") as out:
            out.write(copy.read_bytes())
    return target


@pytest.mark.parametrize("header", [True, False])
def test_a_newer_backup_is_refused(office: dict, tmp_path: Path, header: bool) -> None:
    made = backup.create_backup(None, tmp_path)
    newer = _rewrite(made.path, tmp_path / "newer.db.gz", tmp_path,
                     f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}", header)  # fmt: skip
    before = office["db"].read_bytes()
    with pytest.raises(backup.BackupError, match="newer PropDesk"):
        backup.restore_backup(None, newer, office["db"])
    assert office["db"].read_bytes() == before
    assert not [p for p in office["db"].parent.iterdir() if "restor" in p.name]


def test_a_damaged_backup_is_refused(office: dict, tmp_path: Path) -> None:
    made = backup.create_backup(None, tmp_path)
    data = bytearray(made.path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    damaged = tmp_path / "damaged.db.gz"
    damaged.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError, match="damaged or not a PropDesk backup"):
        backup.restore_backup(None, damaged, office["db"])
    assert Receipt.select().count() == 1
    assert not [p for p in office["db"].parent.iterdir() if "restor" in p.name]


# --------------------------------------------------------------------------- commands


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,  # not a terminal: restore must not ask
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_backup_commands(office: dict, tmp_path: Path) -> None:
    db = str(office["db"])
    database.close()
    out = tmp_path / "out"
    made = run("--db", db, "--json", "backup", "create", "--out", str(out))
    assert made.returncode == 0, made.stderr
    created = json.loads(made.stdout)
    assert created["receipts"] == 1 and created["last_receipt_number"] == "SJ2026000001"
    listed = run("--db", db, "--json", "backup", "list", "--dir", str(out))
    assert listed.returncode == 0, listed.stderr
    assert [b["file"] for b in json.loads(listed.stdout)] == [created["file"]]
    assert run("--db", db, "backup", "list", "--dir", str(tmp_path / "none")).returncode == 2

    unconfirmed = run("--db", db, "backup", "restore", created["file"])
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr
    assert not [p for p in office["db"].parent.iterdir() if "before-restore" in p.name]
    restored = run("--db", db, "--json", "backup", "restore", created["file"], "--yes")
    assert restored.returncode == 0, restored.stderr
    assert Path(json.loads(restored.stdout)["kept_aside"]).exists()
    missing = run("--db", db, "backup", "restore", str(tmp_path / "nope.db.gz"), "--yes")
    assert missing.returncode == 3 and "no such file" in missing.stderr


def test_backup_create_of_a_damaged_database_is_rejected(tmp_path: Path) -> None:
    db = tmp_path / "broken.db"
    db.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    result = run("--db", str(db), "backup", "create", "--out", str(tmp_path / "out"))
    assert result.returncode == 3 and "damaged" in result.stderr


def test_default_folder_is_per_database_in_the_data_folder(tmp_path: Path) -> None:
    from app.paths import data_dir

    assert backup.backup_dir(tmp_path / "demo-office.db") == data_dir() / "backups" / "demo-office"
