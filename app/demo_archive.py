"""The ways the demo generator (app/demo.py) writes an archive; it decides every value, a
writer only stores the rows. `add(Model, **values)` returns a key later rows refer to;
`finish()` writes what is still held.

- ImportWriter: the demo office (`main.py demo`, the start screen's demo) comes in as an
  office brings its spreadsheet in (issue 3: "the demo database is filled through the same
  services"): the structure through the structure services, then every unit, owner,
  resident and vehicle checked and written by the archive import (app/importers/archives),
  and the handover (入伙) forms of the last year through the move-in service. 20,000 units
  in seconds.
- RowWriter: plain insert_many rows, for test fixtures and benchmarks that need tens of
  thousands of units in seconds and an archive without audit rows or handover records.
"""

from __future__ import annotations

from datetime import date

import peewee as pw

from app.clock import to_utc_text, utcnow
from app.ids import new_id
from app.importers import labels
from app.importers.archives import import_archive_rows
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
from app.services import move_in, structure
from app.services.move_in import HandoverInput
from app.services.permissions import Actor
from app.unit_order import code_sort_key

# Documents signed at 入伙 and keys handed over, by unit type (a flat: door and mailbox).
CHECKLIST = move_in.STANDARD_CHECKLIST[:4]
KEYS = {UnitType.RESIDENTIAL: 3, UnitType.SHOP: 2, UnitType.GARAGE: 1, UnitType.STORAGE: 1}

MAX_VARIABLES = 32_000  # SQLite's bound-parameter limit (32,766 since 3.32), with margin
ORDER = (Community, Building, Entrance, Unit, Owner, Ownership, Resident, Vehicle)
NAMED = (Owner, Resident)  # their pinyin keys are derived here, as the services would


def _live_fields(model: type[pw.Model]) -> list[pw.Field]:
    table = model._meta.table_name
    live = {row[1] for row in model._meta.database.execute_sql(f"PRAGMA table_info({table})")}
    return [f for f in model._meta.sorted_fields if f.column_name in live]


class RowWriter:
    """Buffers rows per table and writes them parents first, chunked under SQLite's
    parameter limit. Base columns are set here: insert_many skips BaseModel.save(). Only the
    columns the file has are written (tests fill files at older schema versions)."""

    BATCH = 1_000  # units per flush (and progress report)

    def __init__(self) -> None:
        self.stamp = to_utc_text(utcnow())
        self.rows: dict[type[pw.Model], list[tuple[object, ...]]] = {m: [] for m in ORDER}
        self.counts: dict[type[pw.Model], int] = dict.fromkeys(ORDER, 0)
        self.fields = {model: _live_fields(model) for model in ORDER}
        self.columns = {
            model: [(f.name, None if callable(f.default) else f.default) for f in fields]
            for model, fields in self.fields.items()
        }

    def add(self, table: type[pw.Model], /, **values: object) -> str:
        row_id = new_id()
        values.update(id=row_id, created_at=self.stamp, updated_at=self.stamp, row_version=1)
        if table in NAMED:
            values["name_pinyin"], values["name_initials"] = name_keys(str(values["name"]))
        if table is Unit:  # as Unit.save() would
            values["code_sort"] = code_sort_key(str(values["code"]))
        self.rows[table].append(
            tuple(values.get(name, default) for name, default in self.columns[table])
        )
        return row_id

    def flush(self) -> None:
        for model in ORDER:
            rows = self.rows[model]
            fields = self.fields[model]
            chunk = (MAX_VARIABLES - 1) // len(fields)
            for start in range(0, len(rows), chunk):
                model.insert_many(rows[start : start + chunk], fields=fields).execute()
            self.counts[model] += len(rows)
            rows.clear()

    finish = flush


