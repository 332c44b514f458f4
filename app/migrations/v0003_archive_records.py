"""Schema 3: archive records — pinyin keys for search, owner kinds, resident details,
attachments, move-in (入伙), move-out permits (放行条), vacancy notices and inspections."""

from app.models.base import row_version_trigger_sql

_BASE = (
    '"id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, '
    '"updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL'
)

STATEMENTS = f"""
ALTER TABLE owner ADD COLUMN "name_pinyin" TEXT NOT NULL DEFAULT '';
ALTER TABLE owner ADD COLUMN "name_initials" TEXT NOT NULL DEFAULT '';
ALTER TABLE owner ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'person';
UPDATE owner SET kind = 'company' WHERE id_type = 'credit_code';
CREATE INDEX owner_id_number ON owner ("id_number");
ALTER TABLE resident ADD COLUMN "name_pinyin" TEXT NOT NULL DEFAULT '';
ALTER TABLE resident ADD COLUMN "name_initials" TEXT NOT NULL DEFAULT '';
ALTER TABLE resident ADD COLUMN "gender" TEXT NOT NULL DEFAULT '';
ALTER TABLE resident ADD COLUMN "family_role" TEXT NOT NULL DEFAULT '';
ALTER TABLE resident ADD COLUMN "move_in_date" DATE;
ALTER TABLE resident ADD COLUMN "move_out_date" DATE;
CREATE TABLE attachment ({_BASE}, "table_name" TEXT NOT NULL, "record_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL, "content_hash" TEXT NOT NULL, "size_bytes" INTEGER NOT NULL,
    "media_type" TEXT NOT NULL, "description" TEXT NOT NULL, "uploaded_by" TEXT NOT NULL);
CREATE INDEX attachment_table_name_record_id ON attachment ("table_name", "record_id");
CREATE TABLE handover ({_BASE}, "number" TEXT NOT NULL, "unit_id" TEXT NOT NULL,
    "owner_id" TEXT, "handover_date" DATE NOT NULL, "keys_handed" INTEGER NOT NULL,
    "key_notes" TEXT NOT NULL, "water_reading" INTEGER, "electricity_reading" INTEGER,
    "gas_reading" INTEGER, "checklist" TEXT NOT NULL, "handled_by" TEXT NOT NULL,
    "remarks" TEXT NOT NULL,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("owner_id") REFERENCES owner ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX handover_number ON handover ("number");
CREATE UNIQUE INDEX handover_unit_id ON handover ("unit_id");
CREATE INDEX handover_owner_id ON handover ("owner_id");
CREATE TABLE move_out_permit ({_BASE}, "number" TEXT NOT NULL, "unit_id" TEXT NOT NULL,
    "applicant_name" TEXT NOT NULL, "applicant_phone" TEXT NOT NULL, "items" TEXT NOT NULL,
    "plate" TEXT NOT NULL, "planned_date" DATE NOT NULL, "arrears_fen" INTEGER NOT NULL,
    "override_by" TEXT, "override_reason" TEXT, "status" TEXT NOT NULL,
    "issued_by" TEXT NOT NULL, "exited_at" TEXT, "exit_checked_by" TEXT,
    "cancel_reason" TEXT,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX move_out_permit_number ON move_out_permit ("number");
CREATE INDEX move_out_permit_unit_id ON move_out_permit ("unit_id");
CREATE INDEX move_out_permit_status ON move_out_permit ("status");
CREATE TABLE vacancy_notice ({_BASE}, "unit_id" TEXT NOT NULL, "owner_id" TEXT,
    "notice_date" DATE NOT NULL, "start_date" DATE NOT NULL, "end_date" DATE,
    "remarks" TEXT NOT NULL,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("owner_id") REFERENCES owner ("id") ON DELETE RESTRICT);
CREATE INDEX vacancy_notice_unit_id ON vacancy_notice ("unit_id");
CREATE INDEX vacancy_notice_owner_id ON vacancy_notice ("owner_id");
CREATE TABLE vacancy_inspection ({_BASE}, "unit_id" TEXT NOT NULL,
    "inspection_date" DATE NOT NULL, "inspector" TEXT NOT NULL, "findings" TEXT NOT NULL,
    "needs_action" INTEGER NOT NULL,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT);
CREATE INDEX vacancy_inspection_unit_id ON vacancy_inspection ("unit_id");
"""

NEW_TABLES = ("attachment", "handover", "move_out_permit", "vacancy_notice", "vacancy_inspection")


def statements() -> list[str]:
    sql = [s.strip() for s in STATEMENTS.split(";") if s.strip()]
    for table in NEW_TABLES:
        sql += row_version_trigger_sql(table)
    return sql
