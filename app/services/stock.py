"""Warehouse: suppliers, items, stock documents (入库单, 出库单/领料单) — drafts, posting,
reversal — and the low-stock list. Costing rules: app/services/stock_costing.py.

A draft may be edited or deleted; posting gives it its number, prices every line, moves the
items' balances and makes it final (database triggers). A mistake in a posted document is
undone by a reversing document of the opposite kind carrying the original lines' values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

import peewee as pw

from app.clock import local_today, utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.models.service import RepairOrder
from app.models.stock import DocKind, DocReason, StockDocument, StockItem, StockLine, Supplier
from app.services import audit
from app.services.month_lock import check_day_open
from app.services.numbering import next_number, register_document_type
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, optional_text, required_text
from app.services.stock_costing import Balance, issue_value, receipt_value
from app.services.stock_views import LINKABLE_REPAIR_STATUSES

register_document_type("stock_in", "RK")
register_document_type("stock_out", "CK")

MAX_LINES = 200
_DOC_TYPE = {DocKind.IN: "stock_in", DocKind.OUT: "stock_out"}
_REASONS = {DocKind.IN: DocReason.IN_REASONS, DocKind.OUT: DocReason.OUT_REASONS}
_ITEM_FIELDS = ("code", "name", "specification", "uom", "category", "location", "min_qty",
                "max_qty", "barcode", "supplier_id", "active")  # fmt: skip


@dataclass(frozen=True)
class LineInput:
    item_id: str
    quantity: Decimal | int | str
    unit_price: Decimal | int | str | None = None  # receipts; None = the current average


@dataclass(frozen=True)
class DocumentInput:
    kind: str
    reason: str
    doc_date: date
    lines: Sequence[LineInput]
    supplier_id: str | None = None
    department: str = ""
    recipient: str = ""
    purpose: str = ""
    repair_order_ref: str | None = None
    remarks: str = ""


@dataclass(frozen=True)
class LowStockRow:
    item: StockItem
    qty: Decimal
    min_qty: Decimal
    max_qty: Decimal
    suggested: Decimal  # order this much to reach the maximum (the minimum if none is set)


@dataclass(frozen=True)
class _Priced:
    line: StockLine
    amount: Decimal
    after: Balance


@dataclass
class _Plan:
    lines: list[_Priced] = field(default_factory=list)
    balances: dict[str, Balance] = field(default_factory=dict)


# --- numbers ----------------------------------------------------------------------------


def parse_decimal(value: object, places: int, fld: str, label: str, line: int = 0) -> Decimal:
    """A Decimal with at most `places` decimals, from Decimal, int or text; never float."""
    if isinstance(value, float | bool) or value is None:
        raise TypeError(f"{fld}: pass a Decimal, int or str, not {type(value).__name__}")
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or number != number.quantize(Decimal(1).scaleb(-places)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label} (line {line}): write a number with at most "
                              "{places} decimals."),
            field=fld, label=label, line=line, places=places,
        )  # fmt: skip
    return number


def _positive_qty(value: object, line: int) -> Decimal:
    qty = parse_decimal(value, 3, "quantity", QT_TRANSLATE_NOOP("app", "Quantity"), line)
    if qty <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Quantity (line {line}): enter a quantity above zero."),
            field="quantity",
            line=line,
        )
    return qty


# --- suppliers and items ----------------------------------------------------------------


def create_supplier(
    actor: Actor, code: str, name: str, contact: str = "", phone: str = ""
) -> Supplier:
    require(actor, Cap.STOCK_EDIT)
    code = required_text(code, "code", QT_TRANSLATE_NOOP("app", "Code"), 20).upper()
    name = required_text(name, "name", QT_TRANSLATE_NOOP("app", "Name"), 100)
    with transaction():
        if Supplier.select().where(Supplier.code == code).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Code: supplier {code} exists; choose another code."),
                field="code",
                code=code,
            )
        supplier = Supplier.create(code=code, name=name, contact=contact.strip(),
                                   phone=phone.strip())  # fmt: skip
        audit.record(actor, "supplier.create", table="supplier", record_id=supplier.id,
                     after=audit.snapshot(supplier))  # fmt: skip
    return supplier


def update_supplier(
    actor: Actor, supplier_id: str, name: str, contact: str = "", phone: str = "",
    active: bool = True,
) -> Supplier:  # fmt: skip
    """A supplier's name and contact; the code stays (documents print the name)."""
    require(actor, Cap.STOCK_EDIT)
    name = required_text(name, "name", QT_TRANSLATE_NOOP("app", "Name"), 100)
    with transaction():
        supplier = get_or_fail(Supplier, supplier_id)
        before = audit.snapshot(supplier)
        supplier.name, supplier.contact, supplier.phone = name, contact.strip(), phone.strip()
        supplier.active = active
        supplier.save()
        after = audit.snapshot(supplier)
        audit.record(actor, "supplier.update", table="supplier", record_id=supplier.id,
                     before=before, after=audit.changed_fields(before, after))  # fmt: skip
    return supplier


