"""Opening and closing an office's database file, as the GUI, the CLI and tests do."""

from __future__ import annotations

from pathlib import Path

from app.db import DatabaseOpenError, close_database, open_database
from app.services.settings import ensure_office_identity

__all__ = ["DatabaseOpenError", "close_office", "open_office"]


def open_office(path: Path) -> Path:
    """Opens (creating and migrating as needed) and gives a new file its office id."""
    open_database(path)
    ensure_office_identity()
    return path


def close_office() -> None:
    close_database()
