"""The fees lists as Excel files: 收据, 费用 (charges), 收款 (payments), with Chinese headers;
amounts are numbers (yuan), dates real dates, codes turned into Chinese words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.models.billing import ChargeKind
from app.services.collection import METHOD_NAMES
from app.services.fee_lists import FeeList, fee_list
from app.services.permissions import Actor
from reports.xlsx_export import DATE, DECIMAL, INTEGER, TEXT, XlsxColumn, write_list

SHEET_NAMES = {"receipts": "收据", "charges": "费用", "payments": "收款"}
KIND_NAMES = {
    ChargeKind.BILL: "账单", ChargeKind.ADJUSTMENT: "调整", ChargeKind.ONE_OFF: "一次性",
    ChargeKind.DEPOSIT: "押金", ChargeKind.LATE_FEE: "违约金",
}  # fmt: skip
SOURCE_NAMES = {"counter": "柜台", "import": "导入"}

# field → (header, cell kind, code → word)
COLUMNS: dict[str, tuple[str, str, Callable[[str], str] | None]] = {
    "number": ("收据号", TEXT, None),
    "receipt": ("收据号", TEXT, None),
    "business_date": ("日期", DATE, None),
    "unit_code": ("房号", TEXT, None),
    "payer": ("付款人", TEXT, None),
    "total": ("金额", DECIMAL, None),
    "amount": ("金额", DECIMAL, None),
    "methods_text": ("收款方式", TEXT, None),
    "cashier_name": ("收款人", TEXT, None),
    "voided": ("状态", TEXT, lambda v: "作废" if v else "正常"),
    "void_date": ("作废日期", DATE, None),
    "void_reason": ("作废原因", TEXT, None),
    "voided_by": ("作废人", TEXT, None),
    "period": ("期间", TEXT, None),
    "fee_item": ("收费项目", TEXT, None),
    "kind": ("类型", TEXT, lambda v: KIND_NAMES.get(v, v)),
    "period_start": ("计费起", DATE, None),
    "period_end": ("计费止", DATE, None),
    "due_date": ("应缴日期", DATE, None),
    "quantity": ("数量", DECIMAL, None),
    "unit_price": ("单价", DECIMAL, None),
    "rate_percent": ("收费比例%", INTEGER, None),
    "settled": ("已结", DECIMAL, None),
    "outstanding": ("未缴", DECIMAL, None),
    "description": ("说明", TEXT, None),
    "source": ("来源", TEXT, lambda v: SOURCE_NAMES.get(v, v)),
    "reference": ("参考号", TEXT, None),
    "remarks": ("备注", TEXT, None),
    **{m: (name, DECIMAL, None) for m, name in METHOD_NAMES.items()},
}


@dataclass(frozen=True)
class FeesExportResult:
    kind: str
    path: Path
    rows: int


def export_fees_list(actor: Actor, kind: str, path: Path | str) -> FeesExportResult:
    """Writes one fees list (`receipts`, `charges` or `payments`) to `path` (.xlsx)."""
    listing = fee_list(actor, kind)
    columns = [XlsxColumn(COLUMNS[f][0], COLUMNS[f][1]) for f in listing.fields]
    path = Path(path)
    count = write_list(path, columns, _labelled(listing), sheet_name=SHEET_NAMES[kind])
    return FeesExportResult(kind, path, count)


def _labelled(listing: FeeList) -> Iterator[tuple]:
    converters = [
        (i, convert) for i, f in enumerate(listing.fields) if (convert := COLUMNS[f][2]) is not None
    ]
    for row in listing.rows:
        values = list(row)
        for index, convert in converters:
            values[index] = convert(values[index])
        yield tuple(values)
