"""Invoice books, a tariff and a guard's shift, for the parking tests."""

from __future__ import annotations

from datetime import date

from app.models.parking import InvoiceBook, ParkingShift
from app.services import invoice_books, parking_shifts, parking_tariffs
from app.services.permissions import Actor

GUARD = "王保安"


def ten_yuan_book(system: Actor, code: str = "B0001", first: int = 1, size: int = 100):
    return invoice_books.receive_book(
        system,
        invoice_type="停车定额发票",
        denomination="10",
        book_code=code,
        first_number=first,
        last_number=first + size - 1,
        received_from="税务局",
    )


def issued_book(system: Actor, code: str = "B0001", holder: str = GUARD) -> InvoiceBook:
    book = ten_yuan_book(system, code)
    invoice_books.issue_book(system, book.id, holder, holder)
    return book


def standard_tariff(system: Actor) -> None:
    parking_tariffs.create_tariff(
        system,
        name="临停标准",
        effective_from=date(2020, 1, 1),
        free_minutes=30,
        hour_price="5",
        night_price="2",
        night_start="20:00",
        night_end="08:00",
        daily_cap="30",
    )


def guard_shift(system: Actor, operator: str = GUARD) -> ParkingShift:
    return parking_shifts.open_shift(system, operator, "东门岗亭")
