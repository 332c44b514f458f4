"""Schema 11: more of the service desk — materials and charges of a repair, satisfaction
surveys (顾客意见调查: questionnaires, rounds, answers, improvement actions) and incidents
(紧急事件) with their timeline."""

from app.models.base import row_version_trigger_sql

_BASE = (
    '"id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, '
    '"updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL'
)

STATEMENTS = f"""
CREATE TABLE repair_material ({_BASE}, "repair_id" TEXT NOT NULL, "item_id" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL, "amount" INTEGER NOT NULL, "stock_document_id" TEXT NOT NULL,
    FOREIGN KEY ("repair_id") REFERENCES repair_order ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("item_id") REFERENCES stock_item ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("stock_document_id") REFERENCES stock_document ("id") ON DELETE RESTRICT);
CREATE INDEX repair_material_repair_id ON repair_material ("repair_id");
CREATE INDEX repair_material_item_id ON repair_material ("item_id");
CREATE INDEX repair_material_stock_document_id ON repair_material ("stock_document_id");
CREATE TABLE repair_charge ({_BASE}, "repair_id" TEXT NOT NULL, "labour" INTEGER NOT NULL,
    "material" INTEGER NOT NULL, "note" TEXT NOT NULL, "charge_id" TEXT,
    FOREIGN KEY ("repair_id") REFERENCES repair_order ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("charge_id") REFERENCES charge ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX repair_charge_repair_id ON repair_charge ("repair_id");
CREATE INDEX repair_charge_charge_id ON repair_charge ("charge_id");
CREATE TABLE survey_template ({_BASE}, "name" TEXT NOT NULL, "scale" TEXT NOT NULL);
CREATE UNIQUE INDEX survey_template_name ON survey_template ("name");
CREATE TABLE survey_question ({_BASE}, "template_id" TEXT NOT NULL, "seq" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    FOREIGN KEY ("template_id") REFERENCES survey_template ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX survey_question_template_id_seq ON survey_question ("template_id", "seq");
CREATE TABLE survey_round ({_BASE}, "number" TEXT NOT NULL, "template_id" TEXT NOT NULL,
    "title" TEXT NOT NULL, "start_on" DATE NOT NULL, "end_on" DATE NOT NULL,
    FOREIGN KEY ("template_id") REFERENCES survey_template ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX survey_round_number ON survey_round ("number");
CREATE INDEX survey_round_template_id ON survey_round ("template_id");
CREATE TABLE survey_response ({_BASE}, "round_id" TEXT NOT NULL, "unit_id" TEXT,
    "respondent" TEXT NOT NULL, "answered_on" DATE NOT NULL,
    FOREIGN KEY ("round_id") REFERENCES survey_round ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT);
CREATE INDEX survey_response_round_id ON survey_response ("round_id");
CREATE INDEX survey_response_unit_id ON survey_response ("unit_id");
CREATE TABLE survey_answer ({_BASE}, "response_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL, "score" INTEGER NOT NULL,
    FOREIGN KEY ("response_id") REFERENCES survey_response ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("question_id") REFERENCES survey_question ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX survey_answer_response_id_question_id
    ON survey_answer ("response_id", "question_id");
CREATE INDEX survey_answer_question_id ON survey_answer ("question_id");
CREATE TABLE survey_action ({_BASE}, "round_id" TEXT NOT NULL, "question_id" TEXT,
    "action" TEXT NOT NULL, "responsible" TEXT NOT NULL, "due_on" DATE, "done_on" DATE,
    "result" TEXT NOT NULL,
    FOREIGN KEY ("round_id") REFERENCES survey_round ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("question_id") REFERENCES survey_question ("id") ON DELETE RESTRICT);
CREATE INDEX survey_action_round_id ON survey_action ("round_id");
CREATE INDEX survey_action_question_id ON survey_action ("question_id");
CREATE TABLE incident ({_BASE}, "number" TEXT NOT NULL, "kind" TEXT NOT NULL,
    "occurred_at" TEXT NOT NULL, "occurred_on" DATE NOT NULL, "location" TEXT NOT NULL,
    "unit_id" TEXT, "description" TEXT NOT NULL, "recorded_by" TEXT NOT NULL,
    "report_due" DATE NOT NULL, "reported_on" DATE, "reported_to" TEXT NOT NULL,
    "cause" TEXT NOT NULL, "measures" TEXT NOT NULL, "status" TEXT NOT NULL,
    "closed_at" TEXT,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX incident_number ON incident ("number");
CREATE INDEX incident_occurred_on ON incident ("occurred_on");
CREATE INDEX incident_unit_id ON incident ("unit_id");
CREATE INDEX incident_status ON incident ("status");
CREATE TABLE incident_log ({_BASE}, "incident_id" TEXT NOT NULL, "at" TEXT NOT NULL,
    "kind" TEXT NOT NULL, "text" TEXT NOT NULL, "by" TEXT NOT NULL,
    FOREIGN KEY ("incident_id") REFERENCES incident ("id") ON DELETE RESTRICT);
CREATE INDEX incident_log_incident_id ON incident_log ("incident_id");
CREATE INDEX complaint_visit_on ON complaint ("visit_on");
CREATE INDEX repair_order_completed_on ON repair_order ("completed_on");
"""

NEW_TABLES = (
    "repair_material",
    "repair_charge",
    "survey_template",
    "survey_question",
    "survey_round",
    "survey_response",
    "survey_answer",
    "survey_action",
    "incident",
    "incident_log",
)


def statements() -> list[str]:
    sql = [s.strip() for s in STATEMENTS.split(";") if s.strip()]
    for table in NEW_TABLES:
        sql += row_version_trigger_sql(table)
    return sql
