"""The one place that opens the office database.

Every connection (the GUI thread's and each worker's: peewee keeps one per thread) gets the
same pragmas. Opening checks the SQLite library, refuses damaged or newer files before
touching them, backs the file up, then climbs the migration ladder.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import peewee as pw

from app.errors import QT_TRANSLATE_NOOP, UserError
from app.sync import capture

log = logging.getLogger(__name__)

MIN_SQLITE = (3, 38, 0)  # json_object() for sync capture, RETURNING for numbering
APPLICATION_ID = 0x50524F50  # "PROP": marks a file as a PropDesk office database
BUSY_TIMEOUT_MS = 10_000

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: in WAL mode NORMAL can lose the last receipts on power loss
    "busy_timeout": BUSY_TIMEOUT_MS,
    "recursive_triggers": 1,  # so INSERT OR REPLACE fires DELETE triggers
    "cache_size": -32_000,
    "temp_store": 2,
}


class OfficeDatabase(pw.SqliteDatabase):
    """SqliteDatabase whose COMMIT closes the sync capture's transaction group first and
    tells the push worker afterwards (app/sync/capture.py)."""

    def _initialize_connection(self, conn) -> None:
        super()._initialize_connection(conn)
        capture.forget_connection(conn)  # a new connection may reuse a closed one's id

    def commit(self) -> None:
        captured = capture.close_transaction_group(self)
        super().commit()
        if captured:
            capture.notify_committed()


# Writes start with BEGIN IMMEDIATE: taking the write lock up front avoids the deadlock two
# processes hit when both upgrade a read transaction to a write.
database = OfficeDatabase(None, pragmas=PRAGMAS, lock_type="IMMEDIATE")


class DatabaseOpenError(UserError):
    context = "db"


class SqliteTooOld(DatabaseOpenError):
    pass


class DatabaseTooNew(DatabaseOpenError):
    pass


class DatabaseDamaged(DatabaseOpenError):
    pass


class NotAnOfficeDatabase(DatabaseOpenError):
    pass


def check_sqlite_version(version: tuple[int, int, int] = sqlite3.sqlite_version_info) -> None:
    if version < MIN_SQLITE:
        raise SqliteTooOld(
            QT_TRANSLATE_NOOP(
                "db",
                "This computer's SQLite library is version {found}; PropDesk needs {needed} "
                "or newer. Install the current PropDesk package, which ships its own.",
            ),
            found=".".join(map(str, version)),
            needed=".".join(map(str, MIN_SQLITE)),
        )


def inspect_file(path: Path, *, check: bool = True) -> tuple[int, int]:
    """(schema version, application id) of an existing file, read-only; raises if damaged.
    `check=False` leaves out the quick_check (the caller runs `problem_of` later)."""
    with path.open("rb") as handle:
        header = handle.read(16)
    if header and header != b"SQLite format 3\x00":
        raise damaged(path, "not an SQLite file")
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            if check:
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise damaged(path, result)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise damaged(path, str(exc)) from exc
    return version, app_id


def problem_of(path: Path) -> DatabaseDamaged | None:
    """PRAGMA quick_check on a read-only connection of its own (any thread may run it)."""
    try:
        inspect_file(path)
    except DatabaseDamaged as exc:
        return exc
    return None


def damaged(path: Path, detail: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "db",
            "The office database {path} is damaged ({detail}). It was left untouched. "
            "Restore the newest backup or call head office IT.",
        ),
        path=str(path),
        detail=detail,
    )


def backup_file(source: Path, target: Path) -> Path:
    """Copy a database with SQLite's online backup API (safe while others use it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def open_database(path: Path | str, *, migrate: bool = True, check: bool = True) -> list[int]:
    """Open (creating if needed) the office database; returns the migrations applied.

    `check=False` defers the quick_check of an up-to-date file to the caller (the GUI runs it
    while the login dialog waits: on a large file it takes a second); a file that needs
    migrating is always checked first."""
    from app import migrations  # the ladder imports the models, which import this module

    check_sqlite_version()
    path = Path(path)
    version = 0
    if path.exists() and path.stat().st_size > 0:
        version, app_id = inspect_file(path, check=check)
        if app_id not in (0, APPLICATION_ID):
            raise NotAnOfficeDatabase(
                QT_TRANSLATE_NOOP("db", "{path} is an SQLite file of another program."),
                path=str(path),
            )
        if version > migrations.CURRENT_VERSION:
            raise DatabaseTooNew(
                QT_TRANSLATE_NOOP(
                    "db",
                    "The office database {path} was written by a newer PropDesk (schema "
                    "{found}; this program knows up to {known}). Install the newer version; "
                    "the file was not changed.",
                ),
                path=str(path),
                found=version,
                known=migrations.CURRENT_VERSION,
            )
        if 0 < version < migrations.CURRENT_VERSION and migrate:
            if not check and (problem := problem_of(path)) is not None:
                raise problem
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            saved = backup_file(path, path.with_name(f"{path.name}.v{version}-{stamp}.bak"))
            log.info("backed up %s to %s before migrating", path, saved)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)

    if not database.is_closed():
        database.close()
    database.init(str(path), pragmas=PRAGMAS)
    try:
        database.connect(reuse_if_open=True)
        return migrations.migrate(database) if migrate else []
    except pw.DatabaseError as exc:
        if check:
            raise
        database.close()  # unchecked and unreadable: report it as damaged, untouched
        raise damaged(path, str(exc)) from exc


def close_database() -> None:
    if database.database and not database.is_closed():
        database.close()


def database_path() -> Path:
    return Path(database.database)


@contextmanager
def transaction() -> Iterator[None]:
    """One user action = one transaction (nested calls become savepoints)."""
    with database.atomic():
        yield


def close_thread_connection() -> None:
    """Background workers close their own connection when their task ends."""
    if database.database and not database.is_closed():
        database.close()
