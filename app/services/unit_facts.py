"""Facts about a unit that the move-in, move-out and vacancy services check alike."""

from __future__ import annotations

from datetime import date

from app.clock import local_today
from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.models.archive import Owner, Ownership, Unit
from app.services import settings


def office_today() -> date:
    """Today in the office's time zone: business dates are compared with this."""
    return local_today(settings.get(settings.TIMEZONE))


def get_unit(unit_id: str) -> Unit:
    unit = Unit.get_or_none(Unit.id == unit_id)
    if unit is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "The unit {unit} no longer exists; refresh the list."),
            unit=unit_id,
        )
    return unit


def current_owners(unit: Unit) -> list[Owner]:
    """Owners whose ownership has no end date, the earliest first."""
    return list(
        Owner.select()
        .join(Ownership)
        .where((Ownership.unit == unit.id) & Ownership.end_date.is_null())
        .order_by(Ownership.start_date, Owner.name, Owner.id)
    )


def pick_owner(unit: Unit, owner_id: str | None) -> Owner | None:
    """The given owner if they own the unit now; without one, the first current owner."""
    owners = current_owners(unit)
    if owner_id is None:
        return owners[0] if owners else None
    for owner in owners:
        if owner.id == owner_id:
            return owner
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "app", "Owner: the person chosen is not a current owner of {unit}; choose one who is."
        ),
        field="owner_id",
        unit=unit.code,
    )


def check_not_future(value: date, field: str, label: str) -> None:
    if not isinstance(value, date):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: enter a date."), field=field, label=label
        )
    today = office_today()
    if value > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: {date} is in the future; enter today or earlier."),
            field=field,
            label=label,
            date=value.isoformat(),
        )
