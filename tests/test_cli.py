"""The headless command line, run as IT runs it: a real process, exit codes, stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_init_then_users(tmp_path: Path) -> None:
    db = str(tmp_path / "office.db")
    init = run("--db", db, "--json", "init", "--office-name", "翠湖苑物业服务中心")
    assert init.returncode == 0, init.stderr
    assert json.loads(init.stdout)["office_name"] == "翠湖苑物业服务中心"

    added = run(
        "user",
        "add",
        "wangli",
        "--name",
        "王丽",
        "--role",
        "cashier",
        "--role",
        "warehouse_keeper",
        "--password-stdin",
        "--db",
        db,
        stdin="pass-1234\n",
    )
    assert added.returncode == 0, added.stderr
    listed = json.loads(run("--db", db, "--json", "user", "list").stdout)
    assert listed == [
        {
            "username": "wangli",
            "name": "王丽",
            "roles": ["cashier", "warehouse_keeper"],
            "active": True,
            "locked_until": None,
        }
    ]
    changed = run("--db", db, "user", "passwd", "wangli", "--password-stdin", stdin="pass-5678\n")
    assert changed.returncode == 0, changed.stderr


@pytest.mark.parametrize(
    ("args", "stdin", "code", "words"),
    [
        (
            ("user", "add", "wangli", "--name", "王丽", "--role", "pope", "--password-stdin"),
            "pass-1234\n",
            3,
            "Roles",
        ),
        (
            ("user", "add", "wangli", "--name", "王丽", "--role", "cashier", "--password-stdin"),
            "short\n",
            3,
            "Password",
        ),
        (("user", "passwd", "nobody", "--password-stdin"), "pass-1234\n", 3, "no user"),
        (
            (
                "user",
                "frobnicate",
            ),
            None,
            2,
            "invalid choice",
        ),
        (("demo", "--units", "0"), None, 3, "units"),
        (("demo", "--as-of", "yesterday"), None, 2, "write YYYY-MM-DD or today"),
    ],
)
def test_bad_input_exit_codes(tmp_path: Path, args, stdin, code, words) -> None:
    result = run("--db", str(tmp_path / "office.db"), *args, stdin=stdin)
    assert result.returncode == code
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_requires_an_explicit_file() -> None:
    result = run("demo", "--units", "5")
    assert result.returncode == 2 and "--db" in result.stderr


def test_demo_office_then_refuses_a_second_run(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    first = run("demo", "--units", "120", "--seed", "7", "--db", db, "--json")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["units"] == 120 and "admin" in summary["users"]
    again = run("demo", "--units", "120", "--db", db)
    assert again.returncode == 3 and "already holds an office" in again.stderr


def test_newer_database_is_refused_with_one_line(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "future.db"
    assert run("--db", str(db), "init").returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 9999")
    result = run("--db", str(db), "user", "list")
    assert result.returncode == 3
    assert "newer PropDesk" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_self_test_opens_every_page(tmp_path: Path) -> None:
    result = run("--self-test", "--db", str(tmp_path / "self.db"))
    assert result.returncode == 0, result.stderr
    assert "all pages opened" in result.stdout


def test_self_test_on_a_demo_office(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert run("demo", "--units", "200", "--db", db).returncode == 0
    result = run("--self-test", "--db", db)
    assert result.returncode == 0, result.stderr


def test_settings_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "office.db")
    assert run("init", "--db", db).returncode == 0
    changed = run(
        "setting", "set", "billing.due_day=10", "backup.keep_daily=90", "--db", db, "--json"
    )
    assert changed.returncode == 0
    assert json.loads(changed.stdout) == {"billing.due_day": "10", "backup.keep_daily": "90"}
    refused = run(
        "setting", "set", "billing.due_day=5", "billing.vacant_rate_percent=120", "--db", db
    )
    assert refused.returncode == 3 and "Vacant-unit rate (%): is out of range." in refused.stderr
    assert run("setting", "set", "billing.due_day", "--db", db).returncode == 2
    listed = json.loads(run("setting", "list", "--db", db, "--json").stdout)
    values = {row["key"]: row["value"] for row in listed}
    assert values["billing.due_day"] == "10"  # the refused pair saved nothing
    assert "office.id" not in values
    trail = json.loads(run("audit", "--kind", "setting", "--db", db, "--json").stdout)
    assert sorted((e["user"], e["action"], e["record"]) for e in trail) == [
        ("system", "setting.change", "backup.keep_daily"),
        ("system", "setting.change", "billing.due_day"),
    ]  # the two changes saved together (both in one moment, so in either order)
    assert run("audit", "--from", "2026-13-01", "--db", db).returncode == 2
