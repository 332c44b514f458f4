"""Owners (业主) and ownership over time: a sale (过户) ends one ownership and starts another,
so the unit's history is kept."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta

import peewee as pw

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import IdType, Owner, OwnerKind, Ownership, Unit, UnitStatus
from app.pinyin import name_keys
from app.services import audit
from app.services.permissions import Actor, Cap, require
from app.services.records import check_unchanged, get_or_fail, optional_text, required_text
from app.services.unit_facts import office_today
from app.validation import check_credit_code, check_phone, check_resident_id


@dataclass
class OwnerInput:
    name: str
    kind: str = OwnerKind.PERSON
    gender: str = ""
    id_type: str = IdType.RESIDENT_ID
    id_number: str = ""
    phone: str = ""
    phone2: str = ""
    address: str = ""
    emergency_contact: str = ""
    emergency_phone: str = ""
    remarks: str = ""


def _phone(value: str, field_name: str, required: bool) -> str:
    value = (value or "").strip()
    if not value and not required:
        return ""
    try:
        return check_phone(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Phone: enter a mainland mobile (13812345678) or landline (0755-12345678)."
            ),
            field=field_name,
        ) from None


def _id_number(id_type: str, value: str) -> str:
    value = (value or "").strip().upper()
    if not value:
        return ""
    try:
        if id_type == IdType.RESIDENT_ID:
            return check_resident_id(value)
        if id_type == IdType.CREDIT_CODE:
            return check_credit_code(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "ID number: {value} is not a valid number of this type; check the digits."
            ),
            field="id_number",
            value=value,
        ) from None
    return value


def _validated(data: OwnerInput) -> dict[str, object]:
    if data.kind not in OwnerKind.ALL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Kind: choose person or company."), field="kind"
        )
    if data.id_type not in IdType.ALL:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "ID type: choose one."), field="id_type")
    if data.gender not in ("", "M", "F"):
        raise ValidationError(QT_TRANSLATE_NOOP("app", "Gender: choose one."), field="gender")
    name = required_text(data.name, "name", QT_TRANSLATE_NOOP("app", "Name"), 60)
    full, initials = name_keys(name)
    label = QT_TRANSLATE_NOOP("app", "Remarks")
    return {
        "name": name,
        "name_pinyin": full,
        "name_initials": initials,
        "kind": data.kind,
        "gender": data.gender,
        "id_type": data.id_type,
        "id_number": _id_number(data.id_type, data.id_number),
        "phone": _phone(data.phone, "phone", required=True),
        "phone2": _phone(data.phone2, "phone2", required=False),
        "address": optional_text(data.address, "address", QT_TRANSLATE_NOOP("app", "Address")),
        "emergency_contact": optional_text(data.emergency_contact, "emergency_contact", label, 40),
        "emergency_phone": _phone(data.emergency_phone, "emergency_phone", required=False),
        "remarks": optional_text(data.remarks, "remarks", label),
    }


def _check_duplicate_id(id_number: str, owner_id: str | None = None) -> None:
    if not id_number:
        return
    query = Owner.select().where(Owner.id_number == id_number)
    if owner_id:
        query = query.where(Owner.id != owner_id)
    if query.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "ID number: an owner with this number already exists; open that owner instead.",
            ),
            field="id_number",
        )


def create_owner(
    actor: Actor, data: OwnerInput, unit_id: str | None = None, start_date: date | None = None
) -> Owner:
    """A new owner, optionally as the (co-)owner of a unit from `start_date`."""
    require(actor, Cap.ARCHIVE_EDIT)
    values = _validated(data)
    with transaction():
        _check_duplicate_id(values["id_number"])  # type: ignore[arg-type]
        owner = Owner.create(**values)
        audit.record(
            actor, "owner.create", table="owner", record_id=owner.id, after=audit.snapshot(owner)
        )
        if unit_id:
            add_ownership(actor, unit_id, owner.id, start_date or office_today())
    return owner


def update_owner(
    actor: Actor, owner_id: str, data: OwnerInput, expected_version: int | None
) -> Owner:
    require(actor, Cap.ARCHIVE_EDIT)
    values = _validated(data)
    with transaction():
        owner = get_or_fail(Owner, owner_id)
        check_unchanged(owner, expected_version)
        _check_duplicate_id(values["id_number"], owner.id)  # type: ignore[arg-type]
        before = audit.snapshot(owner)
        for name, value in values.items():
            setattr(owner, name, value)
        owner.save()
        audit.record(
            actor,
            "owner.update",
            table="owner",
            record_id=owner.id,
            before=before,
            after=audit.changed_fields(before, audit.snapshot(owner)),
        )
    return owner


def owner_input(actor: Actor, owner_id: str) -> tuple[OwnerInput, int]:
    """The owner's fields for an edit form (full values: only editors may open it)."""
    require(actor, Cap.ARCHIVE_EDIT)
    owner = get_or_fail(Owner, owner_id)
    data = OwnerInput(**{f.name: getattr(owner, f.name) for f in fields(OwnerInput)})
    return data, owner.row_version


