"""Create or edit an account (administrator), and change one's own password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.services import auth
from app.services.permissions import Actor, Role
from ui.labels import role_label
from ui.widgets.form import ErrorLabel


class UserDialog(QDialog):
    def __init__(
        self, actor: Actor, user: auth.UserInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.actor, self.user = actor, user
        self.setWindowTitle(self.tr("New account") if user is None else self.tr("Edit account"))
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("username")
        self.username.setReadOnly(user is not None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.display_name.setObjectName("display_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.active = QCheckBox(self.tr("Account may log in"))
        self.active.setChecked(user.is_active if user else True)
        self.roles: dict[str, QCheckBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Name"), self.display_name)
        if user is None:
            form.addRow(self.tr("&Password"), self.password)
        for role in Role.ALL:
            box = QCheckBox(role_label(role))
            box.setObjectName(f"role_{role}")
            box.setChecked(bool(user and role in user.roles))
            self.roles[role] = box
            form.addRow(self.tr("Role") if role == Role.ALL[0] else "", box)
        if user is not None:
            form.addRow("", self.active)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_roles(self) -> list[str]:
        return [role for role, box in self.roles.items() if box.isChecked()]

    def save(self) -> None:
        fields = {
            "username": self.username,
            "display_name": self.display_name,
            "password": self.password,
        }
        try:
            if self.user is None:
                auth.create_user(
                    self.actor,
                    self.username.text(),
                    self.display_name.text(),
                    self.password.text(),
                    self.chosen_roles(),
                )
            else:
                auth.update_user(
                    self.actor,
                    self.user.username,
                    display_name=self.display_name.text(),
                    roles=self.chosen_roles(),
                    is_active=self.active.isChecked(),
                )
        except UserError as exc:
            self.error.show_error(exc, fields)
            return
        self.accept()


class PasswordDialog(QDialog):
    """Own password (asks the current one) or an administrator's reset (does not)."""

    def __init__(
        self, actor: Actor, reset_username: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.actor, self.reset_username = actor, reset_username
        self.setWindowTitle(
            self.tr("Change password")
            if reset_username is None
            else self.tr("Reset password of {user}").format(user=reset_username)
        )
        self.old = QLineEdit()
        self.old.setObjectName("old_password")
        self.new = QLineEdit()
        self.new.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for edit in (self.old, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        if reset_username is None:
            form.addRow(self.tr("&Current password"), self.old)
        form.addRow(self.tr("&New password"), self.new)
        form.addRow(self.tr("&Repeat new password"), self.repeat)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        fields = {"old_password": self.old, "password": self.new}
        try:
            if self.new.text() != self.repeat.text():
                raise ValidationError(
                    self.tr("Repeat new password: the two passwords differ."), field="password"
                )
            if self.reset_username is None:
                auth.change_own_password(self.actor, self.old.text(), self.new.text())
            else:
                auth.reset_password(self.actor, self.reset_username, self.new.text())
        except UserError as exc:
            self.error.show_error(exc, fields)
            return
        self.accept()
