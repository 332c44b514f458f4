"""The archive import: template round trip, every mistake of a big file in one dry run,
nothing written unless the whole file is valid, and the command line."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.db import database
from app.demo import generate_demo_office
from app.errors import PermissionDenied, ValidationError
from app.importers.archive_book import EXAMPLE_ID, EXAMPLE_UNIT, SHEETS
from app.importers.archives import import_archives, write_template
from app.models import AuditLog
from app.models.archive import (
    Building,
    Owner,
    Ownership,
    Resident,
    Unit,
    UnitStatus,
    Vehicle,
)
from app.services import auth
from app.services.permissions import Actor, Role
from app.validation import to_halfwidth
from tests.archive_workbook import Book, add_mistakes, make_book

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("unit", "entrance", "owner", "ownership", "resident", "vehicle", "audit_log")
BOOK_UNITS = 1_200


def table_counts() -> dict[str, int]:
    return {t: database.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def demo_buildings() -> list[tuple[str, str]]:
    query = Building.select().where(Building.code != "CK").order_by(Building.sort_order)
    return [(b.code, b.name) for b in query]


@pytest.fixture
def office(db_path: Path) -> Path:
    generate_demo_office(200, seed=3)
    return db_path


def small_book(sheets: dict[str, list[list[object]]], path: Path) -> Path:
    """A workbook of just these sheets and rows (header first)."""
    return Book(sheets).save(path)


def header(sheet_name: str) -> list[str]:
    sheet = next(s for s in SHEETS if s.name == sheet_name)
    return [c.name for c in sheet.columns]


def unit_row(building: str, entrance: str, room: str, area: object = 88, **extra: object) -> list:
    values = dict(
        zip(header("房屋"), [building, entrance, 1, room, None, None, area], strict=False)
    )
    values.update(extra)
    return [values.get(name) for name in header("房屋")]


def owner_row(name: str, units: str, **extra: object) -> list:
    values = {"姓名": name, "手机": "13700000001", "房号": units, **extra}
    return [values.get(column) for column in header("业主")]


# ---------------------------------------------------------------------------- template


def test_template_layout(tmp_path: Path) -> None:
    path = write_template(tmp_path / "template.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["房屋", "业主", "住户", "车辆"]
    units = workbook["房屋"]
    assert [c.value for c in units[1]] == header("房屋")
    assert units["A1"].font.b and units["A1"].comment is not None
    assert units.freeze_panes == "A2"
    assert [c.value for c in workbook["业主"][2]][4] == EXAMPLE_ID
    assert workbook["业主"]["E2"].number_format == "@"  # ID numbers stay text
    assert isinstance(units["J2"].value, date)  # 交房日期 is a real date cell
    assert units.max_row == 2 and workbook["车辆"].max_row == 2


def test_template_imports_unchanged_into_the_demo_office(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    path = write_template(tmp_path / "template.xlsx")
    dry = import_archives(system_actor, path, dry_run=True)
    assert dry.ok and dry.errors == [] and not dry.written
    report = import_archives(system_actor, path)
    assert report.ok and report.written
    assert report.counts == {
        "units": 1,
        "owners": 1,
        "residents": 1,
        "vehicles": 1,
        "ownerships": 1,
        "entrances": 0,
    }
    unit = Unit.get(Unit.code == EXAMPLE_UNIT)
    assert (unit.gross_area, unit.inner_area) == (Decimal("89.50"), Decimal("72.35"))
    assert unit.status == UnitStatus.OCCUPIED and unit.handover_date == date(2024, 1, 5)
    assert unit.entrance.building.name == "1栋" and unit.entrance.code == "1"
    owner = Owner.get(Owner.id_number == EXAMPLE_ID)
    assert (owner.name_pinyin, owner.name_initials, owner.gender) == ("zhangsan", "zs", "M")
    ownership = Ownership.get(Ownership.owner == owner.id)
    assert ownership.unit_id == unit.id and ownership.start_date == date(2024, 1, 5)
    resident = Resident.get(Resident.unit == unit.id)
    assert (resident.name, resident.relation, resident.name_initials) == ("李四", "family", "ls")
    vehicle = Vehicle.get(Vehicle.plate == "粤D12345")
    assert vehicle.owner_id == owner.id and vehicle.unit_id == unit.id
    # The same file again: everything in it now exists.
    again = import_archives(system_actor, path, dry_run=True)
    assert {(e["sheet"], e["column"]) for e in again.errors} >= {("房屋", "房号"), ("车辆", "车牌")}


# ---------------------------------------------------------------------------- a big file


def test_all_thirty_mistakes_in_one_dry_run_then_the_fixed_file_imports(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    buildings = demo_buildings()
    broken = add_mistakes(make_book(buildings, BOOK_UNITS))
    assert len(broken.mistakes) == 30
    path = broken.save(tmp_path / "broken.xlsx")
    before = table_counts()

    report = import_archives(system_actor, path, dry_run=True)

    assert not report.ok and not report.written
    found = sorted((e["sheet"], e["row"], e["column"]) for e in report.errors)
    assert found == sorted(broken.mistakes)
    assert all(set(e) == {"sheet", "row", "column", "message"} for e in report.errors)
    assert all(f"row {e['row']}" in e["message"] for e in report.errors)
    assert table_counts() == before
    # Without --dry-run a file with mistakes writes nothing either.
    assert not import_archives(system_actor, path).written
    assert table_counts() == before

    fixed = make_book(buildings, BOOK_UNITS).save(tmp_path / "fixed.xlsx")
    report = import_archives(system_actor, fixed)

    assert report.ok and report.written
    residents, vehicles = BOOK_UNITS // 4, BOOK_UNITS // 5
    assert report.counts["units"] == report.counts["owners"] == BOOK_UNITS
    assert (report.counts["residents"], report.counts["vehicles"]) == (residents, vehicles)
    after = table_counts()
    assert after["unit"] - before["unit"] == BOOK_UNITS
    assert after["owner"] - before["owner"] == BOOK_UNITS
    assert after["ownership"] - before["ownership"] == BOOK_UNITS
    assert after["resident"] - before["resident"] == residents
    assert after["vehicle"] - before["vehicle"] == vehicles
    assert after["entrance"] - before["entrance"] == report.counts["entrances"] > 0
    new_owners = Owner.select().where(Owner.phone.startswith("139000"))
    assert all(o.name_pinyin and o.name_initials for o in new_owners)
    entry = AuditLog.select().where(AuditLog.action == "archive.import").get()
    assert json.loads(entry.after)["units"] == BOOK_UNITS and "fixed.xlsx" in entry.detail


def test_dates_areas_and_codes_as_offices_write_them(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    """Excel date cells and text dates, areas with units and full-width digits, a derived
    unit code, and a missing entrance created under an existing building."""
    book = make_book(demo_buildings(), 10)
    units = book.sheets["房屋"]
    assert isinstance(units[2][9], date) and isinstance(units[1][9], str)  # both kinds
    assert {type(row[6]) for row in units[1:]} == {float, str}
    assert any("平方米" in str(row[6]) for row in units[1:])
    assert any(to_halfwidth(str(row[6])) != str(row[6]) for row in units[1:])  # full width
    path = book.save(tmp_path / "styles.xlsx")
    report = import_archives(system_actor, path)
    assert report.ok, report.errors
    for values in units[1:]:
        code = (
            values[4]
            or f"{values[0].removesuffix('栋')}-{values[1].removesuffix('单元')}-{values[3]}"
        )
        unit = Unit.get(Unit.code == code)
        handover = values[9] if isinstance(values[9], date) else date.fromisoformat(values[9])
        assert unit.handover_date == handover
        area = re.match(r"[\d.]+", to_halfwidth(str(values[6]))).group()
        assert unit.gross_area == Decimal(area).quantize(Decimal("0.01"))
        assert unit.entrance.name == "11单元" and unit.entrance.code == "11"


def test_full_width_and_excel_number_cells(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    path = small_book(
        {
            "房屋": [
                header("房屋"),
                unit_row(
                    "1栋", "1单元", "１０９", "８９．５㎡", **{"交房日期": "２０２４年１月５日"}
                ),
                unit_row("1", "9", "110", 120, **{"房号": "1-9-110", "状态": "出租"}),
            ],
            "业主": [
                header("业主"),
                owner_row("赵六", "1-1-109，1-9-110", **{"手机": 13700000001}),
            ],
        },
        tmp_path / "wide.xlsx",
    )
    report = import_archives(system_actor, path)
    assert report.ok, report.errors
    unit = Unit.get(Unit.code == "1-1-109")
    assert unit.gross_area == Decimal("89.50") and unit.handover_date == date(2024, 1, 5)
    assert unit.status == UnitStatus.VACANT  # no status given, but handed over
    rented = Unit.get(Unit.code == "1-9-110")
    assert rented.status == "rented" and rented.entrance.name == "9单元"
    owner = Owner.get(Owner.name == "赵六")
    assert owner.phone == "13700000001"
    assert Ownership.select().where(Ownership.owner == owner.id).count() == 2


def test_problems_name_sheet_row_and_column(
    office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    taken = Ownership.select().join(Unit).where(Ownership.end_date.is_null()).first().unit
    owner = Owner.select().where(Owner.phone != "").first()
    path = small_book(
        {
            "房屋": [
                ["楼栋", "单元", "楼层", "房间号", "建筑面积"],  # a short header is fine
                ["1栋", "1单元", "一楼", "109", 80],
                [None, None, None, None, None],  # blank rows are skipped, rows keep counting
                ["8号楼", "1单元", 1, "110", 80],
            ],
            "业主": [
                header("业主"),
                owner_row("钱七", taken.code, **{"证件号码": 110101199003071234}),
                owner_row("孙八", "1-1-109", **{"证件号码": "11010119900307123X", "手机": "12345"}),
            ],
            "车辆": [
                header("车辆"),
                ["粤D99999", "1-1-109", None, owner.phone, None, None, None],
                ["粤D99998", "1-1-109", "110101200001011234", None, None, None, None],
            ],
        },
        tmp_path / "mistakes.xlsx",
    )
    report = import_archives(system_actor, path, dry_run=True)
    problems = {(e["sheet"], e["row"], e["column"]): e["message"] for e in report.errors}
    assert set(problems) == {
        ("房屋", 2, "楼层"),
        ("房屋", 4, "楼栋"),
        ("业主", 2, "证件号码"),
        ("业主", 2, "房号"),
        ("业主", 3, "证件号码"),
        ("业主", 3, "手机"),
        ("车辆", 3, "业主证件号码"),
    }
    assert (
        "Sheet 房屋, row 4, column 楼栋: There is no building 8号楼"
        in problems[("房屋", 4, "楼栋")]
    )
    assert "stored this ID number as a number" in problems[("业主", 2, "证件号码")]
    assert "already has an owner" in problems[("业主", 2, "房号")]
    assert "check digit" in problems[("业主", 3, "证件号码")]
    floor = report.issues[0]  # the UI translates the template and the cause's template
    assert floor.template == "{value} is not valid: {reason}." and floor.params["value"] == "一楼"
    assert floor.cause is not None and floor.cause.template == "not a whole number from -9 to 200"


def test_missing_sheets_and_columns(office: Path, system_actor: Actor, tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["whatever"])
    workbook.save(tmp_path / "other.xlsx")
    report = import_archives(system_actor, tmp_path / "other.xlsx", dry_run=True)
    assert report.errors == [
        {
            "sheet": "",
            "row": 0,
            "column": "",
            "message": "The file has none of the sheets 房屋、业主、住户、车辆. "
            "Start from the import template.",
        }
    ]
    path = small_book({"住户": [["姓名", "手机"], ["张三", "13800000000"]]}, tmp_path / "r.xlsx")
    report = import_archives(system_actor, path, dry_run=True)
    assert {(e["row"], e["column"]) for e in report.errors} == {(1, "房号"), (1, "关系")}
    (tmp_path / "not.xlsx").write_text("not a workbook")
    with pytest.raises(ValidationError, match="not an Excel workbook"):
        import_archives(system_actor, tmp_path / "not.xlsx")


def test_title_row_and_inline_strings(office: Path, system_actor: Actor, tmp_path: Path) -> None:
    """Files written by other programs: a title above the header, inline strings."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("房屋")
    sheet.append(["阳光花园 新增房屋"])
    sheet.append(header("房屋"))
    sheet.append(unit_row("1栋", "1单元", "107", "95.5"))
    workbook.save(tmp_path / "inline.xlsx")
    report = import_archives(system_actor, tmp_path / "inline.xlsx")
    assert report.ok, report.errors
    assert Unit.get(Unit.code == "1-1-107").gross_area == Decimal("95.50")


