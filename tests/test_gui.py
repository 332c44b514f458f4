"""GUI flows driven with real typing and clicks, checked in the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPushButton, QTableView

from app.demo import generate_demo_office
from app.models import AuditLog, User
from app.services import auth, settings
from app.services.permissions import Actor, Role
from tests.qt_helpers import close_next_modal
from ui.dialogs.login import FirstAdminDialog, LoginDialog
from ui.dialogs.user_edit import UserDialog
from ui.main_window import MainWindow
from ui.pages.stock import StockPage
from ui.tasks import run_task, wait_for_all


def _type(qtbot, dialog, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest can't type CJK; an input method commits the whole string like this
        edit.insert(text)


def _ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Ok) or box.button(
        QDialogButtonBox.StandardButton.Save
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def admin(db_path: Path) -> Actor:
    auth.create_first_admin("admin", "管理员", "admin-pass")
    return auth.authenticate("admin", "admin-pass")


def test_first_start_creates_the_administrator(qtbot, db_path: Path) -> None:
    dialog = FirstAdminDialog()
    qtbot.addWidget(dialog)
    _type(qtbot, dialog, "display_name", "张主任")
    _type(qtbot, dialog, "password", "first-pass")
    _type(qtbot, dialog, "repeat", "other-pass")
    _ok(qtbot, dialog)
    assert not User.select().exists()  # the mismatch is caught before anything is saved
    assert dialog.error.isVisible() or dialog.error.text()
    _type(qtbot, dialog, "repeat", "first-pass")
    _type(qtbot, dialog, "office_name", "   ")
    _ok(qtbot, dialog)
    assert not User.select().exists()  # a refused office name leaves no account behind
    assert "Office name" in dialog.error.text()
    _type(qtbot, dialog, "office_name", "阳光花园物业服务中心")
    _ok(qtbot, dialog)
    assert dialog.result() == FirstAdminDialog.DialogCode.Accepted
    user = User.get(User.username == "admin")
    assert user.display_name == "张主任"
    assert auth.authenticate("admin", "first-pass").roles == (Role.ADMIN,)
    # Logged straight in, and the name printed on receipts is the office's own.
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert settings.get(settings.OFFICE_NAME) == "阳光花园物业服务中心"
    change = AuditLog.get(AuditLog.action == "setting.change")
    assert change.username == "admin"


def test_login_dialog_shows_error_then_logs_in(qtbot, admin: Actor) -> None:
    dialog = LoginDialog("阳光花园物业服务中心", username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog, "password", "wrong")
    _ok(qtbot, dialog)
    assert dialog.actor is None and dialog.error.text()
    _type(qtbot, dialog, "password", "admin-pass")
    qtbot.keyClick(dialog.findChild(QLineEdit, "password"), Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert AuditLog.select().where(AuditLog.action == "user.login_failed").count() == 1


def test_each_role_sees_only_its_pages(qtbot, admin: Actor) -> None:
    auth.create_user(admin, "kefu", "李客服", "service-pass", [Role.SERVICE_ASSISTANT])
    assistant = auth.authenticate("kefu", "service-pass")
    window = MainWindow(assistant)
    qtbot.addWidget(window)
    assert "billing" not in window.page_classes and "stock" not in window.page_classes
    assert {"dashboard", "archive", "service", "affairs", "system"} <= set(window.page_classes)
    full = MainWindow(admin)
    qtbot.addWidget(full)
    assert len(full.page_classes) == 10


def test_every_module_is_a_real_page(qtbot, admin: Actor) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    page = window.show_page("stock")
    assert isinstance(page, StockPage)  # the last placeholder page is gone


def test_keyboard_shortcuts_switch_pages_and_focus_search(qtbot, admin: Actor) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["page_system"].trigger()
    assert window.stack.currentWidget() is window.page("system")
    assert window.actions_by_name["page_archive"].shortcut().toString() == "Ctrl+2"
    assert window.actions_by_name["find"].shortcut().matches("Ctrl+F")
    window.actions_by_name["find"].trigger()
    qtbot.waitUntil(window.search_box.hasFocus)
    wait_for_all()


def test_search_box_finds_a_unit_and_opens_it(qtbot, admin: Actor) -> None:
    generate_demo_office(60, seed=3)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.search_box, "1-1-")
    hits = window.search_box.run_search()
    assert hits and all(h.unit_code.startswith("1-1-") for h in hits if h.kind == "unit")
    opened: list[object] = []
    close_next_modal(opened)
    window.search_box.hit_chosen.emit(hits[0])
    assert opened and opened[0].objectName() == "unit_record"
    assert hits[0].unit_code in opened[0].windowTitle()
    page = window.page("archive")
    assert window.stack.currentWidget() is page
    assert page.units.model.total_count() == 1
    assert page.units.model.row_dict(0)["code"] == hits[0].unit_code
    wait_for_all()


def test_admin_creates_an_account_through_the_dialog(qtbot, admin: Actor) -> None:
    dialog = UserDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog, "username", "wangli")
    _type(qtbot, dialog, "display_name", "王丽")
    _type(qtbot, dialog, "password", "cashier-pass")
    _ok(qtbot, dialog)
    assert "Roles" in dialog.error.text() or dialog.error.text()  # no role chosen yet
    assert not User.select().where(User.username == "wangli").exists()
    qtbot.mouseClick(dialog.roles[Role.CASHIER], Qt.MouseButton.LeftButton)
    _ok(qtbot, dialog)
    assert dialog.result() == UserDialog.DialogCode.Accepted
    assert auth.authenticate("wangli", "cashier-pass").roles == (Role.CASHIER,)


def test_dashboard_loads_figures_in_the_background(qtbot, admin: Actor) -> None:
    generate_demo_office(40, seed=1)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.tiles["units"].value.text() == "40", timeout=5000)


def test_unit_list_filters_by_status(qtbot, admin: Actor) -> None:
    generate_demo_office(300, seed=2)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    page = window.show_page("archive")
    table = page.findChild(QTableView, "units_table")
    assert table.model().total_count() == 300
    units = page.units
    units.status.setCurrentIndex(units.status.findData("unsold"))
    statuses = {units.model.row_dict(r)["status"] for r in range(units.model.rowCount())}
    assert statuses == {"unsold"}
    qtbot.waitUntil(lambda: units.count.text() != "counting…", timeout=5000)


def test_task_results_arrive_on_the_gui_thread(qtbot, db_path: Path) -> None:
    import threading

    seen: dict[str, object] = {}

    def work(ctx):
        seen["worker"] = threading.current_thread() is threading.main_thread()
        ctx.progress(1, 2)
        return User.select().count()

    def done(result):
        seen["result"] = result
        seen["gui"] = QApplication.instance().thread().isCurrentThread()

    run_task(work, on_success=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {"worker": False, "result": 0, "gui": True}


def test_task_failure_and_cancel_are_delivered(qtbot, db_path: Path) -> None:
    outcome: dict[str, object] = {}

    def fails(_ctx):
        raise ValueError("boom")

    run_task(fails, on_failure=lambda exc: outcome.update(error=exc))
    qtbot.waitUntil(lambda: "error" in outcome, timeout=5000)
    assert isinstance(outcome["error"], ValueError)

    def slow(ctx):
        ctx.cancel()
        ctx.check()

    run_task(slow, on_cancel=lambda: outcome.update(cancelled=True))
    qtbot.waitUntil(lambda: "cancelled" in outcome, timeout=5000)


def test_a_new_office_is_shown_its_first_steps(qtbot, admin: Actor) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.refreshes >= 1, timeout=10000)
    assert not page.welcome.isHidden() and "archive:units" in page.welcome.text()
    archive = window.pages["archive"]
    page.welcome.linkActivated.emit("archive:owners")  # where the archive import is
    assert (
        window.stack.currentWidget() is archive and archive.tabs.currentWidget() is archive.owners
    )
    page.welcome.linkActivated.emit("archive:units")
    assert archive.tabs.currentWidget() is archive.units
    page.welcome.linkActivated.emit("billing:fee_items")
    billing = window.pages["billing"]
    assert window.stack.currentWidget() is billing and billing.tabs.currentWidget() is billing.setup


def test_enter_does_not_cancel_a_long_task_but_the_button_does(qtbot, db_path: Path) -> None:
    import threading

    release = threading.Event()
    outcome: dict[str, object] = {}

    def long_work(ctx):
        for _ in range(500):  # at most 10 s
            if release.wait(0.02):
                break
            ctx.check()
        return "done"

    task = run_task(
        long_work,
        on_success=lambda r: outcome.update(result=r),
        on_cancel=lambda: outcome.update(cancelled=True),
        progress_label="正在备份…",
    )
    try:
        dialog = task.progress_dialog
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.wait(100)
        assert "cancelled" not in outcome and not dialog.wasCanceled()
        qtbot.mouseClick(dialog.findChild(QPushButton, "cancel_task"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "cancelled" in outcome, timeout=5000)
    finally:
        release.set()
        wait_for_all()
