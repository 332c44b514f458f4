"""Vacant units (空置房): the list by building, owners' written notices, periodic inspections.

A notice runs from its start date to its end date inclusive (open while the end is empty);
the fees module asks `active_notice` whether a month gets the reduced vacancy rate.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import peewee as pw

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.models.archive import (
    Building,
    Entrance,
    Owner,
    Ownership,
    Unit,
    UnitStatus,
    VacancyInspection,
    VacancyNotice,
)
from app.services import attachments, audit
from app.services.permissions import Actor, Cap, require
from app.services.records import optional_text, required_text
from app.services.unit_facts import (
    check_not_future,
    get_unit,
    office_today,
    pick_owner,
)

INSPECTION_TABLE = "vacancy_inspection"
MAX_PHOTOS = 20


@dataclass(frozen=True)
class VacantUnit:
    unit_id: str
    unit_code: str
    building: str
    entrance: str
    floor: int
    room_no: str
    gross_area: Decimal
    owner_name: str
    notice_start: date | None  # start of the written notice in force today, if any
    last_inspection: date | None

    @property
    def has_notice(self) -> bool:
        return self.notice_start is not None


def vacant_units(actor: Actor, building_id: str | None = None) -> list[VacantUnit]:
    """Units marked vacant, in building, entrance, floor and room order."""
    require(actor, Cap.ARCHIVE_VIEW)
    today = office_today()
    owners = (
        Ownership.select(pw.fn.GROUP_CONCAT(Owner.name, "、"))
        .join(Owner)
        .where((Ownership.unit == Unit.id) & Ownership.end_date.is_null())
    )
    notice = VacancyNotice.select(pw.fn.MAX(VacancyNotice.start_date)).where(
        (VacancyNotice.unit == Unit.id) & _in_force(today)
    )
    inspected = VacancyInspection.select(pw.fn.MAX(VacancyInspection.inspection_date)).where(
        VacancyInspection.unit == Unit.id
    )
    query = (
        Unit.select(
            Unit.id,
            Unit.code,
            Building.name,
            Entrance.name,
            Unit.floor,
            Unit.room_no,
            Unit.gross_area,
            owners,
            notice,
            inspected,
        )
        .join(Entrance)
        .join(Building)
        .where(Unit.status == UnitStatus.VACANT)
        .order_by(
            Building.sort_order,
            Building.code,
            Entrance.sort_order,
            Entrance.code,
            Unit.floor,
            Unit.room_no,
        )
    )
    if building_id:
        query = query.where(Building.id == building_id)
    return [
        VacantUnit(
            unit_id=row[0],
            unit_code=row[1],
            building=row[2],
            entrance=row[3],
            floor=row[4],
            room_no=row[5],
            gross_area=row[6],
            owner_name=row[7] or "",
            notice_start=_date(row[8]),
            last_inspection=_date(row[9]),
        )
        for row in query.tuples()
    ]


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _in_force(on_date: date) -> pw.Expression:
    return (VacancyNotice.start_date <= on_date) & (
        VacancyNotice.end_date.is_null() | (VacancyNotice.end_date >= on_date)
    )


def active_notice(unit_id: str, on_date: date) -> VacancyNotice | None:
    """The written notice in force for the unit on that day (the fees module asks this)."""
    return (
        VacancyNotice.select()
        .where((VacancyNotice.unit == unit_id) & _in_force(on_date))
        .order_by(VacancyNotice.start_date.desc())
        .first()
    )


def notices(actor: Actor, unit_id: str) -> list[VacancyNotice]:
    require(actor, Cap.ARCHIVE_VIEW)
    return list(
        VacancyNotice.select()
        .where(VacancyNotice.unit == unit_id)
        .order_by(VacancyNotice.start_date.desc())
    )


def record_vacancy_notice(
    actor: Actor,
    unit_id: str,
    notice_date: date,
    start_date: date,
    owner_id: str | None = None,
    remarks: str = "",
) -> VacancyNotice:
    require(actor, Cap.ARCHIVE_EDIT)
    check_not_future(notice_date, "notice_date", QT_TRANSLATE_NOOP("app", "Notice date"))
    if not isinstance(start_date, date) or start_date < notice_date:
        # The reduced rate follows the written notice; it is never granted backwards.
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Vacant from: choose the notice date or a later day; the reduced rate can't "
                "start before the owner's written notice.",
            ),
            field="start_date",
        )
    remarks = optional_text(remarks, "remarks", QT_TRANSLATE_NOOP("app", "Remarks"), 500)
    with transaction():
        unit = get_unit(unit_id)
        owner = _check_notice_unit(unit, owner_id, start_date)
        notice = VacancyNotice.create(
            unit=unit.id,
            owner=owner.id,
            notice_date=notice_date,
            start_date=start_date,
            remarks=remarks,
        )
        audit.record(
            actor,
            "vacancy.notice",
            table="vacancy_notice",
            record_id=notice.id,
            after=audit.snapshot(notice),
        )
    return notice


def _check_notice_unit(unit: Unit, owner_id: str | None, start_date: date) -> Owner:
    if unit.status != UnitStatus.VACANT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Unit {unit} is not marked vacant in the archive, so it can't have a vacancy "
                "notice. Change its status to vacant first.",
            ),
            field="unit_id",
            unit=unit.code,
        )
    owner = pick_owner(unit, owner_id)
    if owner is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Unit {unit} has no current owner to give a vacancy notice."),
            field="unit_id",
            unit=unit.code,
        )
    clash = (
        VacancyNotice.select()
        .where(
            (VacancyNotice.unit == unit.id)
            & (VacancyNotice.end_date.is_null() | (VacancyNotice.end_date >= start_date))
        )
        .order_by(VacancyNotice.start_date)
        .first()
    )
    if clash is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Vacant from: {unit} already has a vacancy notice from {start} that runs past "
                "{date}. End that notice first, or start the new one after it.",
            ),
            field="start_date",
            unit=unit.code,
            start=clash.start_date.isoformat(),
            date=start_date.isoformat(),
        )
    return owner


def end_vacancy_notice(actor: Actor, notice_id: str, end_date: date) -> VacancyNotice:
    """The last vacant day (the owner moved in, let or started decorating after it)."""
    require(actor, Cap.ARCHIVE_EDIT)
    with transaction():
        notice = VacancyNotice.get_or_none(VacancyNotice.id == notice_id)
        if notice is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("app", "The vacancy notice {id} no longer exists."),
                id=notice_id,
            )
        if notice.end_date is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Vacant until: this notice already ended on {date}."),
                field="end_date",
                date=notice.end_date.isoformat(),
            )
        if not isinstance(end_date, date) or end_date < notice.start_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "Vacant until: choose {start} (the notice's start) or a later day."
                ),
                field="end_date",
                start=notice.start_date.isoformat(),
            )
        notice.end_date = end_date
        notice.save()
        audit.record(
            actor,
            "vacancy.notice_end",
            table="vacancy_notice",
            record_id=notice.id,
            before={"end_date": None},
            after={"end_date": end_date},
        )
    return notice


def record_inspection(
    actor: Actor,
    unit_id: str,
    inspection_date: date,
    inspector: str,
    findings: str = "",
    needs_action: bool = False,
    photos: Sequence[Path | str] = (),
) -> VacancyInspection:
    require(actor, Cap.ARCHIVE_EDIT)
    check_not_future(
        inspection_date, "inspection_date", QT_TRANSLATE_NOOP("app", "Inspection date")
    )
    inspector = required_text(inspector, "inspector", QT_TRANSLATE_NOOP("app", "Inspector"), 40)
    findings = optional_text(findings, "findings", QT_TRANSLATE_NOOP("app", "Findings"), 1000)
    _check_photos(photos)
    staged = [attachments.stage_file(photo) for photo in photos]
    try:
        with transaction():
            unit = get_unit(unit_id)
            _check_inspected_unit(unit, inspection_date)
            inspection = VacancyInspection.create(
                unit=unit.id,
                inspection_date=inspection_date,
                inspector=inspector,
                findings=findings,
                needs_action=bool(needs_action),
            )
            audit.record(
                actor,
                "vacancy.inspect",
                table=INSPECTION_TABLE,
                record_id=inspection.id,
                after=audit.snapshot(inspection),
            )
            for item in staged:
                attachments.attach_staged(actor, INSPECTION_TABLE, inspection.id, item)
    except BaseException:
        attachments.remove_unreferenced(staged)
        raise
    finally:
        attachments.discard(staged)
    return inspection


def _check_photos(photos: Sequence[Path | str]) -> None:
    if len(photos) > MAX_PHOTOS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Photos: attach at most {n} photos to one inspection."),
            field="photos",
            n=MAX_PHOTOS,
        )
    for photo in photos:
        path = attachments.check_source(photo)
        media_type = mimetypes.guess_type(path.name)[0] or ""
        if not media_type.startswith("image/"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Photos: {file} is not a picture (JPEG or PNG)."),
                field="photos",
                file=path.name,
            )


def _check_inspected_unit(unit: Unit, inspection_date: date) -> None:
    # A late entry for a unit occupied since is fine if a notice covered that day.
    if unit.status == UnitStatus.VACANT or active_notice(unit.id, inspection_date):
        return
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "app",
            "Unit {unit} is not vacant and had no vacancy notice on {date}; inspections are "
            "for vacant units.",
        ),
        field="unit_id",
        unit=unit.code,
        date=inspection_date.isoformat(),
    )


def inspections(actor: Actor, unit_id: str) -> list[VacancyInspection]:
    """The unit's inspection log, newest first (photos: attachments of vacancy_inspection)."""
    require(actor, Cap.ARCHIVE_VIEW)
    return list(
        VacancyInspection.select()
        .where(VacancyInspection.unit == unit_id)
        .order_by(VacancyInspection.inspection_date.desc(), VacancyInspection.created_at.desc())
    )
