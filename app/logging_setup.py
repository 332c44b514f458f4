"""A rotating log file in the platform log folder; the ORM's logger kept quiet."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.paths import log_dir

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return log_dir() / "propdesk.log"


def configure_logging(debug: bool = False) -> Path:
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "propdesk", False) for h in root.handlers):
        return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.propdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    if debug:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(LOG_FORMAT))
        console.propdesk = True  # type: ignore[attr-defined]
        root.addHandler(console)
    logging.getLogger("peewee").setLevel(logging.INFO if debug else logging.WARNING)
    return path
