"""A damaged database at start: a clear message, the file left byte for byte as it was, and
the restore offer that puts the newest good backup in place and keeps the damaged file."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

import pytest

from app.db import DatabaseDamaged, close_database, open_database
from app.models import Receipt
from app.services import backup, settings
from app.services.permissions import Actor
from tests.receipt_fixtures import collect, receipt_office
from ui import application, startup_backup


@pytest.fixture
def office_file(tmp_path: Path, system_actor: Actor):
    """An office with one receipt in a backup and a second one after it. The file name is
    unique so its default backup folder (in the test session's data folder) is its own."""
    path = tmp_path / f"office-{tmp_path.name}.db"
    open_database(path)
    settings.ensure_office_identity()
    office = receipt_office(system_actor, path)
    collect(office, "a")
    backup.create_backup(None, reason="daily")
    collect(office, "a", prepay_months=1)
    close_database()
    yield path
    close_database()


def damage(path: Path) -> None:
    """Scribbles over the start of every third page after the first (b-tree headers)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for page in range(1, size // 4096, 3):
            handle.seek(page * 4096)
            handle.write(b"\xee" * 12)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damaged_file_is_reported_and_left_untouched(office_file: Path) -> None:
    damage(office_file)
    before = sha(office_file)
    problem = application.open_or_problem(office_file)
    assert isinstance(problem, DatabaseDamaged)
    assert str(office_file) in str(problem) and "damaged" in str(problem)
    assert sha(office_file) == before
    assert application.open_or_problem(office_file) is not None  # and again next time


def test_restore_offer_puts_the_newest_good_backup_in_place(qapp, office_file: Path) -> None:
    damage(office_file)
    before = sha(office_file)
    assert isinstance(application.open_or_problem(office_file), DatabaseDamaged)
    candidate = startup_backup.newest_backup_for(office_file)
    assert candidate is not None and candidate.receipts == 1
    assert "SJ2026000001" in startup_backup.summary(candidate)
    result = startup_backup.restore_after_damage(office_file, candidate)
    assert result.kept_aside is not None and sha(result.kept_aside) == before  # kept as it was
    assert application.open_or_problem(office_file) is None  # the start goes on
    assert Receipt.select().count() == 1
    assert settings.get(settings.SYNC_GENERATION) == result.generation_id


def test_a_damaged_backup_is_skipped_for_the_next_one(qapp, office_file: Path) -> None:
    daily = startup_backup.newest_backup_for(office_file)
    assert daily is not None  # made yesterday, say (a day keeps only its newest backup)
    yesterday = daily.created_at - timedelta(days=1)
    name = backup.backup_name(daily.office_id, daily.office_name, yesterday, "daily")
    daily.path.rename(daily.path.with_name(name))
    open_database(office_file)
    backup.create_backup(None, reason="exit")  # newer, with both receipts
    close_database()
    newest = startup_backup.newest_backup_for(office_file)
    assert newest is not None and newest.receipts == 2
    newest.path.write_bytes(newest.path.read_bytes()[:2000])  # cut short
    damage(office_file)
    with pytest.raises(backup.BackupError):
        startup_backup.restore_after_damage(office_file, newest)
    older = startup_backup.newest_backup_for(office_file, skip=[newest.path])
    assert older is not None and older.receipts == 1
    startup_backup.restore_after_damage(office_file, older)
    assert application.open_or_problem(office_file) is None


def test_no_backup_means_no_offer(tmp_path: Path) -> None:
    path = tmp_path / f"lonely-{tmp_path.name}.db"
    open_database(path)
    settings.ensure_office_identity()
    close_database()
    damage(path)
    assert startup_backup.newest_backup_for(path) is None


def damage_the_end(path: Path) -> None:
    """Scribbles over the charge table's pages only, which opening the file never reads."""
    import sqlite3

    conn = sqlite3.connect(path)
    pages = [p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'charge'")]
    conn.close()
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * 4096)
            handle.write(b"\xee" * 12)


def test_deferred_check_stops_the_login_before_it_writes(qapp, office_file: Path) -> None:
    from ui.startup_check import DeferredCheck

    damage_the_end(office_file)
    before = sha(office_file)
    assert application.open_or_problem(office_file, check=False) is None  # opened unchecked
    application._startup_check = DeferredCheck(office_file)
    found: list = []
    assert application._check_before_login(office_file, found)() is False
    assert isinstance(found[0], DatabaseDamaged) and "damaged" in str(found[0])
    close_database()
    assert sha(office_file) == before


def test_deferred_check_lets_a_sound_file_log_in(qapp, office_file: Path) -> None:
    from ui.startup_check import DeferredCheck

    assert application.open_or_problem(office_file, check=False) is None
    application._startup_check = DeferredCheck(office_file)
    found: list = []
    assert application._check_before_login(office_file, found)() is True
    assert found == [] and application._startup_check is None


def test_an_unchecked_file_that_fails_to_open_is_reported_as_damaged(office_file: Path) -> None:
    damage(office_file)
    before = sha(office_file)
    problem = application.open_or_problem(office_file, check=False)
    assert problem is None or isinstance(problem, DatabaseDamaged)
    close_database()
    assert sha(office_file) == before
