"""Receipt PDFs: one receipt (three copies, 241×93 mm; target ≤ 100 ms) and 1,000 receipts in
one PDF (3,000 pages; target ≤ 30 s), read from the office database as the counter does.

The office is 1,000 units with two fee items, one month billed and paid, built once into
benchmarks/.cache. The baseline is reportlab in this same process drawing the same number of
pages with only the receipts' text strings at fixed places (no layout logic, no database),
with the same font and compression.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.permissions import Actor
    from reports.receipt import ReceiptLayout

CACHE = Path(__file__).resolve().parent / ".cache"
RECEIPTS = 1000
ONE_TARGET, MANY_TARGET = 0.1, 30.0
SEED = 5

Report = Callable[[str, float, float, float | None], None]


def run(report: Report) -> None:
    from app.models.billing import Receipt
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor
    from reports.fonts import cjk_font_name
    from reports.receipt import ReceiptLayout, render_receipt, render_receipts

    open_office(office_file())
    actor = Actor.system()
    ids = [r.id for r in Receipt.select(Receipt.id).order_by(Receipt.number)]
    layout = ReceiptLayout("241x93", copies=3)
    cjk_font_name()  # registered once per process, as in the program
    with tempfile.TemporaryDirectory(prefix="receipt-bench-") as scratch:
        out = Path(scratch)
        texts = _texts(actor, ids)
        one = _median(lambda: render_receipt(ids[0], out / "one.pdf", layout, actor), 9)
        report("receipt PDF, one receipt × 3 copies", one,
               _median(lambda: _baseline(texts[:1], out / "b1.pdf", layout), 9), ONE_TARGET)  # fmt: skip
        many = _median(lambda: render_receipts(ids, out / "many.pdf", layout, actor), 2)
        report(f"receipt PDF, {len(ids):,} receipts × 3 copies in one file", many,
               _median(lambda: _baseline(texts, out / "bn.pdf", layout), 2), MANY_TARGET)  # fmt: skip
    close_office()


def _median(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _texts(actor: Actor, ids: list[str]) -> list[list[str]]:
    from app.services.receipts import receipt_view
    from reports.receipt import receipt_doc

    result = []
    for rid in ids:
        doc = receipt_doc(receipt_view(actor, rid))
        strings = [doc.number, doc.payer, doc.unit_code, doc.date_text, doc.total_text,
                   doc.total_words, doc.methods, doc.cashier]  # fmt: skip
        strings += [text for line in doc.lines for text in line]
        result.append(strings)
    return result


def _baseline(texts: list[list[str]], out: Path, layout: ReceiptLayout) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from reports.fonts import cjk_font_name

    font = cjk_font_name()
    canvas = Canvas(str(out), pagesize=layout.page_size, pageCompression=1)
    for strings in texts:
        for _copy in range(3):
            canvas.setFont(font, 9.5)
            for index, text in enumerate(strings):
                canvas.drawString(20 + (index % 3) * 200, 240 - (index // 3) * 14, text)
            canvas.showPage()
    canvas.save()


# --- data -------------------------------------------------------------------------------


def office_file() -> Path:
    from app import migrations

    path = CACHE / f"receipts-{RECEIPTS}-v{migrations.CURRENT_VERSION}.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        start = time.perf_counter()
        partial = path.with_suffix(".building")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        _build(partial)
        partial.rename(path)
        print(f"{'receipt office (built)':<44} {time.perf_counter() - start:9.1f} s")
    return path


def _build(path: Path) -> None:
    from app.demo import generate_demo_office
    from app.models.archive import Unit
    from app.models.billing import FeeKind
    from app.services import billing, fees, settings
    from app.services.accounts import account_of
    from app.services.collection import CollectRequest, Tender, collect
    from app.services.office import close_office, open_office
    from app.services.permissions import Actor

    open_office(path)
    system = Actor.system()
    settings.set_value(system, settings.OFFICE_NAME, "阳光花园物业服务中心")
    generate_demo_office(RECEIPTS + 200, seed=SEED)
    start = date(2019, 1, 1)
    for code, name, kind, price in (("WYF", "物业服务费", FeeKind.AREA, "2.35"),
                                    ("LJF", "垃圾清运费", FeeKind.FIXED, "10")):  # fmt: skip
        item = fees.create_fee_item(system, code, name, kind, price, start)
        fees.assign_in_bulk(system, item.id, fees.UnitSelection(), start)
    billing.generate_bills(system, "2026-10")
    billing.generate_bills(system, "2026-11")
    units = Unit.select().where(Unit.status != "unsold").order_by(Unit.code).limit(RECEIPTS)
    for unit in list(units):
        account = account_of(unit.id)
        if account.owed > 0:
            collect(system, CollectRequest(unit.id, [c.id for c in account.charges],
                                           [Tender("cash", str(account.owed))]))  # fmt: skip
    close_office()
