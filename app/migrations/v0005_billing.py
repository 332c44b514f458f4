"""Schema 5: fees — items, rates, assignments, meter readings, shared costs, periods,
charges, payments, allocations, receipts (final once issued), voids, prints, waivers,
refunds, day close, reminders."""

from app.models.base import append_only_trigger_sql, row_version_trigger_sql

DDL = """
CREATE TABLE "fee_item" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "code" TEXT NOT NULL, "name" TEXT NOT NULL, "kind" TEXT NOT NULL, "unit_label" TEXT NOT NULL, "vacant_discount" INTEGER NOT NULL, "late_fee" INTEGER NOT NULL, "active" INTEGER NOT NULL, "sort_order" INTEGER NOT NULL);
CREATE UNIQUE INDEX "fee_item_code" ON "fee_item" ("code");
CREATE TABLE "fee_rate" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "fee_item_id" TEXT NOT NULL, "effective_from" DATE NOT NULL, "price" INTEGER NOT NULL, FOREIGN KEY ("fee_item_id") REFERENCES "fee_item" ("id") ON DELETE RESTRICT);
CREATE INDEX "fee_rate_fee_item_id" ON "fee_rate" ("fee_item_id");
CREATE UNIQUE INDEX "fee_rate_fee_item_id_effective_from" ON "fee_rate" ("fee_item_id", "effective_from");
CREATE TABLE "fee_assignment" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "fee_item_id" TEXT NOT NULL, "start_date" DATE NOT NULL, "end_date" DATE, "price_override" INTEGER, "reference" TEXT NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT, FOREIGN KEY ("fee_item_id") REFERENCES "fee_item" ("id") ON DELETE RESTRICT);
CREATE INDEX "fee_assignment_unit_id" ON "fee_assignment" ("unit_id");
CREATE INDEX "fee_assignment_fee_item_id" ON "fee_assignment" ("fee_item_id");
CREATE UNIQUE INDEX "fee_assignment_unit_id_fee_item_id_start_date" ON "fee_assignment" ("unit_id", "fee_item_id", "start_date");
CREATE TABLE "meter_reading" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "fee_item_id" TEXT NOT NULL, "period" TEXT NOT NULL, "previous_reading" INTEGER NOT NULL, "current_reading" INTEGER NOT NULL, "reading_date" DATE NOT NULL, "recorded_by" TEXT NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT, FOREIGN KEY ("fee_item_id") REFERENCES "fee_item" ("id") ON DELETE RESTRICT);
CREATE INDEX "meter_reading_unit_id" ON "meter_reading" ("unit_id");
CREATE INDEX "meter_reading_fee_item_id" ON "meter_reading" ("fee_item_id");
CREATE UNIQUE INDEX "meter_reading_unit_id_fee_item_id_period" ON "meter_reading" ("unit_id", "fee_item_id", "period");
CREATE TABLE "shared_cost" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "fee_item_id" TEXT NOT NULL, "period" TEXT NOT NULL, "total" INTEGER NOT NULL, "remarks" TEXT NOT NULL, FOREIGN KEY ("fee_item_id") REFERENCES "fee_item" ("id") ON DELETE RESTRICT);
CREATE INDEX "shared_cost_fee_item_id" ON "shared_cost" ("fee_item_id");
CREATE UNIQUE INDEX "shared_cost_fee_item_id_period" ON "shared_cost" ("fee_item_id", "period");
CREATE TABLE "billing_period" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "period" TEXT NOT NULL, "generated_at" TEXT, "generated_by" TEXT NOT NULL, "closed_at" TEXT, "closed_by" TEXT);
CREATE UNIQUE INDEX "billing_period_period" ON "billing_period" ("period");
CREATE TABLE "charge" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "fee_item_id" TEXT NOT NULL, "assignment_id" TEXT, "kind" TEXT NOT NULL, "period" TEXT NOT NULL, "period_start" DATE NOT NULL, "period_end" DATE NOT NULL, "due_date" DATE NOT NULL, "quantity" INTEGER NOT NULL, "unit_price" INTEGER NOT NULL, "rate_percent" INTEGER NOT NULL, "amount" INTEGER NOT NULL, "settled" INTEGER NOT NULL, "description" TEXT NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT, FOREIGN KEY ("fee_item_id") REFERENCES "fee_item" ("id") ON DELETE RESTRICT, FOREIGN KEY ("assignment_id") REFERENCES "fee_assignment" ("id") ON DELETE RESTRICT);
CREATE INDEX "charge_unit_id" ON "charge" ("unit_id");
CREATE INDEX "charge_fee_item_id" ON "charge" ("fee_item_id");
CREATE INDEX "charge_assignment_id" ON "charge" ("assignment_id");
CREATE INDEX "charge_unit_id_period" ON "charge" ("unit_id", "period");
CREATE INDEX "charge_period_fee_item_id" ON "charge" ("period", "fee_item_id");
CREATE TABLE "payment" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "payer" TEXT NOT NULL, "amount" INTEGER NOT NULL, "tendered" INTEGER NOT NULL, "business_date" DATE NOT NULL, "paid_at" TEXT NOT NULL, "cashier_id" TEXT, "cashier_name" TEXT NOT NULL, "source" TEXT NOT NULL, "reference" TEXT, "remarks" TEXT NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT);
CREATE INDEX "payment_unit_id" ON "payment" ("unit_id");
CREATE INDEX "payment_business_date" ON "payment" ("business_date");
CREATE UNIQUE INDEX "payment_reference" ON "payment" ("reference");
CREATE TABLE "payment_method_line" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "payment_id" TEXT NOT NULL, "method" TEXT NOT NULL, "amount" INTEGER NOT NULL, FOREIGN KEY ("payment_id") REFERENCES "payment" ("id") ON DELETE RESTRICT);
CREATE INDEX "payment_method_line_payment_id" ON "payment_method_line" ("payment_id");
CREATE TABLE "allocation" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "payment_id" TEXT NOT NULL, "charge_id" TEXT NOT NULL, "amount" INTEGER NOT NULL, "reverses_id" TEXT, FOREIGN KEY ("payment_id") REFERENCES "payment" ("id") ON DELETE RESTRICT, FOREIGN KEY ("charge_id") REFERENCES "charge" ("id") ON DELETE RESTRICT, FOREIGN KEY ("reverses_id") REFERENCES "allocation" ("id") ON DELETE RESTRICT);
CREATE INDEX "allocation_payment_id" ON "allocation" ("payment_id");
CREATE INDEX "allocation_charge_id" ON "allocation" ("charge_id");
CREATE INDEX "allocation_reverses_id" ON "allocation" ("reverses_id");
CREATE TABLE "receipt" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "number" TEXT NOT NULL, "year" INTEGER NOT NULL, "sequence" INTEGER NOT NULL, "payment_id" TEXT NOT NULL, "unit_id" TEXT NOT NULL, "unit_code" TEXT NOT NULL, "payer" TEXT NOT NULL, "total" INTEGER NOT NULL, "methods_text" TEXT NOT NULL, "business_date" DATE NOT NULL, "issued_at" TEXT NOT NULL, "cashier_id" TEXT, "cashier_name" TEXT NOT NULL, FOREIGN KEY ("payment_id") REFERENCES "payment" ("id") ON DELETE RESTRICT, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "receipt_number" ON "receipt" ("number");
CREATE UNIQUE INDEX "receipt_payment_id" ON "receipt" ("payment_id");
CREATE INDEX "receipt_unit_id" ON "receipt" ("unit_id");
CREATE INDEX "receipt_business_date" ON "receipt" ("business_date");
CREATE TABLE "receipt_line" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "receipt_id" TEXT NOT NULL, "charge_id" TEXT, "item_name" TEXT NOT NULL, "period_text" TEXT NOT NULL, "amount" INTEGER NOT NULL, "line_no" INTEGER NOT NULL, FOREIGN KEY ("receipt_id") REFERENCES "receipt" ("id") ON DELETE RESTRICT, FOREIGN KEY ("charge_id") REFERENCES "charge" ("id") ON DELETE RESTRICT);
CREATE INDEX "receipt_line_receipt_id" ON "receipt_line" ("receipt_id");
CREATE INDEX "receipt_line_charge_id" ON "receipt_line" ("charge_id");
CREATE TABLE "receipt_void" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "receipt_id" TEXT NOT NULL, "reason" TEXT NOT NULL, "voided_by" TEXT NOT NULL, "voided_at" TEXT NOT NULL, "business_date" DATE NOT NULL, FOREIGN KEY ("receipt_id") REFERENCES "receipt" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "receipt_void_receipt_id" ON "receipt_void" ("receipt_id");
CREATE TABLE "receipt_print" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "receipt_id" TEXT NOT NULL, "printed_at" TEXT NOT NULL, "printed_by" TEXT NOT NULL, "reprint" INTEGER NOT NULL, FOREIGN KEY ("receipt_id") REFERENCES "receipt" ("id") ON DELETE RESTRICT);
CREATE INDEX "receipt_print_receipt_id" ON "receipt_print" ("receipt_id");
CREATE TABLE "waiver" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "number" TEXT NOT NULL, "charge_id" TEXT NOT NULL, "amount" INTEGER NOT NULL, "reason" TEXT NOT NULL, "approved_by" TEXT NOT NULL, "approved_at" TEXT NOT NULL, FOREIGN KEY ("charge_id") REFERENCES "charge" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "waiver_number" ON "waiver" ("number");
CREATE INDEX "waiver_charge_id" ON "waiver" ("charge_id");
CREATE TABLE "refund" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "number" TEXT NOT NULL, "unit_id" TEXT NOT NULL, "charge_id" TEXT, "amount" INTEGER NOT NULL, "method" TEXT NOT NULL, "reason" TEXT NOT NULL, "approved_by" TEXT NOT NULL, "refunded_at" TEXT NOT NULL, "business_date" DATE NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT, FOREIGN KEY ("charge_id") REFERENCES "charge" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "refund_number" ON "refund" ("number");
CREATE INDEX "refund_unit_id" ON "refund" ("unit_id");
CREATE INDEX "refund_charge_id" ON "refund" ("charge_id");
CREATE TABLE "day_close" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "cashier_id" TEXT NOT NULL, "cashier_name" TEXT NOT NULL, "business_date" DATE NOT NULL, "closed_at" TEXT NOT NULL, "totals" TEXT NOT NULL);
CREATE UNIQUE INDEX "day_close_cashier_id_business_date" ON "day_close" ("cashier_id", "business_date");
CREATE TABLE "reminder" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "reminder_date" DATE NOT NULL, "channel" TEXT NOT NULL, "amount_owed" INTEGER NOT NULL, "result" TEXT NOT NULL, "recorded_by" TEXT NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT);
CREATE INDEX "reminder_unit_id" ON "reminder" ("unit_id");
CREATE UNIQUE INDEX charge_bill_once ON "charge" ("assignment_id", "period")
    WHERE "kind" = 'bill';
"""

