"""Complaints (投诉): register, classify valid/invalid, handling log, feedback to the owner
within 2 working days of receipt, report to head office within 1 working day, return visit
(回访) with satisfaction, close (RULES.md, service desk).

The person who receives a complaint owns it (首问责任制): `receiver` is set at registration.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import peewee as pw

from app.clock import utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Owner, Unit
from app.models.service import Complaint, ComplaintLog, ComplaintStatus
from app.services import audit, numbering
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, optional_text, required_text
from app.services.unit_facts import check_not_future, get_unit, office_today, pick_owner
from app.workdays import add_workdays, workdays_left

DOC_TYPE = "complaint"
numbering.register_document_type(DOC_TYPE, "TS")

FEEDBACK_WORKDAYS = 2
REPORT_WORKDAYS = 1


class Channel:
    PHONE = "phone"  # 电话
    VISIT = "visit"  # 来访
    WECHAT = "wechat"  # 微信
    LETTER = "letter"  # 信函
    OTHER = "other"  # 其他
    ALL = (PHONE, VISIT, WECHAT, LETTER, OTHER)


class Category:
    SERVICE = "service"  # 服务态度
    REPAIR = "repair"  # 维修
    CLEANING = "cleaning"  # 环境卫生
    SECURITY = "security"  # 安全秩序
    FEES = "fees"  # 收费
    NOISE = "noise"  # 噪音
    PARKING = "parking"  # 停车
    GREENING = "greening"  # 绿化
    OTHER = "other"  # 其他
    ALL = (SERVICE, REPAIR, CLEANING, SECURITY, FEES, NOISE, PARKING, GREENING, OTHER)


class Validity:
    VALID = "valid"  # 有效
    INVALID = "invalid"  # 无效


class Satisfaction:
    SATISFIED = "satisfied"  # 满意
    DISSATISFIED = "dissatisfied"  # 不满意
    NO_ANSWER = "no_answer"  # 未接通/拒答: not a valid answer
    ALL = (SATISFIED, DISSATISFIED, NO_ANSWER)


class Urgency:
    OVERDUE = "overdue"
    TODAY = "today"
    PENDING = "pending"
    ANSWERED = "answered"  # feedback given, not closed yet
    ORDER = (OVERDUE, TODAY, PENDING, ANSWERED)


@dataclass(frozen=True)
class DueItem:
    id: str
    number: str
    unit_code: str
    owner_name: str
    category: str
    channel: str
    receiver: str
    received_on: date
    due_date: date
    workdays_left: int  # 0 = due today, negative = overdue
    urgency: str
    report_overdue: bool


def satisfaction_rate(answers: list[str]) -> Decimal | None:
    """满意率 = satisfied ÷ valid answers (no-answers excluded); None with no valid answer."""
    valid = [a for a in answers if a in (Satisfaction.SATISFIED, Satisfaction.DISSATISFIED)]
    if not valid:
        return None
    satisfied = sum(1 for a in valid if a == Satisfaction.SATISFIED)
    return (Decimal(satisfied) / Decimal(len(valid))).quantize(Decimal("0.0001"))


def _choice(value: str, allowed: tuple[str, ...], field: str, label: str) -> str:
    if value not in allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: choose one of the listed values."),
            field=field,
            label=label,
        )
    return value


def _day(value: date | None, field: str, label: str) -> date:
    if value is None:
        return office_today()
    check_not_future(value, field, label)
    return value


def _party(unit_id: str | None, owner_id: str | None) -> tuple[Unit | None, Owner | None]:
    if unit_id:
        unit = get_unit(unit_id)
        return unit, pick_owner(unit, owner_id)
    if owner_id:
        return None, get_or_fail(Owner, owner_id)
    return None, None


def register_complaint(
    actor: Actor,
    *,
    channel: str,
    category: str,
    description: str,
    unit_id: str | None = None,
    owner_id: str | None = None,
    complainant: str = "",
    phone: str = "",
    received_on: date | None = None,
) -> Complaint:
    require(actor, Cap.SERVICE_EDIT)
    _choice(channel, Channel.ALL, "channel", QT_TRANSLATE_NOOP("app", "Channel"))
    _choice(category, Category.ALL, "category", QT_TRANSLATE_NOOP("app", "Category"))
    text = required_text(description, "description", QT_TRANSLATE_NOOP("app", "Description"), 2000)
    name = optional_text(complainant, "complainant", QT_TRANSLATE_NOOP("app", "Complainant"), 40)
    phone = optional_text(phone, "phone", QT_TRANSLATE_NOOP("app", "Phone"), 40)
    day = _day(received_on, "received_on", QT_TRANSLATE_NOOP("app", "Received on"))
    with transaction():
        unit, owner = _party(unit_id, owner_id)
        if unit is None and owner is None and not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Complainant: choose the unit or owner, or enter the complainant's name, "
                    "so the feedback reaches someone.",
                ),
                field="complainant",
            )
        complaint = Complaint.create(
            number=numbering.next_number(DOC_TYPE, day.year).text,
            received_at=utcnow(),
            received_on=day,
            channel=channel,
            category=category,
            unit=unit.id if unit else None,
            owner=owner.id if owner else None,
            complainant=name or (owner.name if owner else ""),
            phone=phone or (owner.phone if owner else ""),
            description=text,
            receiver=actor.display_name,
            due_date=add_workdays(day, FEEDBACK_WORKDAYS),
            report_due=add_workdays(day, REPORT_WORKDAYS),
        )
        _log(actor, complaint, "register", text)
        audit.record(
            actor,
            "complaint.register",
            table="complaint",
            record_id=complaint.id,
            after=audit.snapshot(complaint),
        )
    return complaint


def _open_complaint(complaint_id: str) -> Complaint:
    complaint = get_or_fail(Complaint, complaint_id)
    if complaint.status != ComplaintStatus.OPEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Complaint {number} is closed; it can no longer be changed."),
            field=None,
            number=complaint.number,
        )
    return complaint


def _log(actor: Actor, complaint: Complaint, kind: str, text: str) -> ComplaintLog:
    return ComplaintLog.create(
        complaint=complaint.id, at=utcnow(), kind=kind, text=text, by=actor.display_name
    )


def _update(actor: Actor, complaint_id: str, action: str, change: dict[str, object]) -> Complaint:
    """Apply `change` to an open complaint with its log entry and audit row."""
    complaint = _open_complaint(complaint_id)
    before = audit.snapshot(complaint)
    log_text = str(change.pop("_log"))
    for key, value in change.items():
        setattr(complaint, key, value)
    complaint.save()
    _log(actor, complaint, action, log_text)
    audit.record(
        actor,
        f"complaint.{action}",
        table="complaint",
        record_id=complaint.id,
        before=before,
        after=audit.snapshot(complaint),
    )
    return complaint


def classify(actor: Actor, complaint_id: str, valid: bool, reason: str) -> Complaint:
    """有效/无效 with the reason; may be changed while the complaint is open."""
    require(actor, Cap.COMPLAINT_CLASSIFY)
    text = required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Reason"), 500)
    validity = Validity.VALID if valid else Validity.INVALID
    with transaction():
        return _update(
            actor,
            complaint_id,
            "classify",
            {"validity": validity, "validity_reason": text, "_log": f"{validity}: {text}"},
        )


def add_log(actor: Actor, complaint_id: str, text: str) -> ComplaintLog:
    """A handling step (处理记录)."""
    require(actor, Cap.SERVICE_EDIT)
    note = required_text(text, "text", QT_TRANSLATE_NOOP("app", "Handling note"), 1000)
    with transaction():
        complaint = _open_complaint(complaint_id)
        entry = _log(actor, complaint, "log", note)
        audit.record(
            actor,
            "complaint.log",
            table="complaint_log",
            record_id=entry.id,
            after=audit.snapshot(entry),
        )
    return entry


def record_feedback(
    actor: Actor, complaint_id: str, text: str, on: date | None = None
) -> Complaint:
    """What the owner was told, and when (the 2-working-day deadline is met by this)."""
    require(actor, Cap.SERVICE_EDIT)
    note = required_text(text, "feedback", QT_TRANSLATE_NOOP("app", "Feedback"), 1000)
    day = _day(on, "feedback_on", QT_TRANSLATE_NOOP("app", "Feedback date"))
    with transaction():
        return _update(
            actor,
            complaint_id,
            "feedback",
            {"feedback": note, "feedback_on": day, "_log": note},
        )


def record_report(actor: Actor, complaint_id: str, on: date | None = None) -> Complaint:
    """Reported to head office (due within 1 working day of receipt)."""
    require(actor, Cap.SERVICE_EDIT)
    day = _day(on, "reported_on", QT_TRANSLATE_NOOP("app", "Report date"))
    with transaction():
        return _update(actor, complaint_id, "report", {"reported_on": day, "_log": day.isoformat()})


def return_visit(
    actor: Actor, complaint_id: str, satisfaction: str, note: str = "", on: date | None = None
) -> Complaint:
    require(actor, Cap.SERVICE_EDIT)
    _choice(
        satisfaction, Satisfaction.ALL, "satisfaction", QT_TRANSLATE_NOOP("app", "Satisfaction")
    )
    text = optional_text(note, "visit_note", QT_TRANSLATE_NOOP("app", "Return visit note"), 500)
    day = _day(on, "visit_on", QT_TRANSLATE_NOOP("app", "Return visit date"))
    with transaction():
        if get_or_fail(Complaint, complaint_id).feedback_on is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Return visit: record the feedback to the owner first."),
                field="satisfaction",
            )
        return _update(
            actor,
            complaint_id,
            "visit",
            {
                "satisfaction": satisfaction,
                "visit_note": text,
                "visit_on": day,
                "_log": f"{satisfaction}: {text}" if text else satisfaction,
            },
        )


def close(actor: Actor, complaint_id: str, note: str = "") -> Complaint:
    """Closing needs a classification and the feedback; a valid complaint also needs its
    return visit (target: return visits 100%)."""
    require(actor, Cap.SERVICE_EDIT)
    text = optional_text(note, "note", QT_TRANSLATE_NOOP("app", "Note"), 500)
    with transaction():
        complaint = _open_complaint(complaint_id)
        _check_closable(complaint)
        return _update(
            actor,
            complaint_id,
            "close",
            {"status": ComplaintStatus.CLOSED, "closed_at": utcnow(), "_log": text},
        )


def _check_closable(complaint: Complaint) -> None:
    if not complaint.validity:
        missing = QT_TRANSLATE_NOOP(
            "app", "Close: classify the complaint as valid or invalid first."
        )
    elif complaint.feedback_on is None:
        missing = QT_TRANSLATE_NOOP("app", "Close: record the feedback to the owner first.")
    elif complaint.validity == Validity.VALID and complaint.visit_on is None:
        missing = QT_TRANSLATE_NOOP(
            "app", "Close: a valid complaint needs its return visit (回访) first."
        )
    else:
        return
    raise ValidationError(missing, field=None)


def _urgency(complaint: Complaint, today: date) -> str:
    if complaint.feedback_on is not None:
        return Urgency.ANSWERED
    if complaint.due_date < today:
        return Urgency.OVERDUE
    return Urgency.TODAY if complaint.due_date == today else Urgency.PENDING


def due_list(actor: Actor, today: date | None = None) -> list[DueItem]:
    """Open complaints, overdue first, then due today, then by deadline; those already
    answered come last."""
    require(actor, Cap.SERVICE_VIEW)
    today = today or office_today()
    rows = (
        Complaint.select(Complaint, Unit, Owner)
        .join(Unit, join_type=pw.JOIN.LEFT_OUTER, on=(Complaint.unit == Unit.id))
        .switch(Complaint)
        .join(Owner, join_type=pw.JOIN.LEFT_OUTER, on=(Complaint.owner == Owner.id))
        .where(Complaint.status == ComplaintStatus.OPEN)
    )
    items = [_due_item(row, today) for row in rows]
    items.sort(key=lambda i: (Urgency.ORDER.index(i.urgency), i.due_date, i.number))
    return items


def _due_item(row: Complaint, today: date) -> DueItem:
    unit = row.unit if row.unit_id else None
    owner = row.owner if row.owner_id else None
    return DueItem(
        id=row.id,
        number=row.number,
        unit_code=unit.code if unit else "",
        owner_name=owner.name if owner else row.complainant,
        category=row.category,
        channel=row.channel,
        receiver=row.receiver,
        received_on=row.received_on,
        due_date=row.due_date,
        workdays_left=workdays_left(today, row.due_date),
        urgency=_urgency(row, today),
        report_overdue=row.reported_on is None and row.report_due < today,
    )


def complaints_for_unit(actor: Actor, unit_id: str) -> list[Complaint]:
    """For the unit's record dialog, newest first."""
    require(actor, Cap.SERVICE_VIEW)
    return list(
        Complaint.select()
        .where(Complaint.unit == unit_id)
        .order_by(Complaint.received_on.desc(), Complaint.number.desc())
    )


def complaint_log(actor: Actor, complaint_id: str) -> list[ComplaintLog]:
    require(actor, Cap.SERVICE_VIEW)
    return list(
        ComplaintLog.select()
        .where(ComplaintLog.complaint == complaint_id)
        .order_by(ComplaintLog.at, ComplaintLog.id)
    )


def complaint_satisfaction(actor: Actor, start: date, end: date) -> Decimal | None:
    """满意率 of the return visits made between start and end (inclusive)."""
    require(actor, Cap.SERVICE_VIEW)
    answers = [
        c.satisfaction
        for c in Complaint.select(Complaint.satisfaction).where(
            Complaint.visit_on.between(start, end)
        )
    ]
    return satisfaction_rate(answers)