def _item_values(data: dict[str, object]) -> dict[str, object]:
    unknown = set(data) - set(_ITEM_FIELDS)
    if unknown:
        raise TypeError(f"unknown item fields: {sorted(unknown)}")
    values = dict(data)
    if "code" in values:
        values["code"] = required_text(
            str(values["code"]), "code", QT_TRANSLATE_NOOP("app", "Code"), 30
        ).upper()
    if "name" in values:
        values["name"] = required_text(
            str(values["name"]), "name", QT_TRANSLATE_NOOP("app", "Name"), 100
        )
    if "uom" in values:
        values["uom"] = required_text(
            str(values["uom"]), "uom", QT_TRANSLATE_NOOP("app", "Unit of measure"), 10
        )
    for key, label in (
        ("specification", QT_TRANSLATE_NOOP("app", "Specification")),
        ("category", QT_TRANSLATE_NOOP("app", "Category")),
        ("location", QT_TRANSLATE_NOOP("app", "Location")),
    ):
        if key in values:
            values[key] = optional_text(str(values[key]), key, label, 100)
    for key, label in (
        ("min_qty", QT_TRANSLATE_NOOP("app", "Minimum quantity")),
        ("max_qty", QT_TRANSLATE_NOOP("app", "Maximum quantity")),
    ):
        if key in values:
            values[key] = parse_decimal(values[key], 3, key, label)
            if values[key] < 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("app", "{label}: can't be below zero."),
                    field=key, label=label,
                )  # fmt: skip
    if "barcode" in values:
        values["barcode"] = (str(values["barcode"] or "")).strip() or None
    return values


def _check_item(item: StockItem) -> None:
    if item.max_qty and item.max_qty < item.min_qty:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Maximum quantity: must be at least the minimum "
                              "({min_qty}), or 0 for none."),
            field="max_qty", min_qty=item.min_qty,
        )  # fmt: skip
    clash = StockItem.select().where(StockItem.id != item.id)
    if clash.where(StockItem.code == item.code).exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Code: item {code} exists; choose another code."),
            field="code", code=item.code,
        )  # fmt: skip
    if item.barcode and clash.where(StockItem.barcode == item.barcode).exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Barcode: {barcode} is on another item already."),
            field="barcode", barcode=item.barcode,
        )  # fmt: skip


def create_item(actor: Actor, code: str, name: str, uom: str, **fields: object) -> StockItem:
    """A new item (物料); fields: specification, category, location, min_qty, max_qty,
    barcode, supplier_id."""
    require(actor, Cap.STOCK_EDIT)
    values = _item_values({"code": code, "name": name, "uom": uom, **fields})
    with transaction():
        item = StockItem(**values)
        _check_item(item)
        item.save()
        audit.record(actor, "stock_item.create", table="stock_item", record_id=item.id,
                     after=audit.snapshot(item))  # fmt: skip
    return item


def update_item(
    actor: Actor, item_id: str, changes: dict[str, object], expected_version: int | None = None
) -> StockItem:
    """Edits the item's description and limits; its balance moves only by documents."""
    from app.services.records import check_unchanged

    require(actor, Cap.STOCK_EDIT)
    values = _item_values(changes)
    with transaction():
        item = get_or_fail(StockItem, item_id)
        check_unchanged(item, expected_version)
        before = audit.snapshot(item)
        for key, value in values.items():
            setattr(item, key, value)
        _check_item(item)
        item.save()
        after = audit.snapshot(item)
        audit.record(actor, "stock_item.update", table="stock_item", record_id=item.id,
                     before=before, after=audit.changed_fields(before, after))  # fmt: skip
    return item


