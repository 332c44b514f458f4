"""Opening and closing an office's database file, as the GUI, the CLI and tests do."""

from __future__ import annotations

from pathlib import Path

import peewee as pw

from app.db import (
    DatabaseDamaged,
    DatabaseOpenError,
    close_database,
    damaged,
    open_database,
    problem_of,
)
from app.services.settings import ensure_office_identity

__all__ = ["DatabaseDamaged", "DatabaseOpenError", "check_file", "close_office", "open_office"]


def open_office(path: Path, *, check: bool = True) -> Path:
    """Opens (creating and migrating as needed) and gives a new file its office id;
    `check=False`: the caller runs the quick_check itself (app.db.problem_of)."""
    open_database(path, check=check)
    try:
        ensure_office_identity()
    except pw.DatabaseError as exc:  # a damaged page met before the deferred check ran
        close_database()
        raise damaged(path, str(exc)) from exc
    return path


def close_office() -> None:
    close_database()


def check_file(path: Path) -> DatabaseDamaged | None:
    """The quick_check of an office file on a read-only connection of its own (any thread)."""
    return problem_of(path)
