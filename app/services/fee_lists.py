"""The fees lists as rows for export: receipts, charges and payments.

Rows stream from one query each (no per-row lookups), so a year of a large office exports
without holding it in memory. Money comes out as Decimal yuan, dates as dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import peewee as pw

from app.models.archive import Unit
from app.models.billing import (
    Charge,
    FeeItem,
    Payment,
    PaymentMethodLine,
    PayMethod,
    Receipt,
    ReceiptVoid,
)
from app.money import from_fen
from app.services.permissions import Actor, Cap, require

KINDS = ("receipts", "charges", "payments")
PAYMENT_METHODS = (*PayMethod.COUNTER, PayMethod.PREPAID)


@dataclass(frozen=True)
class FeeList:
    kind: str
    fields: tuple[str, ...]
    rows: Iterator[tuple]


def fee_list(actor: Actor, kind: str) -> FeeList:
    require(actor, Cap.BILLING_VIEW)
    if kind not in KINDS:
        raise ValueError(f"unknown fees list {kind!r}; expected one of {KINDS}")
    return {"receipts": _receipts, "charges": _charges, "payments": _payments}[kind]()


def _receipts() -> FeeList:
    fields = ("number", "business_date", "unit_code", "payer", "total", "methods_text",
              "cashier_name", "voided", "void_date", "void_reason", "voided_by")  # fmt: skip
    query = (
        Receipt.select(
            Receipt.number,
            Receipt.business_date,
            Receipt.unit_code,
            Receipt.payer,
            Receipt.total,
            Receipt.methods_text,
            Receipt.cashier_name,
            ReceiptVoid.id.is_null(False),
            ReceiptVoid.business_date,
            ReceiptVoid.reason,
            ReceiptVoid.voided_by,
        )
        .join(ReceiptVoid, pw.JOIN.LEFT_OUTER, on=(ReceiptVoid.receipt == Receipt.id))
        .order_by(Receipt.year, Receipt.sequence)
        .tuples()
    )
    rows = ((*row[:7], bool(row[7]), *row[8:]) for row in query.iterator())
    return FeeList("receipts", fields, rows)


def _charges() -> FeeList:
    fields = ("unit_code", "period", "fee_item", "kind", "period_start", "period_end",
              "due_date", "quantity", "unit_price", "rate_percent", "amount", "settled",
              "outstanding", "description")  # fmt: skip
    query = (
        Charge.select(
            Unit.code,
            Charge.period,
            FeeItem.name,
            Charge.kind,
            Charge.period_start,
            Charge.period_end,
            Charge.due_date,
            Charge.quantity,
            Charge.unit_price,
            Charge.rate_percent,
            Charge.amount,
            Charge.settled,
            Charge.description,
        )
        .join(Unit)
        .switch(Charge)
        .join(FeeItem)
        .order_by(Unit.code, Charge.period, FeeItem.sort_order, Charge.created_at)
        .tuples()
    )
    rows = ((*row[:12], row[10] - row[11], row[12]) for row in query.iterator())
    return FeeList("charges", fields, rows)


def _payments() -> FeeList:
    """One row per payment with a column per method (what was kept, change given back)."""
    fields = ("business_date", "unit_code", "payer", "amount", *PAYMENT_METHODS, "source",
              "reference", "cashier_name", "receipt", "voided", "remarks")  # fmt: skip
    per_method = [
        pw.fn.SUM(
            pw.Case(None, ((PaymentMethodLine.method == m, PaymentMethodLine.amount),), 0)
        ).alias(m)
        for m in PAYMENT_METHODS
    ]
    methods = (
        PaymentMethodLine.select(PaymentMethodLine.payment.alias("payment_id"), *per_method)
        .group_by(PaymentMethodLine.payment)
        .alias("methods")
    )
    query = (
        Payment.select(
            Payment.business_date,
            Unit.code,
            Payment.payer,
            Payment.amount,
            *(methods.c[m] for m in PAYMENT_METHODS),
            Payment.source,
            Payment.reference,
            Payment.cashier_name,
            Receipt.number,
            ReceiptVoid.id.is_null(False),
            Payment.remarks,
        )
        .join(Unit)
        .switch(Payment)
        .join(methods, pw.JOIN.LEFT_OUTER, on=(methods.c.payment_id == Payment.id))
        .join(Receipt, pw.JOIN.LEFT_OUTER, on=(Receipt.payment == Payment.id))
        .join(ReceiptVoid, pw.JOIN.LEFT_OUTER, on=(ReceiptVoid.receipt == Receipt.id))
        .order_by(Payment.business_date, Payment.paid_at)
        .tuples()
    )
    n = len(PAYMENT_METHODS)

    def row(values: tuple) -> tuple:
        fen = [from_fen(int(v or 0)) for v in values[4 : 4 + n]]
        return (*values[:4], *fen, *values[4 + n : 8 + n], bool(values[8 + n]), values[9 + n])

    return FeeList("payments", fields, (row(v) for v in query.iterator()))
