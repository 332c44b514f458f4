"""系统 → 备份: who sees it, back up now, restore (the step the confirm dialog leads to)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db import close_database, open_database
from app.models import Receipt
from app.services import auth, backup, settings
from app.services.permissions import Actor, Role
from tests.qt_helpers import close_next_modal
from tests.receipt_fixtures import collect, receipt_office
from ui.main_window import MainWindow
from ui.pages.system_backup import BackupTab
from ui.tasks import wait_for_all


@pytest.fixture
def office(tmp_path: Path, system_actor: Actor):
    path = tmp_path / f"office-{tmp_path.name}.db"  # its own backup folder
    open_database(path)
    settings.ensure_office_identity()
    office = receipt_office(system_actor, path)
    collect(office, "a")
    auth.create_user(system_actor, "guanli", "管理员", "admin-pass", [Role.ADMIN])
    office["admin"] = auth.authenticate("guanli", "admin-pass")
    yield office
    close_database()


def backup_tab(qtbot, actor: Actor) -> BackupTab | None:
    window = MainWindow(actor)
    qtbot.addWidget(window)
    page = window.show_page("system")
    return next((s for s in page.sections if isinstance(s, BackupTab)), None)


def test_only_backup_managers_see_the_tab(qtbot, office) -> None:
    assert backup_tab(qtbot, office["admin"]) is not None
    assert backup_tab(qtbot, office["manager"]) is None


def test_back_up_now_then_restore(qtbot, office) -> None:
    tab = backup_tab(qtbot, office["admin"])
    tab.refresh()
    assert tab.model.rowCount() == 0
    seen: list[str] = []
    close_next_modal(seen)
    tab.back_up_now()
    wait_for_all()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert "SJ2026000001" in seen[0]
    assert tab.model.rowCount() == 1
    made = tab.model.item(0)
    assert made.path.parent == backup.backup_dir() and made.receipts == 1

    collect(office, "a", prepay_months=1)
    assert Receipt.select().count() == 2
    result = tab.restore_now(made)
    assert result is not None and result.kept_aside.exists()
    assert Receipt.select().count() == 1


def test_daily_backup_runs_in_the_background_once_a_day(qtbot, office) -> None:
    from ui.startup_backup import start_daily_backup

    task = start_daily_backup()
    assert task is not None
    wait_for_all()
    made = backup.list_backups()
    assert [b.reason for b in made] == ["daily"]
    assert start_daily_backup() is None  # done for today