def find_item(actor: Actor, code_or_barcode: str) -> StockItem:
    """By item code or barcode (what a keyboard-wedge scanner types)."""
    require(actor, Cap.STOCK_VIEW)
    text = (code_or_barcode or "").strip()
    item = StockItem.get_or_none(StockItem.barcode == text) or StockItem.get_or_none(
        StockItem.code == text.upper()
    )
    if item is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("app", "There is no item with code or barcode {text}."), text=text
        )
    return item


def items_query(actor: Actor) -> pw.Select:
    require(actor, Cap.STOCK_VIEW)
    return StockItem.select().order_by(StockItem.code)


# --- drafts -----------------------------------------------------------------------------


def _check_document(data: DocumentInput) -> list[tuple[str, Decimal, Decimal | None]]:
    if data.kind not in DocKind.ALL or data.reason not in _REASONS[data.kind]:
        raise ValueError(f"document kind {data.kind!r} / reason {data.reason!r} is not allowed")
    if not data.lines:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Lines: add at least one item to the document."),
            field="lines",
        )
    if len(data.lines) > MAX_LINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Lines: at most {n} lines; split it into two documents."),
            field="lines", n=MAX_LINES,
        )  # fmt: skip
    if data.kind == DocKind.OUT:
        required_text(data.department, "department", QT_TRANSLATE_NOOP("app", "Department"), 50)
        required_text(data.recipient, "recipient", QT_TRANSLATE_NOOP("app", "Recipient"), 30)
    checked = []
    for no, line in enumerate(data.lines, 1):
        qty = _positive_qty(line.quantity, no)
        price = None
        if line.unit_price is not None and str(line.unit_price).strip() != "":
            price = parse_decimal(
                line.unit_price, 4, "unit_price", QT_TRANSLATE_NOOP("app", "Unit price"), no
            )
            if price < 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("app", "Unit price (line {line}): can't be below zero."),
                    field="unit_price", line=no,
                )  # fmt: skip
        if data.reason == DocReason.PURCHASE and price is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Unit price (line {line}): a purchase needs the price "
                                  "paid per unit."),
                field="unit_price", line=no,
            )  # fmt: skip
        checked.append((line.item_id, qty, price if data.kind == DocKind.IN else None))
    return checked


def _write_draft(doc: StockDocument, data: DocumentInput, checked: list) -> None:
    check_day_open(data.doc_date, "doc_date")
    items = {i.id for i in StockItem.select(StockItem.id).where(
        StockItem.id.in_([c[0] for c in checked]))}  # fmt: skip
    for no, (item_id, _, _) in enumerate(checked, 1):
        if item_id not in items:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Item (line {line}): the item no longer exists."),
                field="item", line=no,
            )  # fmt: skip
    if data.supplier_id:
        get_or_fail(Supplier, data.supplier_id)
    doc.kind, doc.reason, doc.doc_date = data.kind, data.reason, data.doc_date
    doc.supplier = data.supplier_id if data.kind == DocKind.IN else None
    doc.department = optional_text(
        data.department, "department", QT_TRANSLATE_NOOP("app", "Department"), 50
    )
    doc.recipient = optional_text(
        data.recipient, "recipient", QT_TRANSLATE_NOOP("app", "Recipient"), 30
    )
    doc.purpose = optional_text(data.purpose, "purpose", QT_TRANSLATE_NOOP("app", "Purpose"), 200)
    doc.repair_order_ref = _repair_ref(data.repair_order_ref) if data.kind == DocKind.OUT else None
    doc.remarks = optional_text(data.remarks, "remarks", QT_TRANSLATE_NOOP("app", "Remarks"), 200)
    doc.save()
    StockLine.delete().where(StockLine.document == doc).execute()
    rows = [
        {
            "document": doc.id,
            "line_no": no,
            "item": item_id,
            "quantity": qty,
            "unit_price": price,
            "amount": Decimal(0),
        }
        for no, (item_id, qty, price) in enumerate(checked, 1)
    ]
    StockLine.insert_many(rows).execute()


