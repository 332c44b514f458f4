"""Small helpers every record-editing service shares."""

from __future__ import annotations

from decimal import Decimal
from typing import TypeVar

import peewee as pw

from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.money import to_decimal, to_fen

M = TypeVar("M", bound=pw.Model)


def get_or_fail(model: type[M], record_id: str) -> M:
    row = model.get_or_none(model.id == record_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "The record no longer exists; refresh the list."))
    return row


def check_unchanged(row: pw.Model, expected_version: int | None) -> None:
    """Two people editing the same record: the second save is refused instead of silently
    overwriting the first."""
    if expected_version is not None and row.row_version != expected_version:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Someone else changed this record while you were editing it. "
                "Close the form and open it again to see their change.",
            ),
            field=None,
        )


def required_text(value: str | None, field: str, label: str, max_len: int = 60) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: this field is required."),
            field=field,
            label=label,
        )
    if len(text) > max_len:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: at most {n} characters."),
            field=field,
            label=label,
            n=max_len,
        )
    return text


def optional_text(value: str | None, field: str, label: str, max_len: int = 200) -> str:
    text = (value or "").strip()
    if len(text) > max_len:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: at most {n} characters."),
            field=field,
            label=label,
            n=max_len,
        )
    return text


def money_amount(value: object, field: str, label: str, allow_zero: bool = False) -> Decimal:
    """A positive amount in yuan typed by hand (zero too when `allow_zero`)."""
    try:
        amount = to_decimal(str(value).strip())
        to_fen(amount)
    except (TypeError, ValueError):
        amount = Decimal(-1)
    if amount < 0 or (amount == 0 and not allow_zero) or amount > Decimal(1_000_000):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: enter an amount in yuan, like 3000 or 150.50."),
            field=field,
            label=label,
        )
    return amount
