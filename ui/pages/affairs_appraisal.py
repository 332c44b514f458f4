"""岗位考核 (manager): choose a month and a staff member, see the figures counted from the
records, score the post standards, save, confirm; the month's sheet and its Excel export.
The rules live in app.services.appraisal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.money import format_money
from app.services import appraisal
from app.services.appraisal import MANUAL, WEIGHTS, AppraisalRow, Scored
from app.services.periods import add_months, period_of
from app.services.permissions import Actor
from app.services.unit_facts import office_today
from ui.dialogs.errors import attempt
from ui.models.list_model import ListTableModel
from ui.pages.affairs_common import selected_row
from ui.widgets.form import ErrorLabel
from ui.widgets.table import configure_table


def item_label(item: str) -> str:
    return QCoreApplication.translate("app", appraisal.ITEM_LABELS[item])


def _score(value: object) -> str:
    return "—" if value is None else f"{value:.2f}"


class AppraisalTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.period = QLineEdit(add_months(period_of(office_today()), -1))  # last month
        self.period.setObjectName("appraisal_period")
        self.period.setMaximumWidth(90)
        self.period.editingFinished.connect(self.refresh)
        self.person = QComboBox()
        self.person.setObjectName("appraisal_person")
        self.person.currentIndexChanged.connect(lambda _i: self.show_preview())
        self.manual: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for item in MANUAL:
            box = QSpinBox()
            box.setObjectName(item)
            box.setRange(0, 100)
            box.setValue(100)
            box.valueChanged.connect(lambda _v: self.show_preview())
            self.manual[item] = box
            form.addRow(f"{item_label(item)}（{WEIGHTS[item]}）", box)
        self.note = QLineEdit()
        self.note.setObjectName("appraisal_note")
        form.addRow(self.tr("Note"), self.note)
        self.figures = ListTableModel(
            [
                (self.tr("Item"), lambda r: f"{item_label(r[0])}（{WEIGHTS[r[0]]}）"),
                (self.tr("From the records"), lambda r: r[1]),
                (self.tr("Score"), lambda r: _score(r[2])),
            ],
            self,
        )
        self.figures_table = QTableView()
        self.figures_table.setObjectName("appraisal_figures")
        configure_table(self.figures_table, self.figures)
        self.figures_table.setSortingEnabled(False)
        self.total = QLabel()
        self.total.setObjectName("appraisal_total")
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save_appraisal")
        self.save_button.clicked.connect(lambda: self.save_scores())
        self.sheet = ListTableModel(
            [
                (self.tr("Staff member"), lambda r: r.display_name),
                *[(item_label(i), lambda r, i=i: _score(r.scores.get(i))) for i in WEIGHTS],
                (self.tr("Total"), lambda r: f"{r.total:.2f}"),
                (self.tr("Confirmed by"), lambda r: r.confirmed_by),
            ],
            self,
        )
        self.sheet_table = QTableView()
        self.sheet_table.setObjectName("appraisal_sheet")
        configure_table(self.sheet_table, self.sheet)
        self.sheet_table.setSortingEnabled(False)
        self.confirm_button = QPushButton(self.tr("&Confirm"))
        self.confirm_button.setObjectName("confirm_appraisal")
        self.confirm_button.clicked.connect(lambda: self.confirm_selected())
        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.export_button.setObjectName("export_appraisals")
        self.export_button.clicked.connect(lambda: self.export())
        self._layout(form)

    def _layout(self, form: QFormLayout) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.period)
        top.addWidget(QLabel(self.tr("Staff member")))
        top.addWidget(self.person, 1)
        top.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.figures_table)
        left_layout.addLayout(form)
        left_layout.addWidget(self.total)
        left_layout.addWidget(self.error)
        left_layout.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("The month's appraisals")))
        right_layout.addWidget(self.sheet_table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.export_button)
        right_layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split)

    def refresh(self) -> None:
        if not self.person.count():
            for user_id, name in appraisal.staff(self.actor):
                self.person.addItem(name, user_id)
        self.show_preview()
        self.show_sheet()

    def _manual(self) -> dict[str, object]:
        return {item: box.value() for item, box in self.manual.items()}

    def show_preview(self) -> Scored | None:
        self.error.clear_error()
        user_id = self.person.currentData()
        if not user_id:
            return None
        try:
            scored = appraisal.preview(self.actor, user_id, self.period.text(), self._manual())
        except UserError as exc:
            self.error.show_error(exc, {})
            return None
        f = scored.figures
        data = {
            "feedback": f"{f.complaints_on_time}/{f.complaints}",
            "return_visits": f"{f.visited}/{f.valid_complaints}",
            "repairs": f"{f.repairs_on_time}/{f.repairs}",
            "collection": f"{format_money(f.settled, False)} / {format_money(f.billed, False)}",
            "voids": str(f.voids),
        }
        self.figures.set_items([(i, data.get(i, ""), scored.scores[i]) for i in WEIGHTS])
        self.total.setText(self.tr("Total: {total}").format(total=f"{scored.total:.2f}"))
        return scored

    def show_sheet(self) -> list[AppraisalRow]:
        try:
            rows = appraisal.month_sheet(self.actor, self.period.text())
        except UserError:
            rows = []
        self.sheet.set_items(rows)
        return rows

    def save_scores(self) -> bool:
        self.error.clear_error()
        try:
            appraisal.save_appraisal(
                self.actor, self.person.currentData(), self.period.text(), self._manual(),
                self.note.text(),
            )  # fmt: skip
        except UserError as exc:
            self.error.show_error(exc, dict(self.manual))
            return False
        self.show_sheet()
        return True

    def confirm_selected(self) -> bool:
        row = selected_row(self.sheet_table)
        if row is None:
            return False
        if not attempt(
            self, lambda: appraisal.confirm_appraisal(self.actor, self.sheet.item(row).id)
        ):
            return False
        self.show_sheet()
        return True

    def export(self, path: str | None = None) -> Path | None:
        from reports.appraisal_xlsx import export_appraisals

        rows = self.show_sheet()
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export appraisals"),
                f"{self.period.text()}岗位考核.xlsx",
                "Excel (*.xlsx)",
            )
            if not path:
                return None
        return export_appraisals(rows, path)