def _repair_ref(number: str | None) -> str | None:
    """The number of a repair order still being worked on, which the materials are for."""
    text = (number or "").strip().upper()
    if not text:
        return None
    repair = RepairOrder.get_or_none(RepairOrder.number == text)
    if repair is None or repair.status not in LINKABLE_REPAIR_STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Repair order: {number} is not an open repair order; "
                              "pick one from the list or leave it empty."),
            field="repair_order_ref", number=text,
        )  # fmt: skip
    return repair.number


def create_draft(actor: Actor, data: DocumentInput) -> StockDocument:
    require(actor, Cap.STOCK_EDIT)
    checked = _check_document(data)
    with transaction():
        doc = StockDocument(created_by=actor.display_name)
        _write_draft(doc, data, checked)
        audit.record(actor, "stock_document.create", table="stock_document", record_id=doc.id,
                     after={"kind": doc.kind, "lines": len(checked)})  # fmt: skip
    return doc


def _draft(doc_id: str) -> StockDocument:
    doc = get_or_fail(StockDocument, doc_id)
    if doc.posted_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Document {number} is posted and final; correct it with "
                              "a reversing document."),
            field=None, number=doc.number,
        )  # fmt: skip
    return doc


def update_draft(
    actor: Actor, doc_id: str, data: DocumentInput, expected_version: int | None = None
) -> StockDocument:
    from app.services.records import check_unchanged

    require(actor, Cap.STOCK_EDIT)
    checked = _check_document(data)
    with transaction():
        doc = _draft(doc_id)
        check_unchanged(doc, expected_version)
        if doc.kind != data.kind:
            raise ValueError("a draft keeps its kind")
        _write_draft(doc, data, checked)
        audit.record(actor, "stock_document.update", table="stock_document", record_id=doc.id,
                     after={"lines": len(checked)})  # fmt: skip
    return doc


def delete_draft(actor: Actor, doc_id: str) -> None:
    require(actor, Cap.STOCK_EDIT)
    with transaction():
        doc = _draft(doc_id)
        StockLine.delete().where(StockLine.document == doc).execute()
        doc.delete_instance()
        audit.record(actor, "stock_document.delete", table="stock_document", record_id=doc_id)


# --- posting ----------------------------------------------------------------------------


def _refuse_issue(item: StockItem, on_hand: Balance, qty: Decimal, line_no: int) -> None:
    raise ValidationError(
        QT_TRANSLATE_NOOP("app", "Quantity (line {line}): only {balance} {uom} of {item} in "
                          "stock, {qty} asked for; issue at most {balance}."),
        field="quantity", line=line_no, balance=on_hand.qty, uom=item.uom,
        item=f"{item.code} {item.name}", qty=qty,
    )  # fmt: skip


def _plan(doc: StockDocument, lines: list[StockLine], items: dict[str, StockItem]) -> _Plan:
    """Prices every line against the running balances; writes nothing."""
    plan = _Plan(balances={i.id: Balance(i.qty, i.value) for i in items.values()})
    for line in lines:
        item = items[line.item_id]
        on_hand = plan.balances[item.id]
        if doc.kind == DocKind.IN:
            if line.fixed_amount is not None:
                amount = line.fixed_amount
            else:
                price = on_hand.avg_cost if line.unit_price is None else line.unit_price
                amount = receipt_value(line.quantity, price)
            after = on_hand.receive(line.quantity, amount)
        else:
            if line.quantity > on_hand.qty:
                _refuse_issue(item, on_hand, line.quantity, line.line_no)
            amount = issue_value(on_hand, line.quantity, line.fixed_amount)
            after = on_hand.issue(line.quantity, amount)
        plan.balances[item.id] = after
        plan.lines.append(_Priced(line, amount, after))
    return plan


