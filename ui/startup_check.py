"""The start-up quick_check, run while the login dialog waits for the password.

On a large office file (a year of a 20,000-unit office is ≈ 700 MB) SQLite's quick_check takes
about a second; run before the login it would delay the window by that much. The file is
opened without it (a file that needs migrating is still checked first, in app.db), the check
runs on its own read-only connection in a thread, and the login waits for its answer before it
writes anything — so a damaged file still gets its message and restore offer before anyone
works in it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.office import DatabaseDamaged, check_file


class DeferredCheck:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._problem: DatabaseDamaged | None = None
        self._done = threading.Event()
        threading.Thread(target=self._run, name="quick_check", daemon=True).start()

    def _run(self) -> None:
        try:
            self._problem = check_file(self.path)
        finally:
            self._done.set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def problem(self) -> DatabaseDamaged | None:
        """Waits for the answer (a busy cursor while it does)."""
        if not self._done.is_set():
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._done.wait()
            finally:
                QApplication.restoreOverrideCursor()
        return self._problem
