"""System page: settings, language, own password; the error dialog and the log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.errors import ValidationError
from app.models import AuditLog
from app.services import auth, settings
from app.services.permissions import Actor, Role
from tests.qt_helpers import close_next_modal
from ui import i18n
from ui.dialogs.errors import show_error
from ui.dialogs.user_edit import PasswordDialog
from ui.main_window import MainWindow


@pytest.fixture
def admin(db_path: Path) -> Actor:
    auth.create_first_admin("admin", "管理员", "admin-pass")
    return auth.authenticate("admin", "admin-pass")


def _settings_tab(qtbot, actor: Actor):
    window = MainWindow(actor)
    qtbot.addWidget(window)
    page = window.show_page("system")
    tab = next(s for s in page.sections if hasattr(s, "fields"))
    page.tabs.setCurrentWidget(tab)
    return page, tab


def test_office_settings_are_saved_together_and_audited(qtbot, admin: Actor) -> None:
    _page, tab = _settings_tab(qtbot, admin)
    fields = tab.fields
    assert fields["billing.due_day"].text() == "15"  # the defaults, shown
    fields["office.name"].setText("翠湖苑物业服务中心")
    fields["billing.due_day"].setText("10")
    late = fields["billing.late_fee_enabled"]
    late.setCurrentIndex(late.findData("yes"))
    fields["backup.keep_daily"].setText("60")
    seen: list[str] = []
    close_next_modal(seen)
    assert tab.save()
    assert settings.get(settings.OFFICE_NAME) == "翠湖苑物业服务中心"
    assert settings.get(settings.DUE_DAY) == "10"
    assert settings.get(settings.LATE_FEE_ENABLED) == "yes"
    assert settings.get(settings.BACKUP_KEEP_DAILY) == "60"
    changes = AuditLog.select().where(AuditLog.action == "setting.change")
    assert {c.record_id for c in changes} == {
        "office.name", "billing.due_day", "billing.late_fee_enabled", "backup.keep_daily"
    }  # fmt: skip
    assert "4" in seen[0]


def test_a_bad_value_saves_nothing_and_names_its_field(qtbot, admin: Actor) -> None:
    _page, tab = _settings_tab(qtbot, admin)
    tab.fields["office.name"].setText("翠湖苑物业服务中心")
    tab.fields["billing.due_day"].setText("31")
    assert not tab.save()
    assert "Due day of the month: is out of range." in tab.error.text()
    assert settings.get(settings.OFFICE_NAME) == settings.OFFICE_NAME.default
    assert not AuditLog.select().where(AuditLog.action == "setting.change").exists()
    tab.fields["billing.due_day"].setText("")
    tab.fields["office.name"].setText("   ")
    assert not tab.save() and "must not be empty" in tab.error.text()


def test_cashier_cannot_change_office_settings(qtbot, admin: Actor) -> None:
    auth.create_user(admin, "shouyin", "王收银", "cashier-pass", [Role.CASHIER])
    cashier = auth.authenticate("shouyin", "cashier-pass")
    page, tab = _settings_tab(qtbot, cashier)
    assert not tab.fields["office.name"].isEnabled() and not tab.save_button.isEnabled()
    assert page.tabs.count() == 3  # settings, holidays (read-only), about; no accounts or audit


def test_language_choice_is_remembered(qtbot, admin: Actor) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    page = window.show_page("system")
    tab = next(s for s in page.sections if hasattr(s, "language"))
    seen: list[str] = []
    close_next_modal(seen)
    tab.language.setCurrentIndex(tab.language.findData("en_US"))
    assert QSettings().value(i18n.SETTINGS_KEY) == "en_US"
    assert i18n.chosen_language() == "en_US"
    i18n.set_language("zh_CN")


def test_own_password_change_through_the_dialog(qtbot, admin: Actor) -> None:
    dialog = PasswordDialog(admin)
    qtbot.addWidget(dialog)
    dialog.old.setText("admin-pass")
    dialog.new.setText("brand-new-pass")
    dialog.repeat.setText("brand-new-pass")
    dialog.save()
    assert dialog.result() == PasswordDialog.DialogCode.Accepted
    assert auth.authenticate("admin", "brand-new-pass").username == "admin"


def test_unexpected_error_shows_plain_dialog_and_logs_traceback(qtbot, db_path, caplog) -> None:
    seen: list[str] = []
    close_next_modal(seen)
    try:
        raise ZeroDivisionError("division by zero in a fee formula")
    except ZeroDivisionError as exc:
        error = exc
    with caplog.at_level(logging.ERROR):
        show_error(None, error)
    assert "Traceback" not in seen[0] and "log" in seen[0]
    record = next(r for r in caplog.records if r.exc_info)
    assert record.exc_info[0] is ZeroDivisionError


def test_user_error_shows_its_message(qtbot, db_path) -> None:
    seen: list[str] = []
    close_next_modal(seen)
    show_error(None, ValidationError("Password: use at least {n} characters.", field="p", n=8))
    assert "at least 8 characters" in seen[0]


def test_holiday_schedule_is_entered_and_counts(qtbot, admin: Actor) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from app.workdays import add_workdays, is_workday, schedule_missing
    from ui.pages.system_holidays import HolidaysTab

    tab = HolidaysTab(admin)
    qtbot.addWidget(tab)
    tab.year.setValue(2027)
    tab.refresh()
    assert "2027" in tab.status.text() and schedule_missing(2027)
    tab.day.setDate(QDate(2027, 2, 8))
    tab.kind.setCurrentIndex(tab.kind.findData(False))
    tab.name.setText("春节")
    tab.add_day()
    assert tab.model.rowCount() == 1 and not is_workday(date(2027, 2, 8))
    assert add_workdays(date(2027, 2, 5), 1) == date(2027, 2, 9)  # Fri + 1 skips Mon the 8th
    tab.table.selectRow(0)
    tab.remove_selected()
    assert tab.model.rowCount() == 0 and is_workday(date(2027, 2, 8))
