"""Paper invoice books (定额发票): receive, issue to a person (领用), record the numbers each
shift handed out, void numbers with a reason, return a book or its unused numbers (退回),
write off a finished book (缴销/核销). RULES.md, parking fees and paper invoice books.

Every number ends up in exactly one InvoiceRange (used, void or returned), consumed in order;
the database refuses anything else (v0009 triggers), these functions say why first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import peewee as pw

from app.db import database, transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.parking import (
    InvoiceBook,
    InvoiceIssue,
    InvoiceRange,
    ParkingShift,
    RangeStatus,
    ShiftStatus,
)
from app.money import to_decimal
from app.services import audit
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, optional_text, required_text
from app.services.unit_facts import check_not_future, office_today

MAX_BOOK_SIZE = 10_000


def number_text(book: InvoiceBook, number: int) -> str:
    return str(number).zfill(book.digits)


def next_free(book: InvoiceBook) -> int:
    """The next number to consume: the one after the last recorded range."""
    last = (
        InvoiceRange.select(pw.fn.MAX(InvoiceRange.last_number))
        .where(InvoiceRange.book == book)
        .scalar()
    )
    return book.first_number if last is None else last + 1


def holder_of(book: InvoiceBook) -> str:
    issue = open_issue(book)
    return issue.holder if issue else ""


def open_issue(book: InvoiceBook) -> InvoiceIssue | None:
    return InvoiceIssue.get_or_none(
        (InvoiceIssue.book == book) & InvoiceIssue.returned_on.is_null()
    )


def _day(value: date | None, field: str, label: str) -> date:
    if value is None:
        return office_today()
    check_not_future(value, field, label)
    return value


def _denomination(value: object) -> Decimal:
    try:
        amount = to_decimal(value) if not isinstance(value, Decimal) else value
    except (TypeError, ValueError, ArithmeticError):
        amount = None
    if amount is None or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Denomination: enter the face value, e.g. 10."),
            field="denomination",
        )
    return amount


def receive_book(
    actor: Actor,
    *,
    invoice_type: str,
    denomination: object,
    book_code: str,
    first_number: int,
    last_number: int,
    received_from: str,
    received_on: date | None = None,
    digits: int = 8,
) -> InvoiceBook:
    require(actor, Cap.INVOICE_MANAGE)
    invoice_type = required_text(
        invoice_type, "invoice_type", QT_TRANSLATE_NOOP("app", "Invoice type"), 40
    )
    code = required_text(book_code, "book_code", QT_TRANSLATE_NOOP("app", "Book code"), 30)
    source = required_text(
        received_from, "received_from", QT_TRANSLATE_NOOP("app", "Received from"), 60
    )
    amount = _denomination(denomination)
    day = _day(received_on, "received_on", QT_TRANSLATE_NOOP("app", "Received on"))
    if first_number < 0 or last_number < first_number:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Last number: it must not be below the first number {first}."),
            field="last_number",
            first=first_number,
        )
    if last_number - first_number + 1 > MAX_BOOK_SIZE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Last number: a book holds at most {n} numbers."),
            field="last_number",
            n=MAX_BOOK_SIZE,
        )
    with transaction():
        if InvoiceBook.select().where(InvoiceBook.book_code == code).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Book code: {code} is already in the register."),
                field="book_code",
                code=code,
            )
        book = InvoiceBook.create(
            invoice_type=invoice_type,
            denomination=amount,
            book_code=code,
            first_number=first_number,
            last_number=last_number,
            digits=max(digits, len(str(last_number))),
            received_on=day,
            received_from=source,
            received_by=actor.display_name,
        )
        audit.record(
            actor,
            "invoice_book.receive",
            table="invoice_book",
            record_id=book.id,
            after=audit.snapshot(book),
        )
    return book


def issue_book(
    actor: Actor, book_id: str, holder: str, signature: str, issued_on: date | None = None
) -> InvoiceIssue:
    """领用: the book goes to one person, who signs for it."""
    require(actor, Cap.INVOICE_MANAGE)
    holder = required_text(holder, "holder", QT_TRANSLATE_NOOP("app", "Issued to"), 30)
    signature = required_text(signature, "signature", QT_TRANSLATE_NOOP("app", "Signature"), 30)
    day = _day(issued_on, "issued_on", QT_TRANSLATE_NOOP("app", "Issued on"))
    with transaction():
        book = get_or_fail(InvoiceBook, book_id)
        _check_not_written_off(book)
        if day < book.received_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Issued on: book {code} was received on {day}."),
                field="issued_on",
                code=book.book_code,
                day=book.received_on.isoformat(),
            )
        current = open_issue(book)
        if current is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Issued to: book {code} is held by {holder} since {day}; "
                    "record its return before issuing it again.",
                ),
                field="holder",
                code=book.book_code,
                holder=current.holder,
                day=current.issued_on.isoformat(),
            )
        if next_free(book) > book.last_number:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Book {code} has no numbers left to issue."),
                field="book",
                code=book.book_code,
            )
        issue = InvoiceIssue.create(
            book=book,
            holder=holder,
            signature=signature,
            issued_on=day,
            issued_by=actor.display_name,
        )
        audit.record(
            actor,
            "invoice_book.issue",
            table="invoice_issue",
            record_id=issue.id,
            after={"book": book.book_code, "holder": holder, "issued_on": day.isoformat()},
        )
    return issue


def return_book(actor: Actor, book_id: str, returned_on: date | None = None) -> InvoiceIssue:
    """The holder hands the book back to the office (its unused numbers stay in it)."""
    require(actor, Cap.INVOICE_MANAGE)
    day = _day(returned_on, "returned_on", QT_TRANSLATE_NOOP("app", "Returned on"))
    with transaction():
        book = get_or_fail(InvoiceBook, book_id)
        issue = open_issue(book)
        if issue is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Book {code} is not issued to anyone."),
                field="book",
                code=book.book_code,
            )
        if day < issue.issued_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Returned on: the book was issued on {day}."),
                field="returned_on",
                day=issue.issued_on.isoformat(),
            )
        issue.returned_on, issue.returned_by = day, actor.display_name
        issue.save()
        audit.record(
            actor,
            "invoice_book.return",
            table="invoice_issue",
            record_id=issue.id,
            after={"book": book.book_code, "holder": issue.holder, "returned_on": day.isoformat()},
        )
    return issue


def _check_not_written_off(book: InvoiceBook) -> None:
    if book.written_off_on is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Book {code} was written off on {day}."),
            field="book",
            code=book.book_code,
            day=book.written_off_on.isoformat(),
        )


def _check_next(book: InvoiceBook, first: int, last: int) -> None:
    expected = next_free(book)
    if last < first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Last number: it must not be below the first number."),
            field="last_number",
        )
    if first < expected:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "First number: {number} of book {code} is already recorded; "
                "the next unused number is {next}.",
            ),
            field="first_number",
            number=number_text(book, first),
            code=book.book_code,
            next=number_text(book, expected),
        )
    if first > expected:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "First number: numbers are used in order; {next} to {before} of book {code} "
                "would be skipped. Record or void them first.",
            ),
            field="first_number",
            next=number_text(book, expected),
            before=number_text(book, first - 1),
            code=book.book_code,
        )
    if last > book.last_number:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Last number: book {code} ends at {last}."),
            field="last_number",
            code=book.book_code,
            last=number_text(book, book.last_number),
        )


def _held_by(book: InvoiceBook, person: str) -> InvoiceIssue:
    issue = open_issue(book)
    if issue is None or issue.holder != person:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Book: {code} is held by {holder}, not by {person}; "
                "only the holder uses or voids its numbers.",
            ),
            field="book",
            code=book.book_code,
            holder=issue.holder if issue else "—",
            person=person,
        )
    return issue


def _split(first: int, last: int, voids: dict[int, str]) -> list[tuple[int, int, str, str]]:
    """first..last as consecutive runs: used runs broken by each voided number."""
    runs: list[tuple[int, int, str, str]] = []
    start = first
    for number in sorted(voids):
        if start < number:
            runs.append((start, number - 1, RangeStatus.USED, ""))
        runs.append((number, number, RangeStatus.VOID, voids[number]))
        start = number + 1
    if start <= last:
        runs.append((start, last, RangeStatus.USED, ""))
    return runs


def record_shift_numbers(
    actor: Actor,
    shift_id: str,
    book_id: str,
    first_number: int,
    last_number: int,
    voids: dict[int, str] | None = None,
) -> list[InvoiceRange]:
    """The numbers a shift handed out, from the book's next number on; `voids` maps a number
    in the range to the reason it was spoilt."""
    require(actor, Cap.PARKING_COLLECT)
    voids = {
        n: required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Void reason"), 60)
        for n, reason in (voids or {}).items()
    }
    with transaction():
        shift = get_or_fail(ParkingShift, shift_id)
        book = get_or_fail(InvoiceBook, book_id)
        if shift.status != ShiftStatus.OPEN:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Shift {number} is handed over already."),
                field="shift",
                number=shift.number,
            )
        _check_not_written_off(book)
        _check_next(book, first_number, last_number)
        outside = [n for n in voids if not first_number <= n <= last_number]
        if outside:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Void: {number} is outside the numbers recorded."),
                field="voids",
                number=number_text(book, outside[0]),
            )
        _held_by(book, shift.operator)
        rows = [
            InvoiceRange.create(
                book=book,
                first_number=a,
                last_number=b,
                status=status,
                shift=shift,
                holder=shift.operator,
                reason=reason,
                recorded_on=shift.business_date,  # the register counts them on the shift's day
                recorded_by=actor.display_name,
            )
            for a, b, status, reason in _split(first_number, last_number, voids)
        ]
        audit.record(
            actor,
            "invoice_numbers.use",
            table="invoice_book",
            record_id=book.id,
            detail=f"{book.book_code} {first_number}-{last_number} shift {shift.number} "
            f"void {sorted(voids)}",
        )
    return rows


def void_numbers(
    actor: Actor,
    book_id: str,
    first_number: int,
    last_number: int,
    reason: str,
    voided_on: date | None = None,
) -> InvoiceRange:
    """Spoilt numbers outside a shift (torn, misprinted), voided by the holder's office."""
    require(actor, Cap.INVOICE_MANAGE)
    reason = required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Void reason"), 60)
    day = _day(voided_on, "voided_on", QT_TRANSLATE_NOOP("app", "Voided on"))
    with transaction():
        book = get_or_fail(InvoiceBook, book_id)
        _check_not_written_off(book)
        _check_next(book, first_number, last_number)
        issue = open_issue(book)
        if issue is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "Book: {code} is in stock; issue it before voiding numbers."
                ),
                field="book",
                code=book.book_code,
            )
        row = InvoiceRange.create(
            book=book,
            first_number=first_number,
            last_number=last_number,
            status=RangeStatus.VOID,
            holder=issue.holder,
            reason=reason,
            recorded_on=day,
            recorded_by=actor.display_name,
        )
        audit.record(
            actor,
            "invoice_numbers.void",
            table="invoice_range",
            record_id=row.id,
            after={
                "book": book.book_code,
                "first": first_number,
                "last": last_number,
                "reason": reason,
            },
        )
    return row


