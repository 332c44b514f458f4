"""`main.py headoffice ...` as IT runs it (real processes, exit codes), and the monthly report
read back from the .xlsx it writes."""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from openpyxl import load_workbook

from app.headoffice.commands import DATABASE_ENV
from app.ids import new_id
from tests.headoffice_fixtures import (
    ROOT,
    STAMP,
    ProcessServer,
    ThreadServer,
    headoffice_url,
    make_batch,
    new_office,
    push,
    receipt_row,
    service,
)

pytestmark = pytest.mark.postgres
__all__ = ["headoffice_url", "service"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != DATABASE_ENV}
    return subprocess.run(
        [sys.executable, "main.py", "headoffice", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_init_add_revoke_and_status(headoffice_url: str, service: ThreadServer) -> None:
    db = ("--database", headoffice_url)
    assert json.loads(run("init", *db, "--json").stdout) == {"schema_version": 2}
    assert run("init", *db).returncode == 0  # idempotent

    added = run("add-office", "CUIHU", "--name", "翠湖苑物业服务中心", *db, "--json")
    assert added.returncode == 0, added.stderr
    token = json.loads(added.stdout)["token"]
    assert len(token) >= 43
    state = httpx.get(
        f"{service.base_url}/v1/sync-state", headers={"Authorization": f"Bearer {token}"}
    )
    assert state.json()["office"] == "CUIHU" and state.json()["acked_seq"] == 0
    twice = run("add-office", "CUIHU", "--name", "又一个", *db)
    assert twice.returncode == 3 and "already exists" in twice.stderr

    status = run("status", *db, "--json")
    assert status.returncode == 0, status.stderr
    office = next(o for o in json.loads(status.stdout) if o["office"] == "CUIHU")
    assert office["name"] == "翠湖苑物业服务中心" and office["acked_seq"] == 0
    assert office["revoked"] is False and office["quarantined"] == 0

    assert run("revoke-office", "CUIHU", *db).returncode == 0
    state = httpx.get(
        f"{service.base_url}/v1/sync-state", headers={"Authorization": f"Bearer {token}"}
    )
    assert state.status_code == 403
    assert run("revoke-office", "NOSUCH", *db).returncode == 3
    offices = json.loads(run("status", *db, "--json").stdout)
    assert next(o for o in offices if o["office"] == "CUIHU")["revoked"] is True


def test_usage_errors_exit_2() -> None:
    missing = run("status")
    assert missing.returncode == 2 and "--database" in missing.stderr
    bad_month = run("report", "--month", "2026-13", "--out", "x.xlsx", "--database", "x")
    assert bad_month.returncode == 2 and "YYYY-MM" in bad_month.stderr
    assert run("report", "--month", "2026-10", "--out", "x.pdf", "--database", "x").returncode == 2


def _row(**columns: object) -> dict:
    return {"id": new_id(), "created_at": STAMP, "updated_at": STAMP, "row_version": 1, **columns}


def _office_month() -> list[tuple]:
    """October 2026 of one office, as its capture triggers would send it (money in fen)."""
    r1 = receipt_row("SJ2026-000101", 36000, business_date="2026-10-05")
    r2 = receipt_row("SJ2026-000102", 12050, business_date="2026-10-20")
    r3 = receipt_row("SJ2026-000103", 99900, business_date="2026-11-02")
    gone = _row(amount=7000, settled=0, due_date="2026-09-01")
    return [
        ("receipt", r1),
        ("receipt", r2),
        ("receipt", r3),
        ("receipt_void", _row(receipt_id=r2["id"], reason="开错", business_date="2026-10-21")),
        ("payment", _row(amount=36000, business_date="2026-10-05")),
        ("payment", _row(amount=12050, business_date="2026-10-20")),
        ("payment", _row(amount=500, business_date="2026-09-30")),
        ("charge", _row(amount=30000, settled=10000, due_date="2026-10-15")),
        ("charge", _row(amount=5000, settled=5000, due_date="2026-10-01")),
        ("charge", _row(amount=8000, settled=0, due_date="2026-11-15")),
        ("charge", gone),
        ("charge", gone, "D"),  # deleted: no longer owed
        ("complaint", _complaint("2026-10-10", "2026-10-12", "2026-10-11")),
        ("complaint", _complaint("2026-10-20", "2026-10-22", "2026-10-25")),  # answered late
        ("complaint", _complaint("2026-10-30", "2026-11-03", None)),  # not due in October
        ("complaint", _complaint("2026-10-15", "2026-10-17", None)),  # never answered
        ("complaint", _complaint("2026-09-29", "2026-10-08", None)),  # September's
    ]


def _complaint(received: str, due: str, feedback: str | None) -> dict:
    return _row(
        number=f"TS{received}",
        received_on=received,
        due_date=due,
        feedback_on=feedback,
        status="open" if feedback is None else "closed",
        category="噪音",
    )


def test_monthly_report_per_office(
    headoffice_url: str, service: ThreadServer, tmp_path: Path
) -> None:
    east, west = new_office(headoffice_url, "东区物业"), new_office(headoffice_url, "西区物业")
    rows = _office_month()
    assert push(service.base_url, east.token, make_batch(east, 1, rows, 1)).status_code == 200
    payment = [("payment", _row(amount=10000, business_date="2026-10-01"))]
    assert push(service.base_url, west.token, make_batch(west, 1, payment, 1)).status_code == 200

    out = tmp_path / "offices-2026-10.xlsx"
    result = run("report", "--month", "2026-10", "--out", str(out), "--database", headoffice_url)
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Office", "Name", "Receipts"]
    lines = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert lines[east.code] == (east.code, "东区物业", 2, 480.5, 120.5, 480.5, 200, 4, 2)
    assert lines[west.code] == (west.code, "西区物业", 0, 0, 0, 100, 0, 0, 0)
    assert sheet.cell(2, 4).number_format == "#,##0.00"
    total = lines["Total"]
    assert total[2] >= 2 and Decimal(str(total[5])) >= Decimal("580.50")


@pytest.mark.skipif(shutil.which("openssl") is None, reason="no openssl to make a certificate")
def test_serve_over_https(headoffice_url: str, tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    trust = ssl.create_default_context(cafile=str(cert))
    args = ("--tls-cert", str(cert), "--tls-key", str(key))
    server = ProcessServer(headoffice_url, *args, verify=trust).start()
    try:
        assert server.base_url.startswith("https://")
        office = new_office(headoffice_url)
        batch = make_batch(office, 1, [("receipt", receipt_row())], 1)
        answer = push(server.base_url, office.token, batch, verify=trust)
        assert answer.json()["status"] == "applied"
        with pytest.raises(httpx.TransportError):  # plain HTTP is not served
            httpx.get(server.base_url.replace("https", "http") + "/healthz", timeout=5)
    finally:
        server.stop()
    half = run("serve", "--database", headoffice_url, "--tls-cert", str(cert))
    assert half.returncode == 2 and "go together" in half.stderr
