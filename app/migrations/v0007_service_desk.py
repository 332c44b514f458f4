"""Schema 7: service desk — the office's holiday table, complaints (投诉) with their handling
log, repair orders (报修) with their status log."""

from app.models.base import row_version_trigger_sql

_BASE = (
    '"id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, '
    '"updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL'
)

STATEMENTS = f"""
CREATE TABLE holiday ({_BASE}, "date" DATE NOT NULL, "is_workday" INTEGER NOT NULL,
    "name" TEXT NOT NULL);
CREATE UNIQUE INDEX holiday_date ON holiday ("date");
CREATE TABLE complaint ({_BASE}, "number" TEXT NOT NULL, "received_at" TEXT NOT NULL,
    "received_on" DATE NOT NULL, "channel" TEXT NOT NULL, "category" TEXT NOT NULL,
    "unit_id" TEXT, "owner_id" TEXT, "complainant" TEXT NOT NULL, "phone" TEXT NOT NULL,
    "description" TEXT NOT NULL, "receiver" TEXT NOT NULL, "validity" TEXT NOT NULL,
    "validity_reason" TEXT NOT NULL, "due_date" DATE NOT NULL, "report_due" DATE NOT NULL,
    "reported_on" DATE, "feedback_on" DATE, "feedback" TEXT NOT NULL, "visit_on" DATE,
    "satisfaction" TEXT NOT NULL, "visit_note" TEXT NOT NULL, "status" TEXT NOT NULL,
    "closed_at" TEXT,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("owner_id") REFERENCES owner ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX complaint_number ON complaint ("number");
CREATE INDEX complaint_received_on ON complaint ("received_on");
CREATE INDEX complaint_unit_id ON complaint ("unit_id");
CREATE INDEX complaint_owner_id ON complaint ("owner_id");
CREATE INDEX complaint_due_date ON complaint ("due_date");
CREATE INDEX complaint_status ON complaint ("status");
CREATE TABLE complaint_log ({_BASE}, "complaint_id" TEXT NOT NULL, "at" TEXT NOT NULL,
    "kind" TEXT NOT NULL, "text" TEXT NOT NULL, "by" TEXT NOT NULL,
    FOREIGN KEY ("complaint_id") REFERENCES complaint ("id") ON DELETE RESTRICT);
CREATE INDEX complaint_log_complaint_id ON complaint_log ("complaint_id");
CREATE TABLE repair_order ({_BASE}, "number" TEXT NOT NULL, "received_at" TEXT NOT NULL,
    "received_on" DATE NOT NULL, "unit_id" TEXT NOT NULL, "owner_id" TEXT,
    "contact" TEXT NOT NULL, "phone" TEXT NOT NULL, "category" TEXT NOT NULL,
    "description" TEXT NOT NULL, "receiver" TEXT NOT NULL, "handover_date" DATE,
    "warranty_until" DATE, "payer" TEXT NOT NULL, "status" TEXT NOT NULL,
    "worker" TEXT NOT NULL, "work_done" TEXT NOT NULL, "completed_on" DATE,
    "visit_on" DATE, "satisfaction" TEXT NOT NULL, "visit_note" TEXT NOT NULL,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("owner_id") REFERENCES owner ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX repair_order_number ON repair_order ("number");
CREATE INDEX repair_order_received_on ON repair_order ("received_on");
CREATE INDEX repair_order_unit_id ON repair_order ("unit_id");
CREATE INDEX repair_order_owner_id ON repair_order ("owner_id");
CREATE INDEX repair_order_status ON repair_order ("status");
CREATE TABLE repair_log ({_BASE}, "repair_id" TEXT NOT NULL, "at" TEXT NOT NULL,
    "status" TEXT NOT NULL, "note" TEXT NOT NULL, "by" TEXT NOT NULL,
    FOREIGN KEY ("repair_id") REFERENCES repair_order ("id") ON DELETE RESTRICT);
CREATE INDEX repair_log_repair_id ON repair_log ("repair_id");
"""

NEW_TABLES = ("holiday", "complaint", "complaint_log", "repair_order", "repair_log")


def statements() -> list[str]:
    sql = [s.strip() for s in STATEMENTS.split(";") if s.strip()]
    for table in NEW_TABLES:
        sql += row_version_trigger_sql(table)
    return sql
