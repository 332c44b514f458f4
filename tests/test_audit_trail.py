"""系统 → 操作日志: the trail in words, each row naming its record as people know it, and the
filters (days, account, kind, one record's number) over a real office file."""

from __future__ import annotations

import ast
import os
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from app.clock import local_today
from app.models.billing import Receipt
from app.models.service import RepairStatus
from app.services import audit, receipts
from app.services.audit import AuditFilter, filter_log, log_query
from app.services.permissions import Actor
from tests.billing_fixtures import cashier_and_manager, demo_with_fees
from ui.audit_labels import ACTIONS, SUBJECTS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def voided(db_path: Path, system_actor: Actor) -> Receipt:
    demo_with_fees(system_actor, units=60)
    _cashier, manager = cashier_and_manager(system_actor)
    receipt = Receipt.select().order_by(Receipt.number).first()
    receipts.void_receipt(manager, receipt.id, "金额收错")
    return receipt


def rows(actor: Actor, wanted: AuditFilter) -> list[dict]:
    return list(filter_log(log_query(actor), wanted).dicts())


def test_a_receipt_number_finds_its_void_and_names_it(voided: Receipt, system_actor) -> None:
    found = rows(system_actor, AuditFilter(reference=f"  {voided.number} "))
    assert [(r["action"], r["username"], r["subject"]) for r in found] == [
        ("receipt.void", "jingli", voided.number)
    ]
    assert rows(system_actor, AuditFilter(reference="SJ-NO-SUCH")) == []
    # A unit's code finds what happened to its documents too: here the void of its receipt.
    unit_code = voided.unit.code
    of_unit = rows(system_actor, AuditFilter(reference=unit_code))
    assert ("receipt.void", voided.number) in {(r["action"], r["subject"]) for r in of_unit}


def test_a_waived_charge_is_named_by_its_unit_and_month(voided: Receipt, system_actor) -> None:
    from app.models.billing import Charge
    from app.services import auth

    owing = Charge.select().where(Charge.amount > Charge.settled).first()
    manager = auth.authenticate("jingli", "jingli-pass")  # made by the fixture
    receipts.waive(manager, owing.id, "1.00", "经理批准")
    [row] = rows(system_actor, AuditFilter(subject="charge"))
    assert row["subject"] == f"{owing.unit.code} {owing.period}"


def test_account_kind_and_days(voided: Receipt, system_actor) -> None:
    mine = rows(system_actor, AuditFilter(username="jingli"))
    assert {r["action"] for r in mine} == {"user.login", "receipt.void"}
    receipt_rows = rows(system_actor, AuditFilter(subject="receipt"))
    assert receipt_rows and all(r["action"].startswith("receipt.") for r in receipt_rows)
    # "receipt" must not take in "receipt_…" or "receipts…" kinds: a range on the index.
    assert not any(r["action"].startswith("reception") for r in receipt_rows)
    today = local_today()
    assert rows(system_actor, AuditFilter(date_from=today, date_to=today, username="jingli"))
    yesterday = today - timedelta(days=1)
    assert rows(system_actor, AuditFilter(date_to=yesterday)) == []
    assert rows(system_actor, AuditFilter(date_from=today + timedelta(days=1))) == []
    assert {"receipt", "user"} <= set(audit.subjects())
    from app.db import database

    every = database.execute_sql(  # what the index seeks must find: every kind, once, in order
        "SELECT DISTINCT substr(action, 1, instr(action, '.') - 1) FROM audit_log ORDER BY 1"
    )
    assert audit.subjects() == [kind for (kind,) in every]
    assert {"system", "shouyin", "jingli"} <= set(audit.usernames())


def _literal_actions() -> set[str]:
    found = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", getattr(node.func, "id", None)) == "record"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                found.add(node.args[1].value)
    return found


def test_every_action_has_words() -> None:
    literal = _literal_actions()
    assert len(literal) > 100
    built = (  # the codes services put together from a state or a step
        {f"repair.{s}" for s in RepairStatus.ALL if s != RepairStatus.RECEIVED}
        | {f"complaint.{s}" for s in ("classify", "feedback", "report", "visit", "close")}
        | {f"incident.{s}" for s in ("action", "report", "close")}
        | {"expense.approved", "expense.rejected", "user.login_failed", "user.locked"}
    )
    missing = (literal | built) - set(ACTIONS)
    assert not missing, f"add display names to ui/audit_labels.py: {sorted(missing)}"
    assert {code.split(".")[0] for code in ACTIONS} <= set(SUBJECTS)


def test_the_tab_filters_and_shows_words(qtbot, voided: Receipt, system_actor) -> None:
    from ui.pages.system_audit import AuditTab

    tab = AuditTab(system_actor)
    qtbot.addWidget(tab)
    tab.refresh()
    everything = tab.model.total_count()
    tab.kind.setCurrentIndex(tab.kind.findData("receipt"))
    assert 0 < tab.model.total_count() < everything
    assert tab.kind.currentText() == "Receipts"
    tab.reference.setText(voided.number)
    qtbot.waitUntil(lambda: tab.model.total_count() == 1)
    shown = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert shown[1:4] == ["jingli", "Receipt voided", voided.number]
    assert tab.count.text() == "1 entries"
    tab.refresh()  # the choices are read again; what was chosen stays
    assert tab.kind.currentData() == "receipt" and tab.model.total_count() == 1
