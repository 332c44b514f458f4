"""Archive workbooks for the import tests and the benchmark: many valid rows in the template's
layout, written with openpyxl as Excel would (shared strings, date cells), and a set of
deliberate mistakes that each should give exactly one problem at a known cell."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from app.importers.archive_book import SHEETS
from app.validation import id_check_digit

ROOMS_PER_ENTRANCE = 33 * 4  # 33 floors, 4 flats a floor
FIRST_NEW_ENTRANCE = 11  # demo buildings have at most 3 entrances: 11单元 on are new
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红志建国家文"


@dataclass
class Book:
    """Rows per sheet name, the header first; `mistakes` are (sheet, row, column) cells."""

    sheets: dict[str, list[list[object]]]
    mistakes: list[tuple[str, int, str]] = field(default_factory=list)

    def column(self, sheet: str, name: str) -> int:
        return self.sheets[sheet][0].index(name)

    def cell(self, sheet: str, row: int, name: str) -> object:
        return self.sheets[sheet][row - 1][self.column(sheet, name)]

    def set(self, sheet: str, row: int, name: str, value: object, mistake: bool = True) -> None:
        self.sheets[sheet][row - 1][self.column(sheet, name)] = value
        if mistake:
            self.mistakes.append((sheet, row, name))

    def rows(self, sheet: str) -> int:
        return len(self.sheets[sheet])

    def save(self, path: Path) -> Path:
        from openpyxl import Workbook

        workbook = Workbook()
        workbook.remove(workbook.active)
        for name, rows in self.sheets.items():
            worksheet = workbook.create_sheet(name)
            for values in rows:
                worksheet.append(values)
        workbook.save(path)
        return path


def make_book(buildings: list[tuple[str, str]], units: int, seed: int = 7) -> Book:
    """`units` new flats under the given (code, name) buildings, one owner each; a family
    member in every fourth flat and a car in every fifth."""
    rng = random.Random(seed)
    sheets = {sheet.name: [[c.name for c in sheet.columns]] for sheet in SHEETS}
    for index in range(units):
        code, name = buildings[(index // ROOMS_PER_ENTRANCE) % len(buildings)]
        entrance = FIRST_NEW_ENTRANCE + index // (ROOMS_PER_ENTRANCE * len(buildings))
        slot = index % ROOMS_PER_ENTRANCE
        floor = slot // 4 + 1
        room = f"{floor}{slot % 4 + 1:02d}"
        unit_code = f"{code}-{entrance}-{room}"
        handover = date(2020, 1, 1) + timedelta(days=index % 1500)
        sheets["房屋"].append(
            [name, f"{entrance}单元", floor, room, unit_code if index % 2 else None, "住宅",
             _area(rng, index), None, "已入住", handover if index % 3 else handover.isoformat(),
             None]
        )  # fmt: skip
        owner = _person(rng, index)
        sheets["业主"].append(
            [owner[0], "个人", None, "身份证", owner[1], owner[2], None, None, None, None,
             unit_code, None, None]
        )  # fmt: skip
        if index % 4 == 0:
            relative = _person(rng, index + 10_000_000)
            sheets["住户"].append(
                [
                    unit_code,
                    relative[0],
                    "家属",
                    "配偶",
                    None,
                    relative[2],
                    relative[1],
                    None,
                    None,
                    None,
                ]
            )
        if index % 5 == 0:
            sheets["车辆"].append(
                [f"粤D{index:05d}" if index < 100_000 else f"粤DF{index:05d}", unit_code,
                 owner[1], None, "白", "大众朗逸", None]
            )  # fmt: skip
    return Book(sheets)


def _area(rng: random.Random, index: int) -> object:
    area = f"{rng.randint(60, 140)}.{rng.randint(0, 99):02d}"
    styles = (float(area), area, f"{area}㎡", f"{area} 平方米", area.translate(_FULL))
    return styles[index % len(styles)]


_FULL = {ord(c): ord(c) + 0xFEE0 for c in "0123456789."}


def _person(rng: random.Random, index: int) -> tuple[str, str, str]:
    name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(("", *GIVEN))
    birth = date(1950, 1, 1) + timedelta(days=index % 18_000)  # unique with the sequence
    body = f"110101{birth:%Y%m%d}{index // 18_000 % 1000:03d}"
    phone = f"139{index:08d}"
    return name, body + id_check_digit(body), phone


def add_mistakes(book: Book, count: int = 30) -> Book:
    """`count` mistakes of the kinds the issue names, each in its own row, each giving one
    problem. Rows are picked from the end so they never collide with the example rows."""
    units, owners = book.rows("房屋"), book.rows("业主")
    residents, vehicles = book.rows("住户"), book.rows("车辆")
    kinds = [
        lambda r: book.set("房屋", r, "建筑面积", None),  # missing required cell
        lambda r: _unknown_building(book, r),
        lambda r: _duplicate_unit(book, r),
        lambda r: book.set("房屋", r, "建筑面积", "-12.5"),  # area not positive
        lambda r: book.set("房屋", r, "建筑面积", "89.555㎡"),  # three decimals
        lambda r: book.set("房屋", r, "交房日期", "2024-13-01"),  # no such month
        lambda r: _bad_check_digit(book, owners - r),
        lambda r: book.set("业主", owners - r, "手机", "1381234567"),  # ten digits
        lambda r: book.set("业主", owners - r, "姓名", None),  # missing required cell
        lambda r: book.set("业主", owners - r, "产权起始日期", "2023年2月30日"),
        lambda r: book.set("业主", owners - r, "房号", "9-99-9999"),  # unknown unit
        lambda r: book.set("住户", residents - r, "关系", "朋友"),
        lambda r: book.set("住户", residents - r, "手机", "0755-123"),  # bad landline
        lambda r: _duplicate_plate(book, vehicles - r),
        lambda r: book.set("车辆", vehicles - r, "车牌", None),  # missing required cell
    ]
    for index in range(count):
        kinds[index % len(kinds)](units - 2 * index - 1 if index % len(kinds) < 6 else 2 * index)
    return book


def _unknown_building(book: Book, row: int) -> None:
    code = book.cell("房屋", row, "房号") or _derived_code(book, row)
    book.set("房屋", row, "房号", code, mistake=False)  # keep the code others refer to
    book.set("房屋", row, "楼栋", "99栋")


def _duplicate_unit(book: Book, row: int) -> None:
    """Gives row `row` the code of the row above; the owner of its old code follows it."""
    old = book.cell("房屋", row, "房号") or _derived_code(book, row)
    new = book.cell("房屋", row - 1, "房号") or _derived_code(book, row - 1)
    book.set("房屋", row, "房号", new)
    for sheet in ("业主", "住户", "车辆"):
        for number in range(2, book.rows(sheet) + 1):
            if book.cell(sheet, number, "房号") == old:
                book.set(sheet, number, "房号", new, mistake=False)


def _derived_code(book: Book, row: int) -> str:
    building = str(book.cell("房屋", row, "楼栋")).removesuffix("栋")
    entrance = str(book.cell("房屋", row, "单元")).removesuffix("单元")
    return f"{building}-{entrance}-{book.cell('房屋', row, '房间号')}"


def _bad_check_digit(book: Book, row: int) -> None:
    number = str(book.cell("业主", row, "证件号码"))
    wrong = "0" if number[-1] != "0" else "1"
    for sheet, column in (("车辆", "业主证件号码"),):  # the car still finds its owner
        for other in range(2, book.rows(sheet) + 1):
            if book.cell(sheet, other, column) == number:
                book.set(sheet, other, column, number[:-1] + wrong, mistake=False)
    book.set("业主", row, "证件号码", number[:-1] + wrong)


def _duplicate_plate(book: Book, row: int) -> None:
    book.set("车辆", row, "车牌", book.cell("车辆", row - 1, "车牌"))
