"""An office with two billed months and a cashier, and receipts collected in it, for the
receipt PDF and printing tests."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from app.models import Receipt
from app.services import billing, collection, settings
from app.services.accounts import account_of
from app.services.collection import CollectRequest, Tender
from app.services.permissions import Actor
from tests.billing_fixtures import cashier_and_manager, small_office

OFFICE = "阳光花园物业服务中心"
DAY = date(2026, 11, 27)


def receipt_office(system: Actor, db_path: Path) -> dict[str, object]:
    office = small_office(system)
    settings.set_value(system, settings.OFFICE_NAME, OFFICE)
    billing.generate_bills(system, "2026-10")
    billing.generate_bills(system, "2026-11")
    office["cashier"], office["manager"] = cashier_and_manager(system)
    office["db"] = db_path
    return office


def collect(office: dict, unit_key: str = "a", prepay_months: int = 0) -> Receipt:
    """Unit a's two open months (440.66) in WeChat and cash, or months paid ahead in cash."""
    unit = office[unit_key]
    charges = [c.id for c in account_of(unit.id, DAY).charges] if not prepay_months else []
    tenders = [Tender("wechat", "200"), Tender("cash", "300")]
    if prepay_months:
        tenders = [Tender("cash", "99999")]
    return collection.collect(
        office["cashier"],
        CollectRequest(unit.id, charges, tenders, prepay_months=prepay_months, business_date=DAY),
    )


def pdftotext(path: Path, *extra: str) -> str:
    return subprocess.run(
        ["pdftotext", *extra, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
