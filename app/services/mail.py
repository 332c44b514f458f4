"""邮件收发 (mail and parcels): the incoming log from arrival at the counter to collection,
the notification text the assistant copies into a message, the uncollected list by age,
and the outgoing log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import peewee as pw

from app.clock import to_local, utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.affairs import MailItem, MailStatus, OutgoingMail
from app.models.archive import Unit
from app.money import to_decimal, to_fen
from app.services import audit, settings
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, optional_text, required_text
from app.services.unit_facts import check_not_future, get_unit, office_today, pick_owner


class MailKind:
    PARCEL = "parcel"  # 快递包裹
    LETTER = "letter"  # 平信
    REGISTERED = "registered"  # 挂号信
    EMS = "ems"  # 特快专递
    PRINTED = "printed"  # 报刊
    OTHER = "other"
    ALL = (PARCEL, LETTER, REGISTERED, EMS, PRINTED, OTHER)


CARRIERS = ("顺丰", "中通", "圆通", "韵达", "申通", "京东", "极兔", "EMS", "邮政")

# The text the assistant copies into a WeChat or SMS message (documents are Chinese).
NOTIFY_TEMPLATE = (
    "【{office}】{addressee}您好：您有一件{what}{carrier_text}已到物业服务中心，"
    "存放于{shelf_text}，请于工作时间（8:30—18:00）到服务中心凭{proof}领取。{tracking_text}"
)
_WHAT = {
    MailKind.PARCEL: "快递包裹",
    MailKind.LETTER: "信件",
    MailKind.REGISTERED: "挂号信",
    MailKind.EMS: "特快专递",
    MailKind.PRINTED: "报刊",
    MailKind.OTHER: "邮件",
}


@dataclass(frozen=True)
class WaitingItem:
    id: str
    received_on: date
    age_days: int
    addressee: str
    unit_code: str
    kind: str
    carrier: str
    tracking_no: str
    shelf: str
    notified: bool


def _kind(kind: str) -> str:
    if kind not in MailKind.ALL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Kind: choose what kind of mail it is."), field="kind"
        )
    return kind


def receive_mail(
    actor: Actor,
    *,
    kind: str,
    addressee: str = "",
    unit_id: str | None = None,
    carrier: str = "",
    tracking_no: str = "",
    phone: str = "",
    shelf: str = "",
    remarks: str = "",
    received_at: datetime | None = None,
) -> MailItem:
    """Logs an arrival; with a unit and no addressee, the unit's first owner is named."""
    require(actor, Cap.AFFAIRS_EDIT)
    _kind(kind)
    carrier = optional_text(carrier, "carrier", QT_TRANSLATE_NOOP("app", "Carrier"), 20)
    tracking = optional_text(
        tracking_no, "tracking_no", QT_TRANSLATE_NOOP("app", "Tracking number"), 40
    )
    phone = optional_text(phone, "phone", QT_TRANSLATE_NOOP("app", "Phone"), 40)
    shelf = optional_text(shelf, "shelf", QT_TRANSLATE_NOOP("app", "Shelf"), 20)
    remarks = optional_text(remarks, "remarks", QT_TRANSLATE_NOOP("app", "Remarks"), 200)
    at = received_at or utcnow()
    with transaction():
        unit = get_unit(unit_id) if unit_id else None
        name = addressee.strip()
        if not name and unit is not None:
            owner = pick_owner(unit, None)
            name = owner.name if owner else ""
        name = required_text(name, "addressee", QT_TRANSLATE_NOOP("app", "Addressee"), 60)
        item = MailItem.create(
            kind=kind,
            carrier=carrier,
            tracking_no=tracking.upper(),
            unit=unit,
            addressee=name,
            phone=phone,
            received_at=at,
            received_on=to_local(at, settings.get(settings.TIMEZONE)).date(),
            received_by=actor.display_name,
            shelf=shelf,
            remarks=remarks,
        )
        audit.record(actor, "mail.receive", table="mail_item", record_id=item.id,
                     after={"addressee": name, "tracking_no": item.tracking_no})  # fmt: skip
    return item


