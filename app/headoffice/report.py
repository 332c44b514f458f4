"""The monthly head-office report: collection, arrears and complaints per office (.xlsx).

Read from the office rows' jsonb images, with the office's own column names (app/models:
money is integer fen, dates 'YYYY-MM-DD' text, foreign keys `<name>_id`):

- receipts issued in the month (`receipt.business_date`, `receipt.total`) and voided in the
  month (`receipt_void.business_date`, the voided receipt's total);
- payments received in the month (`payment.business_date`, `payment.amount`): the collection;
- arrears at the month's end: `charge.amount − charge.settled` of charges due by then
  (the office's arrears rule), with `settled` as head office knows it now;
- complaints received in the month (`complaint.received_on`), and of them the overdue ones:
  feedback given after `due_date`, or still none when the due date has passed (as of the
  month's end, or today for the running month).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
from openpyxl import Workbook
from openpyxl.styles import Font

YUAN = "#,##0.00"


@dataclass(frozen=True)
class OfficeMonth:
    office: str
    name: str
    receipts: int
    receipts_total: Decimal
    voided_total: Decimal
    collection: Decimal
    arrears: Decimal
    complaints: int
    complaints_overdue: int


def month_bounds(month: str) -> tuple[date, date]:
    try:
        year, number = (int(part) for part in month.split("-"))
        first = date(year, number, 1)
    except ValueError as exc:
        raise ValueError(f"month must be YYYY-MM, not {month!r}") from exc
    return first, first.replace(day=calendar.monthrange(year, number)[1])


def office_months(conn: psycopg.Connection, month: str, today: date) -> list[OfficeMonth]:
    first, last = month_bounds(month)
    as_of = min(last + timedelta(days=1), today)  # complaints due before this are late
    span = (first.isoformat(), last.isoformat())
    receipts = _by_office(
        conn,
        "SELECT office, count(*), coalesce(sum((data->>'total')::bigint), 0) FROM office_row "
        "WHERE table_name = 'receipt' AND NOT deleted "
        "AND data->>'business_date' BETWEEN %s AND %s GROUP BY office",
        span,
    )
    voided = _by_office(
        conn,
        "SELECT v.office, coalesce(sum((r.data->>'total')::bigint), 0) FROM office_row v "
        "JOIN office_row r ON r.office = v.office AND r.table_name = 'receipt' "
        "AND r.row_id = v.data->>'receipt_id' "
        "WHERE v.table_name = 'receipt_void' AND NOT v.deleted "
        "AND v.data->>'business_date' BETWEEN %s AND %s GROUP BY v.office",
        span,
    )
    paid = _by_office(
        conn,
        "SELECT office, coalesce(sum((data->>'amount')::bigint), 0) FROM office_row "
        "WHERE table_name = 'payment' AND NOT deleted "
        "AND data->>'business_date' BETWEEN %s AND %s GROUP BY office",
        span,
    )
    owed = _by_office(
        conn,
        "SELECT office, coalesce(sum((data->>'amount')::bigint - (data->>'settled')::bigint), 0) "
        "FROM office_row WHERE table_name = 'charge' AND NOT deleted "
        "AND data->>'due_date' <= %s "
        "AND (data->>'amount')::bigint > (data->>'settled')::bigint GROUP BY office",
        (last.isoformat(),),
    )
    complaints = _by_office(
        conn,
        "SELECT office, count(*), count(*) FILTER (WHERE "
        "(data->>'feedback_on' IS NULL AND data->>'due_date' < %s) "
        "OR data->>'feedback_on' > data->>'due_date') FROM office_row "
        "WHERE table_name = 'complaint' AND NOT deleted "
        "AND data->>'received_on' BETWEEN %s AND %s GROUP BY office",
        (as_of.isoformat(), *span),
    )
    offices = conn.execute("SELECT code, name FROM office ORDER BY code").fetchall()
    return [
        OfficeMonth(
            office=code,
            name=name,
            receipts=receipts.get(code, (0, 0))[0],
            receipts_total=_yuan(receipts.get(code, (0, 0))[1]),
            voided_total=_yuan(voided.get(code, (0,))[0]),
            collection=_yuan(paid.get(code, (0,))[0]),
            arrears=_yuan(owed.get(code, (0,))[0]),
            complaints=complaints.get(code, (0, 0))[0],
            complaints_overdue=complaints.get(code, (0, 0))[1],
        )
        for code, name in offices
    ]


def _by_office(conn: psycopg.Connection, sql: str, params: tuple) -> dict[str, tuple]:
    return {row[0]: tuple(row[1:]) for row in conn.execute(sql, params)}


def _yuan(fen: int) -> Decimal:
    return (Decimal(int(fen)) / 100).quantize(Decimal("0.01"))


HEADERS = (
    ("Office", 10),
    ("Name", 24),
    ("Receipts", 10),
    ("Receipts total (yuan)", 20),
    ("Voided (yuan)", 16),
    ("Collection (yuan)", 18),
    ("Arrears at month end (yuan)", 26),
    ("Complaints received", 20),
    ("Complaints overdue", 20),
)


_SUMMED = (
    "receipts",
    "receipts_total",
    "voided_total",
    "collection",
    "arrears",
    "complaints",
    "complaints_overdue",
)


def write_report(conn: psycopg.Connection, month: str, out: Path, today: date) -> list[OfficeMonth]:
    rows = office_months(conn, month, today)
    book = Workbook()
    sheet = book.active
    sheet.title = f"Offices {month}"
    sheet.append([title for title, _ in HEADERS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, (_, width) in enumerate(HEADERS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    for row in rows:
        sheet.append([row.office, row.name, *(getattr(row, f) for f in _SUMMED)])
    # Totals as values, not formulas: a reader that doesn't calculate still sees them.
    sheet.append(["Total", ""] + [sum(getattr(r, f) for r in rows) for f in _SUMMED])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    for column in "DEFG":
        for cell in sheet[column][1:]:
            cell.number_format = YUAN
    sheet.freeze_panes = "C2"
    book.save(out)
    return rows
