"""Login, and the first start's 'create the administrator' dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.services import auth, settings
from app.services.permissions import Actor
from ui.widgets.form import ErrorLabel


class LoginDialog(QDialog):
    def __init__(
        self,
        office_name: str,
        hint: str = "",
        username: str = "",
        parent: QWidget | None = None,
        may_proceed: Callable[[], bool] | None = None,
    ) -> None:
        """`may_proceed()` is asked before logging in writes anything; False closes the
        dialog (the start-up check found the file damaged)."""
        super().__init__(parent)
        self.actor: Actor | None = None
        self.may_proceed = may_proceed
        self.setWindowTitle(self.tr("PropDesk — log in"))
        title = QLabel(f"<h2>{office_name}</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        login_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        login_button.setText(self.tr("Log in"))
        login_button.setDefault(True)  # Enter in the password field logs in
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setStyleSheet("color: #607d8b;")
            layout.addWidget(hint_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        if self.may_proceed is not None and not self.may_proceed():
            self.reject()
            return
        try:
            self.actor = auth.authenticate(self.username.text(), self.password.text())
        except UserError as exc:
            self.error.show_error(exc)
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()


class FirstAdminDialog(QDialog):
    """The first start of a new office database: create the administrator account."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PropDesk — first start"))
        intro = QLabel(
            self.tr(
                "This office database has no accounts yet. Create the "
                "administrator, who then adds the other staff."
            )
        )
        intro.setWordWrap(True)
        self.actor: Actor | None = None  # logged in as the new administrator
        self.office_name = QLineEdit(settings.get(settings.OFFICE_NAME))
        self.office_name.setObjectName("office_name")
        self.office_name.setToolTip(self.tr("Printed at the top of every receipt and report"))
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Office name"), self.office_name)
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Name"), self.display_name)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Repeat password"), self.repeat)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.display_name.setFocus()

    def create(self) -> None:
        fields = {
            settings.OFFICE_NAME.key: self.office_name,
            "username": self.username,
            "display_name": self.display_name,
            "password": self.password,
        }
        try:
            if self.password.text() != self.repeat.text():
                raise ValidationError(
                    self.tr("Repeat password: the two passwords differ."), field="password"
                )
            auth.create_first_admin(
                self.username.text(),
                self.display_name.text(),
                self.password.text(),
                self.office_name.text(),
            )
            self.actor = auth.authenticate(self.username.text(), self.password.text())
        except UserError as exc:
            self.error.show_error(exc, fields)
            return
        self.accept()
