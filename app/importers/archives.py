"""Owner and unit archives from Excel: the template, and an import that checks every row of
every sheet before it writes anything.

The workbook has four sheets (房屋, 业主, 住户, 车辆) with Chinese headers, because it is the
office's own spreadsheet. Problems are collected, never raised one at a time: the user gets
every mistake of the file in one go, each naming the sheet, the Excel row and the column.
Only a file without a single problem is written, in one transaction, with bulk inserts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import nullcontext, suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP
from app.ids import new_id
from app.importers import archive_book as book
from app.importers.archive_store import (
    BUILDING_SUFFIXES,
    ENTRANCE_SUFFIXES,
    ArchiveStore,
    BuildingEntry,
    BuildingIndex,
    UnitRef,
    insert_rows,
    strip_suffix,
)
from app.importers.labels import choices
from app.importers.rows import (
    DUPLICATE_IN_FILE,
    NOT_A_CHOICE,
    ImportIssue,
    ImportReport,
    Problems,
    Row,
    Table,
    cell_text,
    code_text,
    read_workbook,
)
from app.models.archive import (
    Entrance,
    IdType,
    Owner,
    OwnerKind,
    Ownership,
    Relation,
    Resident,
    Unit,
    UnitStatus,
    UnitType,
    Vehicle,
)
from app.pinyin import name_keys
from app.services import audit
from app.services.permissions import Actor, Cap, require
from app.services.unit_facts import office_today
from app.unit_order import code_sort_key
from app.validation import (
    InvalidValue,
    check_credit_code,
    check_phone,
    check_resident_id,
    normalize_plate,
    parse_area,
    parse_date,
    to_halfwidth,
)

__all__ = ["ImportIssue", "ImportReport", "import_archives", "write_template"]

write_template = book.write_template

# Problems of the archive sheets, in the "import" translation context.
UNKNOWN_BUILDING = QT_TRANSLATE_NOOP(
    "import",
    "There is no building {value}. Use the name or code of an existing building, or add "
    "the building first.",
)
AMBIGUOUS_BUILDING = QT_TRANSLATE_NOOP(
    "import", "{value} matches buildings of several communities. Use the building's code."
)
UNIT_EXISTS = QT_TRANSLATE_NOOP("import", "The unit {value} is already in the archive.")
UNKNOWN_UNIT = QT_TRANSLATE_NOOP(
    "import", "There is no unit {value} in the sheet {units_sheet} or in the archive."
)
UNIT_HAS_OWNER = QT_TRANSLATE_NOOP(
    "import",
    "The unit {value} already has an owner in the archive. Record the change of owner in "
    "the program instead.",
)
OWNER_EXISTS = QT_TRANSLATE_NOOP(
    "import", "An owner with the ID number {value} is already in the archive."
)
PLATE_EXISTS = QT_TRANSLATE_NOOP("import", "The plate {value} is already registered.")
UNKNOWN_OWNER = QT_TRANSLATE_NOOP(
    "import", "No owner with {value} in the sheet {owners_sheet} or in the archive."
)
AMBIGUOUS_OWNER = QT_TRANSLATE_NOOP(
    "import", "Several owners have the phone {value}. Give the owner's ID number instead."
)
INNER_TOO_LARGE = QT_TRANSLATE_NOOP(
    "import", "The inner area {value} is larger than the gross area {gross}."
)
LEASE_BACKWARDS = QT_TRANSLATE_NOOP(
    "import", "The lease ends on {value}, before it starts on {start}."
)
ID_AS_NUMBER = QT_TRANSLATE_NOOP(
    "import",
    "Excel stored this ID number as a number and lost digits. Format the column as text "
    "and type the number again.",
)

UNIT_SEPARATORS = re.compile(r"[、,，;；/\s]+")
MAX_CODE = 40


# ---------------------------------------------------------------------------- rows


class _Row(Row):
    """A row of the archive sheets: also reads the choice columns (住宅, 已入住, 男 ...)."""

    __slots__ = ()

    def choice(self, column: str, kind: str, default: str, required: bool = False) -> str:
        text = self.text(column, required)
        if not text:
            return default
        words = choices(kind)
        code = words.get(text) or words.get(text.lower()) or words.get(text.upper())
        if code is None:
            labels = "/".join(book.CHOICE_WORDS[kind])
            self.problem(column, NOT_A_CHOICE, value=text, choices=labels)
            return default
        return code


_code = code_text


def _parse_floor(value: object) -> int:
    text = to_halfwidth(cell_text(value)).strip().upper().removesuffix("层").removesuffix("F")
    try:
        floor = int(text)
    except ValueError:
        floor = None
    if floor is None or not -9 <= floor <= 200:
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "not a whole number from -9 to 200"))
    return floor


def _gender_from_id(number: str) -> str:
    return "M" if int(number[16]) % 2 else "F"


# ---------------------------------------------------------------------------- checking


@dataclass
class _OwnerRef:
    id: str
    row: int


@dataclass
class _Plan:
    """Everything the file would write, ids assigned, parents before children."""

    entrances: list[dict[str, object]] = field(default_factory=list)
    units: list[dict[str, object]] = field(default_factory=list)
    owners: list[dict[str, object]] = field(default_factory=list)
    ownerships: list[dict[str, object]] = field(default_factory=list)
    residents: list[dict[str, object]] = field(default_factory=list)
    vehicles: list[dict[str, object]] = field(default_factory=list)

    def counts(self, tables: dict[str, Table]) -> dict[str, int]:
        rows = {key: len(tables[key].rows) if key in tables else 0 for key in book.SHEET_KEYS}
        return rows | {"ownerships": len(self.ownerships), "entrances": len(self.entrances)}


class _Checker:
    """Checks the four sheets in order; later sheets refer to units and owners of earlier
    ones, whether those rows are valid or not (one mistake is reported once, not again at
    every row that refers to it)."""

    def __init__(self, tables: dict[str, Table], problems: Problems, today: date) -> None:
        self.tables, self.problems, self.today = tables, problems, today
        self.plan = _Plan()
        self.file_units: dict[str, UnitRef] = {}
        self.owners_by_id: dict[str, _OwnerRef] = {}
        self.owners_by_phone: dict[str, list[_OwnerRef]] = {}
        self.unit_codes: dict[int, str] = {}  # Excel row → the unit's code
        self.buildings = BuildingIndex.load()
        self.store = ArchiveStore()

    def rows(self, key: str) -> Iterator[_Row]:
        table = self.tables.get(key)
        if table is None:
            return
        for number, values in table.rows:
            yield _Row(table.sheet, number, values, table.positions, self.problems)

    def run(self) -> _Plan:
        self._prefetch()
        self._units()
        self._owners()
        self._residents()
        self._vehicles()
        return self.plan

    # -- one query per kind of lookup, for the values the file mentions

    def _prefetch(self) -> None:
        """Reads the cells that name existing records (peek: no problems recorded yet)."""
        codes: set[str] = set()
        ids: set[str] = set()
        phones: set[str] = set()
        plates: set[str] = set()
        for row in self.rows("units"):
            self.unit_codes[row.number] = self._unit_code(row)
        codes.update(self.unit_codes.values())
        for row in self.rows("owners"):
            codes.update(_split_units(row.peek(book.OWNER_UNITS)))
            ids.add(_code(row.peek("证件号码")))
        for key in ("residents", "vehicles"):
            for row in self.rows(key):
                codes.add(_code(row.peek("房号")))
        for row in self.rows("vehicles"):
            ids.add(_code(row.peek("业主证件号码")))
            plates.add(_plate_key(row.peek("车牌")))
            with suppress(InvalidValue):
                phones.add(check_phone(row.peek("业主手机")))
        self.store.prefetch(codes - {""}, ids - {""}, phones, plates - {""})

    def _unit_code(self, row: _Row) -> str:
        """房号 as written, else 楼栋-单元-房间号 from the building's and entrance's codes;
        "" while a part is missing."""
        code = _code(row.peek("房号"))
        if code:
            return code
        building_text, entrance_text, room = row.peek("楼栋"), row.peek("单元"), row.peek("房间号")
        if not (building_text and entrance_text and room):
            return ""
        try:
            building = self.buildings.find(building_text)
        except LookupError:
            building = None
        building_code = (
            building.code if building else strip_suffix(building_text, BUILDING_SUFFIXES)
        )
        entrance = self.buildings.entrance(building, entrance_text) if building else None
        entrance_code = (
            entrance.code if entrance else strip_suffix(entrance_text, ENTRANCE_SUFFIXES)
        )
        return _code(f"{building_code}-{entrance_code}-{room}")

    # -- 房屋

    def _units(self) -> None:
        for row in self.rows("units"):
            building = self._building(row)
            entrance_text = row.text("单元", required=True, maximum=MAX_CODE)
            floor = row.parse("楼层", _parse_floor, required=True)
            room_no = _code(row.text("房间号", required=True, maximum=MAX_CODE))
            row.text("房号", maximum=MAX_CODE)
            unit_type = row.choice("类型", "unit_type", UnitType.RESIDENTIAL)
            gross = row.parse("建筑面积", parse_area, required=True)
            inner = row.parse("套内面积", parse_area)
            handover = row.parse("交房日期", parse_date)
            default_status = UnitStatus.VACANT if handover else UnitStatus.UNSOLD
            status = row.choice("状态", "status", default_status)
            remarks = row.text("备注")
            if gross is not None and inner is not None and inner > gross:
                row.problem("套内面积", INNER_TOO_LARGE, value=inner, gross=gross)
            code = self.unit_codes[row.number]
            unit_id = self._new_unit(row, code, handover)
            if row.bad or building is None or floor is None or gross is None:
                continue
            self.plan.units.append(
                {
                    "id": unit_id,
                    "entrance": self._entrance_id(building, entrance_text),
                    "code": code,
                    "code_sort": code_sort_key(code),
                    "floor": floor,
                    "room_no": room_no,
                    "unit_type": unit_type,
                    "gross_area": gross,
                    "inner_area": inner,
                    "status": status,
                    "handover_date": handover,
                    "remarks": remarks,
                }
            )

    def _building(self, row: _Row) -> BuildingEntry | None:
        text = row.text("楼栋", required=True, maximum=MAX_CODE)
        if not text:
            return None
        try:
            building = self.buildings.find(text)
        except LookupError:
            row.problem("楼栋", AMBIGUOUS_BUILDING, value=text)
            return None
        if building is None:
            row.problem("楼栋", UNKNOWN_BUILDING, value=text)
        return building

    def _entrance_id(self, building: BuildingEntry, text: str) -> str:
        found = self.buildings.entrance(building, text)
        if found is None:
            found = self.buildings.add_entrance(building, text)
            self.plan.entrances.append(found.values)
        return found.id

    def _new_unit(self, row: _Row, code: str, handover: date | None) -> str:
        """Registers the unit's code so later sheets can refer to it, even when the row has
        other problems; reports a code used twice."""
        unit_id = new_id()
        if not code:
            return unit_id
        column = "房号" if row.peek("房号") else "房间号"
        first = self.file_units.get(code)
        if first is not None:
            row.problem(column, DUPLICATE_IN_FILE, value=code, first=first.row)
        elif code in self.store.units:
            row.problem(column, UNIT_EXISTS, value=code)
        else:
            self.file_units[code] = UnitRef(unit_id, handover, row.number)
        return unit_id

    def _unit_ref(self, row: _Row, code: str, column: str) -> UnitRef | None:
        ref = self.file_units.get(code)
        if ref is None:
            ref = self.store.units.get(code)
        if ref is None:
            row.problem(column, UNKNOWN_UNIT, value=code, units_sheet=book.UNITS.name)
        return ref

    # -- 业主

    def _owners(self) -> None:
        for row in self.rows("owners"):
            name = row.text("姓名", required=True, maximum=100)
            kind = row.choice("类型", "kind", OwnerKind.PERSON)
            gender = row.choice("性别", "gender", "")
            default_id_type = (
                IdType.CREDIT_CODE if kind == OwnerKind.COMPANY else IdType.RESIDENT_ID
            )
            id_type = row.choice("证件类型", "id_type", default_id_type)
            id_number = self._owner_id_number(row, id_type)
            phone = row.parse("手机", check_phone, required=True)
            phone2 = row.parse("备用电话", check_phone)
            emergency_phone = row.parse("紧急联系电话", check_phone)
            start = row.parse(book.OWNER_START, parse_date)
            units = self._owned_units(row)
            owner_id = new_id()
            self._remember_owner(row, owner_id, id_number, phone)
            if not gender and id_type == IdType.RESIDENT_ID and id_number:
                gender = _gender_from_id(id_number)
            values = {
                "id": owner_id,
                "name": name,
                "kind": kind,
                "gender": gender if kind == OwnerKind.PERSON else "",
                "id_type": id_type,
                "id_number": id_number or "",
                "phone": phone or "",
                "phone2": phone2 or "",
                "address": row.text("地址"),
                "emergency_contact": row.text("紧急联系人", maximum=100),
                "emergency_phone": emergency_phone or "",
                "remarks": row.text("备注"),
            }
            if row.bad:
                continue
            self.plan.owners.append(values | _pinyin(name))
            for unit in units:
                self.plan.ownerships.append(
                    {
                        "unit": unit.id,
                        "owner": owner_id,
                        "start_date": start or unit.handover or self.today,
                    }
                )

    def _owner_id_number(self, row: _Row, id_type: str) -> str | None:
        raw = row.raw("证件号码")
        if raw is None:
            return None
        if isinstance(raw, float) or (isinstance(raw, int) and raw > 10**14):
            row.problem("证件号码", ID_AS_NUMBER)
            return None
        checks = {IdType.RESIDENT_ID: check_resident_id, IdType.CREDIT_CODE: check_credit_code}
        return row.parse("证件号码", checks.get(id_type, _other_id))

    def _owned_units(self, row: _Row) -> list[UnitRef]:
        text = row.text(book.OWNER_UNITS, required=True, maximum=1000)
        refs: dict[str, UnitRef] = {}
        for code in _split_units(text):
            ref = self._unit_ref(row, code, book.OWNER_UNITS)
            if ref is None or code in refs:
                continue
            if code not in self.file_units and self.store.units[code].has_owner:
                row.problem(book.OWNER_UNITS, UNIT_HAS_OWNER, value=code)
                continue
            refs[code] = ref
        return list(refs.values())

    def _remember_owner(
        self, row: _Row, owner_id: str, id_number: str | None, phone: str | None
    ) -> None:
        key = id_number or _code(row.peek("证件号码"))
        if key:
            first = self.owners_by_id.get(key)
            if first is not None:
                row.problem("证件号码", DUPLICATE_IN_FILE, value=key, first=first.row)
            elif id_number and key in self.store.owner_ids:
                row.problem("证件号码", OWNER_EXISTS, value=key)
            else:
                self.owners_by_id[key] = _OwnerRef(owner_id, row.number)
        if phone:
            self.owners_by_phone.setdefault(phone, []).append(_OwnerRef(owner_id, row.number))

    # -- 住户

    def _residents(self) -> None:
        for row in self.rows("residents"):
            unit = self._referenced_unit(row)
            name = row.text("姓名", required=True, maximum=100)
            relation = row.choice("关系", "relation", Relation.FAMILY, required=True)
            family_role = row.text("家庭角色", maximum=20)
            gender = row.choice("性别", "gender", "")
            phone = row.parse("手机", check_phone)
            id_number = self._resident_id_number(row)
            start = row.parse("租期开始", parse_date)
            end = row.parse("租期结束", parse_date)
            if start and end and end < start:
                row.problem("租期结束", LEASE_BACKWARDS, value=end, start=start)
            if not gender and id_number and len(id_number) == 18 and id_number[:17].isdigit():
                gender = _gender_from_id(id_number)
            remarks = row.text("备注")
            if row.bad or unit is None:
                continue
            self.plan.residents.append(
                {
                    "unit": unit.id,
                    "name": name,
                    "gender": gender,
                    "relation": relation,
                    "family_role": family_role if relation == Relation.FAMILY else "",
                    "phone": phone or "",
                    "id_number": id_number or "",
                    "lease_start": start,
                    "lease_end": end,
                    "remarks": remarks,
                }
                | _pinyin(name)
            )

    def _referenced_unit(self, row: _Row) -> UnitRef | None:
        code = _code(row.text("房号", required=True, maximum=MAX_CODE))
        return self._unit_ref(row, code, "房号") if code else None

    def _resident_id_number(self, row: _Row) -> str | None:
        raw = row.raw("证件号码")
        if raw is None:
            return None
        if isinstance(raw, float) or (isinstance(raw, int) and raw > 10**14):
            row.problem("证件号码", ID_AS_NUMBER)
            return None
        # Digits (and a final X) mean a resident ID; anything else is another document.
        looks_resident = re.fullmatch(r"\d{15,}[Xx]?", _code(cell_text(raw))) is not None
        return row.parse("证件号码", check_resident_id if looks_resident else _other_id)

    # -- 车辆

    def _vehicles(self) -> None:
        first_rows: dict[str, int] = {}
        for row in self.rows("vehicles"):
            plate = row.parse("车牌", normalize_plate, required=True)
            if plate is not None:
                if plate in first_rows:
                    row.problem("车牌", DUPLICATE_IN_FILE, value=plate, first=first_rows[plate])
                elif plate in self.store.plates:
                    row.problem("车牌", PLATE_EXISTS, value=plate)
                first_rows.setdefault(plate, row.number)
            unit = self._referenced_unit(row)
            values = {
                "plate": plate,
                "owner": self._vehicle_owner(row),
                "colour": row.text("颜色", maximum=20),
                "model": row.text("车型", maximum=100),
                "remarks": row.text("备注"),
            }
            if row.bad or unit is None:
                continue
            self.plan.vehicles.append(values | {"unit": unit.id})

    def _vehicle_owner(self, row: _Row) -> str | None:
        id_text = _code(row.text("业主证件号码"))
        if id_text:
            ref = self.owners_by_id.get(id_text)
            found = ref.id if ref else self.store.owner_ids.get(id_text)
            if found is None:
                row.problem(
                    "业主证件号码", UNKNOWN_OWNER, value=id_text, owners_sheet=book.OWNERS.name
                )
            return found
        phone = row.parse("业主手机", check_phone)
        if phone is None:
            return None
        candidates = {ref.id for ref in self.owners_by_phone.get(phone, [])}
        candidates |= set(self.store.owner_phones.get(phone, ()))
        if len(candidates) > 1:
            row.problem("业主手机", AMBIGUOUS_OWNER, value=phone)
        elif not candidates:
            row.problem("业主手机", UNKNOWN_OWNER, value=phone, owners_sheet=book.OWNERS.name)
        return next(iter(candidates)) if len(candidates) == 1 else None


def _split_units(text: str) -> list[str]:
    return [_code(code) for code in UNIT_SEPARATORS.split(to_halfwidth(text)) if code]


def _plate_key(text: str) -> str:
    try:
        return normalize_plate(text)
    except InvalidValue:
        return ""


def _other_id(value: object) -> str:
    number = _code(cell_text(value))
    if not re.fullmatch(r"[A-Z0-9()（）\-]{4,30}", number):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("validation", "4 to 30 letters and digits, without spaces")
        )
    return number


def _pinyin(name: str) -> dict[str, str]:
    full, initials = name_keys(name)
    return {"name_pinyin": full, "name_initials": initials}


# ---------------------------------------------------------------------------- entry point


def import_archives(actor: Actor, path: Path | str, dry_run: bool = False) -> ImportReport:
    """Checks every row of the workbook at `path`; writes it all in one transaction only if
    no row has a problem and this is not a dry run."""
    require(actor, Cap.ARCHIVE_IMPORT)
    path = Path(path)
    problems = Problems(book.SHEETS)
    tables = read_workbook(path, book.SHEETS, problems)
    return _check_and_write(actor, tables, problems, path.name, dry_run)


def import_archive_rows(
    actor: Actor, rows: dict[str, list[tuple[object, ...]]], source: str
) -> ImportReport:
    """The same check and write for rows made in memory in the sheets' column order, by
    sheet key (the demo office's archive: as an office brings its spreadsheet in)."""
    require(actor, Cap.ARCHIVE_IMPORT)
    problems = Problems(book.SHEETS)
    tables = {
        sheet.key: Table(
            sheet,
            1,
            {column.name: index for index, column in enumerate(sheet.columns)},
            list(enumerate(rows.get(sheet.key, []), start=2)),
        )
        for sheet in book.SHEETS
    }
    return _check_and_write(actor, tables, problems, source, dry_run=False)


def _check_and_write(
    actor: Actor, tables: dict[str, Table], problems: Problems, source: str, dry_run: bool
) -> ImportReport:
    with nullcontext() if dry_run else transaction():
        plan = _Checker(tables, problems, office_today()).run()
        counts = plan.counts(tables)
        written = not problems and not dry_run
        if written:
            _write(plan)
            audit.record(
                actor,
                "archive.import",
                after={"file": source, **counts},
                detail=f"{source}: " + ", ".join(f"{k} {v}" for k, v in counts.items()),
            )
    return problems.report(counts, dry_run, written)


def _write(plan: _Plan) -> None:
    for model, rows in (
        (Entrance, plan.entrances),
        (Unit, plan.units),
        (Owner, plan.owners),
        (Ownership, plan.ownerships),
        (Resident, plan.residents),
        (Vehicle, plan.vehicles),
    ):
        insert_rows(model, rows)
