"""Invoice books (定额发票): the register's rules through the services, and the same rules
held by the database against raw SQL that bypasses the services."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import peewee as pw
import pytest

from app.db import database
from app.errors import ValidationError
from app.ids import new_id
from app.models.parking import InvoiceBook, InvoiceIssue, InvoiceRange, RangeStatus
from app.services import invoice_books, parking_shifts
from app.services.permissions import Actor
from tests.parking_fixtures import GUARD, guard_shift, issued_book, ten_yuan_book


def _counts(book_id: str) -> tuple[int, int, int, int]:
    row = next(r for r in invoice_books.book_rows(Actor.system()) if r.id == book_id)
    return row.used, row.void, row.returned, row.remaining


def test_shift_uses_a_range_with_a_void(db_path: Path, system_actor: Actor) -> None:
    book = issued_book(system_actor)
    shift = guard_shift(system_actor)
    rows = invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 1, 37, {12: "撕坏"})
    assert [(r.first_number, r.last_number, r.status) for r in rows] == [
        (1, 11, RangeStatus.USED),
        (12, 12, RangeStatus.VOID),
        (13, 37, RangeStatus.USED),
    ]
    assert rows[1].reason == "撕坏"
    assert _counts(book.id) == (36, 1, 0, 63)
    row = next(r for r in invoice_books.book_rows(system_actor) if r.id == book.id)
    assert row.holder == GUARD and row.next_number == "00000038"


def test_using_a_number_twice_is_refused(db_path: Path, system_actor: Actor) -> None:
    book = issued_book(system_actor)
    shift = guard_shift(system_actor)
    invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 1, 10)
    with pytest.raises(ValidationError) as err:
        invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 10, 12)
    assert "00000010 of book B0001 is already recorded" in str(err.value)
    assert "next unused number is 00000011" in str(err.value)
    assert err.value.field == "first_number"


def test_skipping_numbers_without_a_void_is_refused(db_path: Path, system_actor: Actor) -> None:
    book = issued_book(system_actor)
    shift = guard_shift(system_actor)
    with pytest.raises(ValidationError) as err:
        invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 3, 9)
    assert "00000001 to 00000002 of book B0001 would be skipped" in str(err.value)
    assert InvoiceRange.select().count() == 0


def test_issuing_a_held_book_is_refused(db_path: Path, system_actor: Actor) -> None:
    book = issued_book(system_actor)
    with pytest.raises(ValidationError) as err:
        invoice_books.issue_book(system_actor, book.id, "李收银", "李收银")
    assert f"held by {GUARD}" in str(err.value)
    invoice_books.return_book(system_actor, book.id)
    issue = invoice_books.issue_book(system_actor, book.id, "李收银", "李收银")
    assert invoice_books.holder_of(book) == "李收银" == issue.holder
    assert InvoiceIssue.select().where(InvoiceIssue.book == book).count() == 2


def test_issue_before_receipt_is_refused(db_path: Path, system_actor: Actor) -> None:
    book = ten_yuan_book(system_actor)
    with pytest.raises(ValidationError, match="was received on"):
        invoice_books.issue_book(
            system_actor, book.id, GUARD, GUARD, book.received_on - timedelta(days=1)
        )


def test_deleting_a_book_is_refused(db_path: Path, system_actor: Actor) -> None:
    book = ten_yuan_book(system_actor)
    with pytest.raises(ValidationError) as err:
        invoice_books.delete_book(system_actor, book.id)
    assert "kept five years" in str(err.value)
    with pytest.raises(pw.IntegrityError, match="never deleted"):
        InvoiceBook.delete_by_id(book.id)
    assert InvoiceBook.select().count() == 1


def test_only_the_holder_records_numbers(db_path: Path, system_actor: Actor) -> None:
    book = issued_book(system_actor, holder="李收银")
    shift = guard_shift(system_actor)
    with pytest.raises(ValidationError, match="held by 李收银, not by 王保安"):
        invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 1, 5)


def test_closed_shift_takes_no_numbers(db_path: Path, system_actor: Actor) -> None:
    book = issued_book(system_actor)
    shift = guard_shift(system_actor)
    parking_shifts.close_shift(system_actor, shift.id, "0", "李收银")
    with pytest.raises(ValidationError, match="handed over already"):
        invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 1, 5)


def test_past_the_end_and_void_outside_are_refused(db_path: Path, system_actor: Actor) -> None:
    book = issued_book(system_actor)
    shift = guard_shift(system_actor)
    with pytest.raises(ValidationError, match="ends at 00000100"):
        invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 1, 101)
    with pytest.raises(ValidationError, match="outside the numbers recorded"):
        invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 1, 5, {9: "错"})


def test_return_then_write_off(db_path: Path, system_actor: Actor) -> None:
    book = issued_book(system_actor)
    shift = guard_shift(system_actor)
    invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 1, 40)
    invoice_books.void_numbers(system_actor, book.id, 41, 42, "印刷错误")
    with pytest.raises(ValidationError, match="58 unused numbers"):
        invoice_books.write_off_book(system_actor, book.id)
    with pytest.raises(ValidationError, match="still held by"):
        invoice_books.return_unused(system_actor, book.id)
    invoice_books.return_book(system_actor, book.id)
    invoice_books.return_unused(system_actor, book.id, "停用")
    assert _counts(book.id) == (40, 2, 58, 0)
    invoice_books.write_off_book(system_actor, book.id)
    assert InvoiceBook.get_by_id(book.id).written_off_on is not None
    with pytest.raises(ValidationError, match="written off"):
        invoice_books.issue_book(system_actor, book.id, GUARD, GUARD)
    assert invoice_books.book_rows(system_actor) == []
    assert len(invoice_books.book_rows(system_actor, include_written_off=True)) == 1


def test_receive_checks(db_path: Path, system_actor: Actor) -> None:
    ten_yuan_book(system_actor)
    with pytest.raises(ValidationError, match="already in the register"):
        ten_yuan_book(system_actor)
    with pytest.raises(ValidationError, match="not be below the first"):
        invoice_books.receive_book(
            system_actor, invoice_type="停车定额发票", denomination="5", book_code="X",
            first_number=50, last_number=10, received_from="税务局",
        )  # fmt: skip
    with pytest.raises(ValidationError, match="face value"):
        invoice_books.receive_book(
            system_actor, invoice_type="停车定额发票", denomination="-5", book_code="Y",
            first_number=1, last_number=10, received_from="税务局",
        )  # fmt: skip


# --- the same rules against raw SQL: the database holds them without the services ---


def _raw() -> sqlite3.Connection:
    return database.connection()


def _insert_range(book_id: str, first: int, last: int, status: str = "used", holder=GUARD):
    _raw().execute(
        "INSERT INTO invoice_range (id, created_at, updated_at, row_version, book_id, "
        "first_number, last_number, status, shift_id, holder, reason, recorded_on, "
        "recorded_by) VALUES (?, '2026-11-27T00:00:00.000Z', '2026-11-27T00:00:00.000Z', 1, ?, ?, ?, ?, NULL, ?, '', '2026-11-27', 'sql')",
        (new_id(), book_id, first, last, status, holder),
    )


def test_raw_sql_number_used_twice_is_refused(db_path: Path, system_actor: Actor) -> None:
    book = issued_book(system_actor)
    _insert_range(book.id, 1, 10)
    for first, last in ((10, 12), (5, 5), (1, 10)):
        with pytest.raises(sqlite3.IntegrityError, match="consumed in order"):
            _insert_range(book.id, first, last)
    with pytest.raises(sqlite3.IntegrityError, match="consumed in order"):
        _insert_range(book.id, 10, 10, status="void")
    assert InvoiceRange.select().count() == 1


def test_parse_typed_numbers() -> None:
    assert invoice_books.parse_voids("12，15 20", "撕坏") == {12: "撕坏", 15: "撕坏", 20: "撕坏"}
    assert invoice_books.parse_voids("", "") == {}
    with pytest.raises(ValidationError, match="say why"):
        invoice_books.parse_voids("12", " ")
    with pytest.raises(ValidationError, match="in digits"):
        invoice_books.parse_voids("12a", "撕坏")
    assert invoice_books.parse_number(" 00000012 ", "first_number") == 12


def test_raw_sql_gap_is_refused(db_path: Path, system_actor: Actor) -> None:
    book = issued_book(system_actor)
    with pytest.raises(sqlite3.IntegrityError, match="consumed in order"):
        _insert_range(book.id, 2, 5)
    _insert_range(book.id, 1, 5)
    with pytest.raises(sqlite3.IntegrityError, match="consumed in order"):
        _insert_range(book.id, 7, 9)
    with pytest.raises(sqlite3.IntegrityError, match="past the last number"):
        _insert_range(book.id, 6, 101)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        _insert_range(book.id, 6, 4)
    _insert_range(book.id, 6, 100)
    assert _counts(book.id) == (100, 0, 0, 0)


def test_raw_sql_ranges_never_change(db_path: Path, system_actor: Actor) -> None:
    book = issued_book(system_actor)
    _insert_range(book.id, 1, 5)
    with pytest.raises(sqlite3.IntegrityError, match="final"):
        _raw().execute("UPDATE invoice_range SET status = 'void'")
    with pytest.raises(sqlite3.IntegrityError, match="final"):
        _raw().execute("UPDATE invoice_range SET last_number = 3")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        _raw().execute("DELETE FROM invoice_range")
    assert _counts(book.id) == (5, 0, 0, 95)


def test_raw_sql_only_the_holder_uses_numbers(db_path: Path, system_actor: Actor) -> None:
    book = ten_yuan_book(system_actor)
    with pytest.raises(sqlite3.IntegrityError, match="person holding the book"):
        _insert_range(book.id, 1, 5)
    _insert_range(book.id, 1, 100, status="returned", holder="")  # 退回 needs no holder
    assert _counts(book.id) == (0, 0, 100, 0)


def _insert_issue(book_id: str, holder: str) -> None:
    _raw().execute(
        "INSERT INTO invoice_issue (id, created_at, updated_at, row_version, book_id, holder, "
        "signature, issued_on, issued_by, returned_on, returned_by) "
        "VALUES (?, '2026-11-27T00:00:00.000Z', '2026-11-27T00:00:00.000Z', 1, ?, ?, ?, '2026-11-01', 'sql', NULL, '')",
        (new_id(), book_id, holder, holder),
    )


def test_raw_sql_one_holder_at_a_time(db_path: Path, system_actor: Actor) -> None:
    book = ten_yuan_book(system_actor)
    _insert_issue(book.id, GUARD)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        _insert_issue(book.id, "李收银")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):  # REPLACE deletes first
        _raw().execute(
            "INSERT OR REPLACE INTO invoice_issue (id, created_at, updated_at, row_version, "
            "book_id, holder, signature, issued_on, issued_by, returned_on, returned_by) "
            "VALUES ('x', '2026-11-27T00:00:00.000Z', '2026-11-27T00:00:00.000Z', 1, ?, "
            "'李收银', '李收银', '2026-11-02', 'sql', NULL, '')",
            (book.id,),
        )
    with pytest.raises(sqlite3.IntegrityError, match="issue of a book is final"):
        _raw().execute("UPDATE invoice_issue SET holder = '李收银'")
    _raw().execute("UPDATE invoice_issue SET returned_on = '2026-11-02'")
    with pytest.raises(sqlite3.IntegrityError, match="issue of a book is final"):
        _raw().execute("UPDATE invoice_issue SET returned_on = NULL")
    _insert_issue(book.id, "李收银")  # returned: the next person may take it
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        _raw().execute("DELETE FROM invoice_issue")
    assert invoice_books.holder_of(book) == "李收银"


def test_raw_sql_book_is_final_and_never_deleted(db_path: Path, system_actor: Actor) -> None:
    book = ten_yuan_book(system_actor)
    for sql in (
        "UPDATE invoice_book SET last_number = 50",
        "UPDATE invoice_book SET denomination = 2000",
        "UPDATE invoice_book SET book_code = 'Z'",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="is final"):
            _raw().execute(sql)
    with pytest.raises(sqlite3.IntegrityError, match="every number is used"):
        _raw().execute("UPDATE invoice_book SET written_off_on = '2026-11-27'")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        _raw().execute("DELETE FROM invoice_book")
    _insert_range(book.id, 1, 100, status="returned", holder="")
    _raw().execute("UPDATE invoice_book SET written_off_on = '2026-11-27'")
    with pytest.raises(sqlite3.IntegrityError, match="is final"):
        _raw().execute("UPDATE invoice_book SET written_off_on = NULL")
    with pytest.raises(sqlite3.IntegrityError, match="written-off book"):
        _insert_issue(book.id, GUARD)
    # the row-version trigger's own update of a written-off book still passes
    before = InvoiceBook.get_by_id(book.id).row_version
    _raw().execute("UPDATE invoice_book SET updated_at = '2026-11-27T01:00:00.000Z'")
    assert InvoiceBook.get_by_id(book.id).row_version == before + 1


def test_books_running_out_counts_issued_books_with_a_fifth_left(
    db_path: Path, system_actor: Actor
) -> None:
    from app.services.dashboard_figures import dashboard_figures

    book = issued_book(system_actor)  # 100 numbers
    ten_yuan_book(system_actor, "B0002", first=101)  # received, not issued: not counted
    shift = guard_shift(system_actor)
    invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 1, 79, {})
    assert invoice_books.books_running_out() == 0  # 21 left
    invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 80, 80, {})
    assert invoice_books.books_running_out() == 1  # 20 left: a fifth
    assert dashboard_figures(system_actor, charts=False).invoice_books_low == 1
