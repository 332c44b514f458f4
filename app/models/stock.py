"""Warehouse (仓库): suppliers, items with their running balance, stock documents (入库单,
出库单/领料单) and their lines, stocktakes (盘点) and their count lines.

An item's balance lives on the item: quantity (3 decimals), value in exact fen, and the
moving-average unit cost (4 decimals) derived from them; app/services/stock.py documents the
rounding. Posted documents and their lines are final (triggers in migration 6).
"""

import peewee as pw

from app.models.base import BaseModel, UtcDateTimeField
from app.models.fields import ScaledDecimalField
from app.money import MoneyField


class DocKind:
    IN = "in"  # 入库单
    OUT = "out"  # 出库单/领料单
    ALL = (IN, OUT)


class DocReason:
    PURCHASE = "purchase"  # 采购入库
    RETURN = "return"  # 退库 (materials handed back)
    ISSUE = "issue"  # 领用出库
    REVERSAL = "reversal"  # 冲销 a posted document
    STOCKTAKE = "stocktake"  # 盘盈/盘亏 adjustment
    IN_REASONS = (PURCHASE, RETURN)
    OUT_REASONS = (ISSUE,)


class StocktakeStatus:
    OPEN = "open"
    POSTED = "posted"
    CANCELLED = "cancelled"


class Supplier(BaseModel):
    code = pw.TextField(unique=True)
    name = pw.TextField()
    contact = pw.TextField(default="")
    phone = pw.TextField(default="")
    active = pw.BooleanField(default=True)


class StockItem(BaseModel):
    code = pw.TextField(unique=True)
    name = pw.TextField()
    specification = pw.TextField(default="")
    uom = pw.TextField()  # 计量单位: 个, 米, 桶 ...
    category = pw.TextField(default="")
    location = pw.TextField(default="")
    min_qty = ScaledDecimalField(places=3, default=0)
    max_qty = ScaledDecimalField(places=3, default=0)
    barcode = pw.TextField(null=True, unique=True)
    supplier = pw.ForeignKeyField(Supplier, null=True, backref="items", on_delete="RESTRICT")
    active = pw.BooleanField(default=True)
    qty = ScaledDecimalField(places=3, default=0)
    value = MoneyField(default=0)
    avg_cost = ScaledDecimalField(places=4, default=0)


class StockDocument(BaseModel):
    number = pw.TextField(null=True, unique=True)  # given when posted: posted numbers are gapless
    kind = pw.TextField()
    reason = pw.TextField()
    doc_date = pw.DateField(index=True)
    supplier = pw.ForeignKeyField(Supplier, null=True, backref="+", on_delete="RESTRICT")
    department = pw.TextField(default="")
    recipient = pw.TextField(default="")
    purpose = pw.TextField(default="")
    repair_order_ref = pw.TextField(null=True)  # a repair order's number (BX…), checked open
    reverses = pw.ForeignKeyField("self", null=True, unique=True, backref="+", on_delete="RESTRICT")
    stocktake_ref = pw.TextField(null=True)
    remarks = pw.TextField(default="")
    created_by = pw.TextField()
    total = MoneyField(default=0)
    posted_at = UtcDateTimeField(null=True)
    posted_by = pw.TextField(null=True)


class StockLine(BaseModel):
    document = pw.ForeignKeyField(StockDocument, backref="lines", on_delete="RESTRICT")
    line_no = pw.IntegerField()
    item = pw.ForeignKeyField(StockItem, backref="+", on_delete="RESTRICT", index=False)
    quantity = ScaledDecimalField(places=3)
    unit_price = ScaledDecimalField(places=4, null=True)  # receipts; None = current average
    amount = MoneyField(default=0)  # the line's value, set when posted
    fixed_amount = MoneyField(null=True)  # reversal lines: the original line's value
    balance_qty = ScaledDecimalField(places=3, null=True)  # the item after this line
    balance_value = MoneyField(null=True)

    class Meta:
        indexes = ((("item", "document"), False),)


class Stocktake(BaseModel):
    number = pw.TextField(unique=True)
    status = pw.TextField()
    count_date = pw.DateField()
    started_at = UtcDateTimeField()
    started_by = pw.TextField()
    category = pw.TextField(default="")  # empty = every item
    remarks = pw.TextField(default="")
    posted_at = UtcDateTimeField(null=True)
    approved_by = pw.TextField(null=True)


class StocktakeLine(BaseModel):
    stocktake = pw.ForeignKeyField(Stocktake, backref="lines", on_delete="RESTRICT", index=False)
    item = pw.ForeignKeyField(StockItem, backref="+", on_delete="RESTRICT")
    book_qty = ScaledDecimalField(places=3)  # frozen when the count started
    book_value = MoneyField()
    counted_qty = ScaledDecimalField(places=3, null=True)
    counted_by = pw.TextField(null=True)
    counted_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("stocktake", "item"), True),)