def return_unused(
    actor: Actor, book_id: str, reason: str = "", returned_on: date | None = None
) -> InvoiceRange:
    """退回: every number not yet used goes back to the issuer; the book is then finished."""
    require(actor, Cap.INVOICE_MANAGE)
    reason = optional_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Reason"), 60)
    day = _day(returned_on, "returned_on", QT_TRANSLATE_NOOP("app", "Returned on"))
    with transaction():
        book = get_or_fail(InvoiceBook, book_id)
        _check_not_written_off(book)
        first = next_free(book)
        if first > book.last_number:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Book {code} has no unused numbers."),
                field="book",
                code=book.book_code,
            )
        if open_issue(book) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Book {code} is still held by {holder}; record the book's return first.",
                ),
                field="book",
                code=book.book_code,
                holder=holder_of(book),
            )
        row = InvoiceRange.create(
            book=book,
            first_number=first,
            last_number=book.last_number,
            status=RangeStatus.RETURNED,
            reason=reason,
            recorded_on=day,
            recorded_by=actor.display_name,
        )
        audit.record(
            actor,
            "invoice_numbers.return",
            table="invoice_range",
            record_id=row.id,
            after={"book": book.book_code, "first": first, "last": book.last_number},
        )
    return row


def write_off_book(actor: Actor, book_id: str, written_off_on: date | None = None) -> InvoiceBook:
    """缴销: a book whose every number is used, void or returned goes back with its stubs."""
    require(actor, Cap.INVOICE_MANAGE)
    day = _day(written_off_on, "written_off_on", QT_TRANSLATE_NOOP("app", "Written off on"))
    with transaction():
        book = get_or_fail(InvoiceBook, book_id)
        _check_not_written_off(book)
        left = book.last_number - next_free(book) + 1
        if left > 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Book {code} still has {n} unused numbers; use, void or return them "
                    "before writing it off.",
                ),
                field="book",
                code=book.book_code,
                n=left,
            )
        if open_issue(book) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "Book {code} is still held by {holder}; record its return first."
                ),
                field="book",
                code=book.book_code,
                holder=holder_of(book),
            )
        book.written_off_on, book.written_off_by = day, actor.display_name
        book.save()
        audit.record(
            actor,
            "invoice_book.write_off",
            table="invoice_book",
            record_id=book.id,
            after={"book": book.book_code, "written_off_on": day.isoformat()},
        )
    return book


