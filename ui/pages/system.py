"""系统: accounts, audit trail, office settings and language, about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import auth
from app.services.permissions import Actor, Cap
from app.services.system_info import system_info
from ui.dialogs.errors import show_error
from ui.dialogs.user_edit import PasswordDialog, UserDialog
from ui.icons import icon
from ui.labels import role_label
from ui.models.list_model import ListTableModel
from ui.pages.base import Page
from ui.pages.system_audit import AuditTab
from ui.pages.system_backup import BackupTab
from ui.pages.system_holidays import HolidaysTab
from ui.pages.system_settings import SettingsTab
from ui.widgets.table import configure_table
from ui.widgets.times import local_moment


class UsersTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.model = ListTableModel(
            [
                (self.tr("Username"), lambda u: u.username),
                (self.tr("Name"), lambda u: u.display_name),
                (self.tr("Roles"), lambda u: "、".join(role_label(r) for r in u.roles)),
                (self.tr("Active"), lambda u: self.tr("yes") if u.is_active else self.tr("no")),
                (self.tr("Locked until"), lambda u: local_moment(u.locked_until)),
                (self.tr("Last login"), lambda u: local_moment(u.last_login_at)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("users_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.table.doubleClicked.connect(self.edit_user)
        add = QPushButton(icon("user_add"), self.tr("&New account…"))
        add.setObjectName("add_user")
        add.clicked.connect(self.add_user)
        edit = QPushButton(icon("user_edit"), self.tr("&Edit…"))
        edit.clicked.connect(self.edit_user)
        reset = QPushButton(icon("password"), self.tr("&Reset password…"))
        reset.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        for button in (add, edit, reset):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        try:
            self.model.set_items(auth.list_users(self.actor))
        except UserError as exc:
            show_error(self, exc)

    def _selected(self) -> auth.UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def add_user(self) -> None:
        if UserDialog(self.actor, parent=self).exec():
            self.refresh()

    def edit_user(self) -> None:
        user = self._selected()
        if user and UserDialog(self.actor, user, parent=self).exec():
            self.refresh()

    def reset_password(self) -> None:
        user = self._selected()
        if user and PasswordDialog(self.actor, user.username, parent=self).exec():
            self.refresh()


class AboutTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        captions = {
            "app_version": self.tr("PropDesk version"),
            "office_name": self.tr("Office"),
            "office_id": self.tr("Office id"),
            "database": self.tr("Database file"),
            "schema_version": self.tr("Schema version"),
            "sqlite_version": self.tr("SQLite version"),
            "log_file": self.tr("Log file"),
        }
        for key, caption in captions.items():
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            self.form.addRow(caption, label)

    def refresh(self) -> None:
        info = system_info()
        for key, label in self.labels.items():
            value = getattr(info, key)
            label.setText(QLocale().toString(value) if isinstance(value, int) else str(value))


class SystemPage(Page):
    key, icon_name, capability = "system", "system", Cap.DASHBOARD_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "System")

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("system_tabs")
        self.sections: list[QWidget] = []
        if actor.can(Cap.USER_MANAGE):
            self._add(UsersTab(actor), self.tr("Accounts"))
        if actor.can(Cap.AUDIT_VIEW):
            self._add(AuditTab(actor), self.tr("Audit trail"))
        if actor.can(Cap.BACKUP_MANAGE):
            self._add(BackupTab(actor), self.tr("Backups"))
        self._add(SettingsTab(actor), self.tr("Settings"))
        self._add(HolidaysTab(actor), self.tr("Holidays"))
        self._add(AboutTab(), self.tr("About"))
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget().refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _add(self, section: QWidget, title: str) -> None:
        self.sections.append(section)
        self.tabs.addTab(section, title)

    def on_shown(self) -> None:
        self.tabs.currentWidget().refresh()
