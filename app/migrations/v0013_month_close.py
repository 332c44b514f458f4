"""Schema 13: month close (月结) — the log of closes and reopens with the report's figures
stored at each close, and the guards that keep a closed month's receipts, payments, voids,
refunds and stock documents as they were (bills: migration 5's charge guards); covering
indexes the monthly report and the 工作台 read the charges and allocations through (a month's
collection and the arrears in well under a second on a 20,000-unit office's year)."""

from app.models.base import append_only_trigger_sql

STATEMENTS = """
CREATE TABLE month_close ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "period" TEXT NOT NULL,
    "action" TEXT NOT NULL, "at" TEXT NOT NULL, "by" TEXT NOT NULL, "reason" TEXT NOT NULL,
    "figures" TEXT NOT NULL);
CREATE INDEX month_close_period ON month_close ("period");
CREATE INDEX allocation_charge_cover ON allocation ("charge_id", "reverses_id", "payment_id", "amount");
CREATE INDEX payment_id_business_date ON payment ("id", "business_date");
CREATE INDEX charge_period_cover ON charge ("period", "fee_item_id", "unit_id", "amount", "id");
CREATE INDEX charge_open_due ON charge ("due_date", "unit_id", "amount", "settled", "id")
    WHERE "amount" > "settled"
"""

_CLOSED = (
    "EXISTS (SELECT 1 FROM billing_period WHERE period = substr({day}, 1, 7)"
    " AND closed_at IS NOT NULL)"
)
MESSAGE = "the month is closed (month close): date it in an open month"


def _insert_guard(table: str, column: str) -> str:
    return (
        f"CREATE TRIGGER {table}_closed_month_insert BEFORE INSERT ON {table} "
        f"WHEN {_CLOSED.format(day='NEW.' + column)} "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )


GUARDS = [
    _insert_guard("payment", "business_date"),
    _insert_guard("receipt", "business_date"),
    _insert_guard("receipt_void", "business_date"),
    _insert_guard("refund", "business_date"),
    _insert_guard("stock_document", "doc_date"),
    # Posting a draft dated in a closed month (posted_at set), or moving a draft into one.
    "CREATE TRIGGER stock_document_closed_month_update BEFORE UPDATE OF doc_date, posted_at"
    f" ON stock_document WHEN {_CLOSED.format(day='NEW.doc_date')}"
    f" BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
    "CREATE TRIGGER stock_line_closed_month_insert BEFORE INSERT ON stock_line WHEN "
    + _CLOSED.format(day="(SELECT doc_date FROM stock_document WHERE id = NEW.document_id)")
    + f" BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
]


def statements() -> list[str]:
    sql = [s.strip() for s in STATEMENTS.split(";") if s.strip()]
    sql += append_only_trigger_sql("month_close", "month close records are final")
    return sql + GUARDS