def delete_book(actor: Actor, book_id: str) -> None:
    """Always refused: the register and its books are kept five years (《发票管理办法》
    art. 29). The page offers the action so the clerk learns what to do instead."""
    require(actor, Cap.INVOICE_MANAGE)
    book = get_or_fail(InvoiceBook, book_id)
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "app",
            "Book {code} can not be deleted: invoice books and their register are kept five "
            "years. Return its unused numbers and write it off instead.",
        ),
        field="book",
        code=book.book_code,
    )


@dataclass(frozen=True)
class BookRow:
    id: str
    book_code: str
    invoice_type: str
    denomination: Decimal
    first: str
    last: str
    size: int
    received_on: date
    holder: str
    next_number: str
    used: int
    void: int
    returned: int
    remaining: int
    written_off_on: date | None


def book_rows(actor: Actor, include_written_off: bool = False) -> list[BookRow]:
    require(actor, Cap.PARKING_VIEW)
    counts: dict[tuple[str, str], int] = {}
    query = InvoiceRange.select(
        InvoiceRange.book,
        InvoiceRange.status,
        pw.fn.SUM(InvoiceRange.last_number - InvoiceRange.first_number + 1),
    ).group_by(InvoiceRange.book, InvoiceRange.status)
    for book_id, status, n in query.tuples():
        counts[(book_id, status)] = n
    holders = dict(
        InvoiceIssue.select(InvoiceIssue.book, InvoiceIssue.holder)
        .where(InvoiceIssue.returned_on.is_null())
        .tuples()
    )
    books = InvoiceBook.select().order_by(InvoiceBook.received_on, InvoiceBook.book_code)
    if not include_written_off:
        books = books.where(InvoiceBook.written_off_on.is_null())
    rows = []
    for b in books:
        used, void, ret = (counts.get((b.id, s), 0) for s in RangeStatus.ALL)
        remaining = b.size - used - void - ret
        rows.append(
            BookRow(
                b.id,
                b.book_code,
                b.invoice_type,
                b.denomination,
                number_text(b, b.first_number),
                number_text(b, b.last_number),
                b.size,
                b.received_on,
                holders.get(b.id, ""),
                number_text(b, b.last_number - remaining + 1) if remaining else "",
                used,
                void,
                ret,
                remaining,
                b.written_off_on,
            )
        )
    return rows


