"""Head-office test kit: a fresh head-office database in the session's PostgreSQL, a real
uvicorn server (thread or process) on 127.0.0.1, realistic office row images and batches
built with the wire protocol, and a client that posts them over real HTTP."""

from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import uvicorn

from app.headoffice import store
from app.headoffice.server import create_app
from app.ids import new_id
from app.sync import protocol
from app.sync.protocol import Batch, Change

ROOT = Path(__file__).resolve().parents[1]
STAMP = "2026-11-27T02:15:00.000Z"
_codes = itertools.count(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def headoffice_url(postgres_server) -> Iterator[str]:
    """A head-office database of its own for each test module, schema created by `init`."""
    name = f"ho_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server.dsn, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    url = (
        f"host={postgres_server.host} port={postgres_server.port} "
        f"user={postgres_server.user} dbname={name}"
    )
    store.init(url)
    yield url
    with psycopg.connect(postgres_server.dsn, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


class ThreadServer:
    """uvicorn serving the real app on a loopback port from a background thread."""

    def __init__(self, database_url: str) -> None:
        self.port = free_port()
        config = uvicorn.Config(
            create_app(database_url), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ThreadServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


@pytest.fixture(scope="module")
def service(headoffice_url: str) -> Iterator[ThreadServer]:
    with ThreadServer(headoffice_url) as server:
        yield server


class ProcessServer:
    """`main.py headoffice serve` as a real child process (to be killed in a test)."""

    def __init__(self, database_url: str, *extra: str, verify: Any = True) -> None:
        self.port = free_port()
        self.database_url = database_url
        self.extra = extra  # more serve options (--tls-cert ...)
        self.verify = verify
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        scheme = "https" if "--tls-cert" in self.extra else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def start(self) -> ProcessServer:
        args = ["main.py", "headoffice", "serve", "--database", self.database_url, *self.extra]
        self.process = subprocess.Popen(
            [sys.executable, *args, "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=ROOT,
            env={**os.environ},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while True:
            assert self.process.poll() is None, "the server process exited"
            try:
                health = httpx.get(f"{self.base_url}/healthz", timeout=1, verify=self.verify)
                if health.status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server process did not start"
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


@dataclass(frozen=True)
class Office:
    code: str
    token: str
    generation: str


def new_office(database_url: str, name: str = "翠湖苑物业服务中心") -> Office:
    code = f"O{next(_codes):03d}{uuid.uuid4().hex[:4].upper()}"
    token = store.add_office(database_url, code, name)
    return Office(code, token, f"gen-{uuid.uuid4().hex[:8]}")


# --- office row images, as the office's capture triggers send them (json_object) -------


def unit_row(code: str = "3-2-1502", version: int = 1, **extra: Any) -> dict[str, Any]:
    return {
        "id": extra.pop("id", new_id()),
        "created_at": STAMP,
        "updated_at": STAMP,
        "row_version": version,
        "entrance_id": "0193a0b2-0000-7000-8000-000000000001",
        "code": code,
        "floor": 15,
        "room_no": "1502",
        "unit_type": "residential",
        "gross_area": 12345,
        "inner_area": None,
        "status": "occupied",
        "handover_date": "2020-05-01",
        "remarks": "",
        **extra,
    }


def owner_row(name: str = "张伟", version: int = 1, **extra: Any) -> dict[str, Any]:
    return {
        "id": extra.pop("id", new_id()),
        "created_at": STAMP,
        "updated_at": STAMP,
        "row_version": version,
        "name": name,
        "name_pinyin": "zhangwei",
        "name_initials": "zw",
        "kind": "person",
        "gender": "M",
        "id_type": "resident_id",
        "id_number": "110101198001011234",
        "phone": "13800138000",
        "phone2": "",
        "address": "",
        "emergency_contact": "",
        "emergency_phone": "",
        "remarks": "",
        **extra,
    }


def receipt_row(number: str = "SJ2026-000001", total: int = 36000, **extra: Any) -> dict:
    return {
        "id": extra.pop("id", new_id()),
        "created_at": STAMP,
        "updated_at": STAMP,
        "row_version": 1,
        "number": number,
        "year": 2026,
        "sequence": int(number[-6:]),
        "payment_id": extra.pop("payment_id", new_id()),
        "unit_id": new_id(),
        "unit_code": "3-2-1502",
        "payer": "张伟",
        "total": total,
        "methods_text": "微信 360.00",
        "business_date": "2026-11-27",
        "issued_at": STAMP,
        "cashier_id": None,
        "cashier_name": "收银员",
        **extra,
    }


def change(seq: int, table: str, row: dict[str, Any], op: str = "I", txn: int = 0) -> Change:
    return Change(seq, txn or seq, table, op, row["id"], row["row_version"], row)


def make_batch(
    office: Office,
    batch_no: int,
    rows: list[tuple[str, dict[str, Any]] | tuple[str, dict[str, Any], str]],
    first_seq: int,
    schema_version: int = 8,
    generation: str | None = None,
) -> Batch:
    """A batch of (table, row[, op]) changes numbered from `first_seq`."""
    changes = tuple(
        change(first_seq + n, item[0], item[1], item[2] if len(item) > 2 else "I")
        for n, item in enumerate(rows)
    )
    return Batch(
        office=office.code,
        generation=generation or office.generation,
        batch_no=batch_no,
        first_seq=first_seq,
        last_seq=first_seq + len(changes) - 1,
        schema_version=schema_version,
        changes=changes,
    )


def push(
    base_url: str,
    token: str | None,
    batch: Batch,
    body: bytes | None = None,
    verify: Any = True,
    **headers: str,
) -> httpx.Response:
    """POST a batch as the office's client does; `body` / headers override for bad requests."""
    body = protocol.encode_batch(batch) if body is None else body
    sent = {
        "Content-Type": "application/json",
        "Content-Encoding": "gzip",
        "Idempotency-Key": batch.idempotency_key,
        "X-Body-SHA256": protocol.body_sha256(body),
    }
    if token is not None:
        sent["Authorization"] = f"Bearer {token}"
    sent.update({k.replace("_", "-"): v for k, v in headers.items()})
    return httpx.post(
        base_url + protocol.BATCHES_PATH, content=body, headers=sent, timeout=30, verify=verify
    )


def query(database_url: str, sql: str, *params: Any) -> list[tuple]:
    with psycopg.connect(database_url) as conn:
        return conn.execute(sql, params).fetchall()


def written(database_url: str, office: Office) -> tuple[int, int, int, int]:
    """(change_log rows, office rows, batches, acked_seq) of an office: nothing written = 0s."""
    return query(
        database_url,
        "SELECT (SELECT count(*) FROM change_log WHERE office = %s), "
        "(SELECT count(*) FROM office_row WHERE office = %s), "
        "(SELECT count(*) FROM batch WHERE office = %s), "
        "(SELECT acked_seq FROM office WHERE code = %s)",
        office.code,
        office.code,
        office.code,
        office.code,
    )[0]


def assert_converged(database_url: str, office: Office, rows: dict[tuple[str, str], dict]) -> None:
    """Head office holds exactly `rows` for the office, and every seq up to acked_seq once."""
    held = {
        (table, row_id): data
        for table, row_id, data in query(
            database_url,
            "SELECT table_name, row_id, data FROM office_row WHERE office = %s AND NOT deleted",
            office.code,
        )
    }
    assert held == rows
    acked = query(database_url, "SELECT acked_seq FROM office WHERE code = %s", office.code)[0][0]
    seqs = [
        s
        for (s,) in query(
            database_url, "SELECT seq FROM change_log WHERE office = %s ORDER BY seq", office.code
        )
    ]
    assert seqs == list(range(1, acked + 1))