def _post(actor: Actor, doc: StockDocument) -> StockDocument:
    check_day_open(doc.doc_date, "doc_date")
    lines = list(StockLine.select().where(StockLine.document == doc).order_by(StockLine.line_no))
    ids = {line.item_id for line in lines}
    items = {i.id: i for i in StockItem.select().where(StockItem.id.in_(list(ids)))}
    plan = _plan(doc, lines, items)
    for priced in plan.lines:
        line = priced.line
        line.amount, line.balance_qty, line.balance_value = (
            priced.amount, priced.after.qty, priced.after.value)  # fmt: skip
        line.save()
    for item_id, balance in plan.balances.items():
        item = items[item_id]
        item.qty, item.value, item.avg_cost = balance.qty, balance.value, balance.avg_cost
        item.save()
    doc.number = next_number(_DOC_TYPE[doc.kind], doc.doc_date.year).text
    doc.total = sum((p.amount for p in plan.lines), Decimal(0))
    doc.posted_at, doc.posted_by = utcnow(), actor.display_name
    doc.save()
    audit.record(actor, "stock_document.post", table="stock_document", record_id=doc.id,
                 after={"number": doc.number, "total": doc.total})  # fmt: skip
    return doc


def post_document(actor: Actor, doc_id: str) -> StockDocument:
    """Numbers the draft, prices its lines and moves the balances; refuses (saving nothing)
    an issue above the balance on hand."""
    require(actor, Cap.STOCK_EDIT)
    with transaction():
        return _post(actor, _draft(doc_id))


def create_and_post(actor: Actor, data: DocumentInput) -> StockDocument:
    require(actor, Cap.STOCK_EDIT)
    with transaction():
        doc = create_draft(actor, data)
        return _post(actor, doc)


def reverse_document(
    actor: Actor, doc_id: str, reason: str, on: date | None = None
) -> StockDocument:
    """红冲: a posted document of the opposite kind with the same items and quantities at the
    original lines' values (an issue can't take more than the value on hand)."""
    require(actor, Cap.STOCK_EDIT)
    why = required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Reason"), 200)
    with transaction():
        original = get_or_fail(StockDocument, doc_id)
        if original.posted_at is None or original.reason == DocReason.REVERSAL:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Only a posted document that is not itself a reversal "
                                  "can be reversed; delete a draft instead."),
                field=None,
            )  # fmt: skip
        if StockDocument.select().where(StockDocument.reverses == original).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Document {number} is reversed already."),
                field=None, number=original.number,
            )  # fmt: skip
        reversal = StockDocument.create(
            kind=DocKind.OUT if original.kind == DocKind.IN else DocKind.IN,
            reason=DocReason.REVERSAL, doc_date=on or local_today(), supplier=original.supplier_id,
            department=original.department, recipient=original.recipient,
            purpose=original.purpose, repair_order_ref=original.repair_order_ref,
            reverses=original, remarks=f"冲销 {original.number}：{why}",
            created_by=actor.display_name,
        )  # fmt: skip
        for line in original.lines.order_by(StockLine.line_no):
            StockLine.create(document=reversal, line_no=line.line_no, item=line.item_id,
                             quantity=line.quantity, fixed_amount=line.amount)  # fmt: skip
        return _post(actor, reversal)


def document_lines(actor: Actor, doc_id: str) -> tuple[StockDocument, list[StockLine]]:
    require(actor, Cap.STOCK_VIEW)
    doc = get_or_fail(StockDocument, doc_id)
    lines = list(
        StockLine.select(StockLine, StockItem)
        .join(StockItem)
        .where(StockLine.document == doc)
        .order_by(StockLine.line_no)
    )
    return doc, lines


# --- low stock --------------------------------------------------------------------------


def low_stock(actor: Actor) -> list[LowStockRow]:
    """Active items under their minimum, with what to order to reach the maximum."""
    require(actor, Cap.STOCK_VIEW)
    query = (
        StockItem.select()
        .where(StockItem.active & (StockItem.min_qty > 0) & (StockItem.qty < StockItem.min_qty))
        .order_by(StockItem.code)
    )
    rows = []
    for item in query:
        target = item.max_qty if item.max_qty > item.min_qty else item.min_qty
        rows.append(LowStockRow(item, item.qty, item.min_qty, item.max_qty, target - item.qty))
    return rows
