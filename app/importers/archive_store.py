"""What the archive import needs from the database: buildings and entrances to match, the
existing units, owners and plates the file mentions, and the bulk insert."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

import peewee as pw

from app.clock import to_utc_text, utcnow
from app.ids import new_id
from app.models.archive import Building, Entrance, Owner, Ownership, Unit, Vehicle
from app.validation import to_halfwidth

ROWS_PER_BATCH = 5_000
IN_CHUNK = 500


def _key(text: str) -> str:
    return "".join(to_halfwidth(text).split()).upper()


def strip_suffix(text: str, suffixes: tuple[str, ...]) -> str:
    text = to_halfwidth(text).strip()
    for suffix in suffixes:
        if len(text) > len(suffix) and text.endswith(suffix):
            return text[: -len(suffix)]
    return text


BUILDING_SUFFIXES = ("号楼", "栋", "幢", "座", "楼")
ENTRANCE_SUFFIXES = ("单元", "区")


@dataclass
class EntranceEntry:
    id: str
    code: str
    values: dict[str, object] = field(default_factory=dict)  # set when the import creates it


@dataclass
class BuildingEntry:
    id: str
    code: str
    name: str
    entrances: dict[str, EntranceEntry] = field(default_factory=dict)  # by key of name/code
    next_sort: int = 1


class BuildingIndex:
    """Buildings by name (3栋) or code (3); entrances of a building by name (2单元) or code."""

    Entry = BuildingEntry

    def __init__(self, buildings: list[BuildingEntry]) -> None:
        self.by_key: dict[str, list[BuildingEntry]] = {}
        for building in buildings:
            for key in {_key(building.name), _key(building.code)}:
                self.by_key.setdefault(key, []).append(building)

    @classmethod
    def load(cls) -> BuildingIndex:
        buildings = {
            b.id: BuildingEntry(b.id, b.code, b.name)
            for b in Building.select(Building.id, Building.code, Building.name)
        }
        for e in Entrance.select(Entrance.id, Entrance.building, Entrance.code, Entrance.name,
                                 Entrance.sort_order).tuples():  # fmt: skip
            entrance_id, building_id, code, name, sort_order = e
            building = buildings[building_id]
            entry = EntranceEntry(entrance_id, code)
            for key in (_key(name), _key(code)):
                building.entrances.setdefault(key, entry)
            building.next_sort = max(building.next_sort, sort_order + 1)
        return cls(list(buildings.values()))

    def find(self, text: str) -> BuildingEntry | None:
        """The building `text` names; LookupError if it names several."""
        for key in (_key(text), _key(strip_suffix(text, BUILDING_SUFFIXES))):
            found = self.by_key.get(key)
            if found:
                if len({b.id for b in found}) > 1:
                    raise LookupError(text)
                return found[0]
        return None

    def entrance(self, building: BuildingEntry, text: str) -> EntranceEntry | None:
        for key in (_key(text), _key(strip_suffix(text, ENTRANCE_SUFFIXES))):
            if key in building.entrances:
                return building.entrances[key]
        return None

    def add_entrance(self, building: BuildingEntry, text: str) -> EntranceEntry:
        """A new entrance under an existing building: 5单元 → code 5, name 5单元."""
        text = to_halfwidth(text).strip()
        code = strip_suffix(text, ENTRANCE_SUFFIXES)
        name = text if text.endswith(ENTRANCE_SUFFIXES) else f"{text}单元"
        entry = EntranceEntry(new_id(), code)
        entry.values = {
            "id": entry.id,
            "building": building.id,
            "code": code,
            "name": name,
            "sort_order": building.next_sort,
        }
        building.next_sort += 1
        for key in (_key(name), _key(code)):
            building.entrances.setdefault(key, entry)
        return entry


@dataclass
class UnitRef:
    id: str
    handover: date | None
    row: int = 0  # the file's row, for units the file adds
    has_owner: bool = False  # a current owner in the archive


class ArchiveStore:
    """The existing records among those a file mentions, fetched in a few IN queries."""

    def __init__(self) -> None:
        self.units: dict[str, UnitRef] = {}
        self.owner_ids: dict[str, str] = {}  # ID number → owner id
        self.owner_phones: dict[str, list[str]] = {}  # phone → owner ids
        self.plates: set[str] = set()

    def prefetch(
        self, codes: set[str], id_numbers: set[str], phones: set[str], plates: set[str]
    ) -> None:
        for chunk in _chunks(codes):
            query = Unit.select(Unit.id, Unit.code, Unit.handover_date).where(Unit.code.in_(chunk))
            for unit_id, code, handover in query.tuples():
                self.units[code] = UnitRef(unit_id, handover)
        by_id = {ref.id: ref for ref in self.units.values()}
        for chunk in _chunks(by_id):
            owned = Ownership.select(Ownership.unit).where(
                Ownership.unit.in_(chunk) & Ownership.end_date.is_null()
            )
            for (unit_id,) in owned.tuples():
                by_id[unit_id].has_owner = True
        for chunk in _chunks(id_numbers):
            query = Owner.select(Owner.id_number, Owner.id).where(Owner.id_number.in_(chunk))
            self.owner_ids.update(query.tuples())
        for chunk in _chunks(phones):
            query = Owner.select(Owner.phone, Owner.id).where(Owner.phone.in_(chunk))
            for phone, owner_id in query.tuples():
                self.owner_phones.setdefault(phone, []).append(owner_id)
        for chunk in _chunks(plates):
            query = Vehicle.select(Vehicle.plate).where(Vehicle.plate.in_(chunk))
            self.plates.update(plate for (plate,) in query.tuples())


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    values = list(values)
    for start in range(0, len(values), IN_CHUNK):
        yield values[start : start + IN_CHUNK]


def insert_rows(model: type[pw.Model], rows: list[dict[str, object]]) -> None:
    """Bulk insert of plain rows. One prepared INSERT run by executemany: peewee's
    insert_many builds a node per value and took seven times longer for 70,000 rows.
    Triggers (row versions, sync capture, search index) fire for each row all the same;
    the base columns are set here because save() is not called."""
    if not rows:
        return
    stamp = to_utc_text(utcnow())
    fields = model._meta.sorted_fields
    sql, _ = model.insert({f: None for f in fields}).sql()
    base = {"created_at": stamp, "updated_at": stamp, "row_version": 1}
    columns = [(f.name, f.db_value, None if callable(f.default) else f.default) for f in fields]
    values = []
    for row in rows:
        row = base | row
        if "id" not in row:
            row["id"] = new_id()
        values.append(tuple(convert(row.get(name, default)) for name, convert, default in columns))
    cursor = model._meta.database.cursor()
    for start in range(0, len(values), ROWS_PER_BATCH):
        cursor.executemany(sql, values[start : start + ROWS_PER_BATCH])
