"""Starting the GUI: Qt application, language, database, first start, login, main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.clock import local_today
from app.paths import data_dir, default_database_path
from app.services import auth, settings
from app.services.office import DatabaseOpenError, close_office, open_office
from app.services.permissions import Actor
from ui import probe

log = logging.getLogger(__name__)

ORGANIZATION = "PropDesk"
APPLICATION = "PropDesk"
DEMO_UNITS = 2000


def create_application(argv: list[str] | None = None) -> QApplication:
    from ui import i18n

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    i18n.install_translators(app, i18n.chosen_language())
    return app


def demo_database_path() -> Path:
    return data_dir() / "demo-office.db"


def run_gui(args: argparse.Namespace) -> int:
    if args.self_test:
        return self_test(args.db)
    app = create_application()
    from ui.dialogs.errors import install_excepthook
    from ui.instance import InstanceGuard, bring_forward, second_start

    install_excepthook()
    path = args.db or (demo_database_path() if args.demo else default_database_path())
    guard = InstanceGuard(path)  # before the database is touched: one PropDesk per file
    if not guard.acquire():
        return second_start(guard)
    guard.activation_requested.connect(bring_forward)
    try:
        if args.demo and not path.exists() and not _create_demo(path):
            return 1
        if not _open_or_recover(path, defer_check=True):
            return 1
        session: list[Actor] = []
        code = _session_loop(app, demo=args.demo, session=session, path=path)
        _after_session(session)
        return code
    finally:
        close_office()
        guard.release()
        _restart_if_asked()


def open_or_problem(path: Path, *, check: bool = True) -> DatabaseOpenError | None:
    """Opens the office database (quick_check first unless deferred); the problem if not."""
    try:
        open_office(path, check=check)
    except DatabaseOpenError as exc:
        return exc
    return None


def _open_or_recover(path: Path, *, defer_check: bool = False) -> bool:
    """A damaged file gets the message and the offer to restore the newest good backup.
    With `defer_check`, an existing file's quick_check runs while the login waits."""
    from app.services.backup import DatabaseDamaged
    from ui.dialogs.errors import show_error
    from ui.startup_backup import offer_restore

    existed = path.exists()
    problem = open_or_problem(path, check=not defer_check)
    if isinstance(problem, DatabaseDamaged):
        if not offer_restore(path, problem):
            return False
        problem = open_or_problem(path)
    if problem is not None:
        show_error(None, problem)
        return False
    global _startup_check
    _startup_check = None
    if defer_check and existed:
        from ui.startup_check import DeferredCheck

        _startup_check = DeferredCheck(path)
    return True


_startup_check = None  # ui.startup_check.DeferredCheck while the start-up check is pending


def _check_before_login(path: Path, found: list) -> Callable[[], bool]:
    """Asked by the login dialog before it writes: False when the deferred check found damage."""

    def may_proceed() -> bool:
        global _startup_check
        check, _startup_check = _startup_check, None
        problem = check.problem() if check is not None else None
        if problem is not None:
            found.append(problem)
        return problem is None

    return may_proceed


def _recover_after_login(path: Path, problem) -> bool:
    """The deferred check found damage: close the file, then the usual message and offer."""
    from ui.dialogs.errors import show_error
    from ui.startup_backup import offer_restore

    close_office()
    if not offer_restore(path, problem):
        return False
    reopened = open_or_problem(path)
    if reopened is not None:
        show_error(None, reopened)
        return False
    return True


def _after_session(session: list[Actor]) -> None:
    """The exit backup, once someone worked in the program (not after a restore)."""
    from ui.startup_backup import exit_backup, restart_requested
    from ui.tasks import wait_for_all

    wait_for_all()
    if session and not restart_requested() and not probe.active():
        exit_backup()


def _restart_if_asked() -> None:
    from PySide6.QtCore import QProcess

    from ui.startup_backup import restart_requested

    if restart_requested():
        frozen = getattr(sys, "frozen", False)  # a PyInstaller build is its own interpreter
        QProcess.startDetached(sys.executable, sys.argv[1:] if frozen else sys.argv)


