"""Survey answers typed into Excel: one row a questionnaire — 房号, 受访人, then one column
per question in the questionnaire's order (scores, or 满意/基本满意/不满意). All rows go in
or none: a bad row is refused with its row number."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from app.models.archive import Unit
from app.models.service_more import SurveyRound
from app.services import audit
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail
from app.services.surveys import _write_response, questions_of
from app.services.unit_facts import office_today

FIXED_COLUMNS = 2  # 房号, 受访人


def write_answer_sheet(round_id: str, path: Path | str) -> Path:
    """The blank sheet to type answers into, headed with the round's questions."""
    from openpyxl import Workbook

    survey = get_or_fail(SurveyRound, round_id)
    book = Workbook()
    sheet = book.active
    sheet.title = "答卷"
    sheet.append(["房号", "受访人", *[q.text for q in questions_of(survey.template_id)]])
    book.save(path)
    return Path(path)


def import_answers(actor: Actor, round_id: str, path: Path | str) -> int:
    """Reads every row after the header; returns how many questionnaires were recorded."""
    require(actor, Cap.SERVICE_EDIT)
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    finally:
        book.close()
    today = office_today()
    count = 0
    with transaction():
        survey = get_or_fail(SurveyRound, round_id)
        for number, row in enumerate(rows, 2):
            cells = list(row)
            if not any(c not in (None, "") for c in cells):
                continue
            _import_row(survey, number, cells, today)
            count += 1
        audit.record(
            actor,
            "survey.import",
            table="survey_round",
            record_id=survey.id,
            after={"responses": count},
        )
    return count


def _import_row(survey: SurveyRound, number: int, cells: list[object], today: object) -> None:
    code = str(cells[0] or "").strip()
    unit_id = None
    if code:
        unit = Unit.get_or_none(Unit.code == code)
        if unit is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Row {row}: there is no unit {unit}."),
                field="unit",
                row=number,
                unit=code,
            )
        unit_id = unit.id
    name = str(cells[1] or "").strip()[:40] if len(cells) > 1 else ""
    answers = {
        seq: value for seq, value in enumerate(cells[FIXED_COLUMNS:], 1) if value is not None
    }
    try:
        _write_response(survey, answers, unit_id, name, today)
    except UserError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Row {row}: {problem}"),
            field=exc.field if hasattr(exc, "field") else None,
            row=number,
            problem=exc,
        ) from exc
