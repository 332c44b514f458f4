"""Schema 6: warehouse — suppliers, items with their balance, stock documents and lines
(final once posted), stocktakes and their count lines (final once posted)."""

from app.models.base import row_version_trigger_sql

DDL = """
CREATE TABLE "supplier" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "code" TEXT NOT NULL, "name" TEXT NOT NULL, "contact" TEXT NOT NULL, "phone" TEXT NOT NULL, "active" INTEGER NOT NULL);
CREATE UNIQUE INDEX "supplier_code" ON "supplier" ("code");
CREATE TABLE "stock_item" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "code" TEXT NOT NULL, "name" TEXT NOT NULL, "specification" TEXT NOT NULL, "uom" TEXT NOT NULL, "category" TEXT NOT NULL, "location" TEXT NOT NULL, "min_qty" INTEGER NOT NULL, "max_qty" INTEGER NOT NULL, "barcode" TEXT, "supplier_id" TEXT, "active" INTEGER NOT NULL, "qty" INTEGER NOT NULL, "value" INTEGER NOT NULL, "avg_cost" INTEGER NOT NULL, FOREIGN KEY ("supplier_id") REFERENCES "supplier" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "stock_item_code" ON "stock_item" ("code");
CREATE UNIQUE INDEX "stock_item_barcode" ON "stock_item" ("barcode");
CREATE INDEX "stock_item_supplier_id" ON "stock_item" ("supplier_id");
CREATE TABLE "stock_document" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "number" TEXT, "kind" TEXT NOT NULL, "reason" TEXT NOT NULL, "doc_date" DATE NOT NULL, "supplier_id" TEXT, "department" TEXT NOT NULL, "recipient" TEXT NOT NULL, "purpose" TEXT NOT NULL, "repair_order_ref" TEXT, "reverses_id" TEXT, "stocktake_ref" TEXT, "remarks" TEXT NOT NULL, "created_by" TEXT NOT NULL, "total" INTEGER NOT NULL, "posted_at" TEXT, "posted_by" TEXT, FOREIGN KEY ("supplier_id") REFERENCES "supplier" ("id") ON DELETE RESTRICT, FOREIGN KEY ("reverses_id") REFERENCES "stock_document" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "stock_document_number" ON "stock_document" ("number");
CREATE INDEX "stock_document_doc_date" ON "stock_document" ("doc_date");
CREATE INDEX "stock_document_supplier_id" ON "stock_document" ("supplier_id");
CREATE UNIQUE INDEX "stock_document_reverses_id" ON "stock_document" ("reverses_id");
CREATE TABLE "stock_line" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "document_id" TEXT NOT NULL, "line_no" INTEGER NOT NULL, "item_id" TEXT NOT NULL, "quantity" INTEGER NOT NULL, "unit_price" INTEGER, "amount" INTEGER NOT NULL, "fixed_amount" INTEGER, "balance_qty" INTEGER, "balance_value" INTEGER, FOREIGN KEY ("document_id") REFERENCES "stock_document" ("id") ON DELETE RESTRICT, FOREIGN KEY ("item_id") REFERENCES "stock_item" ("id") ON DELETE RESTRICT);
CREATE INDEX "stock_line_document_id" ON "stock_line" ("document_id");
CREATE INDEX "stock_line_item_id" ON "stock_line" ("item_id");
CREATE INDEX "stock_line_item_id_document_id" ON "stock_line" ("item_id", "document_id");
CREATE TABLE "stocktake" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "number" TEXT NOT NULL, "status" TEXT NOT NULL, "count_date" DATE NOT NULL, "started_at" TEXT NOT NULL, "started_by" TEXT NOT NULL, "category" TEXT NOT NULL, "remarks" TEXT NOT NULL, "posted_at" TEXT, "approved_by" TEXT);
CREATE UNIQUE INDEX "stocktake_number" ON "stocktake" ("number");
CREATE TABLE "stocktake_line" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "stocktake_id" TEXT NOT NULL, "item_id" TEXT NOT NULL, "book_qty" INTEGER NOT NULL, "book_value" INTEGER NOT NULL, "counted_qty" INTEGER, "counted_by" TEXT, "counted_at" TEXT, FOREIGN KEY ("stocktake_id") REFERENCES "stocktake" ("id") ON DELETE RESTRICT, FOREIGN KEY ("item_id") REFERENCES "stock_item" ("id") ON DELETE RESTRICT);
CREATE INDEX "stocktake_line_stocktake_id" ON "stocktake_line" ("stocktake_id");
CREATE INDEX "stocktake_line_item_id" ON "stocktake_line" ("item_id");
CREATE UNIQUE INDEX "stocktake_line_stocktake_id_item_id" ON "stocktake_line" ("stocktake_id", "item_id")
"""

MUTABLE = (
    "supplier",
    "stock_item",
    "stock_document",
    "stock_line",
    "stocktake",
    "stocktake_line",
)


def _final_once_posted(table: str, parent: str | None, key: str | None, message: str) -> list[str]:
    """A row (or a line whose parent document) with posted_at set refuses UPDATE and DELETE;
    a line can't be added to a posted parent either."""
    if parent is None:
        old, new = "OLD.posted_at IS NOT NULL", None
    else:
        old = f"(SELECT posted_at FROM {parent} WHERE id = OLD.{key}) IS NOT NULL"
        new = f"(SELECT posted_at FROM {parent} WHERE id = NEW.{key}) IS NOT NULL"
    sql = [
        f"CREATE TRIGGER {table}_posted_no_update BEFORE UPDATE ON {table} WHEN {old} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END",
        f"CREATE TRIGGER {table}_posted_no_delete BEFORE DELETE ON {table} WHEN {old} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END",
    ]
    if new is not None:
        sql.append(
            f"CREATE TRIGGER {table}_posted_no_insert BEFORE INSERT ON {table} WHEN {new} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
    return sql


def statements() -> list[str]:
    sql = [s.strip() for s in DDL.split(";") if s.strip()]
    for table in MUTABLE:
        sql += row_version_trigger_sql(table)
    document = "a posted stock document is final: correct it with a reversing document"
    stocktake = "a posted stocktake is final"
    sql += _final_once_posted("stock_document", None, None, document)
    sql += _final_once_posted("stock_line", "stock_document", "document_id", document)
    sql += _final_once_posted("stocktake", None, None, stocktake)
    sql += _final_once_posted("stocktake_line", "stocktake", "stocktake_id", stocktake)
    return sql
