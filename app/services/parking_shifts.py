"""Temporary-parking shifts (班次): a guard or cashier opens a shift, records vehicle visits
(fee from the tariff) or a summary entry (count, amount), and hands over (交班) with the cash
counted; the difference is recorded and the shift is final. A shift whose invoices handed out
are worth more than its temporary-parking takings is flagged (RULES.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import peewee as pw

from app.clock import utcnow
from app.db import database, transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.parking import (
    InvoiceBook,
    InvoiceRange,
    ParkingShift,
    ParkingVisit,
    ShiftStatus,
    VisitKind,
)
from app.money import to_decimal
from app.services import audit, numbering
from app.services.parking_tariffs import local, visit_fee
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, optional_text, required_text

DOC_TYPE = "parking_shift"
numbering.register_document_type(DOC_TYPE, "BC")


def _plate(value: str) -> str:
    plate = "".join((value or "").split()).upper()
    return required_text(plate, "plate", QT_TRANSLATE_NOOP("app", "Plate"), 12)


def _amount(value: object, field: str, label: str) -> Decimal:
    try:
        amount = to_decimal(value) if not isinstance(value, Decimal) else value
    except (TypeError, ValueError, ArithmeticError):
        amount = None
    if amount is None or amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: enter an amount in yuan, e.g. 5 or 2.50."),
            field=field,
            label=label,
        )
    return amount


def _open_shift(shift_id: str) -> ParkingShift:
    shift = get_or_fail(ParkingShift, shift_id)
    if shift.status != ShiftStatus.OPEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Shift {number} is handed over already."),
            field="shift",
            number=shift.number,
        )
    return shift


def open_shift(
    actor: Actor, operator: str, post: str = "", started_at: datetime | None = None
) -> ParkingShift:
    require(actor, Cap.PARKING_COLLECT)
    operator = required_text(operator, "operator", QT_TRANSLATE_NOOP("app", "On duty"), 30)
    post = optional_text(post, "post", QT_TRANSLATE_NOOP("app", "Post"), 30)
    started = started_at or utcnow()
    with transaction():
        running = ParkingShift.get_or_none(
            (ParkingShift.operator == operator) & (ParkingShift.status == ShiftStatus.OPEN)
        )
        if running is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "On duty: {operator} still has shift {number} open; hand it over first."
                ),
                field="operator",
                operator=operator,
                number=running.number,
            )
        day = local(started).date()
        shift = ParkingShift.create(
            number=numbering.next_number(DOC_TYPE, day.year).text,
            operator=operator,
            post=post,
            started_at=started,
            business_date=day,
        )
        audit.record(
            actor,
            "parking_shift.open",
            table="parking_shift",
            record_id=shift.id,
            after={"number": shift.number, "operator": operator},
        )
    return shift


def record_visit(
    actor: Actor, shift_id: str, plate: str, entered_at: datetime, left_at: datetime
) -> ParkingVisit:
    require(actor, Cap.PARKING_COLLECT)
    plate = _plate(plate)
    with transaction():
        shift = _open_shift(shift_id)
        tariff, fee = visit_fee(entered_at, left_at)
        visit = ParkingVisit.create(
            shift=shift,
            kind=VisitKind.VISIT,
            plate=plate,
            entered_at=entered_at,
            left_at=left_at,
            tariff=tariff,
            minutes=fee.minutes,
            vehicles=1,
            amount=fee.amount,
            recorded_by=actor.display_name,
        )
        audit.record(
            actor,
            "parking_visit.record",
            table="parking_visit",
            record_id=visit.id,
            after={"shift": shift.number, "plate": plate, "amount": str(fee.amount)},
        )
    return visit


def record_summary(
    actor: Actor, shift_id: str, vehicles: int, amount: object, note: str = ""
) -> ParkingVisit:
    """A shift's paper-ticket takings entered as one line: how many cars, how much."""
    require(actor, Cap.PARKING_COLLECT)
    total = _amount(amount, "amount", QT_TRANSLATE_NOOP("app", "Amount"))
    note = optional_text(note, "note", QT_TRANSLATE_NOOP("app", "Note"), 100)
    if vehicles < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Vehicles: enter how many cars paid, at least 1."),
            field="vehicles",
        )
    with transaction():
        shift = _open_shift(shift_id)
        row = ParkingVisit.create(
            shift=shift,
            kind=VisitKind.SUMMARY,
            vehicles=vehicles,
            amount=total,
            note=note,
            recorded_by=actor.display_name,
        )
        audit.record(
            actor,
            "parking_visit.summary",
            table="parking_visit",
            record_id=row.id,
            after={"shift": shift.number, "vehicles": vehicles, "amount": str(total)},
        )
    return row


def takings(shift_id: str) -> Decimal:
    fen = database.execute_sql(
        "SELECT COALESCE(SUM(amount), 0) FROM parking_visit WHERE shift_id = ?", (shift_id,)
    ).fetchone()[0]
    return Decimal(fen) / 100


