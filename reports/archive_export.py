"""The archive lists as Excel files: 房屋, 业主, 住户, 车辆.

Headers and choice words are those of the import template, so an exported list reads like
the office's own spreadsheet (and the columns the importer knows import again).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.importers.labels import label
from app.services.archive_export import ArchiveList, archive_list
from app.services.permissions import Actor
from reports.xlsx_export import DATE, DECIMAL, INTEGER, TEXT, XlsxColumn, write_list

SHEET_NAMES = {"units": "房屋", "owners": "业主", "residents": "住户", "vehicles": "车辆"}

# field → (header, cell kind, label kind for coded values)
COLUMNS: dict[str, tuple[str, str, str | None]] = {
    "code": ("房号", TEXT, None),
    "unit": ("房号", TEXT, None),
    "units": ("房号", TEXT, None),
    "building": ("楼栋", TEXT, None),
    "entrance": ("单元", TEXT, None),
    "floor": ("楼层", INTEGER, None),
    "room_no": ("房间号", TEXT, None),
    "unit_type": ("类型", TEXT, "unit_type"),
    "gross_area": ("建筑面积", DECIMAL, None),
    "inner_area": ("套内面积", DECIMAL, None),
    "status": ("状态", TEXT, "status"),
    "handover_date": ("交房日期", DATE, None),
    "owners": ("业主", TEXT, None),
    "name": ("姓名", TEXT, None),
    "kind": ("类型", TEXT, "kind"),
    "gender": ("性别", TEXT, "gender"),
    "id_type": ("证件类型", TEXT, "id_type"),
    "id_number": ("证件号码", TEXT, None),
    "phone": ("手机", TEXT, None),
    "phone2": ("备用电话", TEXT, None),
    "address": ("地址", TEXT, None),
    "emergency_contact": ("紧急联系人", TEXT, None),
    "emergency_phone": ("紧急联系电话", TEXT, None),
    "start_date": ("产权起始日期", DATE, None),
    "relation": ("关系", TEXT, "relation"),
    "family_role": ("家庭角色", TEXT, None),
    "lease_start": ("租期开始", DATE, None),
    "lease_end": ("租期结束", DATE, None),
    "move_in_date": ("入住日期", DATE, None),
    "move_out_date": ("迁出日期", DATE, None),
    "plate": ("车牌", TEXT, None),
    "owner": ("车主", TEXT, None),
    "owner_phone": ("车主手机", TEXT, None),
    "colour": ("颜色", TEXT, None),
    "model": ("车型", TEXT, None),
    "remarks": ("备注", TEXT, None),
}


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int
    masked: bool


def export_archive_list(actor: Actor, kind: str, path: Path | str) -> ExportResult:
    """Writes one archive list to `path` (.xlsx). Needs `archive.view`; ID numbers and
    phones are masked unless the actor may see them (then the export is audited)."""
    listing = archive_list(actor, kind)
    columns = [XlsxColumn(COLUMNS[f][0], COLUMNS[f][1]) for f in listing.fields]
    path = Path(path)
    count = write_list(path, columns, _labelled(listing), sheet_name=SHEET_NAMES[kind])
    return ExportResult(kind, path, count, listing.masked)


def _labelled(listing: ArchiveList) -> Iterator[tuple[object, ...]]:
    """Rows with codes (residential, rented, family ...) replaced by their Chinese words."""
    converters: list[tuple[int, Callable[[str], str]]] = []
    for index, field in enumerate(listing.fields):
        choice = COLUMNS[field][2]
        if choice is not None:
            converters.append((index, _labeller(choice)))
    if not converters:
        yield from listing.rows
        return
    for row in listing.rows:
        values = list(row)
        for index, convert in converters:
            if values[index]:
                values[index] = convert(values[index])
        yield tuple(values)


def _labeller(choice: str) -> Callable[[str], str]:
    return lambda code: label(choice, code)
