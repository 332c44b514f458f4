"""The demo office's parking: spaces and rents billed with the fees, 45 days of shifts,
invoice books used in order with every number accounted for."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.db import close_database, database
from app.demo_office import create_demo_office
from app.models.parking import InvoiceBook, ParkingRental, ParkingShift, ParkingSpace
from app.services import parking_shifts
from app.services.invoice_register import invoice_register
from app.services.parking_figures import month_figures
from app.services.permissions import Actor


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("demo") / "office.db"
    summary = create_demo_office(path, 300, seed=3)
    yield summary
    close_database()


def test_spaces_and_rents(demo: dict) -> None:
    assert demo["spaces"] == ParkingSpace.select().count() > 20
    assert demo["rented_spaces"] == ParkingRental.select().count() >= 8
    rent_charges = database.execute_sql(
        "SELECT COUNT(*), COUNT(DISTINCT c.period) FROM charge c JOIN fee_item f "
        "ON f.id = c.fee_item_id WHERE f.code = 'CWZJ'"
    ).fetchone()
    assert rent_charges[0] >= 3 * 8 and rent_charges[1] == 3  # billed for the three months


def test_shifts_and_register(demo: dict) -> None:
    system = Actor.system()
    assert demo["shifts"] == ParkingShift.select().count() == 90
    assert not ParkingShift.select().where(ParkingShift.status == "open").exists()
    october = month_figures(system, "2026-10")
    assert october.shifts == 62 and october.temporary_income > Decimal(1000)
    assert october.invoices_used > 100
    for month in ("2026-09", "2026-10"):
        register = invoice_register(system, month)
        assert len(register.rows) == InvoiceBook.select().count()
        for row in register.rows:
            assert row.used + row.void + row.returned + row.remaining == row.size
    figures = parking_shifts.recent_shifts(system)
    assert any(f.difference and f.difference < 0 for f in figures)
    assert all(f.counted_cash is not None for f in figures)


def test_every_number_consumed_in_order(demo: dict) -> None:
    gaps = database.execute_sql(
        "SELECT COUNT(*) FROM invoice_range r WHERE r.first_number > (SELECT first_number "
        "FROM invoice_book b WHERE b.id = r.book_id) AND NOT EXISTS (SELECT 1 FROM "
        "invoice_range p WHERE p.book_id = r.book_id AND p.last_number = r.first_number - 1)"
    ).fetchone()[0]
    assert gaps == 0
    written_off = InvoiceBook.select().where(InvoiceBook.written_off_on.is_null(False))
    for book in written_off:
        assert sum(r.count for r in book.ranges) == book.size