def close_shift(
    actor: Actor,
    shift_id: str,
    counted_cash: object,
    handed_to: str,
    note: str = "",
    ended_at: datetime | None = None,
) -> ParkingShift:
    """交班: the cash counted against the takings recorded; the shift is final afterwards."""
    require(actor, Cap.PARKING_COLLECT)
    counted = _amount(counted_cash, "counted_cash", QT_TRANSLATE_NOOP("app", "Cash counted"))
    handed_to = required_text(handed_to, "handed_to", QT_TRANSLATE_NOOP("app", "Handed to"), 30)
    note = optional_text(note, "close_note", QT_TRANSLATE_NOOP("app", "Note"), 200)
    with transaction():
        shift = _open_shift(shift_id)
        ended = ended_at or utcnow()
        if ended < shift.started_at:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "End: the shift can not end before it started."),
                field="ended_at",
            )
        expected = takings(shift.id)
        shift.status = ShiftStatus.CLOSED
        shift.ended_at = ended
        shift.expected_cash = expected
        shift.counted_cash = counted
        shift.difference = counted - expected
        shift.handed_to, shift.close_note, shift.closed_by = handed_to, note, actor.display_name
        shift.save()
        audit.record(
            actor,
            "parking_shift.close",
            table="parking_shift",
            record_id=shift.id,
            after={
                "number": shift.number,
                "expected": str(expected),
                "counted": str(counted),
                "difference": str(shift.difference),
            },
        )
    return shift


@dataclass(frozen=True)
class ShiftFigures:
    id: str
    number: str
    operator: str
    post: str
    business_date: date
    started_at: datetime
    ended_at: datetime | None
    status: str
    vehicles: int
    takings: Decimal
    invoices_used: int
    invoices_void: int
    invoice_value: Decimal
    counted_cash: Decimal | None
    difference: Decimal | None
    handed_to: str

    @property
    def invoices_exceed_takings(self) -> bool:
        """RULES.md: invoices handed out must not be worth more than the cash collected —
        neither the takings recorded nor, once handed over, the cash counted."""
        if self.invoice_value > self.takings:
            return True
        return self.counted_cash is not None and self.invoice_value > self.counted_cash


def _invoice_totals(shift_ids: list[str]) -> dict[str, tuple[int, int, Decimal]]:
    """Per shift: numbers used, numbers voided, value of the used ones (fen → yuan)."""
    if not shift_ids:
        return {}
    marks = ", ".join("?" for _ in shift_ids)
    cursor = database.execute_sql(
        "SELECT r.shift_id, "
        "SUM(CASE WHEN r.status = 'used' THEN r.last_number - r.first_number + 1 END), "
        "SUM(CASE WHEN r.status = 'void' THEN r.last_number - r.first_number + 1 END), "
        "SUM(CASE WHEN r.status = 'used' "
        "    THEN (r.last_number - r.first_number + 1) * b.denomination END) "
        "FROM invoice_range r JOIN invoice_book b ON b.id = r.book_id "
        f"WHERE r.shift_id IN ({marks}) GROUP BY r.shift_id",
        shift_ids,
    )
    return {
        sid: (used or 0, void or 0, Decimal(fen or 0) / 100)
        for sid, used, void, fen in cursor.fetchall()
    }


def shift_figures(actor: Actor, shift_ids: list[str]) -> list[ShiftFigures]:
    require(actor, Cap.PARKING_VIEW)
    sums = dict(
        (sid, (n, fen))
        for sid, n, fen in ParkingVisit.select(
            ParkingVisit.shift, pw.fn.SUM(ParkingVisit.vehicles), pw.fn.SUM(ParkingVisit.amount)
        )
        .where(ParkingVisit.shift.in_(shift_ids))
        .group_by(ParkingVisit.shift)
        .tuples()
    )
    invoices = _invoice_totals(shift_ids)
    shifts = ParkingShift.select().where(ParkingShift.id.in_(shift_ids))
    rows = []
    for s in shifts.order_by(ParkingShift.started_at.desc()):
        vehicles, fen = sums.get(s.id, (0, 0))
        used, void, value = invoices.get(s.id, (0, 0, Decimal(0)))
        rows.append(
            ShiftFigures(
                s.id,
                s.number,
                s.operator,
                s.post,
                s.business_date,
                s.started_at,
                s.ended_at,
                s.status,
                vehicles,
                (Decimal(fen) / 100).quantize(Decimal("0.01")),
                used,
                void,
                value.quantize(Decimal("0.01")),
                s.counted_cash,
                s.difference,
                s.handed_to,
            )
        )
    return rows


def recent_shifts(actor: Actor, limit: int = 200) -> list[ShiftFigures]:
    require(actor, Cap.PARKING_VIEW)
    ids = [
        s.id
        for s in ParkingShift.select(ParkingShift.id)
        .order_by(ParkingShift.started_at.desc())
        .limit(limit)
    ]
    return shift_figures(actor, ids)


def shift_visits(actor: Actor, shift_id: str) -> list[ParkingVisit]:
    require(actor, Cap.PARKING_VIEW)
    return list(
        ParkingVisit.select()
        .where(ParkingVisit.shift == shift_id)
        .order_by(ParkingVisit.entered_at.asc(nulls="LAST"), ParkingVisit.id)
    )


def shift_ranges(actor: Actor, shift_id: str) -> list[InvoiceRange]:
    require(actor, Cap.PARKING_VIEW)
    return list(
        InvoiceRange.select(InvoiceRange, InvoiceBook)
        .join(InvoiceBook)
        .where(InvoiceRange.shift == shift_id)
        .order_by(InvoiceBook.book_code, InvoiceRange.first_number)
    )
