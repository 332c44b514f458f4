"""The migration ladder: ordered steps kept in code (they ship inside a frozen build).

Each step runs in one transaction together with the new `PRAGMA user_version`, so a power
cut leaves the file at the previous step. After a climb (or whenever they are incomplete)
the sync capture triggers are regenerated for the tables and columns now; a step that drops
or renames a column of a synced table drops that table's `sync_capture_*` triggers first. DDL is frozen text in each step, never generated
from today's models: a step must build the same schema next year as it does now.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import peewee as pw

from app import __version__
from app.clock import to_utc_text, utcnow
from app.db import APPLICATION_ID
from app.migrations import (
    v0001_foundation,
    v0002_archive_core,
    v0003_archive_records,
    v0004_search_index,
    v0005_billing,
    v0006_stock,
    v0007_service_desk,
    v0008_sync,
    v0009_parking,
    v0011_service_more,
    v0012_fees_archive_fixes,
    v0013_month_close,
    v0014_procedures,
    v0015_repair_materials_from_stock,
    v0016_drop_redundant_indexes,
    v0017_handover_corrections,
    v0018_unit_code_order,
)
from app.sync import capture

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: Callable[[], Sequence[str]]


LADDER: tuple[Migration, ...] = (
    Migration(1, "foundation: settings, numbering, accounts, audit", v0001_foundation.statements),
    Migration(
        2, "archive core: community, buildings, units, owners", v0002_archive_core.statements
    ),
    Migration(
        3,
        "archive records: pinyin, attachments, move-in/out, vacancy",
        v0003_archive_records.statements,
    ),
    Migration(
        4, "global search index: terms, trigrams, short grams", v0004_search_index.statements
    ),
    Migration(5, "fees: items, rates, charges, payments, receipts", v0005_billing.statements),
    Migration(6, "warehouse: items, stock documents, stocktakes", v0006_stock.statements),
    Migration(7, "service desk: holidays, complaints, repairs", v0007_service_desk.statements),
    Migration(8, "sync to head office: state, outbox, batches", v0008_sync.statements),
    Migration(9, "parking: spaces, tariffs, shifts, invoice books", v0009_parking.statements),
    Migration(
        11,
        "service desk: repair materials, surveys, incidents",
        v0011_service_more.statements,
    ),
    Migration(
        12,
        "fees and archive fixes: meter change, refund cashier, final handovers and permits",
        v0012_fees_archive_fixes.statements,
    ),
    Migration(
        13, "month close: closes and reopens, closed-month guards", v0013_month_close.statements
    ),
    Migration(
        14,
        "office procedures: mail, visitors, receptions, notices, renovations",
        v0014_procedures.statements,
    ),
    Migration(
        15,
        "repair materials read from the stock documents that name the repair",
        v0015_repair_materials_from_stock.statements,
    ),
    Migration(
        16,
        "indexes that repeat a wider index's leading columns dropped",
        v0016_drop_redundant_indexes.statements,
    ),
    Migration(17, "handover forms corrected by new forms", v0017_handover_corrections.statements),
    Migration(18, "units in counting order", v0018_unit_code_order.statements),
)
FIRST_SYNCED_VERSION = 8
CURRENT_VERSION = LADDER[-1].version


def current_version(db: pw.SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: pw.SqliteDatabase, target: int = CURRENT_VERSION) -> list[int]:
    start = current_version(db)
    climbing = any(start < step.version <= target for step in LADDER)
    # the columns before the climb, to re-capture the tables it changes (only when it climbs)
    layout_before = capture.column_layout(db) if climbing and start >= FIRST_SYNCED_VERSION else {}
    applied = []
    for step in LADDER:
        if current_version(db) >= step.version or step.version > target:
            continue
        log.info("migrating database to schema %s (%s)", step.version, step.name)
        with db.atomic():
            for sql in step.statements():
                db.execute_sql(sql)
            db.execute_sql(
                "INSERT INTO schema_history (version, name, applied_at, app_version) "
                "VALUES (?, ?, ?, ?)",
                (step.version, step.name, to_utc_text(utcnow()), __version__),
            )
            db.execute_sql(f"PRAGMA user_version = {int(step.version)}")
            db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        applied.append(step.version)
    if current_version(db) >= FIRST_SYNCED_VERSION and (
        applied or not capture.triggers_complete(db)
    ):
        with db.atomic():  # every climb regenerates capture for the tables and columns now
            capture.refresh_after_migration(db, layout_before)
    return applied
