"""Repairs (报修): 受理 → 派工 → 处理 → 完工 → 回访 → 关闭, with the statutory warranty
(《建设工程质量管理条例》 art. 40, counted from handover) deciding who pays (RULES.md)."""

from __future__ import annotations

from datetime import date, timedelta

from app.clock import utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.service import RepairLog, RepairOrder, RepairStatus
from app.services import audit, numbering
from app.services.complaints import Satisfaction
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, optional_text, required_text
from app.services.unit_facts import check_not_future, get_unit, office_today, pick_owner

DOC_TYPE = "repair"
numbering.register_document_type(DOC_TYPE, "BX")

DESIGN_LIFE_YEARS = 50  # 设计使用年限 of ordinary residential buildings (GB 50068)
HEATING_SEASON_START = (11, 15)  # a season runs 15 Nov – 15 Mar (northern practice)
HEATING_SEASON_END = (3, 15)


class RepairCategory:
    WATERPROOFING = "waterproofing"  # 屋面防水、有防水要求的卫生间/房间/外墙: 5 years
    ELECTRICAL = "electrical"  # 电气管线: 2 years
    PLUMBING = "plumbing"  # 给排水管道: 2 years
    EQUIPMENT = "equipment"  # 设备安装: 2 years
    FITOUT = "fitout"  # 装修工程: 2 years
    HEATING_COOLING = "heating_cooling"  # 供热与供冷: 2 seasons
    STRUCTURE = "structure"  # 地基基础和主体结构: design life
    OTHER = "other"  # no statutory warranty: the owner pays
    ALL = (
        WATERPROOFING,
        ELECTRICAL,
        PLUMBING,
        EQUIPMENT,
        FITOUT,
        HEATING_COOLING,
        STRUCTURE,
        OTHER,
    )


WARRANTY_YEARS = {
    RepairCategory.WATERPROOFING: 5,
    RepairCategory.ELECTRICAL: 2,
    RepairCategory.PLUMBING: 2,
    RepairCategory.EQUIPMENT: 2,
    RepairCategory.FITOUT: 2,
    RepairCategory.STRUCTURE: DESIGN_LIFE_YEARS,
}


class Payer:
    DEVELOPER = "developer"
    OWNER = "owner"


ALLOWED = {
    RepairStatus.RECEIVED: (RepairStatus.DISPATCHED, RepairStatus.CANCELLED),
    RepairStatus.DISPATCHED: (
        RepairStatus.DISPATCHED,  # sent to another worker
        RepairStatus.IN_PROGRESS,
        RepairStatus.CANCELLED,
    ),
    RepairStatus.IN_PROGRESS: (RepairStatus.COMPLETED,),
    RepairStatus.COMPLETED: (RepairStatus.VISITED,),
    RepairStatus.VISITED: (RepairStatus.CLOSED,),
    RepairStatus.CLOSED: (),
    RepairStatus.CANCELLED: (),
}


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def warranty_until(category: str, handover: date) -> date | None:
    """The last day of the developer's warranty for this category, None without one.

    Heating and cooling: two full seasons, the first being the one that starts on or after
    handover (a season already running at handover is not counted against the owner)."""
    if category == RepairCategory.HEATING_COOLING:
        first = (
            handover.year
            if handover <= date(handover.year, *HEATING_SEASON_START)
            else (handover.year + 1)
        )
        return date(first + 2, *HEATING_SEASON_END)
    years = WARRANTY_YEARS.get(category)
    if years is None:
        return None
    return _add_years(handover, years) - timedelta(days=1)


def payer_for(category: str, handover: date | None, on: date) -> tuple[date | None, str]:
    """(warranty end, who pays) for a repair received on `on`. A unit not handed over yet
    is still the developer's."""
    if handover is None:
        return None, Payer.DEVELOPER
    until = warranty_until(category, handover)
    covered = until is not None and handover <= on <= until
    return until, Payer.DEVELOPER if covered else Payer.OWNER


def register_repair(
    actor: Actor,
    *,
    unit_id: str,
    category: str,
    description: str,
    owner_id: str | None = None,
    contact: str = "",
    phone: str = "",
    received_on: date | None = None,
) -> RepairOrder:
    """受理: the warranty is judged from the unit's handover date as known today."""
    require(actor, Cap.SERVICE_EDIT)
    if category not in RepairCategory.ALL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Category: choose one of the listed repair categories."),
            field="category",
        )
    text = required_text(description, "description", QT_TRANSLATE_NOOP("app", "Description"), 2000)
    name = optional_text(contact, "contact", QT_TRANSLATE_NOOP("app", "Contact"), 40)
    phone = optional_text(phone, "phone", QT_TRANSLATE_NOOP("app", "Phone"), 40)
    day = received_on or office_today()
    check_not_future(day, "received_on", QT_TRANSLATE_NOOP("app", "Received on"))
    with transaction():
        unit = get_unit(unit_id)
        owner = pick_owner(unit, owner_id)
        until, payer = payer_for(category, unit.handover_date, day)
        repair = RepairOrder.create(
            number=numbering.next_number(DOC_TYPE, day.year).text,
            received_at=utcnow(),
            received_on=day,
            unit=unit.id,
            owner=owner.id if owner else None,
            contact=name or (owner.name if owner else ""),
            phone=phone or (owner.phone if owner else ""),
            category=category,
            description=text,
            receiver=actor.display_name,
            handover_date=unit.handover_date,
            warranty_until=until,
            payer=payer,
        )
        _log(actor, repair, text)
        audit.record(
            actor,
            "repair.register",
            table="repair_order",
            record_id=repair.id,
            after=audit.snapshot(repair),
        )
    return repair


