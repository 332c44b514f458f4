"""公共信息发布: templates filled in, numbered final notices, A4 PDF, the posting register."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import peewee as pw
import pytest

from app.errors import ValidationError
from app.models import Notice
from app.services import notices
from app.services.unit_facts import office_today
from reports.notice_pdf import chinese_date, render_notice
from tests.archive_office import Staff, demo_office
from tests.test_archive_pdfs import assert_cjk_embedded, assert_renders_one_page, pdf_text

WATER = {
    "reason": "市政供水管网检修",
    "date": "2026年12月3日",
    "start": "9:00",
    "end": "17:00",
    "area": "1栋、2栋",
    "phone": "0571-88886666",
}


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=30)


def test_every_template_fills_and_names_a_missing_field(staff: Staff) -> None:
    assert notices.TEMPLATES["water"].fields == ("reason", "date", "start", "end", "area", "phone")
    title, body = notices.fill_template("water", WATER)
    assert title == "停水通知"
    assert "市政供水管网检修" in body and "2026年12月3日9:00至17:00对1栋、2栋暂停供水" in body
    for kind, chosen in notices.TEMPLATES.items():
        values = {name: "某某" for name in chosen.fields}
        title, body = notices.fill_template(kind, values)
        assert "{" not in title + body, kind
    with pytest.raises(ValidationError) as err:
        notices.fill_template("water", {**WATER, "area": " "})
    assert err.value.field == "area"
    festival = notices.fill_template("festival", {"festival": "春节", "message": "新春快乐！"})
    assert festival[0] == "春节问候" and "全体员工" in festival[1]


def test_issued_notice_is_numbered_and_final(staff: Staff) -> None:
    title, body = notices.fill_template("water", WATER)
    first = notices.issue_notice(staff.assistant, "water", title, body)
    second = notices.issue_notice(
        staff.assistant, "general", "停车场划线通知", "尊敬的各位业主：\n划线。"
    )
    year = office_today().year
    assert (first.number, second.number) == (f"GG{year}000001", f"GG{year}000002")
    with pytest.raises(pw.IntegrityError, match="final"):
        Notice.update(title="改过").where(Notice.id == first.id).execute()
    with pytest.raises(pw.IntegrityError, match="final"):
        Notice.delete().where(Notice.id == first.id).execute()


def test_posting_register(staff: Staff) -> None:
    notice = notices.issue_notice(staff.assistant, "general", "通知", "尊敬的各位业主：\n内容。")
    today = office_today()
    gate = notices.post_notice(staff.assistant, notice.id, "小区大门公告栏", today)
    lift = notices.post_notice(staff.assistant, notice.id, "电梯轿厢", today)
    [row] = list(notices.notices_query(staff.assistant).dicts())
    assert set(row["posted_at"].split("、")) == {"小区大门公告栏", "电梯轿厢"}
    notices.take_down(staff.assistant, gate.id, today)
    [row] = list(notices.notices_query(staff.assistant).dicts())
    assert row["posted_at"] == "电梯轿厢"
    with pytest.raises(ValidationError):
        notices.take_down(staff.assistant, gate.id, today)
    with pytest.raises(ValidationError) as err:
        notices.post_notice(staff.assistant, notice.id, "楼道", today - timedelta(days=1))
    assert err.value.field == "posted_on"
    places = [(p.place, p.removed_on) for p in notices.postings(staff.assistant, notice.id)]
    assert places == [("小区大门公告栏", today), ("电梯轿厢", None)]
    assert lift.posted_by == "李客服"


def test_notice_pdf_is_a4_with_chinese_text(staff: Staff, tmp_path: Path) -> None:
    title, body = notices.fill_template("water", WATER)
    notice = notices.issue_notice(staff.assistant, "water", title, body)
    pdf = render_notice(notice.id, tmp_path / "notice.pdf")
    text = pdf_text(pdf)
    assert "停水通知" in text and notice.number in text and "暂停供水" in text
    assert notice.signed_by in text and chinese_date(notice.issued_on) in text
    assert_cjk_embedded(pdf)
    assert_renders_one_page(pdf, tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    assert "595.276 x 841.89" in info.stdout  # A4 in points
