"""The streaming .xlsx reader behind the imports, on files as Excel, WPS and openpyxl write
them: shared and inline strings, rich text, dates by number format (Chinese built-in date
formats included), the 1904 date system, gaps in rows and columns."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.importers.xlsx_reader import XlsxReader

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def handmade(path: Path, cells: str, *, date1904: bool = False) -> Path:
    """A minimal package as Excel writes it; style 1 is built-in format 31 (yyyy年m月d日)."""
    pr = '<workbookPr date1904="1"/>' if date1904 else ""
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">{pr}<sheets>'
            '<sheet name="房屋" sheetId="1" r:id="rId7"/></sheets></workbook>',
        )
        package.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId7" Type="{REL}/worksheet" Target="/xl/worksheets/data.xml"/>'
            "</Relationships>",
        )
        package.writestr(
            "xl/styles.xml",
            f'<styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/>'
            '<xf numFmtId="31" applyNumberFormat="1"/></cellXfs></styleSheet>',
        )
        package.writestr(
            "xl/sharedStrings.xml",
            f'<sst xmlns="{MAIN}"><si><t>张三</t></si>'
            "<si><r><t>1-1-</t></r><r><rPr><b/></rPr><t>108</t></r></si>"
            "<si><t>第一行_x000D_第二行</t><rPh><t>ふりがな</t></rPh></si></sst>",
        )
        package.writestr(
            "xl/worksheets/data.xml",
            f'<worksheet xmlns="{MAIN}"><sheetData>{cells}</sheetData></worksheet>',
        )
    return path


def test_values_of_every_kind(tmp_path: Path) -> None:
    path = handmade(
        tmp_path / "kinds.xlsx",
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c>'
        '<c r="D1" t="inlineStr"><is><t>内联</t></is></c></row>'
        '<row r="4"><c r="B4" s="1"><v>45296</v></c><c r="C4"><v>89.5</v></c>'
        '<c r="D4"><v>13800138000</v></c><c r="E4" t="b"><v>1</v></c>'
        '<c r="F4" t="str"><f>A1&amp;"!"</f><v>张三!</v></c><c r="G4" t="e"><v>#N/A</v></c>'
        '<c r="H4" t="s"><v>2</v></c></row>',
    )
    with XlsxReader(path) as reader:
        assert reader.sheet_names == ["房屋"]
        rows = list(reader.rows("房屋"))
    assert rows == [
        (1, ("张三", None, "1-1-108", "内联")),
        (
            4,
            (
                None,
                datetime(2024, 1, 5),
                89.5,
                13800138000,
                True,
                "张三!",
                "#N/A",
                "第一行\r第二行",
            ),
        ),
    ]


def test_1904_dates_and_cells_without_references(tmp_path: Path) -> None:
    path = handmade(
        tmp_path / "mac.xlsx",
        '<row><c s="1"><v>43834</v></c><c><v>7</v></c></row><row><c t="s"><v>0</v></c></row>',
        date1904=True,
    )
    with XlsxReader(path) as reader:
        rows = list(reader.rows("房屋"))
    assert rows == [(1, (datetime(2024, 1, 5), 7)), (2, ("张三",))]


def test_openpyxl_files_read_the_same(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "业主"
    sheet.append(["姓名", "产权起始日期", "面积", None, "手机"])
    sheet.append(["李四", date(2024, 1, 5), 72.35, None, "13900139000"])
    sheet["B3"] = datetime(2024, 1, 5, 8, 30)
    sheet["E5"] = "末行"
    workbook.save(tmp_path / "plain.xlsx")
    with XlsxReader(tmp_path / "plain.xlsx") as reader:
        rows = list(reader.rows("业主"))
    assert rows[0] == (1, ("姓名", "产权起始日期", "面积", None, "手机"))
    assert rows[1] == (2, ("李四", datetime(2024, 1, 5), 72.35, None, "13900139000"))
    assert rows[2][1][1] == datetime(2024, 1, 5, 8, 30)
    assert rows[-1] == (5, (None, None, None, None, "末行"))


def test_not_a_workbook(tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(zipfile.BadZipFile):
        XlsxReader(tmp_path / "x.xlsx")
