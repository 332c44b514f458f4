"""A real office database pushed by the office's own sync client (app.services.sync) to the
head-office service: head office ends holding exactly the office's rows, every seq once, and
an issued receipt edited behind the program's back stays as issued (the copy quarantined)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.db import database
from app.services import sync
from app.sync import capture, outbox
from tests.headoffice_fixtures import (
    ThreadServer,
    headoffice_url,
    new_office,
    query,
    service,
)
from tests.receipt_fixtures import collect, receipt_office

pytestmark = pytest.mark.postgres
__all__ = ["headoffice_url", "service"]


def _office_rows() -> dict[tuple[str, str], dict]:
    """Every synced row of the open office database, as its capture triggers image it."""
    db = database
    rows = {}
    for model in capture.synced_models():
        table = model._meta.table_name
        image = capture.row_image_sql("t", capture.captured_columns(db, model))
        for row_id, data in db.execute_sql(f"SELECT t.id, {image} FROM {table} t"):
            rows[(table, row_id)] = json.loads(data)
    return rows


def _head_office_rows(url: str, code: str) -> dict[tuple[str, str], dict]:
    return {
        (table, row_id): data
        for table, row_id, data in query(
            url,
            "SELECT table_name, row_id, data FROM office_row WHERE office = %s AND NOT deleted",
            code,
        )
    }


def _assert_converged(url: str, code: str) -> None:
    assert _head_office_rows(url, code) == _office_rows()
    acked = query(url, "SELECT acked_seq FROM office WHERE code = %s", code)[0][0]
    assert acked == outbox.last_captured_seq() == outbox.state().acked_seq
    seqs = [s for (s,) in query(url, "SELECT seq FROM change_log WHERE office = %s", code)]
    assert sorted(seqs) == list(range(1, acked + 1))


def test_an_office_pushed_by_its_client_converges(
    db_path: Path, system_actor, headoffice_url: str, service: ThreadServer
) -> None:
    data = receipt_office(system_actor, db_path)
    receipt = collect(data)
    office = new_office(headoffice_url, "阳光花园物业服务中心")
    sync.configure(system_actor, service.base_url, office.code, office.token)
    first = sync.push()
    assert first.state == "synced" and first.pending == 0 and first.pushed > 0
    _assert_converged(headoffice_url, office.code)

    collect(data, "c", prepay_months=2)  # more business after the snapshot went up
    assert sync.push().state == "synced"
    _assert_converged(headoffice_url, office.code)
    tables = {t for t, _ in _head_office_rows(headoffice_url, office.code)}
    assert {"unit", "owner", "charge", "payment", "receipt", "receipt_line"} <= tables

    # Someone edits the issued receipt with another tool, removing the office's guard.
    raw = sqlite3.connect(db_path)
    with raw:
        raw.execute("DROP TRIGGER receipt_no_update")
        raw.execute(
            "UPDATE receipt SET total = 1, row_version = row_version + 1 WHERE id = ?",
            (receipt.id,),
        )
    raw.close()
    assert sync.push().state == "synced"
    held = query(
        headoffice_url,
        "SELECT (data->>'total')::bigint, row_version FROM office_row "
        "WHERE office = %s AND table_name = 'receipt' AND row_id = %s",
        office.code,
        receipt.id,
    )
    assert held == [(int(receipt.total * 100), receipt.row_version)]
    assert query(
        headoffice_url,
        "SELECT op, (data->>'total')::bigint, (original->>'total')::bigint FROM quarantine "
        "WHERE office = %s",
        office.code,
    ) == [("U", 1, int(receipt.total * 100))]
