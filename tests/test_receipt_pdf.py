"""Receipts as PDFs: every size, one or three copies, whole form or data only (套打); void and
reprint marks, continuation pages, printer offsets, and `main.py receipt pdf`."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from app.money import amount_in_words, format_money
from app.services import receipts
from app.services.permissions import Actor
from reports.commands_receipts import SIZE_CHOICES
from reports.receipt import (
    SIZES,
    ReceiptLayout,
    ReceiptTotalMismatch,
    receipt_doc,
    render_receipt,
    render_receipts,
    write_pdf,
)
from tests.receipt_fixtures import OFFICE, collect, pdfinfo, pdftotext, receipt_office

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("收款收据", "项目", "期间", "金额", "交款人", "房号", "日期", "人民币", "收款方式",
          "收款人", "盖章", "存根", "客户", "记账", "第一联", "No.", OFFICE)  # fmt: skip
PAGE_POINTS = {"241x93": (683.15, 263.62), "241x140": (683.15, 396.85),
               "210x99": (595.28, 280.63), "a5": (595.28, 419.53)}  # fmt: skip


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> dict[str, object]:
    return receipt_office(system_actor, db_path)


def pages_of(path: Path) -> list[str]:
    return pdftotext(path, "-layout").split("\f")[:-1]


def words(path: Path) -> list[tuple[str, float, float, float, float]]:
    """Every word with its box (xMin, yMin, xMax, yMax; y from the top) on the first page."""
    html = pdftotext(path, "-bbox", "-f", "1", "-l", "1")
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    )
    return [(text, float(a), float(b), float(c), float(d)) for a, b, c, d, text in found]


def box_of(path: Path, text: str) -> tuple[float, float]:
    return next((x, y) for word, x, y, _x2, _y2 in words(path) if word == text)


@pytest.mark.parametrize("data_only", [False, True], ids=["full", "data-only"])
@pytest.mark.parametrize("copies", [1, 3])
@pytest.mark.parametrize("size", list(SIZES))
def test_every_size_copies_and_mode(office, tmp_path, size, copies, data_only) -> None:
    receipt = collect(office)
    out = tmp_path / "receipt.pdf"
    layout = ReceiptLayout(size=size, copies=copies, data_only=data_only)
    render_receipt(receipt.id, out, layout, office["cashier"])
    pages = pages_of(out)
    assert len(pages) == copies
    for page in pages:
        flat = re.sub(r"\s+", " ", page)
        for expected in ("SJ2026000001", "张三", "1-1-101", "2026-11-27", "物业服务费",
                         "垃圾清运费", "2026-10", "2026-11", "210.33", "10.00", "¥440.66",
                         "肆佰肆拾元零陆角陆分", "微信 200.00", "shouyin"):  # fmt: skip
            assert expected in flat, (expected, page)
        assert "补打" not in flat and "作废" not in flat
        if data_only:
            assert [label for label in LABELS if label in flat] == []
        else:
            assert OFFICE in flat and "收款收据" in flat and "人民币" in flat and "盖章" in flat
    if copies == 3 and not data_only:
        for page, label in zip(pages, ("第一联 存根", "第二联 客户", "第三联 记账"), strict=True):
            assert label in page
    info = pdfinfo(out)
    width, height = (float(v) for v in re.findall(r"[\d.]+", info["Page size"])[:2])
    assert (width, height) == pytest.approx(PAGE_POINTS[size], abs=0.01)
    for text, x0, y0, x1, y1 in words(out):  # nothing runs off the paper
        assert x0 >= 0 and x1 <= width and y0 >= 0 and y1 <= height, text


def test_the_chinese_font_is_embedded(office, tmp_path) -> None:
    out = render_receipt(collect(office).id, tmp_path / "r.pdf", ReceiptLayout(), office["cashier"])
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    cjk = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert cjk and all(line.split()[-5] == "yes" for line in cjk)  # the "emb" column


def test_a_void_prints_on_every_copy_with_its_reason(office, tmp_path) -> None:
    receipt = collect(office)
    receipts.void_receipt(office["manager"], receipt.id, "业主要求改为微信支付")
    for data_only in (False, True):
        out = tmp_path / f"void-{data_only}.pdf"
        render_receipt(receipt.id, out, ReceiptLayout(data_only=data_only), office["cashier"])
        pages = pages_of(out)
        assert len(pages) == 3
        for page in pages:
            assert "作废原因：业主要求改为微信支付" in page
            assert "SJ2026000001" in page  # the number is kept


def test_a_second_print_is_marked_as_a_reprint(office, tmp_path) -> None:
    receipt = collect(office)
    cashier = office["cashier"]
    assert receipts.record_print(cashier, receipt.id) == 1
    first = render_receipt(receipt.id, tmp_path / "1.pdf", ReceiptLayout(), cashier)
    assert "补打" not in pdftotext(first)
    assert receipts.record_print(cashier, receipt.id) == 2
    second = render_receipt(receipt.id, tmp_path / "2.pdf", ReceiptLayout(), cashier)
    assert all("补打（第2次打印）" in page for page in pages_of(second))
    third = render_receipt(receipt.id, tmp_path / "3.pdf", ReceiptLayout(), cashier, 3)
    assert "补打（第3次打印）" in pdftotext(third)


def test_many_lines_continue_on_a_second_page_of_the_same_copy(office, tmp_path) -> None:
    receipt = collect(office, prepay_months=4)  # 8 lines
    extra = collect(office, "b", prepay_months=12)  # 24 lines
    total, words = format_money(extra.total), amount_in_words(extra.total)
    assert len(receipts.receipt_view(office["cashier"], extra.id).lines) == 24
    out = tmp_path / "many.pdf"
    render_receipts([receipt.id, extra.id], out, ReceiptLayout("241x93", 3), office["cashier"])
    pages = pages_of(out)
    # 241×93 holds 8 lines: the first receipt fits, the second needs 3 pages per copy.
    assert len(pages) == 3 * 1 + 3 * 3
    first_copy = pages[3:6]
    assert "第一联 存根" in first_copy[0] and "第一联 存根" in first_copy[2]
    assert "第1/3页" in first_copy[0] and "（续）" not in first_copy[0]
    assert "第2/3页（续）" in first_copy[1] and "第3/3页（续）" in first_copy[2]
    assert "转下页" in first_copy[0] and total not in first_copy[0]
    assert total in first_copy[2] and words in first_copy[2]
    periods = [re.findall(r"20\d\d-\d\d(?!-)", page) for page in first_copy]
    assert sorted(p for page in periods for p in page) == sorted(
        f"{line.period_text}" for line in receipts.receipt_view(office["cashier"], extra.id).lines
    )
    assert "第二联 客户" in pages[6] and "第1/3页" in pages[6]


def test_offsets_move_the_print(office, tmp_path) -> None:
    receipt = collect(office)
    base = ReceiptLayout("241x140", 1, data_only=True)
    plain = render_receipt(receipt.id, tmp_path / "0.pdf", base, office["cashier"])
    moved = render_receipt(
        receipt.id, tmp_path / "5.pdf", replace(base, offset_x_mm=5), office["cashier"]
    )
    down = render_receipt(
        receipt.id, tmp_path / "d.pdf", replace(base, offset_y_mm=-2.5), office["cashier"]
    )
    x, y = box_of(plain, "SJ2026000001")
    assert box_of(moved, "SJ2026000001") == pytest.approx((x + 5 * mm, y), abs=0.05)
    assert box_of(down, "SJ2026000001") == pytest.approx((x, y - 2.5 * mm), abs=0.05)


def test_long_texts_shrink_to_their_box(office, tmp_path) -> None:
    receipt = collect(office)
    view = receipts.receipt_view(office["cashier"], receipt.id)
    view.receipt.payer = "、".join(["欧阳娜娜", "司马相如", "诸葛孔明", "上官婉儿"] * 4)
    doc = receipt_doc(view)
    out = write_pdf([doc], tmp_path / "long.pdf", ReceiptLayout("210x99", 1), OFFICE)
    page_width = float(re.findall(r"[\d.]+", pdfinfo(out)["Page size"])[0])
    unit_x = next(x0 for text, x0, *_ in words(out) if text.startswith("房号"))
    payer = [w for w in words(out) if "欧阳" in w[0]]
    assert payer and all(x1 < unit_x for _t, _x0, _y0, x1, _y1 in payer)
    assert all(x1 <= page_width for *_rest, x1, _y1 in words(out))


def test_a_total_that_disagrees_with_its_lines_is_refused(office) -> None:
    view = receipts.receipt_view(office["cashier"], collect(office).id)
    short = replace(view, lines=view.lines[:-1])
    with pytest.raises(ReceiptTotalMismatch, match=r"430\.66"):
        receipt_doc(short)
    assert receipt_doc(view).total_words == "肆佰肆拾元零陆角陆分"


def test_many_receipts_in_one_file(office, tmp_path) -> None:
    first, second = collect(office), collect(office, "b", prepay_months=1)
    out = render_receipts(
        [first.id, second.id, first.id],
        tmp_path / "two.pdf",
        ReceiptLayout(copies=1),
        Actor.system(),
    )
    numbers = [re.search(r"SJ\d{10}", page)[0] for page in pages_of(out)]
    assert numbers == ["SJ2026000001", "SJ2026000002"]  # a repeated id prints once


@pytest.mark.parametrize(
    "kwargs",
    [{"size": "a4"}, {"copies": 2}, {"offset_x_mm": 51}, {"offset_y_mm": float("nan")}],
)
def test_layout_rejects_what_no_printer_can_do(kwargs) -> None:
    with pytest.raises(ValueError):
        ReceiptLayout(**kwargs)


def test_cli_sizes_are_the_renderer_sizes() -> None:
    assert tuple(SIZES) == SIZE_CHOICES


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "receipt", "pdf", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_writes_the_pdf_and_logs_the_print(office, tmp_path) -> None:
    collect(office)
    out = tmp_path / "cli.pdf"
    done = run_cli(office["db"], "SJ2026000001", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "print: 1" in done.stdout and len(pages_of(out)) == 3
    assert "补打" not in pdftotext(out)
    again = run_cli(
        office["db"], "sj2026000001", "--out", str(out), "--size", "a5", "--copies", "1",
        "--data-only", "--offset-x", "-2.5", "--offset-y", "1",
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    text = pdftotext(out)
    assert "补打（第2次打印）" in text and "收款收据" not in text
    assert re.findall(r"[\d.]+", pdfinfo(out)["Page size"])[:2] == ["595.276", "419.528"]


def test_cli_unknown_number_is_rejected_with_one_line(office, tmp_path) -> None:
    out = tmp_path / "none.pdf"
    done = run_cli(office["db"], "SJ2026009999", "--out", str(out))
    assert done.returncode == 3
    assert done.stderr.strip().splitlines() == [
        "main.py: rejected: There is no receipt SJ2026009999."
    ]
    assert not out.exists()
