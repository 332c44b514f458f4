"""A small demo office with one user per role, for the move-in/out and vacancy tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.demo import generate_demo_office
from app.models.archive import Owner, Ownership, Unit, UnitStatus
from app.services import auth
from app.services.permissions import Actor, Role

PASSWORD = "test-pass-123"


@dataclass(frozen=True)
class Staff:
    admin: Actor
    manager: Actor
    assistant: Actor
    cashier: Actor


def demo_office(units: int = 200, seed: int = 7) -> Staff:
    generate_demo_office(units, seed=seed)
    auth.create_first_admin("admin", "管理员", PASSWORD)
    admin = auth.authenticate("admin", PASSWORD)
    people = {
        "jingli": ("王经理", Role.MANAGER),
        "kefu": ("李客服", Role.SERVICE_ASSISTANT),
        "shouyin": ("赵收银", Role.CASHIER),
    }
    for username, (name, role) in people.items():
        auth.create_user(admin, username, name, PASSWORD, [role])
    return Staff(
        admin=admin,
        manager=auth.authenticate("jingli", PASSWORD),
        assistant=auth.authenticate("kefu", PASSWORD),
        cashier=auth.authenticate("shouyin", PASSWORD),
    )


def unit_with_status(status: str, handed_over: bool | None = None) -> Unit:
    query = Unit.select().where(Unit.status == status).order_by(Unit.code)
    if handed_over is not None:
        column = Unit.handover_date
        query = query.where(column.is_null(False) if handed_over else column.is_null())
    return query.first()


def sold_unit(sale_date: date) -> tuple[Unit, Owner]:
    """An unsold demo unit just sold to an existing owner (the sale is archive data)."""
    unit = unit_with_status(UnitStatus.UNSOLD)
    owner = Owner.select().order_by(Owner.name).first()
    Ownership.create(unit=unit.id, owner=owner.id, start_date=sale_date)
    return unit, owner
