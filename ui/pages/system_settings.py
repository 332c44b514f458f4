"""系统 → 设置: the office's own settings (name, time zone, fee rules, backup retention), saved
together or not at all, and this PC's language and the user's password."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import settings
from app.services.permissions import Actor, Cap
from ui import i18n
from ui.dialogs.user_edit import PasswordDialog
from ui.icons import icon
from ui.widgets.form import ErrorLabel

# How the few-valued settings read on screen.
CHOICE_NAMES = {
    "days": QT_TRANSLATE_NOOP("SettingsTab", "By the days after handover"),
    "whole": QT_TRANSLATE_NOOP("SettingsTab", "The whole month"),
    "yes": QT_TRANSLATE_NOOP("SettingsTab", "Charged"),
    "no": QT_TRANSLATE_NOOP("SettingsTab", "Not charged"),
}
HINTS = {
    settings.DUE_DAY.key: QT_TRANSLATE_NOOP(
        "SettingsTab", "1–28; applies to bills generated from now on"
    ),
    settings.VACANT_RATE_PERCENT.key: QT_TRANSLATE_NOOP("SettingsTab", "0–100, e.g. 70"),
    settings.PREPAY_CAP_MONTHS.key: QT_TRANSLATE_NOOP("SettingsTab", "0–60 months"),
    settings.LATE_FEE_DAILY_RATE.key: QT_TRANSLATE_NOOP(
        "SettingsTab", "e.g. 0.0005 (0.05 % a day)"
    ),
    settings.BACKUP_KEEP_DAILY.key: QT_TRANSLATE_NOOP("SettingsTab", "1–3650 days"),
    settings.BACKUP_KEEP_MONTHLY.key: QT_TRANSLATE_NOOP("SettingsTab", "0–1200 months"),
}


class SettingsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        may_edit = actor.can(Cap.SETTINGS_MANAGE)
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        self.setMaximumWidth(760)  # a form, not a spreadsheet: short fields read better
        for group, members in settings.EDITABLE:
            box = QGroupBox(QCoreApplication.translate("app", group))
            form = QFormLayout(box)
            for setting in members:
                field = self._field(setting)
                field.setObjectName(setting.key)
                field.setEnabled(may_edit)
                self.fields[setting.key] = field
                form.addRow(QCoreApplication.translate("app", setting.label), field)
            layout.addWidget(box)
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setObjectName("save_settings")
        self.save_button.setEnabled(may_edit)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addStretch()  # the button keeps its size while there is no message
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addWidget(self._this_pc())
        layout.addStretch(1)

    def _field(self, setting: settings.Setting) -> QWidget:
        if setting.key in settings.CHOICES:
            combo = QComboBox()
            for value in settings.CHOICES[setting.key]:
                combo.addItem(self.tr(CHOICE_NAMES[value]), value)
            return combo
        if setting is settings.TIMEZONE:
            zones = QComboBox()
            zones.setEditable(True)  # any IANA name; the common ones to pick
            zones.addItems(settings.COMMON_TIMEZONES)
            return zones
        edit = QLineEdit()
        if setting.key in HINTS:
            edit.setToolTip(self.tr(HINTS[setting.key]))
        return edit

    def _this_pc(self) -> QGroupBox:
        box = QGroupBox(self.tr("This computer"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.chosen_language()))
        self.language.currentIndexChanged.connect(self.change_language)
        password = QPushButton(icon("password"), self.tr("Change my &password…"))
        password.clicked.connect(lambda: PasswordDialog(self.actor, parent=self).exec())
        form = QFormLayout(box)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", password)
        return box

    def refresh(self) -> None:
        self.error.clear_error()
        for key, value in settings.editable_values().items():
            field = self.fields[key]
            if isinstance(field, QComboBox) and not field.isEditable():
                field.setCurrentIndex(max(field.findData(value), 0))
            elif isinstance(field, QComboBox):
                field.setCurrentText(value)
            else:
                field.setText(value)

    def values(self) -> dict[str, str]:
        def value(field: QWidget) -> str:
            if isinstance(field, QComboBox):
                return field.currentText() if field.isEditable() else field.currentData()
            return field.text()

        return {key: value(field) for key, field in self.fields.items()}

    def save(self) -> bool:
        self.error.clear_error()
        try:
            changed = settings.save_settings(self.actor, self.values())
        except UserError as exc:
            self.error.show_error(exc, self.fields)
            return False
        text = (
            self.tr("{n} settings saved.").format(n=len(changed))
            if changed
            else self.tr("Nothing was changed.")
        )
        QMessageBox.information(self, self.tr("Settings"), text)
        self.refresh()
        return True

    def change_language(self) -> None:
        i18n.set_language(self.language.currentData())
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The new language applies from the next start.")
        )
