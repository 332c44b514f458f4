"""One PropDesk per database file.

A lock file beside the database (`<db>.lock`, QLockFile) says who has it open. A second start
on the same PC by the same user sends a message over a local socket (named from the user and
the database path) and the first window comes forward; a holder on another PC, or another
user, is named in a message instead. A lock left by a crashed PropDesk on this PC is taken
over (QLockFile sees that its process is gone); one from another PC never goes stale by age.

With PROPDESK_INSTANCE_PROBE set, the second start prints what it found and exits with its
code without a dialog (for tests).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSysInfo, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

EXIT_HANDED_OVER = 0  # the first window came forward: nothing wrong
EXIT_HELD_ELSEWHERE = 4
PROBE_ENV = "PROPDESK_INSTANCE_PROBE"
SHOW = b"show\n"
CONNECT_MS = 2000
READ_MS = 500


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    user: str
    app: str


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid
        return str(os.getuid()) if hasattr(os, "getuid") else ""


def server_name(db_path: Path, user: str | None = None) -> str:
    key = f"{user if user is not None else current_user()}|{Path(db_path).resolve()}"
    return "propdesk-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class InstanceGuard(QObject):
    """Holds `<db>.lock` while the program has the database open."""

    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path).resolve()
        self.lock = QLockFile(f"{self.db_path}.lock")
        self.lock.setStaleLockTime(0)  # alive is judged by process id, never by age
        self.owner_file = Path(f"{self.db_path}.lock.owner")
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process now holds the database (or no lock can be made there)."""
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        if not self.lock.tryLock(0):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("no lock file beside %s (%s): going on", self.db_path, self.lock.error())
            return True
        self._write_owner()
        self._listen()
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.owner_file.unlink(missing_ok=True)
            self.lock.unlock()

    def holder(self) -> Holder:
        ok, pid, host, app = _lock_info(self.lock)
        user = ""
        try:
            owner = json.loads(self.owner_file.read_text(encoding="utf-8"))
            if owner.get("pid") == pid and owner.get("host") == host:
                user = str(owner.get("user", ""))
        except (OSError, ValueError):
            pass
        return Holder(pid if ok else 0, host if ok else "", user, app if ok else "")

    def held_by_me_here(self, holder: Holder) -> bool:
        same_host = holder.host in ("", QSysInfo.machineHostName())
        return same_host and holder.user in ("", current_user())

    def ask_first_to_show(self) -> bool:
        """Asks the running PropDesk to bring its window forward; False if nobody answered."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.db_path))
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(SHOW)
        sent = socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return sent

    def _listen(self) -> None:
        name = server_name(self.db_path)
        self.server = QLocalServer(self)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a socket left by a crash (we hold the lock)
            if not self.server.listen(name):
                log.warning("second-start messages disabled: %s", self.server.errorString())
                return
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        """The second start writes one line right after connecting; a short blocking read
        keeps this free of per-socket slots (sockets die with the server)."""
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(READ_MS)
            if arrived and bytes(socket.readAll().data()).startswith(SHOW.strip()):
                self.activation_requested.emit()
            socket.abort()

    def _write_owner(self) -> None:
        owner = {"pid": QCoreApplication.applicationPid(), "host": QSysInfo.machineHostName(),
                 "user": current_user()}  # fmt: skip
        try:
            self.owner_file.write_text(json.dumps(owner), encoding="utf-8")
        except OSError as exc:
            log.warning("could not write %s: %s", self.owner_file, exc)


def _lock_info(lock: QLockFile) -> tuple[bool, int, str, str]:
    info = lock.getLockInfo()
    if isinstance(info, tuple) and len(info) == 3:  # PySide6: (pid, host, app), or () if none
        pid, host, app = info
        return True, int(pid), str(host), str(app)
    return False, 0, "", ""


def second_start(guard: InstanceGuard, parent: QWidget | None = None) -> int:
    """What a second start does: hand over to the first window, or say who holds the file."""
    holder = guard.holder()
    probe = bool(os.environ.get(PROBE_ENV))
    if guard.held_by_me_here(holder) and guard.ask_first_to_show():
        if probe:
            print(f"instance handed_over pid={holder.pid}", flush=True)
        return EXIT_HANDED_OVER
    if probe:
        print(f"instance held host={holder.host} user={holder.user} pid={holder.pid}", flush=True)
        return EXIT_HELD_ELSEWHERE
    title = QCoreApplication.translate("instance", "Database already open")
    QMessageBox.warning(parent, title, held_message(guard, holder))
    return EXIT_HELD_ELSEWHERE


def held_message(guard: InstanceGuard, holder: Holder) -> str:
    return QCoreApplication.translate(
        "instance",
        "The office database {path} is already open in PropDesk on {host} (user {user}, "
        "process {pid}). Only one PropDesk at a time may use it: close it there and start "
        "again. If that computer crashed, restart it, or ask head office IT to remove {lock}.",
    ).format(
        path=str(guard.db_path),
        host=holder.host or "?",
        user=holder.user or "?",
        pid=holder.pid or "?",
        lock=f"{guard.db_path}.lock",
    )


def bring_forward() -> None:
    """The first instance's answer: the dialog or window in front, restored if minimised."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    widget = app.activeModalWidget() or next(
        (w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()), None
    )
    if widget is None:
        return
    if widget.isMinimized():
        widget.showNormal()
    widget.raise_()
    widget.activateWindow()
