"""Change capture: SQLite triggers on every synced table append to `sync_outbox`.

Triggers see every write path — save(), insert_many(), update(), delete(), raw SQL, and
INSERT OR REPLACE (with recursive_triggers on, its implicit delete fires the delete trigger).
They are generated from the models (which tables sync: BaseModel subclasses) and the live
columns (what the row image holds), and regenerated after every climb of the migration
ladder. They stay silent until sync is configured: the initial snapshot then captures what
already exists, in the same transaction that switches capture on.

Transaction groups: the triggers stamp each change with `sync_state.txn`; just before a
COMMIT the database bumps that number when the transaction captured anything, so a batch
can keep a transaction whole. Writes outside the program (a sqlite3 shell in autocommit)
join the next group: merging groups is harmless, splitting one is what must not happen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import peewee as pw

log = logging.getLogger(__name__)

TRIGGER_PREFIX = "sync_capture_"
_TXN = "(SELECT txn FROM sync_state WHERE id = 1)"
_ENABLED = "(SELECT enabled FROM sync_state WHERE id = 1)"
_CLOSE_GROUP = (
    "UPDATE sync_state SET txn = txn + 1 WHERE id = 1 AND enabled "
    "AND txn = (SELECT txn FROM sync_outbox ORDER BY seq DESC LIMIT 1)"
)

_ready_connections: dict[int, bool] = {}
_listeners: list[Callable[[], None]] = []


def synced_models() -> list[type[pw.Model]]:
    from app.models import ALL_MODELS
    from app.models.base import BaseModel

    return [model for model in ALL_MODELS if issubclass(model, BaseModel)]


def synced_tables() -> list[str]:
    return [model._meta.table_name for model in synced_models()]


def captured_columns(db: pw.Database, model: type[pw.Model]) -> list[str]:
    """The live columns of a synced table, minus the secrets that never leave the office."""
    omitted = set(getattr(model, "sync_omit", ()))
    table = model._meta.table_name
    rows = db.execute_sql(f"PRAGMA table_info({table})").fetchall()
    return [row[1] for row in rows if row[1] not in omitted]


def row_image_sql(alias: str, columns: list[str]) -> str:
    return "json_object(" + ", ".join(f"'{c}', {alias}.{c}" for c in columns) + ")"


def trigger_sql(table: str, columns: list[str], schema_version: int, bumps: bool) -> list[str]:
    """INSERT/UPDATE/DELETE capture triggers of one table.

    `bumps`: the table's row_version trigger re-updates a row whose version a raw UPDATE
    left alone; only the bumped update is captured then, so each change is captured once.
    """
    statements = []
    for op, event, alias in (
        ("I", "INSERT", "NEW"),
        ("U", "UPDATE", "NEW"),
        ("D", "DELETE", "OLD"),
    ):
        when = _ENABLED
        if op == "U" and bumps:
            when += " AND NEW.row_version <> OLD.row_version"
        statements.append(
            f"CREATE TRIGGER {TRIGGER_PREFIX}{table}_{event.lower()} AFTER {event} ON {table} "
            f"WHEN {when} BEGIN "
            "INSERT INTO sync_outbox (txn, table_name, op, row_id, row_version, "
            "schema_version, row_json) VALUES "
            f"({_TXN}, '{table}', '{op}', {alias}.id, {alias}.row_version, {schema_version}, "
            f"{row_image_sql(alias, columns)}); END"
        )
    return statements


def install_triggers(db: pw.Database) -> int:
    """Drop and regenerate every capture trigger; returns how many tables are captured."""
    schema_version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    existing = {
        name: kind
        for name, kind in db.execute_sql(
            "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'trigger')"
        ).fetchall()
    }
    for name, kind in existing.items():
        if kind == "trigger" and name.startswith(TRIGGER_PREFIX):
            db.execute_sql(f"DROP TRIGGER {name}")
    tables = 0
    for model in synced_models():
        table = model._meta.table_name
        if existing.get(table) != "table":
            continue
        bumps = existing.get(f"{table}_row_version") == "trigger"
        for sql in trigger_sql(table, captured_columns(db, model), schema_version, bumps):
            db.execute_sql(sql)
        tables += 1
    _ready_connections.clear()
    return tables


def column_layout(db: pw.Database) -> dict[str, tuple[str, ...]]:
    return {
        model._meta.table_name: tuple(captured_columns(db, model))
        for model in synced_models()
        if _table_exists(db, model._meta.table_name)
    }


def _table_exists(db: pw.Database, table: str) -> bool:
    return bool(
        db.execute_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    )


def triggers_complete(db: pw.Database) -> bool:
    """Every synced table has its three capture triggers (a power cut between a migration
    and the regeneration, or a trigger dropped by hand, shows up here at the next start)."""
    names = {
        (kind, name)
        for kind, name in db.execute_sql(
            "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger')"
        )
    }
    return all(
        ("trigger", f"{TRIGGER_PREFIX}{table}_{event}") in names
        for table in synced_tables()
        if ("table", table) in names
        for event in ("insert", "update", "delete")
    )


def refresh_after_migration(db: pw.Database, layout_before: dict[str, tuple[str, ...]]) -> None:
    """Regenerate the triggers; when sync is on, re-capture whole every table whose columns a
    migration changed, so head office gets the new columns for the rows that exist (issued
    tables are left alone: head office would quarantine their changed images)."""
    from app.sync.protocol import IMMUTABLE_TABLES

    install_triggers(db)
    enabled = db.execute_sql("SELECT enabled, txn FROM sync_state WHERE id = 1").fetchone()
    if not layout_before or not enabled or not enabled[0]:
        return
    txn = enabled[1]
    for model in synced_models():
        table = model._meta.table_name
        before = layout_before.get(table)
        if table in IMMUTABLE_TABLES or not _table_exists(db, table):
            continue
        if before != tuple(captured_columns(db, model)):
            db.execute_sql(snapshot_sql(db, model, txn, 500, op="U" if before else "I"))
            txn = db.execute_sql("SELECT COALESCE(MAX(txn), ?) + 1 FROM sync_outbox",
                                 (txn,)).fetchone()[0]  # fmt: skip
    db.execute_sql("UPDATE sync_state SET txn = ? WHERE id = 1", (txn,))


def snapshot_sql(
    db: pw.Database, model: type[pw.Model], first_txn: int, group: int, op: str = "I"
) -> str:
    """INSERT … SELECT of every existing row of a table as changes (`op`), `group` rows per
    transaction number so the snapshot travels in ordinary-sized batches."""
    table = model._meta.table_name
    schema_version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    image = row_image_sql(table, captured_columns(db, model))
    return (
        "INSERT INTO sync_outbox (txn, table_name, op, row_id, row_version, schema_version, "
        f"row_json) SELECT {first_txn} + (ROW_NUMBER() OVER (ORDER BY {table}.id) - 1) / {group}, "
        f"'{table}', '{op}', {table}.id, {table}.row_version, {schema_version}, {image} "
        f"FROM {table} ORDER BY {table}.id"
    )


def add_commit_listener(listener: Callable[[], None]) -> None:
    """`listener()` runs after each COMMIT that captured changes (on the committing thread)."""
    _listeners.append(listener)


def remove_commit_listener(listener: Callable[[], None]) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def forget_connection(connection: object) -> None:
    _ready_connections.pop(id(connection), None)


def close_transaction_group(db: pw.Database) -> bool:
    """Before COMMIT: give the next transaction a new group number if this one captured."""
    connection = db.connection()
    ready = _ready_connections.get(id(connection))
    if ready is None:
        ready = bool(
            db.execute_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'"
            ).fetchone()
        )
        _ready_connections[id(connection)] = ready
    if not ready:
        return False
    return db.execute_sql(_CLOSE_GROUP).rowcount > 0


def notify_committed() -> None:
    """A listener that fails (its window is gone) is dropped: a commit never fails for it."""
    for listener in list(_listeners):
        try:
            listener()
        except Exception:
            log.exception("commit listener failed; removed")
            remove_commit_listener(listener)
