"""Base models: one database handle, UUID keys, UTC timestamps, row versions."""

from __future__ import annotations

from datetime import datetime

import peewee as pw

from app.clock import from_utc_text, to_utc_text, utcnow
from app.db import database
from app.ids import new_id


class IdField(pw.Field):
    """UUID as canonical text. TEXT affinity matters: a 'UUID' column has NUMERIC affinity
    in SQLite and would turn an all-digit value into a number."""

    field_type = "TEXT"

    def db_value(self, value: object) -> str | None:
        return None if value is None else str(value)


class UtcDateTimeField(pw.Field):
    """An instant stored as sortable UTC text ('2026-11-27T04:32:12.123Z')."""

    field_type = "TEXT"

    def db_value(self, value: datetime | str | None) -> str | None:
        if value is None or isinstance(value, str):
            return value
        return to_utc_text(value)

    def python_value(self, value: str | None) -> datetime | None:
        return None if value is None else from_utc_text(value)


class LocalModel(pw.Model):
    """Tables that stay in this office's database (settings, counters)."""

    class Meta:
        database = database
        legacy_table_names = False


class BaseModel(LocalModel):
    """Tables that sync: time-ordered UUID key, created/updated in UTC, a row version that a
    trigger also bumps for writes that bypass save() (update(), raw SQL)."""

    id = IdField(primary_key=True, default=new_id)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)
    row_version = pw.IntegerField(default=1)

    def __init__(self, *args: object, **kwargs: object) -> None:
        self._persisted = bool(kwargs.get("__no_default__"))
        super().__init__(*args, **kwargs)

    def save(self, force_insert: bool = False, only: object = None) -> int:
        if not self._persisted:
            force_insert = True
        elif not force_insert:
            self.updated_at = utcnow()
            self.row_version += 1
        rows = super().save(force_insert=force_insert, only=only)
        self._persisted = True
        return rows


def row_version_trigger_sql(table: str) -> list[str]:
    """DDL of the trigger that keeps row_version/updated_at honest on every UPDATE path."""
    return [
        f"DROP TRIGGER IF EXISTS {table}_row_version",
        f"""CREATE TRIGGER {table}_row_version AFTER UPDATE ON {table}
        FOR EACH ROW WHEN NEW.row_version = OLD.row_version
        BEGIN
            UPDATE {table} SET row_version = OLD.row_version + 1,
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            WHERE id = NEW.id;
        END""",
    ]


def append_only_trigger_sql(table: str, message: str) -> list[str]:
    """DDL that makes a table insert-only: issued records are final (DESIGN.md)."""
    return [
        f"DROP TRIGGER IF EXISTS {table}_no_update",
        f"DROP TRIGGER IF EXISTS {table}_no_delete",
        f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END",
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END",
    ]