def notification_text(actor: Actor, mail_id: str) -> str:
    """The message to copy: office, addressee, what, where it waits, the tracking tail."""
    require(actor, Cap.AFFAIRS_VIEW)
    item = get_or_fail(MailItem, mail_id)
    tail = item.tracking_no[-4:]
    return NOTIFY_TEMPLATE.format(
        office=settings.get(settings.OFFICE_NAME),
        addressee=item.addressee,
        what=_WHAT.get(item.kind, "邮件"),
        carrier_text=f"（{item.carrier}）" if item.carrier else "",
        shelf_text=f"{item.shelf}号货架" if item.shelf else "服务中心",
        proof="取件码或本人证件" if item.kind == MailKind.PARCEL else "本人证件",
        tracking_text=f"单号尾号{tail}。" if tail else "",
    )


def mark_notified(actor: Actor, mail_id: str) -> MailItem:
    require(actor, Cap.AFFAIRS_EDIT)
    with transaction():
        item = get_or_fail(MailItem, mail_id)
        item.notified_at = utcnow()
        item.save()
        audit.record(actor, "mail.notify", table="mail_item", record_id=item.id)
    return item


def _waiting(item: MailItem) -> None:
    if item.status != MailStatus.WAITING:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "This item was already collected or returned; refresh the list."
            ),
            field="status",
        )


def collect_mail(
    actor: Actor, mail_id: str, collector: str, collected_at: datetime | None = None
) -> MailItem:
    """领取: who took it away and when; the assistant who handed it over is recorded."""
    require(actor, Cap.AFFAIRS_EDIT)
    name = required_text(collector, "collector", QT_TRANSLATE_NOOP("app", "Collected by"), 40)
    with transaction():
        item = get_or_fail(MailItem, mail_id)
        _waiting(item)
        at = collected_at or utcnow()
        if at < item.received_at:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Collected at: it cannot be before the item arrived."),
                field="collected_at",
            )
        item.status = MailStatus.COLLECTED
        item.collector = name
        item.collected_at = at
        item.handed_by = actor.display_name
        item.save()
        audit.record(actor, "mail.collect", table="mail_item", record_id=item.id,
                     after={"collector": name})  # fmt: skip
    return item


def return_mail(
    actor: Actor, mail_id: str, reason: str, returned_at: datetime | None = None
) -> MailItem:
    """退回 to the carrier (nobody of that name, refused, kept too long)."""
    require(actor, Cap.AFFAIRS_EDIT)
    reason = required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Reason"), 200)
    with transaction():
        item = get_or_fail(MailItem, mail_id)
        _waiting(item)
        at = returned_at or utcnow()
        if at < item.received_at:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Returned at: it cannot be before the item arrived."),
                field="returned_at",
            )
        item.status = MailStatus.RETURNED
        item.collected_at = at
        item.handed_by = actor.display_name
        item.remarks = f"{item.remarks} 退回：{reason}".strip()
        item.save()
        audit.record(actor, "mail.return", table="mail_item", record_id=item.id, detail=reason)
    return item


MAIL_SORT = {
    "received_at": MailItem.received_at,
    "addressee": MailItem.addressee,
    "tracking_no": MailItem.tracking_no,
    "status": MailItem.status,
}


def mail_query(actor: Actor) -> pw.ModelSelect:
    """The incoming log, newest first, with the unit's code."""
    require(actor, Cap.AFFAIRS_VIEW)
    return (
        MailItem.select(
            MailItem.id,
            MailItem.received_at,
            MailItem.kind,
            MailItem.carrier,
            MailItem.tracking_no,
            Unit.code.alias("unit_code"),
            MailItem.addressee,
            MailItem.shelf,
            MailItem.received_by,
            MailItem.notified_at,
            MailItem.status,
            MailItem.collector,
            MailItem.collected_at,
        )
        .join(Unit, pw.JOIN.LEFT_OUTER, on=(MailItem.unit == Unit.id))
        .order_by(MailItem.received_at.desc())
    )


def filter_mail(
    query: pw.ModelSelect, text: str = "", waiting_only: bool = False
) -> pw.ModelSelect:
    text = text.strip()
    if text:
        query = query.where(
            MailItem.tracking_no.endswith(text.upper())
            | MailItem.addressee.startswith(text)
            | Unit.code.startswith(text)
        )
    if waiting_only:
        query = query.where(MailItem.status == MailStatus.WAITING)
    return query