MUTABLE = (
    "fee_item",
    "fee_rate",
    "fee_assignment",
    "meter_reading",
    "shared_cost",
    "billing_period",
    "charge",
    "day_close",
    "reminder",
)
# Issued documents and money movements are facts: corrections are new rows.
FINAL = (
    "payment",
    "payment_method_line",
    "allocation",
    "receipt",
    "receipt_line",
    "receipt_void",
    "receipt_print",
    "waiver",
    "refund",
)

CLOSED_MONTH_GUARDS = [
    """CREATE TRIGGER charge_closed_month_insert BEFORE INSERT ON charge
    WHEN EXISTS (SELECT 1 FROM billing_period
                 WHERE period = NEW.period AND closed_at IS NOT NULL)
    BEGIN SELECT RAISE(ABORT, 'the month is closed: add an adjustment in the open month'); END""",
    """CREATE TRIGGER charge_closed_month_update BEFORE UPDATE OF unit_id, fee_item_id,
        assignment_id, kind, period, period_start, period_end, quantity, unit_price,
        rate_percent, amount ON charge
    WHEN EXISTS (SELECT 1 FROM billing_period
                 WHERE period = OLD.period AND closed_at IS NOT NULL)
    BEGIN SELECT RAISE(ABORT, 'the month is closed: add an adjustment in the open month'); END""",
    """CREATE TRIGGER charge_closed_month_delete BEFORE DELETE ON charge
    WHEN EXISTS (SELECT 1 FROM billing_period
                 WHERE period = OLD.period AND closed_at IS NOT NULL)
    BEGIN SELECT RAISE(ABORT, 'the month is closed: add an adjustment in the open month'); END""",
]


def statements() -> list[str]:
    sql = [s.strip() for s in DDL.split(";") if s.strip()]
    for table in MUTABLE:
        sql += row_version_trigger_sql(table)
    for table in FINAL:
        sql += append_only_trigger_sql(table, f"{table} rows are final once written")
    return sql + CLOSED_MONTH_GUARDS
