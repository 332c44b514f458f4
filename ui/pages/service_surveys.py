"""顾客意见调查 tab: questionnaires and survey rounds, answers typed in or imported from
Excel, the results per question and per building with the satisfaction rate, improvement
actions, and the analysis report (PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.importers.survey_answers import import_answers, write_answer_sheet
from app.services import surveys
from app.services.permissions import Actor, Cap
from reports.survey_report import render_survey_report
from ui.dialogs.errors import show_error
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.survey_forms import ActionDialog, ResponseDialog, RoundDialog, TemplateDialog
from ui.models.list_model import ListTableModel
from ui.pdf_preview import print_document
from ui.widgets.buttons import action_buttons
from ui.widgets.table import configure_table


def _percent(rate: object) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


class SurveysTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.rounds = ListTableModel(
            [
                (self.tr("No."), lambda r: r.number),
                (self.tr("Title"), lambda r: r.title),
                (self.tr("From"), lambda r: r.start_on.isoformat()),
                (self.tr("To"), lambda r: r.end_on.isoformat()),
            ],
            self,
        )
        self.rounds_view = self._view("survey_rounds", self.rounds)
        self.rounds_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_results())
        self.questions = ListTableModel(
            [
                (self.tr("Question"), lambda q: f"{q.seq}. {q.text}"),
                (self.tr("Valid answers"), lambda q: str(q.valid)),
                (self.tr("Satisfied"), lambda q: str(q.satisfied)),
                (self.tr("Satisfaction"), lambda q: _percent(q.rate)),
            ],
            self,
        )
        self.questions_view = self._view("survey_questions", self.questions)
        self.buildings = ListTableModel(
            [
                (self.tr("Building"), lambda b: b.building),
                (self.tr("Questionnaires"), lambda b: str(b.responses)),
                (self.tr("Satisfaction"), lambda b: _percent(b.rate)),
            ],
            self,
        )
        self.buildings_view = self._view("survey_buildings", self.buildings)
        self.summary = QLabel()
        self.summary.setObjectName("survey_summary")
        self.summary.setWordWrap(True)
        edit = actor.can(Cap.SERVICE_EDIT)
        row = QHBoxLayout()
        self.buttons = action_buttons(
            "survey",
            (
                ("template", self.tr("New questionnaire…"), self.open_template, edit),
                ("round", self.tr("New round…"), self.open_round, edit),
                ("answers", self.tr("Enter answers…"), self.open_response, edit),
                ("sheet", self.tr("Blank answer sheet…"), self.save_sheet, True),
                ("import", self.tr("Import answers…"), self.choose_import, edit),
                ("action", self.tr("Improvement action…"), self.open_action, edit),
                ("report", self.tr("Report…"), self.print_report, True),
            ),
        )
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        results = QSplitter()
        results.addWidget(self.questions_view)
        results.addWidget(self.buildings_view)
        results.setSizes([600, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.rounds_view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(results, 2)

    @staticmethod
    def _view(name: str, model: ListTableModel) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        configure_table(view, model)
        view.setSortingEnabled(False)
        return view

    def refresh(self) -> None:
        selected = self.selected_id()
        self.rounds.set_items(surveys.rounds(self.actor))
        self.rounds_view.resizeColumnsToContents()
        rows = self.rounds.rowCount()
        index = next(
            (r for r in range(rows) if self.rounds.item(r).id == selected), 0 if rows else -1
        )
        if index >= 0:
            self.rounds_view.selectRow(index)
        self.show_results()

    def selected(self) -> object | None:
        r = self.rounds_view.currentIndex().row()
        return self.rounds.item(r) if 0 <= r < self.rounds.rowCount() else None

    def selected_id(self) -> str | None:
        survey = self.selected()
        return survey.id if survey else None

    def show_results(self) -> None:
        round_id = self.selected_id()
        if round_id is None:
            self.questions.set_items([])
            self.buildings.set_items([])
            self.summary.clear()
            return
        result = surveys.analysis(self.actor, round_id)
        self.questions.set_items(result.questions)
        self.buildings.set_items(result.buildings)
        self.questions_view.resizeColumnsToContents()
        self.buildings_view.resizeColumnsToContents()
        self.summary.setText(
            self.tr(
                "{n} questionnaires; satisfaction {rate} ({satisfied} of {valid} valid answers); "
                "{actions} improvement actions"
            ).format(
                n=result.responses,
                rate=_percent(result.rate),
                satisfied=result.satisfied,
                valid=result.valid,
                actions=len(result.actions),
            )
        )

    def _opened(self, dialog: FormDialog) -> FormDialog:
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def _need(self) -> str | None:
        round_id = self.selected_id()
        if round_id is None:
            QMessageBox.information(
                self, self.tr("Surveys"), self.tr("Choose a survey round first.")
            )
        return round_id

    def open_template(self) -> FormDialog:
        return self._opened(TemplateDialog(self.actor, self))

    def open_round(self) -> FormDialog:
        return self._opened(RoundDialog(self.actor, self))

    def open_response(self) -> FormDialog | None:
        round_id = self._need()
        return self._opened(ResponseDialog(self.actor, round_id, self)) if round_id else None

    def open_action(self) -> FormDialog | None:
        round_id = self._need()
        return self._opened(ActionDialog(self.actor, round_id, self)) if round_id else None

    def save_sheet(self) -> None:
        round_id = self._need()
        if round_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Blank answer sheet"), "answers.xlsx", "Excel (*.xlsx)"
        )
        if path:
            write_answer_sheet(round_id, path)

    def choose_import(self) -> None:
        if self._need() is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import answers"), "", "Excel (*.xlsx)")
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> int:
        """Imports the answers of the selected round; all or nothing."""
        round_id = self.selected_id()
        assert round_id is not None
        try:
            count = import_answers(self.actor, round_id, path)
        except UserError as exc:
            show_error(self, exc)
            return 0
        self.refresh()
        return count

    def render_report(self, out: object) -> object:
        round_id = self.selected_id()
        assert round_id is not None
        return render_survey_report(self.actor, round_id, out)

    def print_report(self) -> bool:
        if self._need() is None:
            return False
        return print_document(
            self,
            self.render_report,
            "survey_report.pdf",
            QCoreApplication.translate("SurveysTab", "Survey analysis"),
        )