def uncollected(actor: Actor, today: date | None = None) -> list[WaitingItem]:
    """Items still waiting, the oldest first, with their age in days."""
    require(actor, Cap.AFFAIRS_VIEW)
    today = today or office_today()
    rows = (
        MailItem.select(MailItem, Unit.code.alias("unit_code"))
        .join(Unit, pw.JOIN.LEFT_OUTER, on=(MailItem.unit == Unit.id))
        .where(MailItem.status == MailStatus.WAITING)
        .order_by(MailItem.received_at)
        .objects()
    )
    return [
        WaitingItem(
            r.id,
            r.received_on,
            (today - r.received_on).days,
            r.addressee,
            r.unit_code or "",
            r.kind,
            r.carrier,
            r.tracking_no,
            r.shelf,
            r.notified_at is not None,
        )
        for r in rows
    ]


def send_mail(
    actor: Actor,
    *,
    kind: str,
    sender: str,
    recipient: str,
    destination: str = "",
    carrier: str = "",
    tracking_no: str = "",
    unit_id: str | None = None,
    postage: object = "0",
    sent_on: date | None = None,
    remarks: str = "",
) -> OutgoingMail:
    """发件登记: mail the office sends (its own letters, or a resident's parcel handed in)."""
    require(actor, Cap.AFFAIRS_EDIT)
    _kind(kind)
    sender = required_text(sender, "sender", QT_TRANSLATE_NOOP("app", "Sender"), 60)
    recipient = required_text(recipient, "recipient", QT_TRANSLATE_NOOP("app", "Recipient"), 60)
    destination = optional_text(
        destination, "destination", QT_TRANSLATE_NOOP("app", "Destination"), 120
    )
    carrier = optional_text(carrier, "carrier", QT_TRANSLATE_NOOP("app", "Carrier"), 20)
    tracking = optional_text(
        tracking_no, "tracking_no", QT_TRANSLATE_NOOP("app", "Tracking number"), 40
    )
    remarks = optional_text(remarks, "remarks", QT_TRANSLATE_NOOP("app", "Remarks"), 200)
    day = sent_on or office_today()
    check_not_future(day, "sent_on", QT_TRANSLATE_NOOP("app", "Sent on"))
    fee = _postage(postage)
    with transaction():
        unit = get_unit(unit_id) if unit_id else None
        row = OutgoingMail.create(
            sent_on=day, kind=kind, carrier=carrier, tracking_no=tracking.upper(), sender=sender,
            unit=unit, recipient=recipient, destination=destination, postage=fee,
            handled_by=actor.display_name, remarks=remarks,
        )  # fmt: skip
        audit.record(actor, "mail.send", table="outgoing_mail", record_id=row.id,
                     after={"recipient": recipient, "tracking_no": row.tracking_no})  # fmt: skip
    return row


def _postage(value: object) -> object:
    try:
        amount = to_decimal(str(value or "0"))
        to_fen(amount)
    except (TypeError, ValueError):
        amount = None
    if amount is None or amount < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Postage: enter an amount in yuan, 0 or more."),
            field="postage",
        )
    return amount


OUTGOING_SORT = {"sent_on": OutgoingMail.sent_on, "recipient": OutgoingMail.recipient}


def outgoing_query(actor: Actor) -> pw.ModelSelect:
    require(actor, Cap.AFFAIRS_VIEW)
    return (
        OutgoingMail.select(
            OutgoingMail.id,
            OutgoingMail.sent_on,
            OutgoingMail.kind,
            OutgoingMail.carrier,
            OutgoingMail.tracking_no,
            OutgoingMail.sender,
            Unit.code.alias("unit_code"),
            OutgoingMail.recipient,
            OutgoingMail.destination,
            OutgoingMail.postage,
            OutgoingMail.handled_by,
        )
        .join(Unit, pw.JOIN.LEFT_OUTER, on=(OutgoingMail.unit == Unit.id))
        .order_by(OutgoingMail.sent_on.desc())
    )