def _day(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else ""


class ImportWriter:
    """Rows laid out as the archive workbook's sheets, imported in one go by finish()."""

    BATCH = 1_000  # units between progress reports while the rows are made

    def __init__(self, actor: Actor, forms_since: date) -> None:
        self.actor, self.forms_since = actor, forms_since
        self.counts: dict[type[pw.Model], int] = dict.fromkeys(ORDER, 0)
        self.sheets: dict[str, list[list[object]]] = {
            "units": [], "owners": [], "residents": [], "vehicles": [],
        }  # fmt: skip
        self.entrances: dict[str, tuple[str, str]] = {}  # id → (building code, entrance code)
        self.building_codes: dict[str, str] = {}
        self.unit_types: dict[str, str] = {}
        self.forms: list[tuple[str, date]] = []  # (unit code, handover date)

    def add(self, table: type[pw.Model], /, **values: object) -> str:
        key = getattr(self, f"_{table._meta.table_name}")(**values)
        self.counts[table] += 1
        return key

    def flush(self) -> None:
        """Rows are held until finish(): the import checks and writes them all at once."""

    def finish(self) -> None:
        owners = self.sheets["owners"]
        for row in owners:
            row[10] = "、".join(row[10])  # the owner's units
        report = import_archive_rows(
            self.actor, {key: [tuple(r) for r in rows] for key, rows in self.sheets.items()},
            "演示数据",
        )  # fmt: skip
        if not report.written:
            raise RuntimeError(f"demo archive refused by the import: {report.errors[:3]}")
        self._handover_forms()

    def _handover_forms(self) -> None:
        """The 入伙 forms of the units handed over since PropDesk came in; older ones are on
        paper (the import brought their dates)."""
        ids = dict(Unit.select(Unit.code, Unit.id).tuples())  # one read, no IN-list limit
        for code, day in self.forms:
            move_in.record_handover(
                self.actor,
                ids[code],
                HandoverInput(day, keys_handed=KEYS[self.unit_types[code]], checklist=CHECKLIST),
            )

    def _community(self, code: str, name: str, address: str) -> str:
        return structure.create_community(self.actor, code, name, address).id

    def _building(self, community: str, code: str, name: str, floors: int, sort_order: int) -> str:
        building = structure.create_building(self.actor, community, code, name, floors)
        self.building_codes[building.id] = code
        return building.id

    def _entrance(self, building: str, code: str, name: str, sort_order: int) -> str:
        entrance = structure.create_entrance(self.actor, building, code, name)
        self.entrances[entrance.id] = (self.building_codes[building], code)
        return entrance.id

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
        building, entrance_code = self.entrances[entrance]
        self.sheets["units"].append(
            [building, entrance_code, floor, room_no, code, labels.UNIT_TYPES[unit_type],
             str(gross_area), "" if inner_area is None else str(inner_area), labels.UNIT_STATUSES[status],
             _day(handover_date), ""]
        )  # fmt: skip
        self.unit_types[code] = unit_type
        recent = handover_date is not None and handover_date >= self.forms_since
        if recent and status != UnitStatus.VACANT:  # a vacant unit's keys stay in the office
            self.forms.append((code, handover_date))
        return code

    def _owner(self, **values: object) -> str:
        get = values.get
        self.sheets["owners"].append(
            [get("name"), labels.OWNER_KINDS[str(get("kind") or "person")],
             labels.GENDERS.get(str(get("gender") or ""), ""), labels.ID_TYPES[str(get("id_type"))],
             get("id_number") or "", get("phone") or "", get("phone2") or "",
             get("address") or "", get("emergency_contact") or "", get("emergency_phone") or "",
             [], "", get("remarks") or ""]
        )  # fmt: skip
        return str(len(self.sheets["owners"]) - 1)

    def _ownership(self, unit: str, owner: str, start_date: date) -> str:
        # the generator starts every ownership on the unit's handover date, which is what
        # the import does when the sheet leaves 产权起始日期 empty
        self.sheets["owners"][int(owner)][10].append(unit)
        return f"{unit}/{owner}"

    def _resident(self, unit: str, **values: object) -> str:
        get = values.get
        self.sheets["residents"].append(
            [unit, get("name"), labels.RELATIONS[str(get("relation"))], get("family_role") or "",
             labels.GENDERS.get(str(get("gender") or ""), ""), get("phone") or "",
             get("id_number") or "", _day(get("lease_start")), _day(get("lease_end")),
             get("remarks") or ""]
        )  # fmt: skip
        return f"{unit}/r{len(self.sheets['residents'])}"

    def _vehicle(
        self, plate: str, owner: str | None, unit: str, colour: str, model: str, remarks: str
    ) -> str:
        owner_id = self.sheets["owners"][int(owner)][4] if owner is not None else ""
        self.sheets["vehicles"].append([plate, unit, owner_id, "", colour, model, remarks])
        return plate
