"""会务接待 (visitors and receptions): the visitor log with in/out times — only the last four
characters of an ID are kept — and scheduled receptions of guests with their checklist."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import peewee as pw

from app.clock import to_local, utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.affairs import Reception, ReceptionStatus, Visitor
from app.models.archive import Unit
from app.services import audit, settings
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, optional_text, required_text
from app.services.unit_facts import get_unit, office_today

ID_TAIL = 4
_ID_TEXT = re.compile(r"[0-9A-Za-z]{4,20}")

# The reception checklist (会务接待操作流程): preparation before the guests arrive, the
# visit itself, and the clean-up and record after it. Codes are stored; labels are UI text.
CHECKLIST: tuple[tuple[str, str], ...] = (
    ("confirm", QT_TRANSLATE_NOOP("app", "Guests, number and arrival time confirmed")),
    ("room", QT_TRANSLATE_NOOP("app", "Reception room booked and cleaned")),
    ("drinks", QT_TRANSLATE_NOOP("app", "Tea, water and cups ready")),
    ("materials", QT_TRANSLATE_NOOP("app", "Brochures and materials ready")),
    ("equipment", QT_TRANSLATE_NOOP("app", "Projector, sound and lights tested")),
    ("parking", QT_TRANSLATE_NOOP("app", "Parking spaces and gate told")),
    ("guide", QT_TRANSLATE_NOOP("app", "Guide and visiting route arranged")),
    ("welcome", QT_TRANSLATE_NOOP("app", "Guests met at the entrance")),
    ("minutes", QT_TRANSLATE_NOOP("app", "Notes of the meeting taken")),
    ("tidy", QT_TRANSLATE_NOOP("app", "Room tidied after the visit")),
)
CHECKLIST_CODES = tuple(code for code, _label in CHECKLIST)


def masked_id_tail(tail: str) -> str:
    """How a kept ID tail is shown: the rest of an 18-character ID as stars."""
    return "*" * 14 + tail if tail else ""


def _id_tail(id_number: str) -> str:
    text = (id_number or "").strip().replace(" ", "")
    if not text:
        return ""
    if not _ID_TEXT.fullmatch(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "ID number: enter the ID's digits (at least its last four), or leave empty."
            ),
            field="id_number",
        )
    return text[-ID_TAIL:].upper()


def register_visitor(
    actor: Actor,
    *,
    name: str,
    purpose: str,
    host: str,
    id_number: str = "",
    unit_id: str | None = None,
    people: int = 1,
    phone: str = "",
    plate: str = "",
    in_at: datetime | None = None,
) -> Visitor:
    """访客登记 at the entrance or the counter; the full ID number is never stored."""
    require(actor, Cap.AFFAIRS_EDIT)
    name = required_text(name, "name", QT_TRANSLATE_NOOP("app", "Visitor"), 40)
    purpose = required_text(purpose, "purpose", QT_TRANSLATE_NOOP("app", "Purpose"), 120)
    host = required_text(host, "host", QT_TRANSLATE_NOOP("app", "Visiting"), 60)
    phone = optional_text(phone, "phone", QT_TRANSLATE_NOOP("app", "Phone"), 40)
    plate = optional_text(plate, "plate", QT_TRANSLATE_NOOP("app", "Plate"), 12).upper()
    tail = _id_tail(id_number)
    if not 1 <= int(people) <= 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "People: enter how many came, 1 to 200."), field="people"
        )
    at = in_at or utcnow()
    with transaction():
        unit = get_unit(unit_id) if unit_id else None
        visitor = Visitor.create(
            name=name, id_tail=tail, phone=phone, purpose=purpose, host=host, unit=unit,
            people=int(people), plate=plate,
            visit_on=to_local(at, settings.get(settings.TIMEZONE)).date(),
            in_at=at, recorded_by=actor.display_name,
        )  # fmt: skip
        audit.record(actor, "visitor.in", table="visitor", record_id=visitor.id,
                     after={"name": name, "host": host})  # fmt: skip
    return visitor


def visitor_left(actor: Actor, visitor_id: str, out_at: datetime | None = None) -> Visitor:
    require(actor, Cap.AFFAIRS_EDIT)
    with transaction():
        visitor = get_or_fail(Visitor, visitor_id)
        if visitor.out_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "This visitor has already left; refresh the list."),
                field="out_at",
            )
        at = out_at or utcnow()
        if at < visitor.in_at:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Left at: it cannot be before the visitor came in."),
                field="out_at",
            )
        visitor.out_at = at
        visitor.save()
        audit.record(actor, "visitor.out", table="visitor", record_id=visitor.id)
    return visitor


VISITOR_SORT = {"in_at": Visitor.in_at, "name": Visitor.name, "host": Visitor.host}


def visitors_query(actor: Actor) -> pw.ModelSelect:
    require(actor, Cap.AFFAIRS_VIEW)
    return (
        Visitor.select(
            Visitor.id,
            Visitor.in_at,
            Visitor.out_at,
            Visitor.name,
            Visitor.id_tail,
            Visitor.people,
            Visitor.purpose,
            Visitor.host,
            Unit.code.alias("unit_code"),
            Visitor.plate,
            Visitor.recorded_by,
        )
        .join(Unit, pw.JOIN.LEFT_OUTER, on=(Visitor.unit == Unit.id))
        .order_by(Visitor.in_at.desc())
    )


def filter_visitors(
    query: pw.ModelSelect, text: str = "", inside_only: bool = False
) -> pw.ModelSelect:
    text = text.strip()
    if text:
        query = query.where(
            Visitor.name.startswith(text)
            | Visitor.host.startswith(text)
            | Unit.code.startswith(text)
        )
    if inside_only:
        query = query.where(Visitor.out_at.is_null())
    return query


# --- receptions ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceptionRow:
    id: str
    scheduled_at: datetime
    guest_org: str
    guests: int
    purpose: str
    place: str
    host: str
    status: str
    done: tuple[str, ...]

    @property
    def progress(self) -> str:
        return f"{len(self.done)}/{len(CHECKLIST_CODES)}"


def schedule_reception(
    actor: Actor,
    *,
    guest_org: str,
    guests: int,
    purpose: str,
    host: str,
    scheduled_at: datetime,
    place: str = "",
) -> Reception:
    require(actor, Cap.AFFAIRS_EDIT)
    org = required_text(guest_org, "guest_org", QT_TRANSLATE_NOOP("app", "Guests from"), 80)
    purpose = required_text(purpose, "purpose", QT_TRANSLATE_NOOP("app", "Purpose"), 200)
    host = required_text(host, "host", QT_TRANSLATE_NOOP("app", "Host"), 40)
    place = optional_text(place, "place", QT_TRANSLATE_NOOP("app", "Place"), 60)
    if not 1 <= int(guests) <= 500:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Guests: enter how many are coming, 1 to 500."),
            field="guests",
        )
    with transaction():
        row = Reception.create(
            scheduled_at=scheduled_at,
            scheduled_on=to_local(scheduled_at, settings.get(settings.TIMEZONE)).date(),
            guest_org=org, guests=int(guests), purpose=purpose, place=place, host=host,
            created_by=actor.display_name,
        )  # fmt: skip
        audit.record(actor, "reception.schedule", table="reception", record_id=row.id,
                     after={"guest_org": org})  # fmt: skip
    return row


def _planned(row: Reception) -> None:
    if row.status != ReceptionStatus.PLANNED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "This reception is already finished or cancelled."),
            field="status",
        )


def set_checklist(actor: Actor, reception_id: str, done: list[str]) -> Reception:
    """Ticks: the codes of the checklist items done so far."""
    require(actor, Cap.AFFAIRS_EDIT)
    unknown = [c for c in done if c not in CHECKLIST_CODES]
    if unknown:
        raise ValueError(f"unknown checklist items {unknown}")
    with transaction():
        row = get_or_fail(Reception, reception_id)
        _planned(row)
        row.checklist = ",".join(c for c in CHECKLIST_CODES if c in done)
        row.save()
        audit.record(actor, "reception.checklist", table="reception", record_id=row.id,
                     detail=row.checklist)  # fmt: skip
    return row


def finish_reception(actor: Actor, reception_id: str, summary: str) -> Reception:
    """Closes a reception; every checklist item must be ticked first."""
    require(actor, Cap.AFFAIRS_EDIT)
    summary = required_text(summary, "summary", QT_TRANSLATE_NOOP("app", "Summary"), 1000)
    with transaction():
        row = get_or_fail(Reception, reception_id)
        _planned(row)
        missing = len(CHECKLIST_CODES) - len(_done(row))
        if missing:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "Checklist: {n} items are not ticked yet; tick them or cancel."
                ),
                field="checklist",
                n=missing,
            )
        row.status = ReceptionStatus.DONE
        row.summary = summary
        row.save()
        audit.record(actor, "reception.finish", table="reception", record_id=row.id)
    return row


def cancel_reception(actor: Actor, reception_id: str, reason: str) -> Reception:
    require(actor, Cap.AFFAIRS_EDIT)
    reason = required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Reason"), 200)
    with transaction():
        row = get_or_fail(Reception, reception_id)
        _planned(row)
        row.status = ReceptionStatus.CANCELLED
        row.summary = reason
        row.save()
        audit.record(actor, "reception.cancel", table="reception", record_id=row.id, detail=reason)
    return row


def _done(row: Reception) -> tuple[str, ...]:
    return tuple(c for c in row.checklist.split(",") if c)


def receptions(actor: Actor, since: date | None = None) -> list[ReceptionRow]:
    """Receptions from `since` (default: a year ago) on, the latest first: the coming ones
    head the list."""
    require(actor, Cap.AFFAIRS_VIEW)
    since = since or date.fromordinal(office_today().toordinal() - 365)
    rows = (
        Reception.select()
        .where(Reception.scheduled_on >= since)
        .order_by(Reception.scheduled_at.desc(), Reception.id.desc())
    )
    return [
        ReceptionRow(
            r.id,
            r.scheduled_at,
            r.guest_org,
            r.guests,
            r.purpose,
            r.place,
            r.host,
            r.status,
            _done(r),
        )
        for r in rows
    ]
