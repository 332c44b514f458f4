"""Survey forms: a questionnaire, a survey round, one questionnaire's answers, an
improvement action."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.services import surveys
from app.services.permissions import Actor
from app.services.surveys import SurveyScale
from app.services.unit_facts import office_today
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.dates import DateEdit, OptionalDateEdit
from ui.widgets.unit_picker import UnitPicker


class TemplateDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("New questionnaire"))
        self.name = self.add_row(self.tr("Name"), "name", QLineEdit())
        self.scale = self.add_row(self.tr("Answers"), "scale", QComboBox())
        self.scale.addItem(
            self.tr("Satisfied / fairly satisfied / dissatisfied"), SurveyScale.THREE
        )
        self.scale.addItem(self.tr("Score 1–5"), SurveyScale.FIVE)
        self.questions = self.add_row(
            self.tr("Questions (one a line)"), "questions", QPlainTextEdit()
        )

    def submit(self) -> str:
        return surveys.create_template(
            self.actor,
            self.name.text(),
            self.scale.currentData(),
            self.questions.toPlainText().splitlines(),
        ).id


class RoundDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("New survey round"))
        self.template = self.add_row(self.tr("Questionnaire"), "template", QComboBox())
        for template in surveys.templates(actor):
            self.template.addItem(template.name, template.id)
        self.title = self.add_row(self.tr("Title"), "title", QLineEdit())
        today = office_today()
        self.start = self.add_row(self.tr("From"), "start_on", DateEdit(today))
        self.end = self.add_row(self.tr("To"), "end_on", DateEdit(today))

    def submit(self) -> str:
        return surveys.start_round(
            self.actor,
            self.template.currentData() or "",
            self.title.text(),
            self.start.value(),
            self.end.value(),
        ).id


class ResponseDialog(FormDialog):
    """One questionnaire handed back: a combo per question (blank = not answered)."""

    def __init__(self, actor: Actor, round_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.round_id = actor, round_id
        self.unit_id: str | None = None
        self.setWindowTitle(self.tr("Enter answers"))
        self.picker = UnitPicker(actor)
        self.picker.unit_chosen.connect(lambda unit_id, _code: setattr(self, "unit_id", unit_id))
        self.add_row(self.tr("Unit"), "unit_id", self.picker)
        self.respondent = self.add_row(self.tr("Respondent"), "respondent", QLineEdit())
        self.day = self.add_row(self.tr("Answered on"), "answered_on", DateEdit())
        scale, questions = surveys.round_questions(actor, round_id)
        self.answers: dict[int, QComboBox] = {}
        for question in questions:
            combo = QComboBox()
            combo.addItem("", 0)
            for score, text in self._choices(scale):
                combo.addItem(text, score)
            self.add_row(f"{question.seq}. {question.text}", f"q{question.seq}", combo)
            self.answers[question.seq] = combo

    def _choices(self, scale: str) -> list[tuple[int, str]]:
        if scale == SurveyScale.THREE:
            return [
                (3, self.tr("Satisfied")),
                (2, self.tr("Fairly satisfied")),
                (1, self.tr("Dissatisfied")),
            ]
        return [(s, str(s)) for s in range(5, 0, -1)]

    def set_answer(self, seq: int, score: int) -> None:
        combo = self.answers[seq]
        combo.setCurrentIndex(combo.findData(score))

    def submit(self) -> str:
        return surveys.record_response(
            self.actor,
            self.round_id,
            {seq: combo.currentData() or "" for seq, combo in self.answers.items()},
            unit_id=self.unit_id,
            respondent=self.respondent.text(),
            answered_on=self.day.value(),
        ).id


class ActionDialog(FormDialog):
    def __init__(self, actor: Actor, round_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.round_id = actor, round_id
        self.setWindowTitle(self.tr("Improvement action"))
        self.question = self.add_row(self.tr("Question"), "question", QComboBox())
        self.question.addItem(self.tr("(the service as a whole)"), None)
        for question in surveys.round_questions(actor, round_id)[1]:
            self.question.addItem(f"{question.seq}. {question.text}", question.seq)
        self.action = self.add_row(self.tr("Action"), "action", QPlainTextEdit())
        self.responsible = self.add_row(self.tr("Responsible"), "responsible", QLineEdit())
        self.due = self.add_row(self.tr("Due"), "due_on", OptionalDateEdit())

    def submit(self) -> str:
        return surveys.add_action(
            self.actor,
            self.round_id,
            self.action.toPlainText(),
            question_seq=self.question.currentData(),
            responsible=self.responsible.text(),
            due_on=self.due.value(),
        ).id
