"""What every importer shares: reading a sheet's header and data rows, reading cells by
column name, and collecting every problem with its sheet, Excel row and column.

Problems are collected, never raised one at a time: the user gets every mistake of the
file in one go. The report's `row` is the row number the user sees in Excel.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar
from xml.etree.ElementTree import ParseError

from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.importers.archive_book import Sheet
from app.importers.xlsx_reader import XlsxReader
from app.validation import InvalidValue, to_halfwidth

# Problems, in the "import" translation context. The location is added in front.
LOCATION = QT_TRANSLATE_NOOP("import", "Sheet {sheet}, row {row}, column {column}: {problem}")
NO_SHEETS = QT_TRANSLATE_NOOP(
    "import", "The file has none of the sheets {sheets}. Start from the import template."
)
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "import", "The header row has no column {name}. Copy the header from the import template."
)
REQUIRED = QT_TRANSLATE_NOOP("import", "This cell is required; fill it in.")
BAD_VALUE = QT_TRANSLATE_NOOP("import", "{value} is not valid: {reason}.")
NOT_A_CHOICE = QT_TRANSLATE_NOOP("import", "{value} is not one of {choices}.")
DUPLICATE_IN_FILE = QT_TRANSLATE_NOOP(
    "import", "{value} is already on row {first} of this sheet; list it once."
)
TOO_LONG = QT_TRANSLATE_NOOP("import", "At most {maximum} characters.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "import", "{path} is not an Excel workbook (.xlsx) that can be read: {detail}"
)

T = TypeVar("T")
MAX_TEXT = 200
HEADER_SEARCH_ROWS = 5


# ---------------------------------------------------------------------------- report


@dataclass(frozen=True)
class ImportIssue:
    sheet: str
    row: int
    column: str
    template: str
    params: dict[str, object] = field(default_factory=dict)
    cause: InvalidValue | None = None  # BAD_VALUE's {reason}, with its own template

    @property
    def problem(self) -> str:
        return self.template.format(**self.params)

    @property
    def message(self) -> str:
        if not self.sheet:  # about the whole file
            return self.problem
        return LOCATION.format(
            sheet=self.sheet, row=self.row, column=self.column or "-", problem=self.problem
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class ImportReport:
    ok: bool
    counts: dict[str, object]
    errors: list[dict[str, object]]
    issues: list[ImportIssue]  # the same problems with their templates, for translation
    dry_run: bool = False
    written: bool = False

    def as_json(self) -> dict[str, object]:
        return {"ok": self.ok, "counts": self.counts, "errors": self.errors}


class Problems:
    """Every problem of a file, reported in sheet, row and column order."""

    def __init__(self, sheets: Sequence[Sheet]) -> None:
        self.sheets = list(sheets)
        self.items: list[tuple[tuple[int, int, int], ImportIssue]] = []

    def add(
        self,
        sheet: Sheet,
        row: int,
        column: str,
        template: str,
        cause: InvalidValue | None = None,
        **params: object,
    ) -> None:
        order = (self.sheets.index(sheet), row, sheet.column_index(column))
        issue = ImportIssue(sheet.name, row, column, template, params, cause)
        self.items.append((order, issue))

    def add_file(self, template: str, **params: object) -> None:
        self.items.append(((-1, 0, 0), ImportIssue("", 0, "", template, params)))

    def sorted(self) -> list[ImportIssue]:
        return [issue for _, issue in sorted(self.items, key=lambda item: item[0])]

    def report(self, counts: dict[str, object], dry_run: bool, written: bool) -> ImportReport:
        issues = self.sorted()
        return ImportReport(
            ok=not issues,
            counts=counts,
            errors=[issue.as_dict() for issue in issues],
            issues=issues,
            dry_run=dry_run,
            written=written,
        )

    def __bool__(self) -> bool:
        return bool(self.items)


# ---------------------------------------------------------------------------- cells


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()[:10]
    return str(value).strip()


def code_text(text: str) -> str:
    """A code as the program stores it: half-width, no spaces, upper case (3-2-1201)."""
    return re.sub(r"\s+", "", to_halfwidth(text)).upper()


class Row:
    """One data row: reads cells by column name and records a problem per bad cell."""

    __slots__ = ("bad", "number", "positions", "problems", "sheet", "values")

    def __init__(
        self,
        sheet: Sheet,
        number: int,
        values: tuple[object, ...],
        positions: dict[str, int],
        problems: Problems,
    ) -> None:
        self.sheet, self.number, self.values = sheet, number, values
        self.positions, self.problems = positions, problems
        self.bad = False

    def peek(self, column: str) -> str:
        """The cell as text, without recording any problem."""
        return cell_text(self.raw(column))

    def raw(self, column: str) -> object:
        index = self.positions.get(column)
        if index is None or index >= len(self.values):
            return None
        value = self.values[index]
        return value.strip() or None if isinstance(value, str) else value

    def problem(
        self, column: str, template: str, cause: InvalidValue | None = None, **params: object
    ) -> None:
        self.bad = True
        if template is REQUIRED and column not in self.positions:
            return  # the missing column is reported once, at the header
        self.problems.add(self.sheet, self.number, column, template, cause, **params)

    def text(self, column: str, required: bool = False, maximum: int = MAX_TEXT) -> str:
        text = cell_text(self.raw(column))
        if required and not text:
            self.problem(column, REQUIRED)
        elif len(text) > maximum:
            self.problem(column, TOO_LONG, maximum=maximum)
            return ""
        return text

    def parse(self, column: str, parser: Callable[[object], T], required: bool = False) -> T | None:
        value = self.raw(column)
        if value is None:
            if required:
                self.problem(column, REQUIRED)
            return None
        try:
            return parser(value)
        except InvalidValue as exc:
            self.problem(column, BAD_VALUE, exc, value=cell_text(value), reason=str(exc))
            return None


# ---------------------------------------------------------------------------- reading


@dataclass
class Table:
    sheet: Sheet
    header_row: int
    positions: dict[str, int]
    rows: list[tuple[int, tuple[object, ...]]]

    def data_rows(self, problems: Problems, row_type: type[Row] = Row) -> Iterable[Row]:
        for number, values in self.rows:
            yield row_type(self.sheet, number, values, self.positions, problems)


def read_workbook(
    path: Path, sheets: Sequence[Sheet], problems: Problems, empty_is_missing: bool = False
) -> dict[str, Table]:
    """The tables of the workbook's sheets that are there, by sheet key; a file with none
    of them is a problem. With `empty_is_missing`, a sheet without a header row reports its
    required columns as missing (a file of one sheet), else it is simply left out."""
    try:
        reader = XlsxReader(path)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, ParseError) as exc:
        raise ValidationError(UNREADABLE, field="file", path=str(path), detail=str(exc)) from exc
    tables: dict[str, Table] = {}
    with reader:
        names = {name.strip(): name for name in reader.sheet_names}
        for sheet in sheets:
            if sheet.name in names:
                rows = reader.rows(names[sheet.name])
                table = read_sheet(sheet, rows, problems, empty_is_missing)
                if table is not None:
                    tables[sheet.key] = table
    if not any(sheet.name in names for sheet in sheets):
        problems.add_file(NO_SHEETS, sheets="、".join(sheet.name for sheet in sheets))
    return tables


def read_sheet(
    sheet: Sheet,
    rows: Iterable[tuple[int, tuple[object, ...]]],
    problems: Problems,
    empty_is_missing: bool = False,
) -> Table | None:
    """The header is the first of the top rows naming known columns (a title row above it
    is allowed); the data rows follow, blank rows skipped."""
    known = {column.name for column in sheet.columns}
    table: Table | None = None
    seen = 0
    for number, values in rows:
        seen = number
        if table is not None:
            if any(v is not None and (not isinstance(v, str) or v.strip()) for v in values):
                table.rows.append((number, values))
            continue
        positions = header_positions(values, known)
        if len(positions) >= 2:
            table = Table(sheet, number, positions, [])
            _missing_columns(sheet, number, positions, problems)
        elif number >= HEADER_SEARCH_ROWS:
            break
    if table is None and (seen or empty_is_missing):
        _missing_columns(sheet, 1, {}, problems)
    return table


def _missing_columns(sheet: Sheet, row: int, positions: dict[str, int], problems: Problems) -> None:
    for column in sheet.columns:
        if column.required and column.name not in positions:
            problems.add(sheet, row, column.name, MISSING_COLUMN, name=column.name)


def header_positions(values: tuple[object, ...], known: set[str]) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, value in enumerate(values):
        if isinstance(value, str):
            name = re.sub(r"[\s*＊]", "", value)
            if name in known and name not in positions:
                positions[name] = index
    return positions
