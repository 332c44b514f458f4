"""空置房 forms: an owner's written vacancy notice, its end, and an inspection with photos."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.permissions import Actor
from app.services.vacancy import end_vacancy_notice, record_inspection, record_vacancy_notice
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.dates import DateEdit


class VacancyNoticeDialog(FormDialog):
    def __init__(
        self, actor: Actor, unit_id: str, unit_code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.actor, self.unit_id = actor, unit_id
        self.setObjectName("vacancy_notice_dialog")
        self.setWindowTitle(self.tr("Vacancy notice for {unit}").format(unit=unit_code))
        self.notice_date = self.add_row(self.tr("&Notice received"), "notice_date", DateEdit())
        self.start_date = self.add_row(self.tr("Vacant &from"), "start_date", DateEdit())
        self.start_date.setToolTip(
            self.tr("The reduced vacancy rate starts on this day, never before the notice.")
        )
        self.remarks = self.add_row(self.tr("Re&marks"), "remarks", QLineEdit())

    def submit(self) -> str:
        return record_vacancy_notice(
            self.actor,
            self.unit_id,
            self.notice_date.value(),
            self.start_date.value(),
            remarks=self.remarks.text(),
        ).id


class EndNoticeDialog(FormDialog):
    def __init__(
        self,
        actor: Actor,
        notice_id: str,
        unit_code: str,
        start: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor, self.notice_id = actor, notice_id
        self.setObjectName("end_notice_dialog")
        self.setWindowTitle(self.tr("End the vacancy notice of {unit}").format(unit=unit_code))
        self.form.addRow(self.tr("Vacant since"), QLineEdit(start.isoformat(), readOnly=True))
        self.end_date = self.add_row(self.tr("&Last vacant day"), "end_date", DateEdit())

    def submit(self) -> str:
        return end_vacancy_notice(self.actor, self.notice_id, self.end_date.value()).id


class InspectionDialog(FormDialog):
    def __init__(
        self, actor: Actor, unit_id: str, unit_code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.actor, self.unit_id = actor, unit_id
        self.setObjectName("inspection_dialog")
        self.setWindowTitle(self.tr("Inspection of {unit}").format(unit=unit_code))
        self.inspection_date = self.add_row(
            self.tr("Inspection &date"), "inspection_date", DateEdit()
        )
        self.inspector = self.add_row(self.tr("&Inspector"), "inspector", QLineEdit())
        self.inspector.setText(actor.display_name)
        self.findings = self.add_row(self.tr("&Findings"), "findings", QPlainTextEdit())
        self.findings.setPlaceholderText(self.tr("e.g. doors and windows intact, no leaks"))
        self.findings.setTabChangesFocus(True)
        self.findings.setFixedHeight(80)
        self.needs_action = QCheckBox(self.tr("Needs &follow-up (damage, leak, intrusion)"))
        self.needs_action.setObjectName("needs_action")
        self.form.addRow("", self.needs_action)
        self.photos = QListWidget()
        self.add_row(self.tr("&Photos"), "photos", self.photos, self._photo_box())
        self.setMinimumWidth(480)

    def _photo_box(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photos, 1)
        buttons = QVBoxLayout()
        add = QPushButton(self.tr("&Add…"))
        add.setObjectName("add_photos")
        add.clicked.connect(lambda: self.add_photos())
        remove = QPushButton(self.tr("&Remove"))
        remove.setObjectName("remove_photo")
        remove.clicked.connect(self._remove_photo)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.photos.setMaximumHeight(100)
        return box

    def add_photos(self, paths: list[str | Path] | None = None) -> None:
        """Adds photo files; without `paths` the user picks them."""
        if paths is None:
            paths, _filter = QFileDialog.getOpenFileNames(
                self,
                self.tr("Choose photos"),
                "",
                self.tr("Pictures (*.jpg *.jpeg *.png)"),
            )
        for path in paths:
            if str(path) not in self.photo_paths():
                self.photos.addItem(str(path))

    def _remove_photo(self) -> None:
        row = self.photos.currentRow()
        if row >= 0:
            self.photos.takeItem(row)

    def photo_paths(self) -> list[str]:
        return [self.photos.item(row).text() for row in range(self.photos.count())]

    def background_work(self) -> Callable[[], str]:
        """Copying the photos into the file store takes a while: a worker does the save."""
        actor, unit_id = self.actor, self.unit_id
        day, inspector = self.inspection_date.value(), self.inspector.text()
        findings, needs_action = self.findings.toPlainText(), self.needs_action.isChecked()
        photos = self.photo_paths()
        return lambda: (
            record_inspection(actor, unit_id, day, inspector, findings, needs_action, photos).id
        )
