"""One temporary folder per session for copies of stored files the user opens (a scanned
contract opened from the unit record). The viewer programs keep reading them after we hand
them over, so they can't be deleted at once; the folder goes when the program quits.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

PREFIX = "propdesk-files-"
LEGACY = "propdesk-files"  # the shared folder older versions never cleaned

_folder: Path | None = None


def session_folder() -> Path:
    """The session's folder, made on first use and removed at exit."""
    global _folder
    if _folder is None or not _folder.is_dir():
        shutil.rmtree(Path(tempfile.gettempdir()) / LEGACY, ignore_errors=True)
        _folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(remove_session_folder)
        atexit.register(remove_session_folder)  # also after a quit without aboutToQuit
    return _folder


def remove_session_folder() -> None:
    """Deletes the copies; a file still open in a viewer (Windows) is left to the OS."""
    global _folder
    if _folder is not None:
        shutil.rmtree(_folder, ignore_errors=True)
        _folder = None
