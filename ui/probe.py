"""Start-up timing probe for benchmarks/ (inactive unless PROPDESK_PROBE is set).

The benchmark starts the real program and reads these lines, so it measures the real start
path instead of a copy of it: `probe login_window` once the login dialog is up, then (with
PROPDESK_PROBE_LOGIN=user:password) the login is made and `probe main_window SECONDS` gives
the time from pressing Log in to a usable main window, after which the program quits.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

_started: list[float] = []
TYPING_MS = 500  # a person takes longer than this to type a password


def active() -> bool:
    return bool(os.environ.get("PROPDESK_PROBE"))


def _say(*words: object) -> None:
    print("probe", *words, flush=True)
    sys.stdout.flush()


def login_shown(dialog: QDialog) -> None:
    if not active():
        return

    QTimer.singleShot(0, lambda: _say("login_window"))

    def fire() -> None:
        credentials = os.environ.get("PROPDESK_PROBE_LOGIN")
        if not credentials:
            dialog.reject()
            return
        user, _, password = credentials.partition(":")
        dialog.username.setText(user)  # type: ignore[attr-defined]
        dialog.password.setText(password)  # type: ignore[attr-defined]
        _started.append(time.perf_counter())
        dialog.try_login()  # type: ignore[attr-defined]

    QTimer.singleShot(TYPING_MS, fire)


def main_window_shown(window: QMainWindow) -> None:
    if not active() or not _started:
        return

    def fire() -> None:
        from ui.tasks import wait_for_all

        QApplication.processEvents()
        wait_for_all(10_000)
        QApplication.processEvents()
        window.repaint()
        _say("main_window", f"{time.perf_counter() - _started[0]:.4f}")
        window.close()

    QTimer.singleShot(0, fire)
