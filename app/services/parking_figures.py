"""A month of parking in figures, for the monthly report (issue 8) and the dashboard:
temporary-parking takings by shift date, cash differences at handover, monthly parking
billed through fee items, invoice numbers used/voided/returned and their face value.

One call, plain values, no PDF: `month_figures(actor, "2026-11")`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.db import database
from app.services.periods import parse_period
from app.services.permissions import Actor, Cap, require


@dataclass(frozen=True)
class ParkingMonth:
    period: str
    shifts: int  # shifts whose business date is in the month
    shifts_open: int  # of those, not handed over yet
    vehicles: int  # temporary-parking cars (visits + summary counts)
    temporary_income: Decimal  # 临停 takings recorded
    cash_difference: Decimal  # Σ (counted − expected) over handed-over shifts
    shifts_flagged: int  # shifts whose invoice value exceeds their takings or cash counted
    monthly_billed: Decimal  # 月租/车位管理费 charges of the period (parking fee items)
    monthly_charges: int  # charges behind that amount
    invoices_used: int
    invoices_used_value: Decimal
    invoices_void: int
    invoices_returned: int
    books_received: int
    books_written_off: int

    @property
    def total_income(self) -> Decimal:
        return self.temporary_income + self.monthly_billed


_SHIFTS = """
SELECT COUNT(*), COALESCE(SUM(s.status = 'open'), 0), COALESCE(SUM(v.vehicles), 0),
    COALESCE(SUM(v.amount), 0), COALESCE(SUM(s.difference), 0),
    COALESCE(SUM(COALESCE(i.value, 0) > MIN(COALESCE(v.amount, 0),
        COALESCE(s.counted_cash, v.amount, 0))), 0)
FROM parking_shift s
LEFT JOIN (SELECT shift_id, SUM(vehicles) AS vehicles, SUM(amount) AS amount
    FROM parking_visit GROUP BY shift_id) v ON v.shift_id = s.id
LEFT JOIN (SELECT r.shift_id, SUM((r.last_number - r.first_number + 1) * b.denomination) AS value
    FROM invoice_range r JOIN invoice_book b ON b.id = r.book_id
    WHERE r.status = 'used' AND r.shift_id IS NOT NULL GROUP BY r.shift_id) i
    ON i.shift_id = s.id
WHERE s.business_date BETWEEN :first AND :last
"""

_BILLED = """
SELECT COUNT(*), COALESCE(SUM(c.amount), 0) FROM charge c
JOIN fee_item f ON f.id = c.fee_item_id
WHERE f.kind = 'parking' AND c.period = :period AND c.kind = 'bill'
"""

_INVOICES = """
SELECT
    COALESCE(SUM(CASE WHEN r.status = 'used' THEN r.last_number - r.first_number + 1 END), 0),
    COALESCE(SUM(CASE WHEN r.status = 'used'
        THEN (r.last_number - r.first_number + 1) * b.denomination END), 0),
    COALESCE(SUM(CASE WHEN r.status = 'void' THEN r.last_number - r.first_number + 1 END), 0),
    COALESCE(SUM(CASE WHEN r.status = 'returned'
        THEN r.last_number - r.first_number + 1 END), 0)
FROM invoice_range r JOIN invoice_book b ON b.id = r.book_id
WHERE r.recorded_on BETWEEN :first AND :last
"""

_BOOKS = """
SELECT COALESCE(SUM(received_on BETWEEN :first AND :last), 0),
    COALESCE(SUM(written_off_on BETWEEN :first AND :last), 0)
FROM invoice_book
"""


def _yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def month_figures(actor: Actor, period: str) -> ParkingMonth:
    require(actor, Cap.PARKING_VIEW)
    return figures_of(period)


def figures_of(period: str) -> ParkingMonth:
    """The figures without a permission check: for the monthly report, whose reader holds
    report.view (it shows parking's totals, not its lists)."""
    first, last = parse_period(period)
    params = {"first": first.isoformat(), "last": last.isoformat(), "period": period}

    def one(sql: str) -> tuple:
        return database.execute_sql(sql, params).fetchone()

    shifts, still_open, vehicles, income, difference, flagged = one(_SHIFTS)
    rentals, billed = one(_BILLED)
    used, used_value, void, returned = one(_INVOICES)
    received, written_off = one(_BOOKS)
    return ParkingMonth(
        period,
        shifts,
        still_open,
        vehicles,
        _yuan(income),
        _yuan(difference),
        flagged,
        _yuan(billed),
        rentals,
        used,
        _yuan(used_value),
        void,
        returned,
        received,
        written_off,
    )
