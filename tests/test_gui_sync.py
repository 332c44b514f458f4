"""同步 page and status bar: configure through the dialog, push in the background, see the
state (head office unreachable here: the client backs off and says so)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.services import auth, sync
from app.services.permissions import Actor, Role
from tests.headoffice_fixtures import headoffice_url, service  # noqa: F401 — fixtures
from ui.dialogs.sync_configure import SyncConfigureDialog
from ui.main_window import MainWindow
from ui.pages.sync import SyncPage
from ui.tasks import wait_for_all


def _admin(system: Actor) -> Actor:
    auth.create_user(system, "it", "信息员", "it-password-1", [Role.ADMIN])
    return auth.authenticate("it", "it-password-1")


def _fill_and_ok(values: dict[str, str], seen: list) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SyncConfigureDialog):
            QTimer.singleShot(20, fill)
            return
        seen.append(dialog)
        for name, text in values.items():
            dialog.fields[name].setText(text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if "bad" in values.get("office_code", ""):
            QTimer.singleShot(200, dialog.reject)

    QTimer.singleShot(0, fill)


def test_configure_then_push_offline_shows_in_status_bar(qtbot, db_path: Path, system_actor):
    window = MainWindow(_admin(system_actor))
    qtbot.addWidget(window)
    page = window.show_page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.values["state"].text() != "", timeout=5000)
    assert page.values["state"].text() == "Sync: not set up"
    assert not page.push_button.isEnabled()

    seen: list = []
    _fill_and_ok({"server_url": "http://127.0.0.1:9", "office_code": "A01",
                  "token": "x" * 40}, seen)  # fmt: skip
    page.configure()
    assert seen and sync.status().state in ("pending", "offline")
    qtbot.waitUntil(lambda: sync.status().state == "offline", timeout=15_000)
    wait_for_all()
    qtbot.waitUntil(
        lambda: window.sync_label.text().startswith("Offline, retrying in"), timeout=5000
    )
    assert "waiting)" in window.sync_label.text()
    assert "unreachable" in page.values["error"].text()
    window.sync_runner.stop()


def test_a_bad_office_code_is_refused_in_the_dialog(qtbot, db_path: Path, system_actor):
    window = MainWindow(_admin(system_actor))
    qtbot.addWidget(window)
    page = window.show_page("sync")
    seen: list = []
    _fill_and_ok({"server_url": "http://127.0.0.1:9", "office_code": "bad code!",
                  "token": "x" * 40}, seen)  # fmt: skip
    page.configure()
    dialog = seen[0]
    assert dialog.error.text().startswith("Office code:")
    assert sync.status().state == "not_configured"


def _synced_window(qtbot, system_actor, headoffice_url: str, service, code: str):
    """The main window of an office enrolled at head office as `code` through the dialog,
    its runner started, after the first upload."""
    from app.headoffice import store

    token = store.add_office(headoffice_url, code, "界面测试")
    window = MainWindow(_admin(system_actor))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("sync")
    window.sync_runner.start()
    _fill_and_ok({"server_url": service.base_url, "office_code": code, "token": token}, [])
    page.configure()
    qtbot.waitUntil(lambda: window.sync_label.text() == "Synced", timeout=30_000)
    return window, page


def test_runner_pushes_to_head_office_and_says_synced(
    qtbot, db_path: Path, system_actor, headoffice_url: str, service
) -> None:
    window, page = _synced_window(qtbot, system_actor, headoffice_url, service, "GUI1")
    assert sync.status().pending == 0 and sync.status().acked_seq > 0
    from app.db import transaction
    from app.models import Community

    with transaction():  # a local commit wakes the runner
        Community.create(code="G", name="新小区")
    qtbot.waitUntil(lambda: sync.status().pending == 0, timeout=30_000)
    qtbot.waitUntil(lambda: page.batches.rowCount() >= 2, timeout=10_000)
    window.sync_runner.stop()
    wait_for_all()


def _answer_yes() -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, click)


def test_after_head_office_accepts_a_restore_the_page_sends_everything_again(
    qtbot, db_path: Path, system_actor, headoffice_url: str, service
) -> None:
    from app.headoffice import restore, store
    from app.sync import client

    window, page = _synced_window(qtbot, system_actor, headoffice_url, service, "GUI2")
    acked = sync.status().acked_seq

    restore.accept_restore(headoffice_url, "GUI2")  # as if this file had been restored
    window.sync_runner.push_now()
    qtbot.waitUntil(lambda: sync.status().attention == client.RESEND, timeout=30_000)
    qtbot.waitUntil(page.resend_button.isVisible, timeout=5000)
    assert not page.resume_button.isVisible()
    assert "Send everything again" in page.values["error"].text()

    _answer_yes()
    page.resend_button.click()
    qtbot.waitUntil(lambda: window.sync_label.text() == "Synced", timeout=30_000)
    assert sync.status().acked_seq >= acked and not page.resend_button.isVisible()
    with store.connection(headoffice_url) as conn:
        assert store.office_state(conn, "GUI2").acked_seq == sync.status().acked_seq
    window.sync_runner.stop()
    wait_for_all()
