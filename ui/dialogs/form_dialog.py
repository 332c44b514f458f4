"""The frame every archive form shares: labelled rows, as-you-type checks, OK that saves.

A subclass adds its rows, then implements `submit()`, which calls the service and returns the
saved record's id. A refused save shows the service's message and focuses its field; nothing
is saved and the dialog stays open.

A save slow enough to freeze the window (copying photos) implements `background_work()`
instead: it reads the fields on the GUI thread and returns the service call, which then
runs through ui.tasks.run_task while the dialog waits with its buttons disabled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from ui.dialogs.errors import show_error
from ui.tasks import Task, run_task
from ui.widgets.form import ErrorLabel, FieldCheck, hint_label

W = TypeVar("W", bound=QWidget)


class FormDialog(QDialog):
    saved = Signal(str)  # the id of the record created or changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_id: str | None = None
        self.fields: dict[str, QWidget] = {}
        self.checks: dict[str, FieldCheck] = {}
        self._rows: dict[str, QWidget] = {}
        self._hints: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def add_row(self, label: str, name: str, widget: W, row: QWidget | None = None) -> W:
        """A row whose input is named like the service field, so errors can find it; `row`
        is what the form shows when the input sits inside a larger widget."""
        widget.setObjectName(name)
        self.fields[name] = widget
        self._rows[name] = row or widget
        self.form.addRow(label, row or widget)
        return widget

    def add_checked_row(
        self,
        label: str,
        name: str,
        edit: QLineEdit,
        check: Callable[[str], object],
        message: str | Callable[[], str],
    ) -> QLineEdit:
        """A line edit checked as the user types, with its hint line under it."""
        self.add_row(label, name, edit)
        hint = hint_label()
        hint.setObjectName(f"{name}_hint")
        self.form.addRow("", hint)
        self.form.setRowVisible(hint, False)
        self._hints[name] = hint
        self.checks[name] = FieldCheck(
            edit, check, message, hint, lambda shown: self._show_hint(name, shown)
        )
        return edit

    def _show_hint(self, name: str, shown: bool) -> None:
        # A hint belongs to its field: it stays hidden while the field's row is hidden.
        hint = self._hints[name]
        self.form.setRowVisible(hint, shown and self.form.isRowVisible(self._rows[name]))

    def set_row_visible(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self._rows[name], visible)
        if name in self._hints:
            self.form.setRowVisible(self._hints[name], visible and bool(self._hints[name].text()))

    def save(self) -> bool:
        """True once saved; False when refused (or still saving in the background)."""
        self.error.clear_error()
        work = self.background_work()
        if work is not None:
            self._save_in_background(work)
            return False
        try:
            saved_id = self.submit()
        except UserError as exc:
            self.error.show_error(exc, self.fields)
            return False
        self._saved(saved_id)
        return True

    def submit(self) -> str:
        raise NotImplementedError

    def background_work(self) -> Callable[[], str] | None:
        """The save as a call for a worker thread (fields already read), or None to save on
        the GUI thread with `submit()`."""
        return None

    @property
    def saving(self) -> bool:
        return self._task is not None

    _task: Task | None = None

    def _save_in_background(self, work: Callable[[], str]) -> None:
        self.buttons.setEnabled(False)
        self._task = run_task(
            lambda _context: work(),
            on_success=self._saved,
            on_failure=self._save_failed,
            parent=self,
            progress_label=self.tr("Saving…"),
            cancellable=False,
        )

    def _saved(self, saved_id: str) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        self.saved_id = saved_id
        self.saved.emit(saved_id)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        if isinstance(exc, UserError):
            self.error.show_error(exc, self.fields)
        else:
            show_error(self, exc)

    def reject(self) -> None:
        if not self.saving:  # the save is running: its result decides
            super().reject()


def code_combo(codes: Iterable[str], label: Callable[[str], str]) -> QComboBox:
    """A combo showing translated labels with the core's codes as item data."""
    combo = QComboBox()
    for code in codes:
        combo.addItem(label(code), code)
    return combo


def select_code(combo: QComboBox, code: object) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


def choice_combo(words: Iterable[str], value: str = "") -> QComboBox:
    """An editable combo of common words (data, not UI text) that accepts any other text."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(list(words))
    combo.setCurrentText(value)
    return combo