def add_ownership(actor: Actor, unit_id: str, owner_id: str, start_date: date) -> Ownership:
    """Adds a current (co-)owner; an unsold unit becomes vacant until move-in."""
    require(actor, Cap.ARCHIVE_EDIT)
    with transaction():
        unit = get_or_fail(Unit, unit_id)
        owner = get_or_fail(Owner, owner_id)
        if (
            Ownership.select()
            .where(
                (Ownership.unit == unit) & (Ownership.owner == owner) & Ownership.end_date.is_null()
            )
            .exists()
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Owner: {name} already owns {unit}."),
                field="owner",
                name=owner.name,
                unit=unit.code,
            )
        link = Ownership.create(unit=unit, owner=owner, start_date=start_date)
        if unit.status == UnitStatus.UNSOLD:
            unit.status = UnitStatus.VACANT
            unit.save()
        audit.record(
            actor,
            "ownership.start",
            table="ownership",
            record_id=link.id,
            after=audit.snapshot(link),
        )
    return link


def transfer_unit(
    actor: Actor, unit_id: str, new_owner_ids: list[str], transfer_date: date
) -> list[Ownership]:
    """过户: current ownerships end the day before `transfer_date`; the new owners start on it."""
    require(actor, Cap.ARCHIVE_EDIT)
    if not new_owner_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "New owner: choose at least one."), field="owner"
        )
    with transaction():
        unit = get_or_fail(Unit, unit_id)
        current = list(
            Ownership.select().where((Ownership.unit == unit) & Ownership.end_date.is_null())
        )
        for link in current:
            if transfer_date <= link.start_date:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "app",
                        "Transfer date: it must be after {date}, when the current ownership began.",
                    ),
                    field="transfer_date",
                    date=link.start_date.isoformat(),
                )
            link.end_date = transfer_date - timedelta(days=1)
            link.save()
            audit.record(
                actor,
                "ownership.end",
                table="ownership",
                record_id=link.id,
                after={"end_date": link.end_date.isoformat()},
            )
        return [
            add_ownership(actor, unit.id, owner_id, transfer_date) for owner_id in new_owner_ids
        ]


OWNER_SORT = {"name": Owner.name, "name_pinyin": Owner.name_pinyin}


def owners_query(actor: Actor) -> pw.Select:
    """Owners with their current units (one row per owner)."""
    require(actor, Cap.ARCHIVE_VIEW)
    units = (
        Ownership.select(pw.fn.GROUP_CONCAT(Unit.code, "、"))
        .join(Unit)
        .where((Ownership.owner == Owner.id) & Ownership.end_date.is_null())
    )
    return Owner.select(
        Owner.id,
        Owner.name,
        Owner.name_pinyin,
        Owner.kind,
        Owner.gender,
        Owner.phone,
        Owner.id_number,
        units.alias("units"),
    )


def filter_owners(query: pw.Select, text: str = "") -> pw.Select:
    text = text.strip()
    if not text:
        return query
    return query.where(
        Owner.name.startswith(text)
        | Owner.name_initials.startswith(text.lower())
        | Owner.name_pinyin.startswith(text.lower())
    )
