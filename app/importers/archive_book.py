"""The layout of the archive workbook (sheets, columns, the example row) and its template.

The sheet and column names are what the office sees in Excel, so they are Chinese; the
example row of each sheet imports cleanly into the demo office (a new flat 1-1-108 in
building 1栋, its owner, a family member and a car).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.importers.labels import (
    GENDERS,
    ID_TYPES,
    OWNER_KINDS,
    RELATIONS,
    UNIT_STATUSES,
    UNIT_TYPES,
)
from app.validation import id_check_digit

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


@dataclass(frozen=True)
class Column:
    name: str
    required: bool = False
    note: str = ""  # the header cell's comment in the template
    width: int = 12
    text: bool = False  # digits that are not numbers (ID numbers, phones): a text column
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sheet:
    key: str
    name: str
    columns: tuple[Column, ...]
    example: tuple[object, ...]

    def column_index(self, name: str) -> int:
        names = [column.name for column in self.columns]
        return names.index(name) if name in names else -1


CHOICE_WORDS = {
    "unit_type": tuple(UNIT_TYPES.values()),
    "status": tuple(UNIT_STATUSES.values()),
    "kind": tuple(OWNER_KINDS.values()),
    "id_type": tuple(ID_TYPES.values()),
    "relation": tuple(RELATIONS.values()),
    "gender": tuple(GENDERS.values()),
}

OWNER_UNITS = "房号"
OWNER_START = "产权起始日期"
_DATE_NOTE = "日期单元格，或写成 2024-01-05、2024/1/5、2024年1月5日"
_PHONE_NOTE = "手机 11 位，或固定电话带区号，如 0755-12345678"
_EXAMPLE_ID_BODY = "11010119900307123"
EXAMPLE_ID = _EXAMPLE_ID_BODY + id_check_digit(_EXAMPLE_ID_BODY)
EXAMPLE_UNIT = "1-1-108"
EXAMPLE_DATE = date(2024, 1, 5)

UNITS = Sheet(
    "units",
    "房屋",
    (
        Column("楼栋", True, "已有楼栋的名称或编号，如 3栋 或 3；楼栋须先在系统中建立", 8),
        Column("单元", True, "如 2单元 或 2；楼栋下没有的单元会自动新建", 8),
        Column("楼层", True, "整数，地下层写负数，如 -1", 6),
        Column("房间号", True, "如 1502", 8, text=True),
        Column("房号", False, "全小区唯一的房屋编号；不填则为 楼栋编号-单元编号-房间号", 12),
        Column("类型", False, "住宅/商铺/车库/储藏室，不填为住宅", 8, choices=CHOICE_WORDS["unit_type"]),
        Column("建筑面积", True, "产权建筑面积（㎡），正数，最多两位小数", 10),
        Column("套内面积", False, "㎡，不大于建筑面积", 10),
        Column(
            "状态",
            False,
            "未售/空置/已入住/装修中/出租；不填时有交房日期为空置，否则为未售",
            8,
            choices=CHOICE_WORDS["status"],
        ),
        Column("交房日期", False, _DATE_NOTE, 12),
        Column("备注", False, "", 20),
    ),
    ("1栋", "1单元", 1, "108", EXAMPLE_UNIT, "住宅", 89.5, 72.35, "已入住", EXAMPLE_DATE,
     "导入示例，可改写或删除"),
)  # fmt: skip

OWNERS = Sheet(
    "owners",
    "业主",
    (
        Column("姓名", True, "个人姓名或单位全称", 10),
        Column("类型", False, "个人/单位，不填为个人", 6, choices=CHOICE_WORDS["kind"]),
        Column("性别", False, "男/女；不填时按身份证号判断", 6, choices=CHOICE_WORDS["gender"]),
        Column(
            "证件类型",
            False,
            "身份证/护照/港澳通行证/台湾通行证/统一社会信用代码/其他；不填时个人为身份证，单位为统一社会信用代码",
            10,
            choices=CHOICE_WORDS["id_type"],
        ),
        Column("证件号码", False, "身份证 18 位，校验位须正确；请保持文本格式", 22, text=True),
        Column("手机", True, _PHONE_NOTE, 14, text=True),
        Column("备用电话", False, _PHONE_NOTE, 14, text=True),
        Column("地址", False, "", 24),
        Column("紧急联系人", False, "", 10),
        Column("紧急联系电话", False, _PHONE_NOTE, 14, text=True),
        Column(OWNER_UNITS, True, "业主名下的房号，多套用 、 或 , 分隔；房号须在“房屋”表或系统中", 14),
        Column(OWNER_START, False, "不填则为交房日期", 12),
        Column("备注", False, "", 20),
    ),
    ("张三", "个人", "男", "身份证", EXAMPLE_ID, "13800138000", "", "广东省深圳市龙岗区阳光路88号",
     "李四", "13900139000", EXAMPLE_UNIT, EXAMPLE_DATE, "导入示例"),
)  # fmt: skip

RESIDENTS = Sheet(
    "residents",
    "住户",
    (
        Column("房号", True, "房号须在“房屋”表或系统中", 12),
        Column("姓名", True, "", 10),
        Column("关系", True, "家属/租户", 6, choices=CHOICE_WORDS["relation"]),
        Column("家庭角色", False, "家属是业主的什么人，如 配偶、子女、父母", 8),
        Column("性别", False, "男/女", 6, choices=CHOICE_WORDS["gender"]),
        Column("手机", False, _PHONE_NOTE, 14, text=True),
        Column("证件号码", False, "身份证 18 位；其他证件照填", 22, text=True),
        Column("租期开始", False, _DATE_NOTE, 12),
        Column("租期结束", False, _DATE_NOTE, 12),
        Column("备注", False, "", 20),
    ),
    (EXAMPLE_UNIT, "李四", "家属", "配偶", "女", "13900139000", "", None, None, "导入示例"),
)

VEHICLES = Sheet(
    "vehicles",
    "车辆",
    (
        Column("车牌", True, "如 粤B12345，新能源 粤BD12345", 12),
        Column("房号", True, "房号须在“房屋”表或系统中", 12),
        Column("业主证件号码", False, "车主是业主时填其证件号码（或填业主手机）", 22, text=True),
        Column("业主手机", False, "证件号码不填时，按手机找业主", 14, text=True),
        Column("颜色", False, "", 6),
        Column("车型", False, "", 14),
        Column("备注", False, "", 20),
    ),
    ("粤D12345", EXAMPLE_UNIT, EXAMPLE_ID, "", "白", "大众朗逸", ""),
)

SHEETS = (UNITS, OWNERS, RESIDENTS, VEHICLES)
SHEET_KEYS = tuple(sheet.key for sheet in SHEETS)


def write_template(path: Path | str) -> Path:
    """The import template: one sheet each, a header row (required columns in red, a note
    on every header) and an example row, ready to import unchanged into the demo office."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in SHEETS:
        _template_sheet(workbook.create_sheet(sheet.name), sheet)
    path = Path(path)
    workbook.save(path)
    return path


def _template_sheet(worksheet: Worksheet, sheet: Sheet) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    fill = PatternFill("solid", fgColor="DDEBF7")
    for index, (column, value) in enumerate(zip(sheet.columns, sheet.example, strict=True), 1):
        letter = get_column_letter(index)
        header = worksheet.cell(1, index, column.name)
        header.font = Font(bold=True, color="C00000" if column.required else "000000")
        header.fill = fill
        note = ("必填。" if column.required else "选填。") + column.note
        header.comment = Comment(note, "PropDesk", width=260, height=90)
        cell = worksheet.cell(2, index, value)
        dimension = worksheet.column_dimensions[letter]
        dimension.width = column.width + 2
        if column.text:
            dimension.number_format = "@"
            cell.number_format = "@"
        elif isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
        if column.choices:
            validation = DataValidation(
                type="list", formula1='"' + ",".join(column.choices) + '"', allow_blank=True
            )
            validation.add(f"{letter}2:{letter}5000")
            worksheet.add_data_validation(validation)
    worksheet.freeze_panes = "A2"
