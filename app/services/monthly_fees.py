"""Fee figures of a month, as they stood at a day (the month's end once it is over).

Money counts on the day it moved: a payment's allocation on the payment's business date, a
void's reversing allocation on the void's date, a waiver on its approval (local) date. So a
month's figures read the same next year as on the day it was closed, and the report of the
running month matches the counter.

Set-based SQL only (GROUP BY per building, fee item and month), whatever the office's size.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.db import database
from app.models.billing import ChargeKind
from app.money import from_fen
from app.services import settings
from app.services.arrears_list import BUCKET_DAYS
from app.services.periods import add_months, parse_period

ZERO = Decimal("0.00")

_BUILDING = """
    JOIN unit u ON u.id = c.unit_id
    JOIN entrance e ON e.id = u.entrance_id
"""


def _local_day_sql(column: str) -> str:
    """SQL for the office-local date of a UTC text instant (China keeps no summer time, so
    one fixed offset is exact there; elsewhere it is the offset of today)."""
    zone = ZoneInfo(settings.get(settings.TIMEZONE))
    offset = datetime.now(zone).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    return f"date(substr({column}, 1, 19), '{minutes:+d} minutes')"


def _in(values: list[str]) -> str:
    return ", ".join("?" for _ in values)


@dataclass(frozen=True)
class Collection:
    """Billed for a month (its charges) against what was collected of it by the day."""

    billed: Decimal = ZERO
    waived: Decimal = ZERO
    collected: Decimal = ZERO

    @property
    def due(self) -> Decimal:
        return self.billed - self.waived

    @property
    def outstanding(self) -> Decimal:
        return self.billed - self.waived - self.collected

    @property
    def rate(self) -> Decimal | None:
        """收缴率 = collected ÷ (billed − waived), a fraction to 4 places; None before billing."""
        if self.due <= 0:
            return None
        return (self.collected / self.due).quantize(Decimal("0.0001"))

    def __add__(self, other: Collection) -> Collection:
        return Collection(
            self.billed + other.billed, self.waived + other.waived, self.collected + other.collected
        )


@dataclass(frozen=True)
class CollectionFigures:
    period: str
    total: Collection
    by_building: list[tuple[str, Collection]]  # building name, in the estate's order
    by_item: list[tuple[str, Collection]]  # fee item name, in the items' order
    trend: list[tuple[str, Collection]]  # the 12 months up to the period, oldest first


def _sums(sql: str, params: list) -> dict[tuple, int]:
    return {tuple(key): int(v or 0) for *key, v in database.execute_sql(sql, params)}


def _cells(periods: list[str], cutoff: date, by: str, joins: str) -> dict[tuple, Collection]:
    """Billed, waived and collected of the periods' charges grouped by `by` (SQL columns
    after c.period): collected and waived count up to each period's end, never after
    `cutoff`."""
    marks = _in(periods)
    group = ", ".join(str(i + 1) for i in range(1 + by.count(",") + 1))
    billed = _sums(
        f"SELECT c.period, {by}, SUM(c.amount) FROM charge c {joins}"
        f" WHERE c.period IN ({marks}) GROUP BY {group}",
        periods,
    )
    # What payments set against the charges by the period's end: an allocation counts on its
    # payment's date (covering indexes of migration 13).
    paid = _sums(
        f"SELECT c.period, {by}, SUM(a.amount) FROM charge c"
        # CROSS JOIN keeps SQLite on the period index (charges first, then their
        # allocations) instead of walking every payment by date.
        f" CROSS JOIN allocation a ON a.charge_id = c.id JOIN payment p ON p.id = a.payment_id"
        f" {joins}"
        f" WHERE c.period IN ({marks}) AND a.reverses_id IS NULL"
        f" AND substr(p.business_date, 1, 7) <= c.period AND p.business_date <= ?"
        f" GROUP BY {group}",
        [*periods, cutoff.isoformat()],
    )
    # The negative twins of voids count on the void's date (few rows: from the voids).
    reversed_ = _sums(
        f"SELECT c.period, {by}, SUM(a.amount) FROM receipt_void v"
        " CROSS JOIN receipt r ON r.id = v.receipt_id"
        " CROSS JOIN allocation a ON a.payment_id = r.payment_id"
        f" CROSS JOIN charge c ON c.id = a.charge_id {joins}"
        f" WHERE c.period IN ({marks}) AND a.reverses_id IS NOT NULL"
        f" AND substr(v.business_date, 1, 7) <= c.period AND v.business_date <= ?"
        f" GROUP BY {group}",
        [*periods, cutoff.isoformat()],
    )
    day = _local_day_sql("w.approved_at")
    waived = _sums(
        f"SELECT c.period, {by}, SUM(w.amount) FROM waiver w"
        f" CROSS JOIN charge c ON c.id = w.charge_id {joins}"
        f" WHERE c.period IN ({marks}) AND substr({day}, 1, 7) <= c.period AND {day} <= ?"
        f" GROUP BY {group}",
        [*periods, cutoff.isoformat()],
    )
    return {
        key: Collection(
            from_fen(billed.get(key, 0)),
            from_fen(waived.get(key, 0)),
            from_fen(paid.get(key, 0) + reversed_.get(key, 0)),
        )
        for key in set(billed) | set(paid) | set(reversed_) | set(waived)
    }


def _month_cells(period: str, cutoff: date, by: str, joins: str) -> dict[tuple, Collection]:
    return _cells([period], cutoff, by, joins)


def collection_figures(period: str, cutoff: date, months: int = 12) -> CollectionFigures:
    """Each month's charges and what was collected and waived of them by the end of that
    month (and never after `cutoff`): the 当月收缴率 of each month. The month itself by
    building and fee item; the months before it as totals (or the figures stored when they
    were closed)."""
    cells = _month_cells(period, cutoff, "e.building_id, c.fee_item_id", _BUILDING)
    by_building: dict[str, Collection] = defaultdict(Collection)
    by_item: dict[str, Collection] = defaultdict(Collection)
    for (_p, b, i), value in cells.items():
        by_building[b] += value
        by_item[i] += value
    trend = dict(
        collection_trend(period, cutoff, months, current=sum(by_item.values(), Collection()))
    )
    buildings = database.execute_sql("SELECT id, name FROM building ORDER BY sort_order, code")
    items = database.execute_sql("SELECT id, name FROM fee_item ORDER BY sort_order, code")
    return CollectionFigures(
        period,
        trend[period],
        [(name, by_building[b]) for b, name in buildings if b in by_building],
        [(name, by_item[i]) for i, name in items if i in by_item],
        list(trend.items()),
    )


def collection_trend(
    period: str, cutoff: date, months: int = 12, current: Collection | None = None
) -> list[tuple[str, Collection]]:
    """Month totals of the `months` months up to `period`, oldest first: closed months as
    stored at their close, the others computed. Months before the program's first bill run
    stay empty (no rate): their charges are only what was carried over from the old books
    (期初欠费), so a rate of them would say the office collected nothing that month."""
    window = [add_months(period, -k) for k in range(months - 1, -1, -1)]
    first = next((i for i, p in enumerate(window[:-1]) if _bill_run_in(p)), len(window) - 1)
    periods = window[first:]
    trend = dict(stored_trend(periods[:-1]))
    missing = [p for p in periods[:-1] if p not in trend]
    if current is None:
        missing.append(period)
    if missing:
        for (p, _k), value in _cells(missing, cutoff, "0", "").items():
            trend[p] = value
    if current is not None:
        trend[period] = current
    return [(p, trend.get(p, Collection())) for p in window]


def _bill_run_in(period: str) -> bool:
    # One probe per month on the period index: a billed month's first row is a bill.
    row = database.execute_sql(
        "SELECT 1 FROM charge WHERE period = ? AND kind = ? LIMIT 1", [period, ChargeKind.BILL]
    ).fetchone()
    return row is not None


def stored_trend(periods: list[str]) -> list[tuple[str, Collection]]:
    """The month totals stored by the month close of each closed month among `periods`
    (a closed month's figures no longer change)."""
    from app.services.month_close import stored_collection

    return [(p, c) for p in periods if (c := stored_collection(p)) is not None]


def month_collection(period: str, cutoff: date) -> Collection:
    """The one month's total (the 工作台's collection rate): the same figure the report shows."""
    return sum(_month_cells(period, cutoff, "0", "").values(), Collection())


# --- receipts, cash in, prepayments ----------------------------------------------------


@dataclass(frozen=True)
class VoidRow:
    number: str
    receipt_date: date
    void_date: date
    unit_code: str
    amount: Decimal
    reason: str
    voided_by: str


@dataclass(frozen=True)
class ReceiptFigures:
    issued: int
    issued_amount: Decimal
    first_number: str
    last_number: str
    voided_of_issued: int  # receipts of the month voided by the day
    voided_of_issued_amount: Decimal
    voids: list[VoidRow]  # voids dated in the month (of any month's receipts)
    by_method: list[tuple[str, Decimal]]  # live receipts of the month, by payment method
    by_cashier: list[tuple[str, int, Decimal]]

    @property
    def live(self) -> int:
        return self.issued - self.voided_of_issued

    @property
    def live_amount(self) -> Decimal:
        return self.issued_amount - self.voided_of_issued_amount


def receipt_figures(first: date, last: date, cutoff: date) -> ReceiptFigures:
    span = [first.isoformat(), last.isoformat()]
    voided = (
        "EXISTS (SELECT 1 FROM receipt_void v WHERE v.receipt_id = r.id AND v.business_date <= ?)"
    )
    count, amount, first_no, last_no, void_count, void_amount = database.execute_sql(
        f"SELECT COUNT(*), COALESCE(SUM(total), 0),"
        f" (SELECT number FROM receipt WHERE business_date BETWEEN ?1 AND ?2"
        f"  ORDER BY year, sequence LIMIT 1),"
        f" (SELECT number FROM receipt WHERE business_date BETWEEN ?1 AND ?2"
        f"  ORDER BY year DESC, sequence DESC LIMIT 1),"
        f" COALESCE(SUM({voided.replace('?', '?3')}), 0),"
        f" COALESCE(SUM(CASE WHEN {voided.replace('?', '?3')} THEN total END), 0)"
        f" FROM receipt r WHERE r.business_date BETWEEN ?1 AND ?2",
        [*span, cutoff.isoformat()],
    ).fetchone()
    voids = [
        VoidRow(n, date.fromisoformat(rd), date.fromisoformat(vd), u, from_fen(t), why, by)
        for n, rd, vd, u, t, why, by in database.execute_sql(
            "SELECT r.number, r.business_date, v.business_date, r.unit_code, r.total, v.reason,"
            " v.voided_by FROM receipt_void v JOIN receipt r ON r.id = v.receipt_id"
            " WHERE v.business_date BETWEEN ? AND ? ORDER BY v.business_date, r.number",
            span,
        )
    ]
    live = f"r.business_date BETWEEN ?1 AND ?2 AND NOT {voided.replace('?', '?3')}"
    by_method = [
        (m, from_fen(int(v)))
        for m, v in database.execute_sql(
            "SELECT l.method, SUM(l.amount) FROM payment_method_line l"
            f" JOIN receipt r ON r.payment_id = l.payment_id WHERE {live}"
            " GROUP BY l.method ORDER BY SUM(l.amount) DESC",
            [*span, cutoff.isoformat()],
        )
    ]
    by_cashier = [
        (name, int(n), from_fen(int(v)))
        for name, n, v in database.execute_sql(
            f"SELECT r.cashier_name, COUNT(*), SUM(r.total) FROM receipt r WHERE {live}"
            " GROUP BY r.cashier_name ORDER BY r.cashier_name",
            [*span, cutoff.isoformat()],
        )
    ]
    return ReceiptFigures(
        int(count),
        from_fen(int(amount)),
        first_no or "",
        last_no or "",
        int(void_count),
        from_fen(int(void_amount)),
        voids,
        by_method,
        by_cashier,
    )


@dataclass(frozen=True)
class CashIn:
    """Money paid in during the month (live payments), by what it settled."""

    paid: Decimal
    this_month: Decimal  # charges of the month itself
    arrears: Decimal  # charges of earlier months (清欠)
    ahead: Decimal  # charges of later months (预交)
    credit: Decimal  # not set against any charge yet (预存)
    units_ahead: int  # units that paid ahead or kept credit


def cash_in(period: str, cutoff: date) -> CashIn:
    first, last = parse_period(period)
    params = [first.isoformat(), min(last, cutoff).isoformat(), cutoff.isoformat()]
    live = (
        "p.business_date BETWEEN ?1 AND ?2 AND NOT EXISTS (SELECT 1 FROM receipt r"
        " JOIN receipt_void v ON v.receipt_id = r.id WHERE r.payment_id = p.id"
        " AND v.business_date <= ?3)"
    )
    paid = database.execute_sql(
        f"SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE {live}", params
    ).fetchone()[0]
    split = dict(
        database.execute_sql(
            "SELECT CASE WHEN c.period < ?4 THEN 'arrears' WHEN c.period = ?4 THEN 'month'"
            " ELSE 'ahead' END, SUM(a.amount) FROM allocation a JOIN payment p ON p.id ="
            f" a.payment_id JOIN charge c ON c.id = a.charge_id WHERE {live}"
            " AND a.reverses_id IS NULL GROUP BY 1",
            [*params, period],
        ).fetchall()
    )
    units = database.execute_sql(
        "SELECT COUNT(DISTINCT p.unit_id) FROM payment p WHERE "
        f"{live} AND (p.amount > (SELECT COALESCE(SUM(a.amount), 0) FROM allocation a"
        " WHERE a.payment_id = p.id AND a.reverses_id IS NULL) OR EXISTS (SELECT 1 FROM"
        " allocation a JOIN charge c ON c.id = a.charge_id WHERE a.payment_id = p.id"
        " AND c.period > ?4))",
        [*params, period],
    ).fetchone()[0]
    month, arrears, ahead = (int(split.get(k) or 0) for k in ("month", "arrears", "ahead"))
    return CashIn(
        from_fen(int(paid)),
        from_fen(month),
        from_fen(arrears),
        from_fen(ahead),
        from_fen(int(paid) - month - arrears - ahead),
        int(units),
    )


# --- waivers and refunds ---------------------------------------------------------------


@dataclass(frozen=True)
class WaiverRow:
    number: str
    day: date
    unit_code: str
    fee_item: str
    period: str
    amount: Decimal
    reason: str
    approved_by: str


@dataclass(frozen=True)
class RefundRow:
    number: str
    day: date
    unit_code: str
    kind: str  # "credit" (预存款) or "deposit" (押金)
    method: str
    amount: Decimal
    reason: str
    approved_by: str


def waivers_in(first: date, last: date) -> list[WaiverRow]:
    day = _local_day_sql("w.approved_at")
    rows = database.execute_sql(
        f"SELECT w.number, {day}, u.code, f.name, c.period, w.amount, w.reason, w.approved_by"
        " FROM waiver w JOIN charge c ON c.id = w.charge_id JOIN unit u ON u.id = c.unit_id"
        f" JOIN fee_item f ON f.id = c.fee_item_id WHERE {day} BETWEEN ? AND ?"
        " ORDER BY w.number",
        [first.isoformat(), last.isoformat()],
    )
    return [
        WaiverRow(n, date.fromisoformat(d), u, f, p, from_fen(a), why, by)
        for n, d, u, f, p, a, why, by in rows
    ]


def refunds_in(first: date, last: date) -> list[RefundRow]:
    rows = database.execute_sql(
        "SELECT r.number, r.business_date, u.code, CASE WHEN r.charge_id IS NULL THEN 'credit'"
        " ELSE 'deposit' END, r.method, r.amount, r.reason, r.approved_by FROM refund r"
        " JOIN unit u ON u.id = r.unit_id WHERE r.business_date BETWEEN ? AND ?"
        " ORDER BY r.number",
        [first.isoformat(), last.isoformat()],
    )
    return [
        RefundRow(n, date.fromisoformat(d), u, k, m, from_fen(a), why, by)
        for n, d, u, k, m, a, why, by in rows
    ]


# --- arrears with ageing at a day ------------------------------------------------------


@dataclass(frozen=True)
class AgeingRow:
    building: str
    units: int
    total: Decimal
    buckets: tuple[Decimal, Decimal, Decimal, Decimal]  # ≤30, 31–90, 91–180, >180 days


def _bucket_sql(on: date) -> str:
    limits = [(on - timedelta(days=d)).isoformat() for d in BUCKET_DAYS]
    conditions = [
        f"c.due_date >= '{limits[0]}'",
        f"c.due_date < '{limits[0]}' AND c.due_date >= '{limits[1]}'",
        f"c.due_date < '{limits[1]}' AND c.due_date >= '{limits[2]}'",
        f"c.due_date < '{limits[2]}'",
    ]
    return ", ".join(
        f"SUM(CASE WHEN {c} THEN owed ELSE 0 END) AS b{i}" for i, c in enumerate(conditions, 1)
    )


def arrears_ageing(on: date, today: date) -> list[AgeingRow]:
    """Per building: units owing and what they owed on `on` of charges due by then, aged by
    days overdue. For today (or later) the charges' own settled figures are exact; for an
    earlier day, payments, voids and waivers are counted up to that day."""
    open_now = "c.due_date <= ?1 AND c.amount > c.settled"  # partial index charge_open_due
    if on >= today:
        charges = f"SELECT c.unit_id, c.due_date, c.amount - c.settled AS owed FROM charge c WHERE {open_now}"
        later = ""
    else:
        # What was owed then = owed now + whatever settled it after that day: the open
        # charges, plus the settled ones that something after the day touched (few rows for
        # a recent month: reached from the later payments, voids and waivers).
        day = _local_day_sql("w.approved_at")
        later = (
            "WITH later AS (SELECT charge_id, SUM(amount) AS amount FROM ("
            " SELECT a.charge_id, a.amount FROM payment p JOIN allocation a"
            " ON a.payment_id = p.id WHERE p.business_date > ?1 AND a.reverses_id IS NULL"
            # CROSS JOIN: from the few voids to their receipts, never every receipt.
            " UNION ALL SELECT a.charge_id, a.amount FROM receipt_void v CROSS JOIN receipt r"
            " ON r.id = v.receipt_id JOIN allocation a ON a.payment_id = r.payment_id"
            " WHERE v.business_date > ?1 AND a.reverses_id IS NOT NULL"
            f" UNION ALL SELECT w.charge_id, w.amount FROM waiver w WHERE {day} > ?1)"
            " GROUP BY charge_id) "
        )
        charges = (
            "SELECT c.unit_id, c.due_date, c.amount - c.settled + COALESCE(l.amount, 0) AS owed"
            f" FROM charge c LEFT JOIN later l ON l.charge_id = c.id WHERE {open_now}"
            " UNION ALL SELECT c.unit_id, c.due_date, c.amount - c.settled + l.amount"
            " FROM later l JOIN charge c ON c.id = l.charge_id"
            " WHERE c.due_date <= ?1 AND c.amount <= c.settled"
        )
    buckets = _bucket_sql(on).replace("c.", "t.")
    # Per unit first (a few thousand rows), then per building: the joins run once per unit.
    sql = (
        f"{later}SELECT b.name, COUNT(*), SUM(x.total), SUM(x.b1), SUM(x.b2), SUM(x.b3),"
        " SUM(x.b4) FROM (SELECT t.unit_id, SUM(t.owed) AS total,"
        f" {buckets.replace(' THEN owed', ' THEN t.owed')} FROM ({charges}) t"
        " WHERE t.owed > 0 GROUP BY +t.unit_id) x"  # +: keep to charge_open_due
        " JOIN unit u ON u.id = x.unit_id JOIN entrance e ON e.id = u.entrance_id"
        " JOIN building b ON b.id = e.building_id"
        " GROUP BY b.id ORDER BY b.sort_order, b.code"
    )
    return [
        AgeingRow(
            name, int(units), from_fen(int(total)), tuple(from_fen(int(x or 0)) for x in buckets)
        )  # type: ignore[arg-type]
        for name, units, total, *buckets in database.execute_sql(sql, [on.isoformat()])
    ]


def arrears_now(today: date) -> Decimal:
    """Owed today of charges due by today: the ageing table's total, in one sum (工作台)."""
    owed = database.execute_sql(
        "SELECT COALESCE(SUM(amount - settled), 0) FROM charge"
        " WHERE due_date <= ? AND amount > settled",
        [today.isoformat()],
    ).fetchone()[0]
    return from_fen(int(owed))
