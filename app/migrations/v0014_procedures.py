"""Schema 14: office procedures (事务) — mail and parcels, outgoing mail, visitors, receptions,
public notices and where they were posted, renovations with their charges, inspections and
deposit settlements (final once written), expense claims and their lines, staff buildings
and monthly appraisals, community events."""

from app.models.base import append_only_trigger_sql, row_version_trigger_sql

DDL = """
CREATE TABLE "mail_item" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "kind" TEXT NOT NULL, "carrier" TEXT NOT NULL, "tracking_no" TEXT NOT NULL, "unit_id" TEXT, "addressee" TEXT NOT NULL, "phone" TEXT NOT NULL, "received_at" TEXT NOT NULL, "received_on" DATE NOT NULL, "received_by" TEXT NOT NULL, "shelf" TEXT NOT NULL, "notified_at" TEXT, "status" TEXT NOT NULL, "collector" TEXT NOT NULL, "collected_at" TEXT, "handed_by" TEXT NOT NULL, "remarks" TEXT NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT);
CREATE INDEX "mail_item_tracking_no" ON "mail_item" ("tracking_no");
CREATE INDEX "mail_item_unit_id" ON "mail_item" ("unit_id");
CREATE INDEX "mail_item_received_at" ON "mail_item" ("received_at");
CREATE INDEX "mail_item_received_on" ON "mail_item" ("received_on");
CREATE INDEX "mail_item_status" ON "mail_item" ("status");
CREATE TABLE "outgoing_mail" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "sent_on" DATE NOT NULL, "kind" TEXT NOT NULL, "carrier" TEXT NOT NULL, "tracking_no" TEXT NOT NULL, "sender" TEXT NOT NULL, "unit_id" TEXT, "recipient" TEXT NOT NULL, "destination" TEXT NOT NULL, "postage" INTEGER NOT NULL, "handled_by" TEXT NOT NULL, "remarks" TEXT NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT);
CREATE INDEX "outgoing_mail_sent_on" ON "outgoing_mail" ("sent_on");
CREATE INDEX "outgoing_mail_unit_id" ON "outgoing_mail" ("unit_id");
CREATE TABLE "visitor" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "name" TEXT NOT NULL, "id_tail" TEXT NOT NULL, "phone" TEXT NOT NULL, "purpose" TEXT NOT NULL, "host" TEXT NOT NULL, "unit_id" TEXT, "people" INTEGER NOT NULL, "plate" TEXT NOT NULL, "visit_on" DATE NOT NULL, "in_at" TEXT NOT NULL, "out_at" TEXT, "recorded_by" TEXT NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT);
CREATE INDEX "visitor_unit_id" ON "visitor" ("unit_id");
CREATE INDEX "visitor_visit_on" ON "visitor" ("visit_on");
CREATE INDEX "visitor_in_at" ON "visitor" ("in_at");
CREATE TABLE "reception" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "scheduled_at" TEXT NOT NULL, "scheduled_on" DATE NOT NULL, "guest_org" TEXT NOT NULL, "guests" INTEGER NOT NULL, "purpose" TEXT NOT NULL, "place" TEXT NOT NULL, "host" TEXT NOT NULL, "status" TEXT NOT NULL, "checklist" TEXT NOT NULL, "summary" TEXT NOT NULL, "created_by" TEXT NOT NULL);
CREATE INDEX "reception_scheduled_on" ON "reception" ("scheduled_on");
CREATE INDEX "reception_status" ON "reception" ("status");
CREATE TABLE "notice" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "number" TEXT NOT NULL, "kind" TEXT NOT NULL, "title" TEXT NOT NULL, "body" TEXT NOT NULL, "issued_on" DATE NOT NULL, "issued_by" TEXT NOT NULL, "signed_by" TEXT NOT NULL);
CREATE UNIQUE INDEX "notice_number" ON "notice" ("number");
CREATE INDEX "notice_issued_on" ON "notice" ("issued_on");
CREATE TABLE "notice_posting" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "notice_id" TEXT NOT NULL, "place" TEXT NOT NULL, "posted_on" DATE NOT NULL, "posted_by" TEXT NOT NULL, "removed_on" DATE, FOREIGN KEY ("notice_id") REFERENCES "notice" ("id") ON DELETE RESTRICT);
CREATE INDEX "notice_posting_notice_id" ON "notice_posting" ("notice_id");
CREATE INDEX "notice_posting_posted_on" ON "notice_posting" ("posted_on");
CREATE TABLE "renovation" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "number" TEXT NOT NULL, "unit_id" TEXT NOT NULL, "owner_id" TEXT, "applicant" TEXT NOT NULL, "phone" TEXT NOT NULL, "contractor" TEXT NOT NULL, "contractor_phone" TEXT NOT NULL, "site_manager" TEXT NOT NULL, "workers" TEXT NOT NULL, "scope" TEXT NOT NULL, "planned_start" DATE NOT NULL, "planned_end" DATE NOT NULL, "applied_on" DATE NOT NULL, "received_by" TEXT NOT NULL, "status" TEXT NOT NULL, "decided_by" TEXT NOT NULL, "decided_at" TEXT, "decision_note" TEXT NOT NULL, "deposit_charge_id" TEXT, "permit_number" TEXT, "permit_issued_on" DATE, "previous_status" TEXT NOT NULL, "accepted_on" DATE, "accepted_by" TEXT NOT NULL, "acceptance_note" TEXT NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT, FOREIGN KEY ("owner_id") REFERENCES "owner" ("id") ON DELETE RESTRICT, FOREIGN KEY ("deposit_charge_id") REFERENCES "charge" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "renovation_number" ON "renovation" ("number");
CREATE INDEX "renovation_unit_id" ON "renovation" ("unit_id");
CREATE INDEX "renovation_owner_id" ON "renovation" ("owner_id");
CREATE INDEX "renovation_planned_end" ON "renovation" ("planned_end");
CREATE INDEX "renovation_applied_on" ON "renovation" ("applied_on");
CREATE INDEX "renovation_status" ON "renovation" ("status");
CREATE INDEX "renovation_deposit_charge_id" ON "renovation" ("deposit_charge_id");
CREATE UNIQUE INDEX "renovation_permit_number" ON "renovation" ("permit_number");
CREATE TABLE "renovation_charge" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "renovation_id" TEXT NOT NULL, "charge_id" TEXT NOT NULL, FOREIGN KEY ("renovation_id") REFERENCES "renovation" ("id") ON DELETE RESTRICT, FOREIGN KEY ("charge_id") REFERENCES "charge" ("id") ON DELETE RESTRICT);
CREATE INDEX "renovation_charge_renovation_id" ON "renovation_charge" ("renovation_id");
CREATE UNIQUE INDEX "renovation_charge_charge_id" ON "renovation_charge" ("charge_id");
CREATE TABLE "renovation_inspection" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "renovation_id" TEXT NOT NULL, "inspected_on" DATE NOT NULL, "inspector" TEXT NOT NULL, "findings" TEXT NOT NULL, "violation" TEXT NOT NULL, "rectify_by" DATE, "rectified_on" DATE, FOREIGN KEY ("renovation_id") REFERENCES "renovation" ("id") ON DELETE RESTRICT);
CREATE INDEX "renovation_inspection_renovation_id" ON "renovation_inspection" ("renovation_id");
CREATE TABLE "deposit_settlement" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "number" TEXT NOT NULL, "renovation_id" TEXT NOT NULL, "deposit" INTEGER NOT NULL, "deductions" INTEGER NOT NULL, "refunded" INTEGER NOT NULL, "refund_id" TEXT, "method" TEXT NOT NULL, "business_date" DATE NOT NULL, "approved_by" TEXT NOT NULL, FOREIGN KEY ("renovation_id") REFERENCES "renovation" ("id") ON DELETE RESTRICT, FOREIGN KEY ("refund_id") REFERENCES "refund" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "deposit_settlement_number" ON "deposit_settlement" ("number");
CREATE UNIQUE INDEX "deposit_settlement_renovation_id" ON "deposit_settlement" ("renovation_id");
CREATE INDEX "deposit_settlement_refund_id" ON "deposit_settlement" ("refund_id");
CREATE TABLE "deposit_deduction" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "settlement_id" TEXT NOT NULL, "line_no" INTEGER NOT NULL, "reason" TEXT NOT NULL, "amount" INTEGER NOT NULL, FOREIGN KEY ("settlement_id") REFERENCES "deposit_settlement" ("id") ON DELETE RESTRICT);
CREATE INDEX "deposit_deduction_settlement_id" ON "deposit_deduction" ("settlement_id");
CREATE TABLE "expense_claim" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "number" TEXT NOT NULL, "claimant" TEXT NOT NULL, "claim_date" DATE NOT NULL, "purpose" TEXT NOT NULL, "total" INTEGER NOT NULL, "submitted_by" TEXT NOT NULL, "status" TEXT NOT NULL, "decided_by" TEXT NOT NULL, "decided_at" TEXT, "decision_note" TEXT NOT NULL, "paid_on" DATE, "paid_by" TEXT NOT NULL, "pay_method" TEXT NOT NULL);
CREATE UNIQUE INDEX "expense_claim_number" ON "expense_claim" ("number");
CREATE INDEX "expense_claim_claim_date" ON "expense_claim" ("claim_date");
CREATE INDEX "expense_claim_status" ON "expense_claim" ("status");
CREATE INDEX "expense_claim_paid_on" ON "expense_claim" ("paid_on");
CREATE TABLE "expense_line" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "claim_id" TEXT NOT NULL, "line_no" INTEGER NOT NULL, "category" TEXT NOT NULL, "description" TEXT NOT NULL, "spent_on" DATE NOT NULL, "amount" INTEGER NOT NULL, "bills" INTEGER NOT NULL, FOREIGN KEY ("claim_id") REFERENCES "expense_claim" ("id") ON DELETE RESTRICT);
CREATE INDEX "expense_line_claim_id" ON "expense_line" ("claim_id");
CREATE INDEX "expense_line_category" ON "expense_line" ("category");
CREATE TABLE "staff_building" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "user_id" TEXT NOT NULL, "building_id" TEXT NOT NULL, FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("building_id") REFERENCES "building" ("id") ON DELETE RESTRICT);
CREATE INDEX "staff_building_user_id" ON "staff_building" ("user_id");
CREATE INDEX "staff_building_building_id" ON "staff_building" ("building_id");
CREATE UNIQUE INDEX "staff_building_user_id_building_id" ON "staff_building" ("user_id", "building_id");
CREATE TABLE "appraisal" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "user_id" TEXT NOT NULL, "display_name" TEXT NOT NULL, "period" TEXT NOT NULL, "complaints" INTEGER NOT NULL, "complaints_on_time" INTEGER NOT NULL, "valid_complaints" INTEGER NOT NULL, "visited" INTEGER NOT NULL, "repairs" INTEGER NOT NULL, "repairs_on_time" INTEGER NOT NULL, "billed" INTEGER NOT NULL, "settled" INTEGER NOT NULL, "voids" INTEGER NOT NULL, "manual" TEXT NOT NULL, "total" INTEGER NOT NULL, "note" TEXT NOT NULL, "status" TEXT NOT NULL, "scored_by" TEXT NOT NULL, "confirmed_by" TEXT NOT NULL, "confirmed_at" TEXT, FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE RESTRICT);
CREATE INDEX "appraisal_user_id" ON "appraisal" ("user_id");
CREATE INDEX "appraisal_period" ON "appraisal" ("period");
CREATE UNIQUE INDEX "appraisal_user_id_period" ON "appraisal" ("user_id", "period");
CREATE TABLE "community_event" ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "year" INTEGER NOT NULL, "planned_month" INTEGER NOT NULL, "title" TEXT NOT NULL, "kind" TEXT NOT NULL, "planned_budget" INTEGER NOT NULL, "status" TEXT NOT NULL, "held_on" DATE, "place" TEXT NOT NULL, "participants" INTEGER NOT NULL, "spent" INTEGER NOT NULL, "organiser" TEXT NOT NULL, "summary" TEXT NOT NULL);
CREATE INDEX "community_event_year" ON "community_event" ("year");
"""

MUTABLE = (
    "mail_item",
    "outgoing_mail",
    "visitor",
    "reception",
    "notice_posting",
    "renovation",
    "renovation_charge",
    "renovation_inspection",
    "expense_claim",
    "staff_building",
    "appraisal",
    "community_event",
)
# Claim lines never change once submitted: a correction is a new claim.
FINAL = ("notice", "deposit_settlement", "deposit_deduction", "expense_line")


def statements() -> list[str]:
    sql = [s.strip() for s in DDL.split(";") if s.strip()]
    for table in MUTABLE:
        sql += row_version_trigger_sql(table)
    for table in FINAL:
        sql += append_only_trigger_sql(table, f"{table} rows are final once written")
    return sql
