"""Shifts: visits and summary entries, handover with cash counted, the invoice flag."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.db import database
from app.errors import ValidationError
from app.models.parking import ParkingShift
from app.services import invoice_books, parking_shifts
from app.services.permissions import Actor
from tests.parking_fixtures import GUARD, guard_shift, issued_book, standard_tariff

IN = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # 10:00 in Beijing


def _figures(system: Actor, shift_id: str) -> parking_shifts.ShiftFigures:
    return parking_shifts.shift_figures(system, [shift_id])[0]


def test_handover_records_the_difference(db_path: Path, system_actor: Actor) -> None:
    standard_tariff(system_actor)
    shift = guard_shift(system_actor)
    assert shift.number.startswith("BC") and shift.status == "open"
    parking_shifts.record_visit(system_actor, shift.id, "京A1", IN, IN + timedelta(minutes=20))
    parking_shifts.record_visit(system_actor, shift.id, "京A2", IN, IN + timedelta(minutes=150))
    parking_shifts.record_summary(system_actor, shift.id, 12, "60", "纸质票")
    closed = parking_shifts.close_shift(system_actor, shift.id, "70", "李收银", "少5元")
    assert closed.expected_cash == Decimal("75.00")
    assert closed.counted_cash == Decimal("70.00")
    assert closed.difference == Decimal("-5.00")
    fig = _figures(system_actor, shift.id)
    assert (fig.vehicles, fig.takings, fig.status) == (14, Decimal("75.00"), "closed")
    with pytest.raises(ValidationError, match="handed over already"):
        parking_shifts.record_summary(system_actor, shift.id, 1, "5")
    with pytest.raises(ValidationError, match="handed over already"):
        parking_shifts.close_shift(system_actor, shift.id, "75", "李收银")


def test_one_open_shift_per_person(db_path: Path, system_actor: Actor) -> None:
    first = guard_shift(system_actor)
    with pytest.raises(ValidationError, match=f"{GUARD} still has shift {first.number} open"):
        guard_shift(system_actor)
    parking_shifts.close_shift(system_actor, first.id, "0", "李收银")
    assert guard_shift(system_actor).number != first.number


def test_invoices_worth_more_than_takings_are_flagged(db_path: Path, system_actor: Actor) -> None:
    standard_tariff(system_actor)
    book = issued_book(system_actor)
    shift = guard_shift(system_actor)
    parking_shifts.record_summary(system_actor, shift.id, 3, "30")
    invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 1, 3)
    fig = _figures(system_actor, shift.id)
    assert (fig.invoices_used, fig.invoice_value, fig.invoices_exceed_takings) == (
        3,
        Decimal("30.00"),
        False,
    )
    invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 4, 5, {5: "写错"})
    fig = _figures(system_actor, shift.id)
    assert (fig.invoices_used, fig.invoices_void, fig.invoice_value) == (4, 1, Decimal("40.00"))
    assert fig.invoices_exceed_takings


def test_invoices_over_the_cash_counted_are_flagged(db_path: Path, system_actor: Actor) -> None:
    book = issued_book(system_actor)
    shift = guard_shift(system_actor)
    parking_shifts.record_summary(system_actor, shift.id, 3, "30")
    invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 1, 3)
    assert not _figures(system_actor, shift.id).invoices_exceed_takings
    parking_shifts.close_shift(system_actor, shift.id, "25", "李收银", "短款5元")
    fig = _figures(system_actor, shift.id)
    assert (fig.invoice_value, fig.counted_cash, fig.difference) == (
        Decimal("30.00"), Decimal("25.00"), Decimal("-5.00"),
    )  # fmt: skip
    assert fig.invoices_exceed_takings


def test_input_checks(db_path: Path, system_actor: Actor) -> None:
    shift = guard_shift(system_actor)
    with pytest.raises(ValidationError, match="at least 1"):
        parking_shifts.record_summary(system_actor, shift.id, 0, "5")
    with pytest.raises(ValidationError, match="amount in yuan"):
        parking_shifts.record_summary(system_actor, shift.id, 1, "abc")
    with pytest.raises(ValidationError, match="required"):
        parking_shifts.record_visit(system_actor, shift.id, "  ", IN, IN)
    with pytest.raises(ValidationError, match="required"):
        parking_shifts.close_shift(system_actor, shift.id, "0", "")


def test_raw_sql_closed_shift_is_final(db_path: Path, system_actor: Actor) -> None:
    shift = guard_shift(system_actor)
    parking_shifts.record_summary(system_actor, shift.id, 2, "10")
    parking_shifts.close_shift(system_actor, shift.id, "10", "李收银")
    raw = database.connection()
    with pytest.raises(sqlite3.IntegrityError, match="handed-over shift is final"):
        raw.execute("UPDATE parking_shift SET counted_cash = 99999")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        raw.execute("DELETE FROM parking_shift")
    with pytest.raises(sqlite3.IntegrityError, match="final"):
        raw.execute("UPDATE parking_visit SET amount = 1")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        raw.execute("DELETE FROM parking_visit")
    with pytest.raises(sqlite3.IntegrityError, match="shift is closed"):
        raw.execute(
            "INSERT INTO parking_visit (id, created_at, updated_at, row_version, shift_id, kind, "
            "plate, minutes, vehicles, amount, note, recorded_by) VALUES ('v', "
            "'2026-11-27T00:00:00.000Z', '2026-11-27T00:00:00.000Z', 1, ?, 'summary', '', 0, "
            "1, 500, '', 'sql')",
            (shift.id,),
        )
    assert ParkingShift.get_by_id(shift.id).counted_cash == Decimal("10.00")
