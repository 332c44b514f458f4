"""Schema 1: office settings, document numbering, accounts, roles, audit trail."""

from app.models.base import append_only_trigger_sql, row_version_trigger_sql

TABLES = """
CREATE TABLE schema_history ("version" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL,
    "applied_at" TEXT NOT NULL, "app_version" TEXT NOT NULL);
CREATE TABLE office_setting ("key" TEXT NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE document_sequence ("doc_type" TEXT NOT NULL, "year" INTEGER NOT NULL,
    "last_number" INTEGER NOT NULL, PRIMARY KEY ("doc_type", "year"));
CREATE TABLE app_user ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL,
    "username" TEXT NOT NULL COLLATE NOCASE, "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL, "is_active" INTEGER NOT NULL, "failed_logins" INTEGER NOT NULL,
    "locked_until" TEXT, "last_login_at" TEXT);
CREATE UNIQUE INDEX app_user_username ON app_user ("username");
CREATE TABLE user_role ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "user_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    FOREIGN KEY ("user_id") REFERENCES app_user ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX user_role_user_id_role ON user_role ("user_id", "role");
CREATE TABLE audit_log ("id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL, "at" TEXT NOT NULL,
    "user_id" TEXT, "username" TEXT NOT NULL, "action" TEXT NOT NULL, "table_name" TEXT,
    "record_id" TEXT, "before" TEXT, "after" TEXT, "detail" TEXT,
    FOREIGN KEY ("user_id") REFERENCES app_user ("id") ON DELETE RESTRICT);
CREATE INDEX audit_log_at ON audit_log ("at");
CREATE INDEX audit_log_user_id ON audit_log ("user_id");
CREATE INDEX audit_log_action ON audit_log ("action");
CREATE INDEX audit_log_record_id ON audit_log ("record_id");
"""


def statements() -> list[str]:
    sql = [s.strip() for s in TABLES.split(";") if s.strip()]
    for table in ("app_user", "user_role"):
        sql += row_version_trigger_sql(table)
    sql += append_only_trigger_sql("audit_log", "audit_log is append-only")
    return sql