def books_held_by(actor: Actor, person: str) -> list[BookRow]:
    """Books in one person's hands with numbers left: what a shift may record from."""
    return [r for r in book_rows(actor) if r.holder == person and r.remaining]


def parse_number(text: str, field: str) -> int:
    """An invoice number as typed (leading zeros allowed)."""
    value = (text or "").strip()
    if not value.isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Number: enter the invoice number in digits, e.g. 00000012."),
            field=field,
        )
    return int(value)


def parse_voids(text: str, reason: str) -> dict[int, str]:
    """'12, 15 20' → {12: reason, 15: reason, 20: reason}; a reason is required with any."""
    parts = (text or "").replace("，", ",").replace(",", " ").split()
    numbers = [parse_number(p, "voids") for p in parts]
    if numbers and not (reason or "").strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Void reason: say why the numbers were voided."),
            field="void_reason",
        )
    return dict.fromkeys(numbers, (reason or "").strip())


def record_shift_numbers_typed(
    actor: Actor,
    shift_id: str,
    book_id: str | None,
    first: str,
    last: str,
    voids: str = "",
    void_reason: str = "",
) -> list[InvoiceRange]:
    """The form's version: numbers as typed, voided numbers as '12, 15' with one reason."""
    if not book_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Book: choose a book held by the person on duty (issue one first)."
            ),
            field="book",
        )
    return record_shift_numbers(
        actor,
        shift_id,
        book_id,
        parse_number(first, "first_number"),
        parse_number(last, "last_number"),
        parse_voids(voids, void_reason),
    )


@dataclass(frozen=True)
class BookHistory:
    issues: list[InvoiceIssue]  # oldest first
    ranges: list[InvoiceRange]  # in number order, with their shift


def book_history(actor: Actor, book_id: str) -> BookHistory:
    """Who held the book when, and every run of its numbers: the book's page of the register."""
    require(actor, Cap.PARKING_VIEW)
    issues = InvoiceIssue.select().where(InvoiceIssue.book == book_id)
    ranges = (
        InvoiceRange.select(InvoiceRange, ParkingShift)
        .join(ParkingShift, pw.JOIN.LEFT_OUTER)
        .where(InvoiceRange.book == book_id)
        .order_by(InvoiceRange.first_number)
    )
    return BookHistory(
        list(issues.order_by(InvoiceIssue.issued_on, InvoiceIssue.created_at)), list(ranges)
    )


RUNNING_OUT_PARTS = 5  # a fifth or less of a book left


def books_running_out() -> int:
    """Books in use (issued, not written off) with a fifth or less of their numbers left:
    time to fetch new ones from the tax office (the 工作台 tile)."""
    row = database.execute_sql(
        """SELECT COUNT(*) FROM invoice_book b
        JOIN invoice_issue i ON i.book_id = b.id AND i.returned_on IS NULL
        WHERE b.written_off_on IS NULL
          AND (b.last_number - COALESCE((SELECT MAX(r.last_number) FROM invoice_range r
                                         WHERE r.book_id = b.id), b.first_number - 1)) * ?
              <= b.last_number - b.first_number + 1""",
        (RUNNING_OUT_PARTS,),
    ).fetchone()
    return row[0]
