"""One PropDesk per database: a second start hands over to the first window, a holder on
another computer is named, and a lock left by a killed program is taken over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from ui.instance import (
    EXIT_HANDED_OVER,
    EXIT_HELD_ELSEWHERE,
    PROBE_ENV,
    Holder,
    InstanceGuard,
    held_message,
)

ROOT = Path(__file__).resolve().parents[1]


def second_start(db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", PROBE_ENV: "1"}
    return subprocess.Popen(
        [sys.executable, "main.py", "--db", str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_second_start_brings_the_first_window_forward(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    first = InstanceGuard(db)
    assert first.acquire()
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=60_000):
            proc = second_start(db)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == EXIT_HANDED_OVER, err
        assert out.startswith("instance handed_over")
        assert not db.exists()  # the second start never touched the database
    finally:
        first.release()
    assert not Path(f"{db}.lock").exists()


def test_a_holder_on_another_computer_is_named(qapp, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    Path(f"{db}.lock").write_text("4242\nPropDesk\nOTHER-PC\nabc\ndef\n")
    Path(f"{db}.lock.owner").write_text(
        json.dumps({"pid": 4242, "host": "OTHER-PC", "user": "wangli"})
    )
    proc = second_start(db)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT_HELD_ELSEWHERE, err
    assert out.strip() == "instance held host=OTHER-PC user=wangli pid=4242"
    guard = InstanceGuard(db)
    assert not guard.acquire()  # never taken over by age
    holder = guard.holder()
    assert holder == Holder(4242, "OTHER-PC", "wangli", "PropDesk")
    assert not guard.held_by_me_here(holder)
    text = held_message(guard, holder)
    assert "OTHER-PC" in text and "wangli" in text and str(db) in text


HOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication
from ui.instance import InstanceGuard
app = QCoreApplication([])
guard = InstanceGuard(sys.argv[1])
print("locked" if guard.acquire() else "refused", flush=True)
time.sleep(60)
"""


def test_a_lock_left_by_a_killed_program_is_taken_over(qapp, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "locked"
    alive = InstanceGuard(db)
    assert not alive.acquire()  # its process is running: refused
    assert alive.holder().pid == proc.pid
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert Path(f"{db}.lock").exists()  # left behind
    taker = InstanceGuard(db)
    try:
        assert taker.acquire()
    finally:
        taker.release()
