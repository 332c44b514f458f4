"""The demo built up to a given day (the `--demo` GUI builds it up to today): every module's
history ends at that day, here across a year end."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from app.db import close_database
from app.demo import REFERENCE_DATE, reference_date
from app.demo_fees import billed_months
from app.demo_office import create_demo_office
from app.models.affairs import MailItem, Visitor
from app.models.billing import Charge
from app.models.parking import ParkingShift
from app.models.stock import StockDocument

AS_OF = date(2026, 1, 15)  # its bills run across the year end


def test_a_demo_up_to_another_day(tmp_path: Path) -> None:
    create_demo_office(tmp_path / "demo.db", units=80, seed=5, as_of=AS_OF)
    try:
        assert reference_date() == REFERENCE_DATE  # only that build saw the other day
        last_mail = MailItem.select().order_by(MailItem.received_on.desc()).first().received_on
        assert AS_OF - timedelta(days=3) <= last_mail < AS_OF
        collected = [m.collected_at for m in MailItem.select() if m.collected_at]
        assert max(collected).date() < AS_OF  # nobody collects a parcel tomorrow
        last_shift = ParkingShift.select().order_by(ParkingShift.business_date.desc()).first()
        assert last_shift.business_date == AS_OF - timedelta(days=1)
        assert max(v.in_at for v in Visitor.select()).date() <= AS_OF
        last_doc = StockDocument.select().order_by(StockDocument.doc_date.desc()).first()
        assert AS_OF - timedelta(days=14) <= last_doc.doc_date <= AS_OF
        periods = {c.period for c in Charge.select(Charge.period).where(Charge.kind == "bill")}
        assert periods == {"2025-10", "2025-11", "2025-12"}
    finally:
        close_database()
    assert billed_months() == ["2026-08", "2026-09", "2026-10"]  # the fixed day again
