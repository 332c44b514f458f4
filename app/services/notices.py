"""公共信息发布 (public notices): templates for the notices the office posts every month,
filled in and issued as numbered, final documents, and a register of where and when each
copy was posted and taken down."""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date

import peewee as pw

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.affairs import Notice, NoticePosting
from app.services import audit, numbering, settings
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, required_text
from app.services.unit_facts import check_not_future, office_today

DOC_TYPE = "notice"
numbering.register_document_type(DOC_TYPE, "GG")

PLACES = ("小区大门公告栏", "各单元楼道公告栏", "电梯轿厢", "物业服务中心", "业主微信群")


@dataclass(frozen=True)
class NoticeTemplate:
    kind: str
    title: str  # may hold placeholders too
    body: str

    @property
    def fields(self) -> tuple[str, ...]:
        """The placeholders to fill, in the order they first appear."""
        names: list[str] = []
        for text in (self.title, self.body):
            for _literal, name, _spec, _conv in string.Formatter().parse(text):
                if name and name not in names and name != "office":
                    names.append(name)
        return tuple(names)


_SORRY = "给您带来的不便，敬请谅解！如有疑问，请致电物业服务中心：{phone}。"
TEMPLATES: dict[str, NoticeTemplate] = {
    t.kind: t
    for t in (
        NoticeTemplate(
            "water",
            "停水通知",
            "尊敬的各位业主、住户：\n因{reason}，定于{date}{start}至{end}对{area}暂停供水。"
            "请提前做好储水准备，停水期间请关闭家中水龙头，以免来水时造成损失。\n" + _SORRY,
        ),
        NoticeTemplate(
            "power",
            "停电通知",
            "尊敬的各位业主、住户：\n因{reason}，定于{date}{start}至{end}对{area}暂停供电。"
            "请提前做好准备，关闭家用电器电源；停电期间电梯停止运行，请勿乘坐。\n" + _SORRY,
        ),
        NoticeTemplate(
            "elevator",
            "电梯维保通知",
            "尊敬的各位业主、住户：\n为保障电梯安全运行，定于{date}{start}至{end}对{area}电梯"
            "进行维护保养，届时该电梯暂停使用，请您走楼梯或乘坐其他电梯，注意安全。\n" + _SORRY,
        ),
        NoticeTemplate(
            "payment",
            "缴费提醒",
            "尊敬的各位业主：\n{period}的{items}已开始收取，请于{deadline}前到物业服务中心"
            "或通过微信、支付宝缴纳。已经缴纳的业主，感谢您对我们工作的支持！\n"
            "如有疑问，请致电物业服务中心：{phone}。",
        ),
        NoticeTemplate(
            "festival",
            "{festival}问候",
            "尊敬的各位业主、住户：\n值此{festival}到来之际，{office}全体员工向您和您的家人"
            "致以节日的问候和美好的祝愿！{message}",
        ),
        NoticeTemplate("general", "{title}", "尊敬的各位业主、住户：\n{content}"),
    )
}

FIELD_LABELS = {
    "reason": QT_TRANSLATE_NOOP("app", "Reason"),
    "date": QT_TRANSLATE_NOOP("app", "Date"),
    "start": QT_TRANSLATE_NOOP("app", "From (time)"),
    "end": QT_TRANSLATE_NOOP("app", "To (time)"),
    "area": QT_TRANSLATE_NOOP("app", "Area affected"),
    "phone": QT_TRANSLATE_NOOP("app", "Office phone"),
    "period": QT_TRANSLATE_NOOP("app", "Billing period"),
    "items": QT_TRANSLATE_NOOP("app", "Fees"),
    "deadline": QT_TRANSLATE_NOOP("app", "Pay by"),
    "festival": QT_TRANSLATE_NOOP("app", "Festival"),
    "message": QT_TRANSLATE_NOOP("app", "Message"),
    "title": QT_TRANSLATE_NOOP("app", "Title"),
    "content": QT_TRANSLATE_NOOP("app", "Content"),
}
KIND_LABELS = {
    "water": QT_TRANSLATE_NOOP("app", "Water cut"),
    "power": QT_TRANSLATE_NOOP("app", "Power cut"),
    "elevator": QT_TRANSLATE_NOOP("app", "Elevator maintenance"),
    "payment": QT_TRANSLATE_NOOP("app", "Payment reminder"),
    "festival": QT_TRANSLATE_NOOP("app", "Festival greetings"),
    "general": QT_TRANSLATE_NOOP("app", "General notice"),
}


