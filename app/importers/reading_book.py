"""The layout of the meter-reading workbook (one sheet 抄表, one row per meter and month)
and its template, with a second sheet 说明 that explains every column.

Sheet and column names are what the office sees in Excel, so they are Chinese. The example
row imports cleanly into the demo office: flat 1-1-201 pays 水费 and its meter stands well
below 3,200 t in every demo size.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.importers.archive_book import Column, Sheet
from app.importers.book_writer import write_workbook

UNIT, ITEM, PERIOD, READING, DAY, CHANGE, START = (
    "房号", "项目", "月份", "本次读数", "抄表日期", "换表", "新表起数",
)  # fmt: skip
YES_WORDS = frozenset(("是", "Y", "YES", "1", "换表", "√", "TRUE"))
NO_WORDS = frozenset(("否", "N", "NO", "0", "", "FALSE"))
EXAMPLE_DATE = date(2026, 11, 25)

READINGS = Sheet(
    "readings",
    "抄表",
    (
        Column(UNIT, True, "系统中已有的房号，如 3-2-1201", 12),
        Column(ITEM, True, "按表计费的项目名称或代码，如 水费 或 SF", 10),
        Column(PERIOD, True, "计费月份，写成 2026-11", 10, text=True),
        Column(READING, True, "表上的本次读数，0 或以上，最多两位小数", 12),
        Column(DAY, False, "抄表的日期，不晚于今天；不填为今天", 12),
        Column(CHANGE, False, "换了新表时写 是；本次读数可以小于上次读数", 8, choices=("是", "否")),
        Column(START, False, "换表时新表的起始读数，不填为 0", 10),
    ),
    ("1-1-201", "水费", "2026-11", 3200.00, EXAMPLE_DATE, "否", None),
)

_NOTES = (
    ("列", "必填", "说明"),
    (UNIT, "是", "系统中已有房屋的房号（如 3-2-1201），该房屋须在这个月按此项目计费。"),
    (ITEM, "是", "按表计费（抄表）的收费项目，写名称（水费、电费）或代码（SF）。"),
    (PERIOD, "是", "读数计入哪个月的账单，写成 2026-11。已月结、或已按读数出账的月份不能再改。"),
    (READING, "是", "表上的读数，0 或以上，最多两位小数。用量 = 本次读数 − 上次读数（上月的读数；"
     "第一次抄表从 0 算）。同一房屋同一月份再次导入时，以新读数为准。"),
    (DAY, "否", "抄表的日期，不晚于今天；不填为今天。"),
    (CHANGE, "否", "换了新表时写 是。本次读数低于上次读数时，必须写 是，否则该行会被拒绝。"),
    (START, "否", "换表时新表的起始读数，不填为 0；用量 = 本次读数 − 新表起数。"),
    ("", "", ""),
    ("全部或全不", "", "先检查所有行；只要有一行有问题，整个文件都不导入，并列出每个问题"
     "（表、行号、列和改法）。改好后重新导入即可。可以先用“只检查”（--dry-run）试一遍。"),
)  # fmt: skip


def write_template(path: Path | str) -> Path:
    """The import template: the 抄表 sheet with its header and an example row, and 说明."""
    return write_workbook(path, READINGS, _NOTES, decimal_columns=(READING, START))