def test_needs_the_import_permission(office: Path, tmp_path: Path) -> None:
    auth.create_first_admin("admin", "管理员", "admin-pass-1")
    admin = auth.authenticate("admin", "admin-pass-1")
    auth.create_user(admin, "kefu", "李客服", "kefu-pass-1", [Role.SERVICE_ASSISTANT])
    assistant = auth.authenticate("kefu", "kefu-pass-1")
    path = write_template(tmp_path / "template.xlsx")
    with pytest.raises(PermissionDenied):
        import_archives(assistant, path, dry_run=True)
    auth.create_user(admin, "jingli", "王经理", "jingli-pass-1", [Role.MANAGER])
    assert import_archives(auth.authenticate("jingli", "jingli-pass-1"), path).ok


# ---------------------------------------------------------------------------- command line


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_command_line(tmp_path: Path) -> None:
    db, template = str(tmp_path / "office.db"), tmp_path / "template.xlsx"
    assert run("demo", "--units", "100", "--db", db).returncode == 0
    made = run("template", "archives", "--out", str(template))
    assert made.returncode == 0, made.stderr
    assert template.exists()

    dry = run("--db", db, "import", "archives", str(template), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout) == {
        "ok": True,
        "counts": {
            "units": 1,
            "owners": 1,
            "residents": 1,
            "vehicles": 1,
            "ownerships": 1,
            "entrances": 0,
        },
        "errors": [],
    }
    done = run("--db", db, "import", "archives", str(template))
    assert done.returncode == 0 and "units: 1" in done.stdout

    again = run("--db", db, "import", "archives", str(template), "--json")
    assert again.returncode == 3
    result = json.loads(again.stdout)
    assert result["ok"] is False and result["errors"]
    assert all(set(e) == {"sheet", "row", "column", "message"} for e in result["errors"])
    assert result["errors"][0]["sheet"] == "房屋" and result["errors"][0]["row"] == 2
    assert "nothing was imported" in again.stderr

    plain = run("--db", db, "import", "archives", str(template))
    assert plain.returncode == 3 and plain.stdout.startswith("房屋\t2\t房号\t")
    missing = run("--db", db, "import", "archives", str(tmp_path / "none.xlsx"))
    assert missing.returncode == 2
