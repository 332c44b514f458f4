"""Where the office's files live by default (platform folders, never hand-made paths)."""

from pathlib import Path

import platformdirs

APP_NAME = "PropDesk"
APP_AUTHOR = "PropDesk"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, ensure_exists=True))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR, ensure_exists=True))


def default_database_path() -> Path:
    return data_dir() / "office.db"
