"""Satisfaction surveys (顾客意见调查): questionnaire templates, survey rounds, the answers
handed back, results per question and per building, improvement actions.

Satisfaction rate (RULES.md) = satisfied answers ÷ valid answers. On the three-level scale
满意 and 基本满意 count as satisfied (the industry's usual 满意率); on the 1–5 scale 4 and 5
do. An unanswered question (score 0) is not a valid answer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import peewee as pw

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Building, Entrance, Unit
from app.models.service_more import (
    SurveyAction,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    SurveyRound,
    SurveyScale,
    SurveyTemplate,
)
from app.services import audit, numbering
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, optional_text, required_text
from app.services.unit_facts import check_not_future, get_unit, office_today

DOC_TYPE = "survey_round"
numbering.register_document_type(DOC_TYPE, "DC")

MAX_QUESTIONS = 40
TOP = {SurveyScale.THREE: 3, SurveyScale.FIVE: 5}
SATISFIED_FROM = {SurveyScale.THREE: 2, SurveyScale.FIVE: 4}
THREE_LEVEL_WORDS = {"满意": 3, "基本满意": 2, "不满意": 1}


@dataclass(frozen=True)
class QuestionResult:
    seq: int
    text: str
    counts: dict[int, int]  # score → answers
    valid: int
    satisfied: int

    @property
    def rate(self) -> Decimal | None:
        return _rate(self.satisfied, self.valid)


@dataclass(frozen=True)
class BuildingResult:
    building: str
    responses: int
    valid: int
    satisfied: int

    @property
    def rate(self) -> Decimal | None:
        return _rate(self.satisfied, self.valid)


@dataclass(frozen=True)
class SurveyAnalysis:
    round_number: str
    title: str
    scale: str
    start_on: date
    end_on: date
    responses: int
    questions: list[QuestionResult]
    buildings: list[BuildingResult]
    valid: int
    satisfied: int
    actions: list[SurveyAction]

    @property
    def rate(self) -> Decimal | None:
        return _rate(self.satisfied, self.valid)


def _rate(part: int, whole: int) -> Decimal | None:
    return None if whole == 0 else (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"))


def create_template(
    actor: Actor, name: str, scale: str, questions: Sequence[str]
) -> SurveyTemplate:
    require(actor, Cap.SERVICE_EDIT)
    title = required_text(name, "name", QT_TRANSLATE_NOOP("app", "Questionnaire name"), 60)
    if scale not in SurveyScale.ALL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Scale: choose one of the listed answer scales."),
            field="scale",
        )
    texts = [q.strip() for q in questions if q.strip()]
    if not texts or len(texts) > MAX_QUESTIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Questions: enter between 1 and {n} questions, one a line."),
            field="questions",
            n=MAX_QUESTIONS,
        )
    for text in texts:
        required_text(text, "questions", QT_TRANSLATE_NOOP("app", "Question"), 200)
    with transaction():
        if SurveyTemplate.select().where(SurveyTemplate.name == title).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Questionnaire name: {name} exists; choose another."),
                field="name",
                name=title,
            )
        template = SurveyTemplate.create(name=title, scale=scale)
        for seq, text in enumerate(texts, 1):
            SurveyQuestion.create(template=template.id, seq=seq, text=text)
        audit.record(
            actor,
            "survey.template",
            table="survey_template",
            record_id=template.id,
            after={"name": title, "scale": scale, "questions": len(texts)},
        )
    return template


def templates(actor: Actor) -> list[SurveyTemplate]:
    require(actor, Cap.SERVICE_VIEW)
    return list(SurveyTemplate.select().order_by(SurveyTemplate.name))


def questions_of(template_id: str) -> list[SurveyQuestion]:
    return list(
        SurveyQuestion.select()
        .where(SurveyQuestion.template == template_id)
        .order_by(SurveyQuestion.seq)
    )


def round_questions(actor: Actor, round_id: str) -> tuple[str, list[SurveyQuestion]]:
    """The round's answer scale and its questions in order."""
    require(actor, Cap.SERVICE_VIEW)
    survey = get_or_fail(SurveyRound, round_id)
    return survey.template.scale, questions_of(survey.template_id)


