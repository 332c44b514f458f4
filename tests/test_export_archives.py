"""Archive lists exported to Excel, reopened with openpyxl: Chinese headers, frozen header,
real numbers and dates, every row, and ID numbers and phones masked unless allowed."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.demo import generate_demo_office
from app.errors import PermissionDenied, ValidationError
from app.models import AuditLog
from app.models.archive import Owner, Resident, Unit, Vehicle
from app.services import auth
from app.services.permissions import Actor, Cap, Role
from reports.archive_export import export_archive_list
from reports.xlsx_export import DATE, DECIMAL, INTEGER, XlsxColumn, write_list

ROOT = Path(__file__).resolve().parents[1]
MASKED_ID = re.compile(r"\d{3}\*{11}[\dX]{4}|[\dA-Z]{3}\*{11}[\dA-Z]{4}")
MASKED_MOBILE = re.compile(r"1\d{2}\*{4}\d{4}")
HEADERS = {
    "units": ["房号", "楼栋", "单元", "楼层", "房间号", "类型", "建筑面积", "套内面积", "状态",
              "交房日期", "业主", "备注"],
    "owners": ["姓名", "类型", "性别", "证件类型", "证件号码", "手机", "备用电话", "地址",
               "紧急联系人", "紧急联系电话", "房号", "产权起始日期", "备注"],
    "residents": ["房号", "姓名", "关系", "家庭角色", "性别", "手机", "证件号码", "租期开始",
                  "租期结束", "入住日期", "迁出日期", "备注"],
    "vehicles": ["车牌", "房号", "车主", "车主手机", "颜色", "车型", "备注"],
}  # fmt: skip
MODELS = {"units": Unit, "owners": Owner, "residents": Resident, "vehicles": Vehicle}


class Staff:
    def __init__(self) -> None:
        auth.create_first_admin("admin", "管理员", "admin-pass-1")
        admin = auth.authenticate("admin", "admin-pass-1")
        for username, role in (("jingli", Role.MANAGER), ("kefu", Role.SERVICE_ASSISTANT)):
            auth.create_user(admin, username, username, f"{username}-pass-1", [role])
        self.admin = admin
        self.manager = auth.authenticate("jingli", "jingli-pass-1")
        self.assistant = auth.authenticate("kefu", "kefu-pass-1")


@pytest.fixture
def staff(db_path: Path) -> Staff:
    generate_demo_office(300, seed=5)
    return Staff()


def sheet_rows(path: Path) -> tuple[object, list[list[object]]]:
    worksheet = load_workbook(path).active
    return worksheet, [[cell.value for cell in row] for row in worksheet.iter_rows()]


def column(rows: list[list[object]], name: str) -> list[object]:
    index = rows[0].index(name)
    return [row[index] for row in rows[1:]]


def audits(action: str) -> list[AuditLog]:
    return list(AuditLog.select().where(AuditLog.action == action))


@pytest.mark.parametrize("kind", list(HEADERS))
def test_every_list_reopens_with_headers_and_all_rows(
    staff: Staff, tmp_path: Path, kind: str
) -> None:
    result = export_archive_list(staff.manager, kind, tmp_path / f"{kind}.xlsx")
    worksheet, rows = sheet_rows(result.path)
    assert worksheet.title == {"units": "房屋", "owners": "业主", "residents": "住户",
                               "vehicles": "车辆"}[kind]  # fmt: skip
    assert rows[0] == HEADERS[kind]
    assert worksheet.freeze_panes == "A2"
    assert len(rows) - 1 == result.rows == MODELS[kind].select().count() > 0
    assert (
        worksheet.auto_filter.ref
        == f"A1:{worksheet.cell(1, len(rows[0])).column_letter}{len(rows)}"
    )
    assert all(worksheet.column_dimensions[c.column_letter].width >= 6 for c in worksheet[1])


def test_units_numbers_and_dates(staff: Staff, tmp_path: Path) -> None:
    _, rows = sheet_rows(export_archive_list(staff.assistant, "units", tmp_path / "u.xlsx").path)
    worksheet = load_workbook(tmp_path / "u.xlsx").active
    by_code = {row[0]: row for row in rows[1:]}
    unit = Unit.select().where(Unit.handover_date.is_null(False)).first()
    row = by_code[unit.code]
    assert row[3] == unit.floor and isinstance(row[3], int)
    assert isinstance(row[6], float) and Decimal(str(row[6])) == unit.gross_area
    assert isinstance(row[9], datetime) and row[9].date() == unit.handover_date
    assert row[5] in {"住宅", "商铺", "车库", "储藏室"} and row[8] in {
        "未售", "空置", "已入住", "装修中", "出租",
    }  # fmt: skip
    assert sum(Decimal(str(v)) for v in column(rows, "建筑面积")) == sum(
        u.gross_area for u in Unit.select(Unit.gross_area)
    )
    cell = worksheet.cell(rows.index(row) + 1, 7)
    assert cell.number_format == "0.00"
    assert worksheet.cell(rows.index(row) + 1, 10).number_format == "yyyy-mm-dd"


def test_assistant_sees_masked_values_and_is_not_audited(staff: Staff, tmp_path: Path) -> None:
    assert not staff.assistant.can(Cap.ARCHIVE_VIEW_SENSITIVE)
    result = export_archive_list(staff.assistant, "owners", tmp_path / "o.xlsx")
    assert result.masked
    _, rows = sheet_rows(result.path)
    ids = [v for v in column(rows, "证件号码") if v]
    phones = [v for v in column(rows, "手机") if v]
    assert ids and all(MASKED_ID.fullmatch(v) for v in ids)
    assert phones and all(MASKED_MOBILE.fullmatch(v) for v in phones)
    assert all("*" in v for v in column(rows, "紧急联系电话") if v)
    owner = Owner.select().where(Owner.id_number != "").first()
    assert owner.id_number not in {str(v) for row in rows for v in row}
    residents = export_archive_list(staff.assistant, "residents", tmp_path / "r.xlsx")
    _, rows = sheet_rows(residents.path)
    assert all(MASKED_ID.fullmatch(v) for v in column(rows, "证件号码") if v)
    vehicles = export_archive_list(staff.assistant, "vehicles", tmp_path / "v.xlsx")
    _, rows = sheet_rows(vehicles.path)
    assert all(MASKED_MOBILE.fullmatch(v) for v in column(rows, "车主手机") if v)
    assert audits("archive.export_sensitive") == []


def test_manager_sees_full_values_and_the_export_is_audited(staff: Staff, tmp_path: Path) -> None:
    assert staff.manager.can(Cap.ARCHIVE_VIEW_SENSITIVE)
    result = export_archive_list(staff.manager, "owners", tmp_path / "o.xlsx")
    assert not result.masked
    _, rows = sheet_rows(result.path)
    exported = set(column(rows, "证件号码"))
    assert {o.id_number for o in Owner.select(Owner.id_number)} == exported
    assert {o.phone for o in Owner.select(Owner.phone)} == set(column(rows, "手机"))
    (entry,) = audits("archive.export_sensitive")
    assert entry.username == "jingli" and entry.table_name == "owners"
    assert f"{result.rows} rows" in entry.detail


def test_owner_rows_carry_units_and_start_dates(staff: Staff, tmp_path: Path) -> None:
    _, rows = sheet_rows(export_archive_list(staff.admin, "owners", tmp_path / "o.xlsx").path)
    owner = Owner.select().where(Owner.kind == "person").first()
    row = next(r for r in rows[1:] if r[4] == owner.id_number)
    codes = {o.unit.code for o in owner.ownerships if o.end_date is None}
    assert set(row[10].split("、")) == codes
    assert isinstance(row[11], datetime)
    assert row[1] == "个人" and row[3] == "身份证" and row[2] in {"男", "女"}


def test_export_needs_the_view_permission(db_path: Path, tmp_path: Path) -> None:
    nobody = Actor(None, "guest", "guest")
    with pytest.raises(PermissionDenied):
        export_archive_list(nobody, "units", tmp_path / "u.xlsx")
    with pytest.raises(ValidationError, match="no list"):
        export_archive_list(Actor.system(), "stock", tmp_path / "s.xlsx")
    assert not (tmp_path / "u.xlsx").exists()


def test_generic_writer(tmp_path: Path) -> None:
    columns = [
        XlsxColumn("名称"),
        XlsxColumn("数量", INTEGER),
        XlsxColumn("金额", DECIMAL),
        XlsxColumn("日期", DATE),
        XlsxColumn("说明", width=30),
    ]
    rows = [
        ("甲 & <乙>", 3, Decimal("12.50"), date(2024, 1, 5), " 前后空格 "),
        ("控制\x01字符", None, 1.25, datetime(2024, 1, 5, 8, 30), True),
        ("", 0, Decimal("-3"), None, None),
    ]
    path = tmp_path / "list.xlsx"
    assert write_list(path, columns, iter(rows), sheet_name="清单[1]", title="测试清单") == 3
    worksheet = load_workbook(path).active
    assert worksheet.title == "清单_1_"
    assert worksheet["A1"].value == "测试清单" and worksheet.freeze_panes == "A3"
    assert [c.value for c in worksheet[2]] == ["名称", "数量", "金额", "日期", "说明"]
    assert [c.value for c in worksheet[3]] == [
        "甲 & <乙>",
        3,
        12.5,
        datetime(2024, 1, 5),
        " 前后空格 ",
    ]
    assert [c.value for c in worksheet[4]] == [
        "控制字符", None, 1.25, datetime(2024, 1, 5, 8, 30), True,
    ]  # fmt: skip
    assert [c.value for c in worksheet[5]] == [None, 0, -3, None, None]
    assert worksheet["C3"].number_format == "0.00" and worksheet["D3"].number_format == "yyyy-mm-dd"
    assert worksheet.column_dimensions["E"].width == 30
    assert worksheet.column_dimensions["A"].width > worksheet.column_dimensions["B"].width
    assert "A1:E1" in {str(r) for r in worksheet.merged_cells.ranges}
    empty = tmp_path / "empty.xlsx"
    assert write_list(empty, columns, []) == 0
    assert [c.value for c in load_workbook(empty).active[1]] == [
        "名称",
        "数量",
        "金额",
        "日期",
        "说明",
    ]


def test_command_line_export(tmp_path: Path) -> None:
    db, out = str(tmp_path / "office.db"), tmp_path / "residents.xlsx"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, env=env
        )

    assert run("demo", "--units", "100", "--db", db).returncode == 0
    done = run("--db", db, "--json", "export", "residents", "--out", str(out))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["kind"] == "residents" and result["masked"] is False
    assert result["rows"] == load_workbook(out).active.max_row - 1 > 0
    assert run("--db", db, "export", "stock", "--out", str(out)).returncode == 2