def template(kind: str) -> NoticeTemplate:
    if kind not in TEMPLATES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Template: choose one of the listed notices."), field="kind"
        )
    return TEMPLATES[kind]


def fill_template(kind: str, values: dict[str, str]) -> tuple[str, str]:
    """The template's title and body with every field filled; an empty field is refused."""
    chosen = template(kind)
    filled = {"office": settings.get(settings.OFFICE_NAME)}
    for name in chosen.fields:
        filled[name] = required_text(values.get(name, ""), name, FIELD_LABELS.get(name, name), 500)
    return chosen.title.format(**filled), chosen.body.format(**filled)


def issue_notice(
    actor: Actor, kind: str, title: str, body: str, issued_on: date | None = None
) -> Notice:
    """Numbers and keeps the notice exactly as it will print (final once issued)."""
    require(actor, Cap.AFFAIRS_EDIT)
    template(kind)
    title = required_text(title, "title", QT_TRANSLATE_NOOP("app", "Title"), 40)
    body = required_text(body, "body", QT_TRANSLATE_NOOP("app", "Text"), 3000)
    day = issued_on or office_today()
    check_not_future(day, "issued_on", QT_TRANSLATE_NOOP("app", "Issued on"))
    with transaction():
        number = numbering.next_number(DOC_TYPE, day.year)
        notice = Notice.create(
            number=number.text,
            kind=kind,
            title=title,
            body=body,
            issued_on=day,
            issued_by=actor.display_name,
            signed_by=settings.get(settings.OFFICE_NAME),
        )
        audit.record(actor, "notice.issue", table="notice", record_id=notice.id,
                     after={"number": notice.number, "title": title})  # fmt: skip
    return notice


def post_notice(
    actor: Actor, notice_id: str, place: str, posted_on: date | None = None
) -> NoticePosting:
    require(actor, Cap.AFFAIRS_EDIT)
    place = required_text(place, "place", QT_TRANSLATE_NOOP("app", "Posted at"), 60)
    day = posted_on or office_today()
    check_not_future(day, "posted_on", QT_TRANSLATE_NOOP("app", "Posted on"))
    with transaction():
        notice = get_or_fail(Notice, notice_id)
        if day < notice.issued_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Posted on: a notice is posted on or after its date."),
                field="posted_on",
            )
        posting = NoticePosting.create(
            notice=notice, place=place, posted_on=day, posted_by=actor.display_name
        )
        audit.record(actor, "notice.post", table="notice_posting", record_id=posting.id,
                     detail=f"{notice.number} {place}")  # fmt: skip
    return posting


def take_down(actor: Actor, posting_id: str, removed_on: date | None = None) -> NoticePosting:
    require(actor, Cap.AFFAIRS_EDIT)
    day = removed_on or office_today()
    check_not_future(day, "removed_on", QT_TRANSLATE_NOOP("app", "Taken down on"))
    with transaction():
        posting = get_or_fail(NoticePosting, posting_id)
        if posting.removed_on is not None or day < posting.posted_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Taken down on: the copy is already down, or the date is before it went up.",
                ),
                field="removed_on",
            )
        posting.removed_on = day
        posting.save()
        audit.record(actor, "notice.take_down", table="notice_posting", record_id=posting.id)
    return posting


NOTICE_SORT = {"issued_on": Notice.issued_on, "number": Notice.number, "title": Notice.title}


def notices_query(actor: Actor) -> pw.ModelSelect:
    """The register: notices newest first, where they are up now."""
    require(actor, Cap.AFFAIRS_VIEW)
    up = NoticePosting.select(pw.fn.GROUP_CONCAT(NoticePosting.place, "、")).where(
        (NoticePosting.notice == Notice.id) & NoticePosting.removed_on.is_null()
    )
    return Notice.select(
        Notice.id,
        Notice.number,
        Notice.issued_on,
        Notice.kind,
        Notice.title,
        Notice.issued_by,
        up.alias("posted_at"),
    ).order_by(Notice.number.desc())


def postings(actor: Actor, notice_id: str) -> list[NoticePosting]:
    require(actor, Cap.AFFAIRS_VIEW)
    return list(
        NoticePosting.select()
        .where(NoticePosting.notice == notice_id)
        .order_by(NoticePosting.posted_on, NoticePosting.id)
    )


def get_notice(actor: Actor, notice_id: str) -> Notice:
    require(actor, Cap.AFFAIRS_VIEW)
    return get_or_fail(Notice, notice_id)


def notice_document(notice_id: str) -> Notice:
    """For printing (reports call it; the caller already decided who may print)."""
    return get_or_fail(Notice, notice_id)
