"""Incidents (紧急事件): record what happened, a timeline of actions, the report to head
office within 1 working day of the day it happened (manual 三 4.3; RULES.md), and the close
with the cause found and the measures against a repeat (manual 三 3.11)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.clock import utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Unit
from app.models.service_more import Incident, IncidentLog, IncidentStatus
from app.services import audit, numbering
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, required_text
from app.services.unit_facts import check_not_future, get_unit, office_today
from app.workdays import add_workdays

DOC_TYPE = "incident"
numbering.register_document_type(DOC_TYPE, "SJ")

REPORT_WORKDAYS = 1


class IncidentKind:
    FIRE = "fire"  # 火灾
    FLOOD = "flood"  # 水浸
    OUTAGE = "outage"  # 停电停水
    LIFT = "lift"  # 电梯困人
    SECURITY = "public_security"  # 治安
    OTHER = "other"  # 其他
    ALL = (FIRE, FLOOD, OUTAGE, LIFT, SECURITY, OTHER)


@dataclass(frozen=True)
class IncidentRow:
    id: str
    number: str
    kind: str
    occurred_on: date
    location: str
    description: str
    report_due: date
    reported_on: date | None
    status: str
    report_overdue: bool


def _log(actor: Actor, incident: Incident, kind: str, text: str) -> IncidentLog:
    return IncidentLog.create(
        incident=incident.id, at=utcnow(), kind=kind, text=text, by=actor.display_name
    )


def record_incident(
    actor: Actor,
    *,
    kind: str,
    location: str,
    description: str,
    occurred_on: date | None = None,
    unit_id: str | None = None,
) -> Incident:
    require(actor, Cap.SERVICE_EDIT)
    if kind not in IncidentKind.ALL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Type: choose one of the listed incident types."),
            field="kind",
        )
    place = required_text(location, "location", QT_TRANSLATE_NOOP("app", "Location"), 100)
    text = required_text(description, "description", QT_TRANSLATE_NOOP("app", "Description"), 2000)
    day = occurred_on or office_today()
    check_not_future(day, "occurred_on", QT_TRANSLATE_NOOP("app", "Occurred on"))
    with transaction():
        unit = get_unit(unit_id) if unit_id else None
        incident = Incident.create(
            number=numbering.next_number(DOC_TYPE, day.year).text,
            kind=kind,
            occurred_at=utcnow(),
            occurred_on=day,
            location=place,
            unit=unit.id if unit else None,
            description=text,
            recorded_by=actor.display_name,
            report_due=add_workdays(day, REPORT_WORKDAYS),
        )
        _log(actor, incident, "record", text)
        audit.record(
            actor,
            "incident.record",
            table="incident",
            record_id=incident.id,
            after=audit.snapshot(incident),
        )
    return incident


def _open(incident_id: str) -> Incident:
    incident = get_or_fail(Incident, incident_id)
    if incident.status != IncidentStatus.OPEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Incident {number} is closed; it can no longer be changed."),
            field=None,
            number=incident.number,
        )
    return incident


def _update(actor: Actor, incident_id: str, action: str, text: str, **changes: object) -> Incident:
    incident = _open(incident_id)
    before = audit.snapshot(incident)
    for key, value in changes.items():
        setattr(incident, key, value)
    incident.save()
    _log(actor, incident, action, text)
    audit.record(
        actor,
        f"incident.{action}",
        table="incident",
        record_id=incident.id,
        before=before,
        after=audit.snapshot(incident),
    )
    return incident


def add_action(actor: Actor, incident_id: str, text: str) -> IncidentLog:
    """One step of the timeline (who was called, what was done, when it was under control)."""
    require(actor, Cap.SERVICE_EDIT)
    note = required_text(text, "text", QT_TRANSLATE_NOOP("app", "Action"), 1000)
    with transaction():
        entry = _log(actor, _open(incident_id), "action", note)
        audit.record(
            actor,
            "incident.action",
            table="incident_log",
            record_id=entry.id,
            after=audit.snapshot(entry),
        )
    return entry


def report_to_head_office(
    actor: Actor, incident_id: str, reported_to: str, on: date | None = None
) -> Incident:
    require(actor, Cap.SERVICE_EDIT)
    whom = required_text(reported_to, "reported_to", QT_TRANSLATE_NOOP("app", "Reported to"), 60)
    day = on or office_today()
    check_not_future(day, "reported_on", QT_TRANSLATE_NOOP("app", "Report date"))
    with transaction():
        if day < get_or_fail(Incident, incident_id).occurred_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "Report date: it can't be before the day the incident happened."
                ),
                field="reported_on",
            )
        return _update(
            actor,
            incident_id,
            "report",
            f"{day.isoformat()} {whom}",
            reported_on=day,
            reported_to=whom,
        )


def close_incident(actor: Actor, incident_id: str, cause: str, measures: str) -> Incident:
    """Closing needs the report to head office, the cause found and the preventive measures."""
    require(actor, Cap.SERVICE_EDIT)
    why = required_text(cause, "cause", QT_TRANSLATE_NOOP("app", "Cause"), 1000)
    what = required_text(measures, "measures", QT_TRANSLATE_NOOP("app", "Measures"), 1000)
    with transaction():
        if get_or_fail(Incident, incident_id).reported_on is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Close: record the report to head office first."),
                field=None,
            )
        return _update(
            actor,
            incident_id,
            "close",
            what,
            cause=why,
            measures=what,
            status=IncidentStatus.CLOSED,
            closed_at=utcnow(),
        )


def incidents(
    actor: Actor, today: date | None = None, open_only: bool = False
) -> list[IncidentRow]:
    """Newest first; `report_overdue` while head office has not been told past the deadline."""
    require(actor, Cap.SERVICE_VIEW)
    today = today or office_today()
    query = Incident.select().order_by(Incident.occurred_on.desc(), Incident.number.desc())
    if open_only:
        query = query.where(Incident.status == IncidentStatus.OPEN)
    return [
        IncidentRow(
            i.id,
            i.number,
            i.kind,
            i.occurred_on,
            i.location,
            i.description,
            i.report_due,
            i.reported_on,
            i.status,
            i.reported_on is None and i.report_due < today,
        )
        for i in query
    ]


def incident_log(actor: Actor, incident_id: str) -> list[IncidentLog]:
    require(actor, Cap.SERVICE_VIEW)
    return list(
        IncidentLog.select()
        .where(IncidentLog.incident == incident_id)
        .order_by(IncidentLog.at, IncidentLog.id)
    )


def incident_detail(actor: Actor, incident_id: str) -> tuple[Incident, Unit | None]:
    require(actor, Cap.SERVICE_VIEW)
    incident = get_or_fail(Incident, incident_id)
    unit = Unit.get_or_none(Unit.id == incident.unit_id) if incident.unit_id else None
    return incident, unit
