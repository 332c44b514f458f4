"""A process killed in the middle of collecting at the counter leaves nothing half-written:
no payment, allocation, receipt or receipt line, no receipt number used, no charge settled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from app.models import (
    Allocation,
    AuditLog,
    Charge,
    Payment,
    PaymentMethodLine,
    Receipt,
    ReceiptLine,
)
from app.services.numbering import last_number
from app.services.permissions import Actor
from tests.receipt_fixtures import DAY, collect, receipt_office

ROOT = Path(__file__).resolve().parents[1]

# The receipt row is written after the payment, its allocations and the number; its lines
# and the audit row come after it. The trigger stops the process right there.
KILLER = """
import sys, time
from app.db import database
from app.services import auth
from app.services.office import open_office
from tests.receipt_fixtures import collect
open_office(sys.argv[1])
conn = database.connection()
def slow():
    print("inside", flush=True)
    time.sleep(30)
    return 0
conn.create_function("slow_down", 0, slow)
database.execute_sql("CREATE TEMP TRIGGER slow AFTER INSERT ON main.receipt "
                     "BEGIN SELECT slow_down(); END")
from app.models import Unit
office = {"a": Unit.get(Unit.id == sys.argv[2]),
          "cashier": auth.authenticate("shouyin", "shouyin-pass")}
collect(office, "a")
print("finished", flush=True)
"""


def test_kill_during_a_receipt_leaves_nothing_half_written(
    db_path: Path, system_actor: Actor
) -> None:
    office = receipt_office(system_actor, db_path)
    settled = {c.id: c.settled for c in Charge.select()}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLER, str(db_path), office["a"].id],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    # the payment, its allocations and the number are written, not yet committed
    assert proc.stdout.readline().strip() == "inside"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    for model in (Payment, PaymentMethodLine, Allocation, Receipt, ReceiptLine):
        assert model.select().count() == 0, model.__name__
    assert last_number("receipt", DAY.year) == 0
    assert {c.id: c.settled for c in Charge.select()} == settled
    assert not AuditLog.select().where(AuditLog.action == "receipt.issue").exists()
    receipt = collect(office, "a")  # the counter works on, with the first number
    assert receipt.number == "SJ2026000001"
