"""A streaming reader of .xlsx cell values, for imports of tens of thousands of rows.

openpyxl's read-only mode builds an object per shared string and per cell: a 20,000-owner
file took 3-4 s of a 10 s budget just to read. This reads the same values (shared and inline
strings, numbers, booleans, dates by their number format, formulas' cached results) straight
from the XML with ElementTree's C parser, about three times faster. Only values are read:
no styles beyond telling dates from numbers, no formulas, no merged cells.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from xml.etree import ElementTree
from xml.etree.ElementTree import Element, iterparse

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

MAIN_NS = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",  # "strict" OOXML
)
REL_NS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
# Built-in formats Excel shows as dates in Chinese (and other East Asian) locales; they have
# no format code in the file, so openpyxl's table does not know them.
CJK_DATE_FORMATS = frozenset((*range(27, 37), *range(50, 59)))
EPOCH_1900 = datetime(1899, 12, 30)
EPOCH_1904 = datetime(1904, 1, 1)
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


class XlsxReader:
    """`with XlsxReader(path) as book: for number, values in book.rows("房屋"): ...`"""

    def __init__(self, path: Path | str) -> None:
        self.archive = zipfile.ZipFile(path)
        try:
            self._ns, self._sheets, self._epoch = self._workbook()
            self._strings = self._shared_strings()
            self._date_styles = self._styles()
        except BaseException:
            self.archive.close()
            raise

    def __enter__(self) -> XlsxReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.archive.close()

    @property
    def sheet_names(self) -> list[str]:
        return list(self._sheets)

    # -- package parts

    def _workbook(self) -> tuple[str, dict[str, str], datetime]:
        root = _parse(self.archive, "xl/workbook.xml")
        ns = next((n for n in MAIN_NS if root.tag == f"{{{n}}}workbook"), MAIN_NS[0])
        rels = _parse(self.archive, "xl/_rels/workbook.xml.rels")
        targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(PACKAGE_RELS)}
        sheets = {}
        for sheet in root.iter(f"{{{ns}}}sheet"):
            rel_id = next((sheet.get(f"{{{r}}}id") for r in REL_NS if sheet.get(f"{{{r}}}id")), "")
            target = targets.get(rel_id, "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            sheets[sheet.get("name", "")] = posixpath.normpath(path)
        properties = root.find(f"{{{ns}}}workbookPr")
        date1904 = properties is not None and properties.get("date1904") in ("1", "true")
        return ns, sheets, EPOCH_1904 if date1904 else EPOCH_1900

    def _shared_strings(self) -> list[str]:
        if "xl/sharedStrings.xml" not in self.archive.namelist():
            return []
        ns = self._ns
        si, t, r = f"{{{ns}}}si", f"{{{ns}}}t", f"{{{ns}}}r"
        strings = []
        with self.archive.open("xl/sharedStrings.xml") as source:
            for _, element in iterparse(source):
                if element.tag == si:
                    strings.append(_string_item(element, t, r))
                    element.clear()
        return strings

    def _styles(self) -> frozenset[int]:
        """Indexes of the cell formats that show a date."""
        if "xl/styles.xml" not in self.archive.namelist():
            return frozenset()
        ns = self._ns
        root = _parse(self.archive, "xl/styles.xml")
        custom = {
            int(f.get("numFmtId", "0")): f.get("formatCode", "")
            for f in root.iter(f"{{{ns}}}numFmt")
        }
        cell_formats = root.find(f"{{{ns}}}cellXfs")
        if cell_formats is None:
            return frozenset()
        dates = set()
        for index, xf in enumerate(cell_formats.iter(f"{{{ns}}}xf")):
            number_format = int(xf.get("numFmtId", "0"))
            code = custom.get(number_format) or BUILTIN_FORMATS.get(number_format, "")
            if number_format in CJK_DATE_FORMATS or (code and is_date_format(code)):
                dates.add(index)
        return frozenset(dates)

    # -- cells

    def rows(self, sheet: str) -> Iterator[tuple[int, tuple[object, ...]]]:
        """(Excel row number, values from column A) of each row the sheet stores; rows and
        cells the file leaves out are simply absent or None."""
        ns = self._ns
        row_tag, cell_tag = f"{{{ns}}}row", f"{{{ns}}}c"
        value_tag, inline_tag = f"{{{ns}}}v", f"{{{ns}}}is"
        text_tag, run_tag = f"{{{ns}}}t", f"{{{ns}}}r"
        strings, date_styles, epoch = self._strings, self._date_styles, self._epoch
        columns: dict[str, int] = {}
        number = 0
        with self.archive.open(self._sheets[sheet]) as source:
            for _, element in iterparse(source):
                if element.tag != row_tag:
                    continue
                number = int(element.get("r") or number + 1)
                values: list[object] = []
                for cell in element.iter(cell_tag):
                    ref = cell.get("r")
                    if ref:
                        letters = ref.rstrip("0123456789")
                        index = columns.get(letters)
                        if index is None:
                            index = columns[letters] = _column_index(letters)
                        if index > len(values):
                            values.extend([None] * (index - len(values)))
                    kind = cell.get("t")
                    if kind == "inlineStr":
                        inline = cell.find(inline_tag)
                        value = None if inline is None else _string_item(inline, text_tag, run_tag)
                    else:
                        value = cell.findtext(value_tag)
                        if value is not None:
                            value = _typed(value, kind, cell.get("s"), strings, date_styles, epoch)
                    values.append(value)
                element.clear()
                yield number, tuple(values)


def _parse(archive: zipfile.ZipFile, name: str) -> Element:
    with archive.open(name) as source:
        return ElementTree.parse(source).getroot()


def _string_item(item: Element, text_tag: str, run_tag: str) -> str:
    """A shared or inline string: plain text, or the runs of rich text (phonetic guides
    left out)."""
    text = item.findtext(text_tag)
    if text is None:
        text = "".join(run.findtext(text_tag) or "" for run in item.iter(run_tag))
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _typed(
    text: str,
    kind: str | None,
    style: str | None,
    strings: list[str],
    date_styles: frozenset[int],
    epoch: datetime,
) -> object:
    if kind == "s":
        return strings[int(text)]
    if kind in ("str", "e"):
        return text
    if kind == "b":
        return text.strip() in ("1", "true")
    if kind == "d":
        return datetime.fromisoformat(text.rstrip("Z"))
    number: int | float = float(text) if any(c in text for c in ".eE") else int(text)
    if style is not None and int(style) in date_styles:
        # A serial's fraction is the time of day; round off the float's noise (8:29:59.999).
        return epoch + timedelta(milliseconds=round(number * 86_400_000))
    if isinstance(number, float) and number.is_integer() and abs(number) < 2**53:
        return int(number)
    return number


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index - 1
