"""The migration ladder: ordered steps kept in code (they ship inside a frozen build).

Each step runs in one transaction together with the new `PRAGMA user_version`, so a power
cut leaves the file at the previous step. DDL is frozen text in each step, never generated
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
    v0014_procedures,
)

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
    Migration(
        14,
        "office procedures: mail, visitors, receptions, notices, renovations",
        v0014_procedures.statements,
    ),
)
CURRENT_VERSION = LADDER[-1].version


def current_version(db: pw.SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: pw.SqliteDatabase, target: int = CURRENT_VERSION) -> list[int]:
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
    return applied
