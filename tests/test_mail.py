"""邮件收发: arrival, notification text, pickup, returns, the uncollected list by age, outgoing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import PermissionDenied, ValidationError
from app.models import AuditLog, MailItem, Unit
from app.models.affairs import MailStatus
from app.models.archive import UnitStatus
from app.services import mail
from app.services.mail import MailKind
from app.services.unit_facts import current_owners, office_today
from tests.archive_office import Staff, demo_office


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=30)


def _occupied() -> Unit:
    return Unit.select().where(Unit.status == UnitStatus.OCCUPIED).order_by(Unit.code).first()


def test_arrival_names_the_owner_and_the_text_says_where_it_waits(staff: Staff) -> None:
    unit = _occupied()
    item = mail.receive_mail(
        staff.assistant, kind=MailKind.PARCEL, unit_id=unit.id, carrier="顺丰",
        tracking_no="sf1234567890", shelf="B3",
    )  # fmt: skip
    owner = current_owners(unit)[0]
    assert item.addressee == owner.name and item.tracking_no == "SF1234567890"
    assert item.received_on == office_today() and item.received_by == "李客服"
    text = mail.notification_text(staff.assistant, item.id)
    assert owner.name in text and "B3号货架" in text and "尾号7890" in text and "顺丰" in text
    assert item.notified_at is None
    assert mail.mark_notified(staff.assistant, item.id).notified_at is not None


def test_pickup_records_collector_and_time_once(staff: Staff) -> None:
    item = mail.receive_mail(staff.assistant, kind=MailKind.LETTER, addressee="张三")
    done = mail.collect_mail(staff.assistant, item.id, " 张三的妻子 ")
    assert done.status == MailStatus.COLLECTED and done.collector == "张三的妻子"
    assert done.collected_at is not None and done.handed_by == "李客服"
    with pytest.raises(ValidationError):
        mail.collect_mail(staff.assistant, item.id, "别人")
    with pytest.raises(ValidationError):
        mail.return_mail(staff.assistant, item.id, "查无此人")
    actions = [a.action for a in AuditLog.select().where(AuditLog.record_id == item.id)]
    assert actions == ["mail.receive", "mail.collect"]


def test_a_return_is_dated_and_never_before_the_arrival(staff: Staff) -> None:
    from datetime import timedelta

    item = mail.receive_mail(staff.assistant, kind=MailKind.LETTER, addressee="张三")
    with pytest.raises(ValidationError) as err:
        mail.return_mail(
            staff.assistant, item.id, "查无此人", item.received_at - timedelta(hours=1)
        )
    assert err.value.field == "returned_at"
    later = item.received_at + timedelta(days=14)
    assert mail.return_mail(staff.assistant, item.id, "超期未领", later).collected_at == later


def test_refusals_name_the_field(staff: Staff) -> None:
    with pytest.raises(ValidationError) as err:
        mail.receive_mail(staff.assistant, kind=MailKind.PARCEL)
    assert err.value.field == "addressee"
    with pytest.raises(ValidationError) as err:
        mail.receive_mail(staff.assistant, kind="pigeon", addressee="张三")
    assert err.value.field == "kind"
    item = mail.receive_mail(staff.assistant, kind=MailKind.PARCEL, addressee="张三")
    with pytest.raises(ValidationError) as err:
        mail.collect_mail(staff.assistant, item.id, "  ")
    assert err.value.field == "collector"
    with pytest.raises(PermissionDenied):
        mail.receive_mail(staff.cashier, kind=MailKind.PARCEL, addressee="张三")
    assert MailItem.select().count() == 1


def test_uncollected_oldest_first_with_age(staff: Staff) -> None:
    now = datetime.now(UTC)
    old = mail.receive_mail(staff.assistant, kind=MailKind.PARCEL, addressee="甲",
                            received_at=now - timedelta(days=6))  # fmt: skip
    new = mail.receive_mail(staff.assistant, kind=MailKind.PARCEL, addressee="乙")
    gone = mail.receive_mail(staff.assistant, kind=MailKind.PARCEL, addressee="丙")
    mail.collect_mail(staff.assistant, gone.id, "丙")
    returned = mail.receive_mail(staff.assistant, kind=MailKind.LETTER, addressee="丁")
    mail.return_mail(staff.assistant, returned.id, "查无此人")
    today = office_today()
    waiting = mail.uncollected(staff.assistant, today)
    assert [w.id for w in waiting] == [old.id, new.id]
    assert waiting[0].age_days == (today - old.received_on).days >= 5
    assert waiting[1].age_days == 0


def test_outgoing_log_keeps_postage_in_fen(staff: Staff) -> None:
    row = mail.send_mail(
        staff.assistant, kind=MailKind.EMS, sender="物业服务中心", recipient="开发商工程部",
        destination="上海市", carrier="EMS", tracking_no="e123", postage="22.5",
    )  # fmt: skip
    assert row.postage == Decimal("22.50") and row.tracking_no == "E123"
    rows = list(mail.outgoing_query(staff.assistant).dicts())
    assert rows[0]["recipient"] == "开发商工程部" and rows[0]["postage"] == Decimal("22.50")
    with pytest.raises(ValidationError) as err:
        mail.send_mail(staff.assistant, kind=MailKind.EMS, sender="a", recipient="b", postage="-1")
    assert err.value.field == "postage"
    with pytest.raises(ValidationError) as err:
        mail.send_mail(staff.assistant, kind=MailKind.EMS, sender="a", recipient="b",
                       sent_on=date.today() + timedelta(days=3))  # fmt: skip
    assert err.value.field == "sent_on"


def test_filter_by_tracking_tail_and_waiting(staff: Staff) -> None:
    a = mail.receive_mail(
        staff.assistant, kind=MailKind.PARCEL, addressee="甲", tracking_no="YT998877"
    )
    b = mail.receive_mail(
        staff.assistant, kind=MailKind.PARCEL, addressee="乙", tracking_no="ZT112233"
    )
    mail.collect_mail(staff.assistant, b.id, "乙")
    query = mail.mail_query(staff.assistant)
    assert [r["id"] for r in mail.filter_mail(query, "8877").dicts()] == [a.id]
    assert [r["id"] for r in mail.filter_mail(query, "", waiting_only=True).dicts()] == [a.id]
