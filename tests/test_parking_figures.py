"""parking_figures.month_figures: the numbers the monthly report takes from parking."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from app.models.billing import FeeKind
from app.models.parking import SpaceType
from app.services import billing, fees, invoice_books, parking_shifts, parking_spaces
from app.services.parking_figures import month_figures
from app.services.periods import period_of
from app.services.permissions import Actor
from app.services.unit_facts import office_today
from tests.billing_fixtures import small_office
from tests.parking_fixtures import guard_shift, issued_book


def test_month_figures(db_path: Path, system_actor: Actor) -> None:
    office = small_office(system_actor)
    rent = fees.create_fee_item(
        system_actor, "CWZJ", "车位租金", FeeKind.PARKING, "300", date(2025, 1, 1)
    )
    for code, unit in (("A1", office["a"]), ("A2", office["b"])):
        space = parking_spaces.create_space(system_actor, code=code, space_type=SpaceType.RENTED)
        parking_spaces.rent_space(
            system_actor, space_id=space.id, unit_id=unit.id, fee_item_id=rent.id,
            monthly_price="250", start_date=date(2026, 1, 1),
        )  # fmt: skip
    billing.generate_bills(system_actor, "2026-11")
    month = period_of(office_today())
    book = issued_book(system_actor)
    shift = guard_shift(system_actor)
    parking_shifts.record_summary(system_actor, shift.id, 5, "25")
    invoice_books.record_shift_numbers(system_actor, shift.id, book.id, 1, 4, {3: "污损"})
    parking_shifts.close_shift(system_actor, shift.id, "24", "李收银")
    other = guard_shift(system_actor, "赵保安")
    parking_shifts.record_summary(system_actor, other.id, 2, "10")

    fig = month_figures(system_actor, month)
    assert (fig.shifts, fig.shifts_open, fig.vehicles) == (2, 1, 7)
    assert (fig.temporary_income, fig.cash_difference) == (Decimal("35.00"), Decimal("-1.00"))
    assert fig.shifts_flagged == 1  # 3 × 10 = 30 > 25
    assert (fig.invoices_used, fig.invoices_used_value, fig.invoices_void) == (
        3, Decimal("30.00"), 1,
    )  # fmt: skip
    assert (fig.books_received, fig.books_written_off, fig.invoices_returned) == (1, 0, 0)
    november = month_figures(system_actor, "2026-11")
    # unit b was handed over on 16 November 2026: 250 + 250 × 15/30 by the day
    assert (november.monthly_charges, november.monthly_billed) == (2, Decimal("375.00"))
    assert november.total_income == november.temporary_income + Decimal("375.00")
    empty = month_figures(system_actor, "2020-01")
    assert (empty.shifts, empty.temporary_income, empty.invoices_used) == (0, Decimal("0.00"), 0)
