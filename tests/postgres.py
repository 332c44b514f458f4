"""A throwaway PostgreSQL cluster on 127.0.0.1 for the head-office tests.

Root can't run the server, so it runs as the `postgres` system user. Where no PostgreSQL
binaries exist the tests skip — unless PROPDESK_REQUIRE_POSTGRES is set (CI), where a skip
would hide a missing install and so becomes a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str
    dbname: str

    @property
    def dsn(self) -> str:
        return f"host={self.host} port={self.port} user={self.user} dbname={self.dbname}"


def find_bindir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextmanager
def throwaway_cluster() -> Iterator[PostgresServer]:
    bindir = find_bindir()
    if bindir is None:
        message = "no PostgreSQL binaries (apt-get install postgresql)"
        if os.environ.get("PROPDESK_REQUIRE_POSTGRES"):
            pytest.fail(message + " and PROPDESK_REQUIRE_POSTGRES is set")
        pytest.skip(message)
    root = Path(tempfile.mkdtemp(prefix="propdesk-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", _free_port()
    run = lambda args: subprocess.run(  # noqa: E731
        _as_server_user(args), cwd="/", check=True, capture_output=True, text=True
    )
    run([str(bindir / "initdb"), "-A", "trust", "-U", "postgres", "-E", "UTF8", "-D", str(data)])
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -F"
    run(
        [
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "-l",
            str(root / "log"),
            "start",
        ]
    )
    try:
        yield PostgresServer("127.0.0.1", port, "postgres", "postgres")
    finally:
        run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"])
        shutil.rmtree(root, ignore_errors=True)