def start_round(
    actor: Actor, template_id: str, title: str, start_on: date, end_on: date
) -> SurveyRound:
    require(actor, Cap.SERVICE_EDIT)
    name = required_text(title, "title", QT_TRANSLATE_NOOP("app", "Title"), 60)
    if end_on < start_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "End date: it can't be before the start date."),
            field="end_on",
        )
    with transaction():
        template = get_or_fail(SurveyTemplate, template_id)
        survey = SurveyRound.create(
            number=numbering.next_number(DOC_TYPE, start_on.year).text,
            template=template.id,
            title=name,
            start_on=start_on,
            end_on=end_on,
        )
        audit.record(
            actor,
            "survey.round",
            table="survey_round",
            record_id=survey.id,
            after=audit.snapshot(survey),
        )
    return survey


def rounds(actor: Actor) -> list[SurveyRound]:
    require(actor, Cap.SERVICE_VIEW)
    return list(SurveyRound.select().order_by(SurveyRound.start_on.desc(), SurveyRound.number))


def _score(value: object, scale: str, seq: int) -> int:
    """A score from a number or, on the three-level scale, its word; blank = not answered."""
    text = "" if value is None else str(value).strip()
    if text == "":
        return 0
    if scale == SurveyScale.THREE and text in THREE_LEVEL_WORDS:
        return THREE_LEVEL_WORDS[text]
    try:
        number = int(Decimal(text))
    except (ArithmeticError, ValueError):
        number = -1
    if not 0 <= number <= TOP[scale] or Decimal(text) != number:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Question {seq}: answer with a score from 1 to {top}, or leave it blank."
            ),
            field="answers",
            seq=seq,
            top=TOP[scale],
        )
    return number


def record_response(
    actor: Actor,
    round_id: str,
    answers: Mapping[int, object],
    *,
    unit_id: str | None = None,
    respondent: str = "",
    answered_on: date | None = None,
) -> SurveyResponse:
    """One questionnaire handed back; `answers` maps question number (1, 2, …) to its score."""
    require(actor, Cap.SERVICE_EDIT)
    name = optional_text(respondent, "respondent", QT_TRANSLATE_NOOP("app", "Respondent"), 40)
    day = answered_on or office_today()
    check_not_future(day, "answered_on", QT_TRANSLATE_NOOP("app", "Answered on"))
    with transaction():
        survey = get_or_fail(SurveyRound, round_id)
        response = _write_response(survey, answers, unit_id, name, day)
        audit.record(
            actor,
            "survey.response",
            table="survey_response",
            record_id=response.id,
            after={"round": survey.number, "unit": unit_id},
        )
    return response


def _write_response(
    survey: SurveyRound, answers: Mapping[int, object], unit_id: str | None, name: str, day: date
) -> SurveyResponse:
    scale = survey.template.scale
    questions = questions_of(survey.template_id)
    scores = {q.seq: _score(answers.get(q.seq), scale, q.seq) for q in questions}
    unknown = set(answers) - set(scores)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Question {seq}: the questionnaire has no such question."),
            field="answers",
            seq=min(unknown),
        )
    if not any(scores.values()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Answers: the questionnaire has no answer at all."),
            field="answers",
        )
    unit = get_unit(unit_id) if unit_id else None
    response = SurveyResponse.create(
        round=survey.id, unit=unit.id if unit else None, respondent=name, answered_on=day
    )
    SurveyAnswer.insert_many(
        [{"response": response.id, "question": q.id, "score": scores[q.seq]} for q in questions]
    ).execute()
    return response


def add_action(
    actor: Actor,
    round_id: str,
    action: str,
    *,
    question_seq: int | None = None,
    responsible: str = "",
    due_on: date | None = None,
) -> SurveyAction:
    """An improvement action (改进措施) decided from the results."""
    require(actor, Cap.SERVICE_EDIT)
    text = required_text(action, "action", QT_TRANSLATE_NOOP("app", "Action"), 500)
    who = optional_text(responsible, "responsible", QT_TRANSLATE_NOOP("app", "Responsible"), 40)
    with transaction():
        survey = get_or_fail(SurveyRound, round_id)
        question = None
        if question_seq is not None:
            question = SurveyQuestion.get_or_none(
                (SurveyQuestion.template == survey.template_id)
                & (SurveyQuestion.seq == question_seq)
            )
            if question is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "app", "Question {seq}: the questionnaire has no such question."
                    ),
                    field="question",
                    seq=question_seq,
                )
        row = SurveyAction.create(
            round=survey.id,
            question=question.id if question else None,
            action=text,
            responsible=who,
            due_on=due_on,
        )
        audit.record(
            actor,
            "survey.action",
            table="survey_action",
            record_id=row.id,
            after=audit.snapshot(row),
        )
    return row


