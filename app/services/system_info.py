"""Facts for the About page and support calls."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app import __version__
from app.db import database, database_path
from app.logging_setup import log_file
from app.services import settings


@dataclass(frozen=True)
class SystemInfo:
    app_version: str
    database: str
    schema_version: int
    sqlite_version: str
    office_id: str
    office_name: str
    log_file: str


def system_info() -> SystemInfo:
    return SystemInfo(
        app_version=__version__,
        database=str(database_path()),
        schema_version=database.execute_sql("PRAGMA user_version").fetchone()[0],
        sqlite_version=sqlite3.sqlite_version,
        office_id=settings.get(settings.OFFICE_ID),
        office_name=settings.get(settings.OFFICE_NAME),
        log_file=str(log_file()),
    )