def _create_demo(path: Path) -> bool:
    """Builds the demo office once, behind a progress dialog (it takes a few seconds)."""
    from app.demo_office import create_demo_office
    from ui.dialogs.errors import show_error
    from ui.tasks import run_task

    outcome: dict[str, object] = {}
    today = local_today()
    loop = QEventLoop()
    task = run_task(
        # Up to today, so its parcels, visitors and parking shifts are this week's.
        lambda ctx: create_demo_office(path, DEMO_UNITS, progress=ctx.progress, as_of=today),
        on_success=lambda result: outcome.update(result=result),
        on_failure=lambda exc: outcome.update(error=exc),
        on_cancel=lambda: outcome.update(cancelled=True),
        progress_label=QCoreApplication.translate("startup", "Creating the demo office…"),
    )
    task.signals.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    loop.exec()
    if "error" in outcome:
        show_error(None, outcome["error"])  # type: ignore[arg-type]
    result = outcome.get("result")
    ok = isinstance(result, dict) and not result.get("cancelled")
    if not ok:  # a half-built demo is no demo: start clean next time
        close_office()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return ok


def _session_loop(
    app: QApplication, demo: bool, session: list[Actor] | None = None, path: Path | None = None
) -> int:
    from ui.dialogs.login import FirstAdminDialog, LoginDialog

    if not auth.has_users():
        found: list = []
        if path and not _check_before_login(path, found)():
            return _recover_after_login(path, found[0]) and _session_loop(app, demo, session, path)
        first = FirstAdminDialog()
        if first.exec() != FirstAdminDialog.DialogCode.Accepted:
            return 0
        # Straight in as the new administrator: no second typing of what was just set.
        if session is not None:
            session.append(first.actor)
        if not _run_window(app, first.actor):
            return 0
    while True:
        hint = (
            QCoreApplication.translate("startup", "Demo office: log in as admin, password demo1234")
            if demo
            else ""
        )
        damage: list = []
        login = LoginDialog(
            settings.get(settings.OFFICE_NAME),
            hint,
            username="admin" if demo else "",
            may_proceed=_check_before_login(path, damage) if path else None,
        )
        QTimer.singleShot(100, _warm_up)
        probe.login_shown(login)
        accepted = login.exec() == LoginDialog.DialogCode.Accepted
        if damage:
            if not _recover_after_login(path, damage[0]):
                return 0
            continue
        if not accepted or login.actor is None:
            return 0
        if session is not None:
            session.append(login.actor)
        if not _run_window(app, login.actor):
            return 0


def _run_window(app: QApplication, actor: Actor) -> bool:
    """Runs the main window until it closes; True when the user logged out (log in again)."""
    from ui.main_window import MainWindow

    window = MainWindow(actor)
    logged_out: list[bool] = []
    window.logout_requested.connect(lambda: (logged_out.append(True), window.close()))
    window.show()
    probe.main_window_shown(window)
    if not probe.active():
        from ui.startup_backup import schedule_daily_backup

        schedule_daily_backup(window)
        window.sync_runner.start()
    app.exec()
    return bool(logged_out)


def _warm_up() -> None:
    """While the login dialog waits for the password: load the icon fonts and the main
    window's modules (≈0.7 s together), so logging in opens the window at once."""
    from ui import (
        icons,
        main_window,  # noqa: F401
    )

    icons.warm_up()


def self_test(db: Path | None) -> int:
    """Opens every page off-screen on a throwaway (or the given) database: 0 = all fine."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="propdesk-selftest-") as tmp:
        app = create_application()
        try:
            open_office(db or Path(tmp) / "self-test.db")
        except DatabaseOpenError as exc:
            print(f"self-test: database: {exc}", file=sys.stderr)
            return 1
        failures = _exercise_pages(app, Actor.system())
    for failure in failures:
        print(f"self-test: {failure}", file=sys.stderr)
    print("self-test: " + ("FAILED" if failures else "all pages opened"))
    return 1 if failures else 0


def _exercise_pages(app: QApplication, actor: Actor) -> list[str]:
    from ui.main_window import MainWindow
    from ui.tasks import wait_for_all

    failures: list[str] = []
    window = MainWindow(actor)
    window.show()
    for key in list(window.page_classes):
        try:
            page = window.show_page(key)
            app.processEvents()
            wait_for_all(10_000)
            app.processEvents()
            if page.grab().isNull():
                failures.append(f"page {key}: nothing drawn")
        except Exception as exc:  # the self-test reports every page, not just the first
            log.exception("self-test page %s", key)
            failures.append(f"page {key}: {type(exc).__name__}: {exc}")
    window.close()
    return failures
