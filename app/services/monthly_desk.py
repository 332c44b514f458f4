"""Warehouse and service-desk figures of a month: stock in/out and closing value, low-stock
items, complaints with their KPIs, repairs, return visits and satisfaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.db import database
from app.models.service import ComplaintStatus, RepairStatus
from app.money import from_fen
from app.services.complaints import Satisfaction, Validity, satisfaction_rate

ZERO = Decimal("0.00")


def _qty(scaled: int | None) -> Decimal:
    return Decimal(int(scaled or 0)).scaleb(-3).quantize(Decimal("0.000"))


@dataclass(frozen=True)
class StockFigures:
    opening_value: Decimal
    in_value: Decimal
    out_value: Decimal
    closing_value: Decimal
    by_reason: list[tuple[str, str, int, Decimal]]  # kind, reason, documents, value
    documents: int
    ranges: dict[str, tuple[str, str]]  # kind (in / out) → first and last number posted
    low_stock: list[tuple[str, str, str, Decimal, Decimal]]  # code, name, uom, qty, min_qty

    @property
    def low_count(self) -> int:
        return len(self.low_stock)


def stock_figures(first: date, last: date) -> StockFigures:
    """Posted documents dated in the month; values at moving average (exact fen)."""
    end = (last + timedelta(days=1)).isoformat()
    opening, in_value, out_value = database.execute_sql(
        "SELECT COALESCE(SUM(CASE WHEN d.doc_date < ?1 THEN (CASE d.kind WHEN 'in' THEN"
        " l.amount ELSE -l.amount END) END), 0),"
        " COALESCE(SUM(CASE WHEN d.doc_date >= ?1 AND d.kind = 'in' THEN l.amount END), 0),"
        " COALESCE(SUM(CASE WHEN d.doc_date >= ?1 AND d.kind = 'out' THEN l.amount END), 0)"
        " FROM stock_line l JOIN stock_document d ON d.id = l.document_id"
        " WHERE d.posted_at IS NOT NULL AND d.doc_date < ?2",
        [first.isoformat(), end],
    ).fetchone()
    in_month = "d.posted_at IS NOT NULL AND d.doc_date >= ? AND d.doc_date < ?"
    by_reason = [
        (kind, reason, int(n), from_fen(int(v)))
        for kind, reason, n, v in database.execute_sql(
            f"SELECT d.kind, d.reason, COUNT(*), SUM(d.total) FROM stock_document d"
            f" WHERE {in_month} GROUP BY d.kind, d.reason ORDER BY d.kind, d.reason",
            [first.isoformat(), end],
        )
    ]
    ranges = {
        kind: (low, high)
        for kind, low, high in database.execute_sql(
            f"SELECT d.kind, MIN(d.number), MAX(d.number) FROM stock_document d WHERE {in_month}"
            " GROUP BY d.kind",
            [first.isoformat(), end],
        )
    }
    count = sum(n for _k, _r, n, _v in by_reason)
    low = [
        (code, name, uom, _qty(q), _qty(m))
        for code, name, uom, q, m in database.execute_sql(
            "SELECT code, name, uom, qty, min_qty FROM stock_item WHERE active AND min_qty > 0"
            " AND qty < min_qty ORDER BY code"
        )
    ]
    closing = int(opening) + int(in_value) - int(out_value)
    return StockFigures(
        from_fen(int(opening)),
        from_fen(int(in_value)),
        from_fen(int(out_value)),
        from_fen(closing),
        by_reason,
        count,
        ranges,
        low,
    )


def low_stock_count() -> int:
    return database.execute_sql(
        "SELECT COUNT(*) FROM stock_item WHERE active AND min_qty > 0 AND qty < min_qty"
    ).fetchone()[0]


@dataclass(frozen=True)
class ComplaintFigures:
    received: int
    valid: int
    invalid: int
    unclassified: int
    by_category: list[tuple[str, int]]
    by_channel: list[tuple[str, int]]
    answered_in_time: int  # feedback on or before the 2-working-day deadline
    answered_late: int
    unanswered_overdue: int  # no feedback and past the deadline on the day
    reported_in_time: int  # to head office within 1 working day
    closed: int
    valid_closed: int
    visits: int  # return visits made in the month
    satisfied: int
    dissatisfied: int

    @property
    def in_time_rate(self) -> Decimal | None:
        answered = self.answered_in_time + self.answered_late + self.unanswered_overdue
        return rate_of(self.answered_in_time, answered)

    @property
    def valid_handled_rate(self) -> Decimal | None:
        return rate_of(self.valid_closed, self.valid)

    @property
    def satisfaction(self) -> Decimal | None:
        return satisfaction_rate(
            [Satisfaction.SATISFIED] * self.satisfied
            + [Satisfaction.DISSATISFIED] * self.dissatisfied
        )


def rate_of(part: int, whole: int) -> Decimal | None:
    return None if not whole else (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"))


def complaint_figures(first: date, last: date, cutoff: date) -> ComplaintFigures:
    span = [first.isoformat(), last.isoformat()]
    row = database.execute_sql(
        "SELECT COUNT(*), SUM(validity = ?3), SUM(validity = ?4), SUM(validity = ''),"
        " SUM(feedback_on IS NOT NULL AND feedback_on <= due_date),"
        " SUM(feedback_on IS NOT NULL AND feedback_on > due_date),"
        " SUM(feedback_on IS NULL AND due_date < ?5),"
        " SUM(reported_on IS NOT NULL AND reported_on <= report_due),"
        " SUM(status = ?6), SUM(status = ?6 AND validity = ?3)"
        " FROM complaint WHERE received_on BETWEEN ?1 AND ?2",
        [*span, Validity.VALID, Validity.INVALID, cutoff.isoformat(), ComplaintStatus.CLOSED],
    ).fetchone()
    received, valid, invalid, unclassified, in_time, late, overdue, reported, closed, vclosed = (
        int(x or 0) for x in row
    )
    by_category = database.execute_sql(
        "SELECT category, COUNT(*) FROM complaint WHERE received_on BETWEEN ? AND ?"
        " GROUP BY category ORDER BY COUNT(*) DESC, category",
        span,
    ).fetchall()
    by_channel = database.execute_sql(
        "SELECT channel, COUNT(*) FROM complaint WHERE received_on BETWEEN ? AND ?"
        " GROUP BY channel ORDER BY COUNT(*) DESC, channel",
        span,
    ).fetchall()
    visits, satisfied, dissatisfied = _visits("complaint", span)
    return ComplaintFigures(
        received,
        valid,
        invalid,
        unclassified,
        list(by_category),
        list(by_channel),
        in_time,
        late,
        overdue,
        reported,
        closed,
        vclosed,
        visits,
        satisfied,
        dissatisfied,
    )


def _visits(table: str, span: list[str]) -> tuple[int, int, int]:
    row = database.execute_sql(
        f"SELECT COUNT(*), SUM(satisfaction = ?3), SUM(satisfaction = ?4) FROM {table}"
        " WHERE visit_on BETWEEN ?1 AND ?2",
        [*span, Satisfaction.SATISFIED, Satisfaction.DISSATISFIED],
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0), int(row[2] or 0)


@dataclass(frozen=True)
class RepairFigures:
    received: int
    by_category: list[tuple[str, int]]
    by_status: list[tuple[str, int]]  # the month's orders by where they stand now
    completed: int  # completed in the month (any month's orders)
    developer_paid: int  # received in the month under the statutory warranty
    average_days: Decimal | None  # receipt to completion, of those completed in the month
    awaiting_visit: int  # completed, no return visit yet (on the day)
    visits: int
    satisfied: int
    dissatisfied: int

    @property
    def satisfaction(self) -> Decimal | None:
        return satisfaction_rate(
            [Satisfaction.SATISFIED] * self.satisfied
            + [Satisfaction.DISSATISFIED] * self.dissatisfied
        )


def repair_figures(first: date, last: date) -> RepairFigures:
    span = [first.isoformat(), last.isoformat()]
    received, developer = database.execute_sql(
        "SELECT COUNT(*), SUM(payer = 'developer') FROM repair_order"
        " WHERE received_on BETWEEN ? AND ?",
        span,
    ).fetchone()
    by_category = database.execute_sql(
        "SELECT category, COUNT(*) FROM repair_order WHERE received_on BETWEEN ? AND ?"
        " GROUP BY category ORDER BY COUNT(*) DESC, category",
        span,
    ).fetchall()
    by_status = database.execute_sql(
        "SELECT status, COUNT(*) FROM repair_order WHERE received_on BETWEEN ? AND ?"
        " GROUP BY status",
        span,
    ).fetchall()
    order = {s: i for i, s in enumerate(RepairStatus.ALL)}
    completed, days = database.execute_sql(
        "SELECT COUNT(*), AVG(julianday(completed_on) - julianday(received_on))"
        " FROM repair_order WHERE completed_on BETWEEN ? AND ?",
        span,
    ).fetchone()
    visits, satisfied, dissatisfied = _visits("repair_order", span)
    return RepairFigures(
        int(received),
        list(by_category),
        sorted(by_status, key=lambda r: order.get(r[0], 99)),
        int(completed),
        int(developer or 0),
        None if days is None else Decimal(str(days)).quantize(Decimal("0.1")),
        awaiting_visit_count(),
        visits,
        satisfied,
        dissatisfied,
    )


def awaiting_visit_count() -> int:
    """Repairs completed and waiting for their return visit (回访)."""
    return database.execute_sql(
        "SELECT COUNT(*) FROM repair_order WHERE status = ?", [RepairStatus.COMPLETED]
    ).fetchone()[0]


def complaints_due_count(today: date) -> tuple[int, int]:
    """Open complaints without feedback: (due today, overdue)."""
    row = database.execute_sql(
        "SELECT SUM(due_date = ?1), SUM(due_date < ?1) FROM complaint"
        " WHERE status = ?2 AND feedback_on IS NULL",
        [today.isoformat(), ComplaintStatus.OPEN],
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0)


def complaints_by_category(first: date, last: date) -> list[tuple[str, int]]:
    return database.execute_sql(
        "SELECT category, COUNT(*) FROM complaint WHERE received_on BETWEEN ? AND ?"
        " GROUP BY category ORDER BY COUNT(*) DESC, category",
        [first.isoformat(), last.isoformat()],
    ).fetchall()
