"""The handover form (入伙交接单) and the move-out permit (放行条) as PDFs: Chinese text comes
out of pdftotext, the CJK font is embedded, and poppler renders the page."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.models.archive import Handover, MoveOutPermit, Unit, UnitStatus
from app.services import arrears, move_in, move_out, settings
from app.services.move_in import HandoverInput
from app.services.unit_facts import office_today
from reports import fonts
from reports.handover_form import render_handover_form
from reports.move_out_permit import render_move_out_permit
from tests.archive_office import Staff, demo_office, sold_unit, unit_with_status

REASON = "业主已承诺月底前结清，经理同意放行"


@pytest.fixture
def staff(db_path: Path) -> Staff:
    staff = demo_office(units=60)
    settings.set_value(staff.admin, settings.OFFICE_NAME, "阳光花园物业服务中心")
    return staff


@pytest.fixture
def handover(staff: Staff) -> Handover:
    unit, _ = sold_unit(office_today())
    return move_in.record_handover(
        staff.assistant,
        unit.id,
        HandoverInput(
            office_today(),
            keys_handed=4,
            key_notes="入户门钥匙2把、信报箱钥匙1把、门卡1张",
            water_reading="123.4",
            electricity_reading="5678.90",
            checklist=[*move_in.STANDARD_CHECKLIST[:4], "《车位租赁协议》"],
            remarks="客厅墙角细微裂纹，已登记报修。",
        ),
    )


@pytest.fixture
def overridden_permit(staff: Staff) -> Iterator[MoveOutPermit]:
    unit = unit_with_status(UnitStatus.OCCUPIED)

    def fees(unit_id: str) -> Decimal:
        return Decimal("1234.50") if unit_id == unit.id else Decimal("0.00")

    arrears.register_arrears_source(fees)
    try:
        yield move_out.request_permit(
            staff.manager,
            unit.id,
            "张三",
            "13812345678",
            "冰箱一台、洗衣机一台、纸箱12个",
            "粤B12345",
            office_today() + timedelta(days=1),
            override_reason=REASON,
        )
    finally:
        arrears.unregister_arrears_source(fees)


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return result.stdout


def embedded_fonts(path: Path) -> dict[str, str]:
    """pdffonts: font name → the 'emb' column (yes/no)."""
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    return {line.split()[0]: line.split()[-5] for line in lines if line.strip()}


def assert_renders_one_page(path: Path, tmp_path: Path) -> None:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.MULTILINE), info.stdout
    prefix = tmp_path / path.stem
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(prefix)], check=True)
    [png] = list(tmp_path.glob(f"{path.stem}*.png"))
    assert png.stat().st_size > 5_000  # a page with content, not a blank sheet


def assert_cjk_embedded(path: Path) -> None:
    found = embedded_fonts(path)
    cjk = [name for name in found if "WenQuanYi" in name]
    assert cjk and all(found[name] == "yes" for name in cjk), found


def test_handover_form(handover: Handover, tmp_path: Path) -> None:
    out = render_handover_form(handover.id, tmp_path / "handover.pdf")
    text = pdf_text(out)
    unit = Unit.get_by_id(handover.unit_id)
    for expected in (
        "阳光花园物业服务中心",
        "入伙交接单",
        handover.number,
        unit.code,
        "《入伙通知书》",
        "《车位租赁协议》",
        "123.40",
        "5678.90",
        "未抄",  # no gas reading
        "业主签字",
        "经办人",
        "李客服",
    ):
        assert expected in text, expected
    assert_cjk_embedded(out)
    assert_renders_one_page(out, tmp_path)


def test_permit_with_manager_override(overridden_permit: MoveOutPermit, tmp_path: Path) -> None:
    out = render_move_out_permit(overridden_permit.id, tmp_path / "permit.pdf")
    text = pdf_text(out)
    unit = Unit.get_by_id(overridden_permit.unit_id)
    for expected in ("放行条（存根）", "放行条（门岗联）", "¥1,234.50", "粤B12345"):
        assert expected in text, expected
    # both halves carry the number, the unit and the manager's approval
    assert text.count(overridden_permit.number) == 2 and text.count(unit.code) == 2
    assert text.count(f"经理特批：{REASON}（王经理）") == 2
    assert_cjk_embedded(out)
    assert_renders_one_page(out, tmp_path)


def test_cancelled_permit_says_so(staff: Staff, tmp_path: Path) -> None:
    unit = unit_with_status(UnitStatus.OCCUPIED)
    permit = move_out.request_permit(
        staff.assistant, unit.id, "李四", "", "旧家具", "", office_today()
    )
    move_out.cancel_permit(staff.assistant, permit.id, "业主改期")
    text = pdf_text(render_move_out_permit(permit.id, tmp_path / "cancelled.pdf"))
    assert "【已作废】业主改期" in text and "开具时无欠费" in text and "经理特批" not in text


def test_font_is_the_shipped_wenquanyi() -> None:
    assert fonts.cjk_font_name() == fonts.FONT_NAME
    assert fonts.cjk_font_path() == fonts.ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
    assert (fonts.ROOT / "resources" / "fonts" / "WQY-MICROHEI-LICENSE.txt").is_file()
    assert fonts.has_glyph("入伙交接单放行条¥㎡") and not fonts.has_glyph("☑")


def test_longest_permit_still_fits_one_sheet(staff: Staff, tmp_path: Path) -> None:
    unit = unit_with_status(UnitStatus.OCCUPIED)
    items = ("衣柜两个、餐桌一张、椅子四把、纸箱若干" * 30)[:499] + "完"
    permit = move_out.request_permit(
        staff.assistant, unit.id, "欧阳" * 20, "0755-12345678", items, "粤BD12345", office_today()
    )
    out = render_move_out_permit(permit.id, tmp_path / "long.pdf")
    assert_renders_one_page(out, tmp_path)
    assert pdf_text(out).count("门岗核验") == 1 and "完" in pdf_text(out)
