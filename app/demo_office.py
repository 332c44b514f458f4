"""A complete demo office file: archives from app.demo (entered through the archive
services), one account per role, fees (items, three months of bills and their payments) from
app.demo_fees, the service desk's year from app.demo_service, parking (spaces, rentals,
shifts, invoice books) from app.demo_parking, office affairs from app.demo_affairs, and a
year of warehouse movements from app.demo_stock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path

from app.db import PRAGMAS, database, open_database
from app.demo import generate_demo_office, reference_day
from app.demo_affairs import create_demo_affairs
from app.demo_desk import create_demo_void_and_waiver
from app.demo_fees import create_demo_fees
from app.demo_parking import create_demo_shifts, create_demo_spaces
from app.demo_service import create_demo_service
from app.demo_stock import create_demo_stock
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services import auth, settings
from app.services.permissions import Actor, Role

DEMO_PASSWORD = "demo1234"
DEMO_OFFICE_NAME = "阳光花园物业服务中心"
DEMO_USERS = (
    ("admin", "系统管理员", Role.ADMIN),
    ("manager", "陈经理", Role.MANAGER),
    ("kefu", "李客服", Role.SERVICE_ASSISTANT),
    ("shouyin", "王收银", Role.CASHIER),
    ("cangguan", "赵仓管", Role.WAREHOUSE_KEEPER),
)


def create_demo_office(
    path: Path,
    units: int,
    seed: int = 1,
    progress: Callable[[int, int], bool] | None = None,
    as_of: date | None = None,
) -> dict[str, object]:
    """`as_of`: the demo's today (None: the fixed day tests and benchmarks build on)."""
    open_database(path)
    if auth.has_users():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "demo", "The database already holds an office; use a new file for the demo."
            ),
            field="db",
        )
    settings.ensure_office_identity()
    # A new throwaway file: no fsync per service call while it is filled (it is many
    # thousands of small transactions); durability comes back before anyone uses it.
    database.execute_sql("PRAGMA synchronous = OFF")
    try:
        with reference_day(as_of):
            return _fill(units, seed, progress)
    finally:
        database.execute_sql(f"PRAGMA synchronous = {PRAGMAS['synchronous']}")


ARCHIVE_SHARE = 10  # per cent of the progress bar: the archive, then the other modules
# each module's share of the rest, in the order of _module_steps: about its time
STEP_WEIGHTS = (1, 9, 6, 14, 1, 40, 10)


def _fill(units: int, seed: int, progress: Callable[[int, int], bool] | None) -> dict[str, object]:
    """The archive (progress by units), then each module in turn (progress by step); a
    False from `progress` cancels between steps."""
    report = progress or (lambda _done, _total: True)
    system = Actor.system()
    summary = generate_demo_office(
        units,
        seed=seed,
        progress=lambda done, total: report(done * ARCHIVE_SHARE // max(total, 1), 100),
        through_services=system,
    )
    if summary is None:
        return {"cancelled": True}
    result: dict[str, object] = {**asdict(summary)}
    steps = _module_steps(system, seed, result)
    done, total = 0, sum(STEP_WEIGHTS)
    for weight, step in zip(STEP_WEIGHTS, steps, strict=True):
        if not report(ARCHIVE_SHARE + done * (100 - ARCHIVE_SHARE) // total, 100):
            return {"cancelled": True}
        step()
        done += weight
    report(100, 100)
    return {**result, "users": [u[0] for u in DEMO_USERS], "password": DEMO_PASSWORD}


def _module_steps(system: Actor, seed: int, result: dict[str, object]) -> list[Callable[[], None]]:
    def accounts() -> None:
        settings.set_value(system, settings.OFFICE_NAME, DEMO_OFFICE_NAME)
        for username, name, role in DEMO_USERS:
            auth.create_user(system, username, name, DEMO_PASSWORD, [role])

    def fees() -> None:
        spaces: dict[str, int] = {}
        result.update(
            create_demo_fees(  # rents are billed and paid with the other fees
                system,
                seed=seed,
                before_bills=lambda: spaces.update(create_demo_spaces(system, seed)),
            )
        )
        result.update(spaces)

    def service() -> None:
        made = create_demo_service(
            auth.authenticate("kefu", DEMO_PASSWORD),
            auth.authenticate("manager", DEMO_PASSWORD),
            seed=seed,
        )
        result.update({f"service_{key}": value for key, value in made.items()})

    return [
        accounts,
        fees,
        lambda: result.update(create_demo_shifts(system, seed=seed)),
        service,
        lambda: create_demo_void_and_waiver(system),
        lambda: result.update(create_demo_affairs(system, seed=seed)),
        lambda: result.update(create_demo_stock(system, seed=seed)),
    ]