def complete_action(
    actor: Actor, action_id: str, result: str, on: date | None = None
) -> SurveyAction:
    require(actor, Cap.SERVICE_EDIT)
    text = required_text(result, "result", QT_TRANSLATE_NOOP("app", "Result"), 500)
    day = on or office_today()
    check_not_future(day, "done_on", QT_TRANSLATE_NOOP("app", "Done on"))
    with transaction():
        row = get_or_fail(SurveyAction, action_id)
        before = audit.snapshot(row)
        row.result, row.done_on = text, day
        row.save()
        audit.record(
            actor,
            "survey.action_done",
            table="survey_action",
            record_id=row.id,
            before=before,
            after=audit.snapshot(row),
        )
    return row


def _question_results(survey: SurveyRound, threshold: int) -> list[QuestionResult]:
    counts: dict[str, dict[int, int]] = {}
    rows = (
        SurveyAnswer.select(SurveyAnswer.question, SurveyAnswer.score, pw.fn.COUNT(SurveyAnswer.id))
        .join(SurveyResponse, on=(SurveyAnswer.response == SurveyResponse.id))
        .where(SurveyResponse.round == survey.id)
        .group_by(SurveyAnswer.question, SurveyAnswer.score)
        .tuples()
    )
    for question_id, score, n in rows:
        counts.setdefault(question_id, {})[score] = n
    results = []
    for q in questions_of(survey.template_id):
        by_score = {s: n for s, n in counts.get(q.id, {}).items() if s > 0}
        results.append(
            QuestionResult(
                q.seq,
                q.text,
                by_score,
                sum(by_score.values()),
                sum(n for s, n in by_score.items() if s >= threshold),
            )
        )
    return results


def _building_results(survey: SurveyRound, threshold: int) -> list[BuildingResult]:
    name = pw.fn.COALESCE(Building.name, "")
    valid = pw.fn.SUM(pw.Case(None, [(SurveyAnswer.score > 0, 1)], 0))
    satisfied = pw.fn.SUM(pw.Case(None, [(SurveyAnswer.score >= threshold, 1)], 0))
    rows = (
        SurveyResponse.select(name, pw.fn.COUNT(SurveyResponse.id.distinct()), valid, satisfied)
        .join(SurveyAnswer, on=(SurveyAnswer.response == SurveyResponse.id))
        .switch(SurveyResponse)
        .join(Unit, pw.JOIN.LEFT_OUTER, on=(SurveyResponse.unit == Unit.id))
        .join(Entrance, pw.JOIN.LEFT_OUTER, on=(Unit.entrance == Entrance.id))
        .join(Building, pw.JOIN.LEFT_OUTER, on=(Entrance.building == Building.id))
        .where(SurveyResponse.round == survey.id)
        .group_by(name)
        .order_by(name)
        .tuples()
    )
    return [BuildingResult(b, r, int(v or 0), int(s or 0)) for b, r, v, s in rows]


def analysis(actor: Actor, round_id: str) -> SurveyAnalysis:
    """Results per question and per building, with the round's satisfaction rate."""
    require(actor, Cap.SERVICE_VIEW)
    survey = get_or_fail(SurveyRound, round_id)
    scale = survey.template.scale
    threshold = SATISFIED_FROM[scale]
    questions = _question_results(survey, threshold)
    return SurveyAnalysis(
        round_number=survey.number,
        title=survey.title,
        scale=scale,
        start_on=survey.start_on,
        end_on=survey.end_on,
        responses=SurveyResponse.select().where(SurveyResponse.round == survey.id).count(),
        questions=questions,
        buildings=_building_results(survey, threshold),
        valid=sum(q.valid for q in questions),
        satisfied=sum(q.satisfied for q in questions),
        actions=list(
            SurveyAction.select()
            .where(SurveyAction.round == survey.id)
            .order_by(SurveyAction.created_at, SurveyAction.id)
        ),
    )
