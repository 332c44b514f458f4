"""The two ways the demo generator (app/demo.py) writes an archive; it decides every value,
a writer only stores the rows. `add(Model, **values)` returns the new record's id.

- ServiceWriter: the demo office (`main.py demo`, the start screen's demo) goes through the
  same services the front desk uses (issue 3: "the demo database is filled through the same
  services"): every record validated, audited and indexed as if typed in, and each sold
  unit with its ownership and a numbered handover (入伙) record. About 15× the CPU time of
  plain rows.
- RowWriter: plain insert_many rows, for test fixtures and benchmarks that need tens of
  thousands of units in seconds and an archive without audit rows or handover records.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import peewee as pw

from app.clock import to_utc_text, utcnow
from app.ids import new_id
from app.models.archive import (
    Building,
    Community,
    Entrance,
    Owner,
    Ownership,
    Resident,
    Unit,
    UnitStatus,
    UnitType,
    Vehicle,
)
from app.pinyin import name_keys
from app.services import move_in, owners, residents, structure, units
from app.services.owners import OwnerInput
from app.services.permissions import Actor
from app.services.residents import ResidentInput, VehicleInput
from app.services.units import UnitInput

# Documents signed at 入伙 and keys handed over, by unit type (a flat: door and mailbox).
CHECKLIST = move_in.STANDARD_CHECKLIST[:4]
KEYS = {UnitType.RESIDENTIAL: 3, UnitType.SHOP: 2, UnitType.GARAGE: 1, UnitType.STORAGE: 1}
_OWNER_FIELDS = (
    "name", "kind", "gender", "id_type", "id_number", "phone", "phone2", "address",
    "emergency_contact", "emergency_phone", "remarks",
)  # fmt: skip


@dataclass
class _Pending:
    """A unit waiting for its sale and move-in: the status it ends with, and its form."""

    data: UnitInput
    status: str


class ServiceWriter:
    """`add(Model, **values)` through the archive services; counts what it wrote."""

    BATCH = 100  # units between progress reports: a service call is slow enough to show

    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.counts: dict[type[pw.Model], int] = dict.fromkeys(ORDER, 0)
        self.pending: dict[str, _Pending] = {}
        self.unit_types: dict[str, str] = {}

    def add(self, table: type[pw.Model], /, **values: object) -> str:
        handler = getattr(self, f"_{table._meta.table_name}")
        row_id = handler(**values)
        self.counts[table] += 1
        return row_id

    def flush(self) -> None:
        """Nothing is buffered: each service call wrote its rows already."""

    def _community(self, code: str, name: str, address: str) -> str:
        return structure.create_community(self.actor, code, name, address).id

    def _building(self, community: str, code: str, name: str, floors: int, sort_order: int) -> str:
        # the service numbers buildings in the order they are made: the plan's order
        return structure.create_building(self.actor, community, code, name, floors).id

    def _entrance(self, building: str, code: str, name: str, sort_order: int) -> str:
        return structure.create_entrance(self.actor, building, code, name).id

    def _unit(
        self,
        entrance: str,
        code: str,
        floor: int,
        room_no: str,
        unit_type: str,
        gross_area: object,
        inner_area: object,
        status: str,
        handover_date: date | None,
    ) -> str:
        # A sold unit is made vacant (what the sale would make it, without saving the unit
        # twice); the move-in makes it occupied. Rented and decorating units keep those
        # statuses through the move-in, so they are made with them.
        kept = status in (UnitStatus.RENTED, UnitStatus.DECORATING, UnitStatus.UNSOLD)
        data = UnitInput(
            entrance,
            floor,
            room_no,
            unit_type,
            gross_area,
            inner_area,
            status if kept else UnitStatus.VACANT,
        )
        unit = units.create_unit(self.actor, data)
        if status != UnitStatus.UNSOLD:
            self.pending[unit.id] = _Pending(data, status)
        self.unit_types[unit.id] = unit_type
        return unit.id

    def _owner(self, **values: object) -> str:
        data = OwnerInput(**{name: values[name] for name in _OWNER_FIELDS if name in values})
        return owners.create_owner(self.actor, data).id

    def _ownership(self, unit: str, owner: str, start_date: date) -> str:
        """The sale, then the move-in on the same day (the demo's handover date)."""
        link = owners.add_ownership(self.actor, unit, owner, start_date)
        move_in.record_handover(
            self.actor,
            unit,
            start_date,
            owner_id=owner,
            keys_handed=KEYS[self.unit_types[unit]],
            checklist=CHECKLIST,
        )
        pending = self.pending.pop(unit)
        if pending.status == UnitStatus.VACANT:  # handed over, nobody living there
            data = replace(pending.data, status=UnitStatus.VACANT)
            units.update_unit(self.actor, unit, data, expected_version=None)
        return link.id

    def _resident(self, unit: str, **values: object) -> str:
        values.pop("name_pinyin", None)
        values.pop("name_initials", None)
        data = ResidentInput(unit_id=unit, **values)  # type: ignore[arg-type]
        return residents.add_resident(self.actor, data).id

    def _vehicle(
        self, plate: str, owner: str | None, unit: str, colour: str, model: str, remarks: str
    ) -> str:
        data = VehicleInput(plate, unit, owner, colour, model, remarks)
        return residents.add_vehicle(self.actor, data).id


MAX_VARIABLES = 32_000  # SQLite's bound-parameter limit (32,766 since 3.32), with margin
ORDER = (Community, Building, Entrance, Unit, Owner, Ownership, Resident, Vehicle)
NAMED = (Owner, Resident)  # their pinyin keys are derived here, as the services would


class RowWriter:
    """Buffers rows per table and writes them parents first, chunked under SQLite's
    parameter limit. Base columns are set here: insert_many skips BaseModel.save()."""

    BATCH = 1_000  # units per flush (and progress report)

    def __init__(self) -> None:
        self.stamp = to_utc_text(utcnow())
        self.rows: dict[type[pw.Model], list[tuple[object, ...]]] = {m: [] for m in ORDER}
        self.counts: dict[type[pw.Model], int] = dict.fromkeys(ORDER, 0)
        self.columns = {
            model: [
                (f.name, None if callable(f.default) else f.default)
                for f in model._meta.sorted_fields
            ]
            for model in ORDER
        }

    def add(self, table: type[pw.Model], /, **values: object) -> str:
        row_id = new_id()
        values.update(id=row_id, created_at=self.stamp, updated_at=self.stamp, row_version=1)
        if table in NAMED:
            values["name_pinyin"], values["name_initials"] = name_keys(str(values["name"]))
        self.rows[table].append(
            tuple(values.get(name, default) for name, default in self.columns[table])
        )
        return row_id

    def flush(self) -> None:
        for model in ORDER:
            rows = self.rows[model]
            fields = model._meta.sorted_fields
            chunk = (MAX_VARIABLES - 1) // len(fields)
            for start in range(0, len(rows), chunk):
                model.insert_many(rows[start : start + chunk], fields=fields).execute()
            self.counts[model] += len(rows)
            rows.clear()