def _log(actor: Actor, repair: RepairOrder, note: str) -> RepairLog:
    return RepairLog.create(
        repair=repair.id, at=utcnow(), status=repair.status, note=note, by=actor.display_name
    )


def _move(actor: Actor, repair_id: str, target: str, note: str, **changes: object) -> RepairOrder:
    repair = get_or_fail(RepairOrder, repair_id)
    if target not in ALLOWED[repair.status]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Repair {number}: this step does not follow from its current stage. "
                "Repairs go received → dispatched → in progress → completed → "
                "return visit → closed.",
            ),
            field=None,
            number=repair.number,
        )
    before = audit.snapshot(repair)
    repair.status = target
    for key, value in changes.items():
        setattr(repair, key, value)
    repair.save()
    _log(actor, repair, note)
    audit.record(
        actor,
        f"repair.{target}",
        table="repair_order",
        record_id=repair.id,
        before=before,
        after=audit.snapshot(repair),
    )
    return repair


def dispatch(actor: Actor, repair_id: str, worker: str, note: str = "") -> RepairOrder:
    """派工 to a named worker (again, to change the worker before work starts)."""
    require(actor, Cap.SERVICE_EDIT)
    name = required_text(worker, "worker", QT_TRANSLATE_NOOP("app", "Worker"), 40)
    text = optional_text(note, "note", QT_TRANSLATE_NOOP("app", "Note"), 500)
    with transaction():
        return _move(actor, repair_id, RepairStatus.DISPATCHED, text or name, worker=name)


def start_work(actor: Actor, repair_id: str, note: str = "") -> RepairOrder:
    require(actor, Cap.SERVICE_EDIT)
    text = optional_text(note, "note", QT_TRANSLATE_NOOP("app", "Note"), 500)
    with transaction():
        return _move(actor, repair_id, RepairStatus.IN_PROGRESS, text)


def complete(actor: Actor, repair_id: str, work_done: str, on: date | None = None) -> RepairOrder:
    require(actor, Cap.SERVICE_EDIT)
    text = required_text(work_done, "work_done", QT_TRANSLATE_NOOP("app", "Work done"), 1000)
    day = on or office_today()
    check_not_future(day, "completed_on", QT_TRANSLATE_NOOP("app", "Completed on"))
    with transaction():
        return _move(
            actor, repair_id, RepairStatus.COMPLETED, text, work_done=text, completed_on=day
        )


def return_visit(
    actor: Actor, repair_id: str, satisfaction: str, note: str = "", on: date | None = None
) -> RepairOrder:
    require(actor, Cap.SERVICE_EDIT)
    if satisfaction not in Satisfaction.ALL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Satisfaction: choose one of the listed values."),
            field="satisfaction",
        )
    text = optional_text(note, "visit_note", QT_TRANSLATE_NOOP("app", "Return visit note"), 500)
    day = on or office_today()
    check_not_future(day, "visit_on", QT_TRANSLATE_NOOP("app", "Return visit date"))
    with transaction():
        return _move(
            actor,
            repair_id,
            RepairStatus.VISITED,
            text or satisfaction,
            satisfaction=satisfaction,
            visit_note=text,
            visit_on=day,
        )


def close(actor: Actor, repair_id: str, note: str = "") -> RepairOrder:
    require(actor, Cap.SERVICE_EDIT)
    text = optional_text(note, "note", QT_TRANSLATE_NOOP("app", "Note"), 500)
    with transaction():
        return _move(actor, repair_id, RepairStatus.CLOSED, text)


def cancel(actor: Actor, repair_id: str, reason: str) -> RepairOrder:
    """Only before work starts (the owner withdrew, or it was reported twice)."""
    require(actor, Cap.SERVICE_EDIT)
    text = required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Reason"), 500)
    with transaction():
        return _move(actor, repair_id, RepairStatus.CANCELLED, text)


def open_repairs(actor: Actor) -> list[RepairOrder]:
    require(actor, Cap.SERVICE_VIEW)
    done = (RepairStatus.CLOSED, RepairStatus.CANCELLED)
    return list(
        RepairOrder.select()
        .where(RepairOrder.status.not_in(done))
        .order_by(RepairOrder.received_on, RepairOrder.number)
    )


def repairs_for_unit(actor: Actor, unit_id: str) -> list[RepairOrder]:
    require(actor, Cap.SERVICE_VIEW)
    return list(
        RepairOrder.select()
        .where(RepairOrder.unit == unit_id)
        .order_by(RepairOrder.received_on.desc(), RepairOrder.number.desc())
    )


def repair_log(actor: Actor, repair_id: str) -> list[RepairLog]:
    require(actor, Cap.SERVICE_VIEW)
    return list(
        RepairLog.select().where(RepairLog.repair == repair_id).order_by(RepairLog.at, RepairLog.id)
    )
