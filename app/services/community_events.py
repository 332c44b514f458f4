"""社区文化活动 (community events): the year's plan (month, kind, budget), then each event as
held — date, place, participants, money spent, summary, photos (attachments) — or cancelled;
and the year's report: planned against held, participants, budget against spending."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.affairs import CommunityEvent, EventStatus
from app.services import audit
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, money_amount, optional_text, required_text
from app.services.unit_facts import check_not_future


class EventKind:
    FESTIVAL = "festival"  # 节日庆典
    SPORTS = "sports"  # 文体比赛
    CULTURE = "culture"  # 文化讲座
    CHILDREN = "children"  # 亲子活动
    ELDERLY = "elderly"  # 敬老关爱
    VOLUNTEER = "volunteer"  # 志愿公益
    ALL = (FESTIVAL, SPORTS, CULTURE, CHILDREN, ELDERLY, VOLUNTEER)


NAMES = {
    EventKind.FESTIVAL: "节日庆典", EventKind.SPORTS: "文体比赛", EventKind.CULTURE: "文化讲座",
    EventKind.CHILDREN: "亲子活动", EventKind.ELDERLY: "敬老关爱", EventKind.VOLUNTEER: "志愿公益",
}  # fmt: skip


@dataclass(frozen=True)
class YearReport:
    year: int
    planned: int
    held: int
    cancelled: int
    participants: int
    planned_budget: Decimal
    spent: Decimal
    held_by_kind: dict[str, int] = field(default_factory=dict)
    events: list[CommunityEvent] = field(default_factory=list)


def plan_event(
    actor: Actor,
    *,
    year: int,
    planned_month: int,
    title: str,
    kind: str,
    planned_budget: object = "0",
    organiser: str = "",
) -> CommunityEvent:
    """A line of the annual plan (社区文化活动年度规划)."""
    require(actor, Cap.AFFAIRS_EDIT)
    title = required_text(title, "title", QT_TRANSLATE_NOOP("app", "Event"), 60)
    organiser = optional_text(organiser, "organiser", QT_TRANSLATE_NOOP("app", "Organiser"), 40)
    if kind not in EventKind.ALL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Kind: choose a kind of event."), field="kind"
        )
    if not 2000 <= int(year) <= 2100 or not 1 <= int(planned_month) <= 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Month: choose a month of the plan's year."),
            field="planned_month",
        )
    budget = money_amount(
        planned_budget, "planned_budget", QT_TRANSLATE_NOOP("app", "Budget"), True
    )
    with transaction():
        event = CommunityEvent.create(
            year=int(year), planned_month=int(planned_month), title=title, kind=kind,
            planned_budget=budget, organiser=organiser,
        )  # fmt: skip
        audit.record(actor, "event.plan", table="community_event", record_id=event.id,
                     after={"title": title, "year": year})  # fmt: skip
    return event


def _planned(event: CommunityEvent) -> None:
    if event.status != EventStatus.PLANNED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "This event is already held or cancelled."), field="status"
        )


def record_held(
    actor: Actor,
    event_id: str,
    *,
    held_on: date,
    place: str,
    participants: int,
    spent: object,
    summary: str,
) -> CommunityEvent:
    """活动总结: when and where it was held, how many came, what it cost, how it went."""
    require(actor, Cap.AFFAIRS_EDIT)
    check_not_future(held_on, "held_on", QT_TRANSLATE_NOOP("app", "Held on"))
    place = required_text(place, "place", QT_TRANSLATE_NOOP("app", "Place"), 60)
    summary = required_text(summary, "summary", QT_TRANSLATE_NOOP("app", "Summary"), 2000)
    cost = money_amount(spent, "spent", QT_TRANSLATE_NOOP("app", "Spent"), True)
    if not 0 <= int(participants) <= 100_000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Participants: enter how many took part."),
            field="participants",
        )
    with transaction():
        event = get_or_fail(CommunityEvent, event_id)
        _planned(event)
        if held_on.year != event.year:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Held on: the event belongs to the plan of {year}."),
                field="held_on",
                year=event.year,
            )
        event.status = EventStatus.HELD
        event.held_on = held_on
        event.place = place
        event.participants = int(participants)
        event.spent = cost
        event.summary = summary
        event.save()
        audit.record(actor, "event.held", table="community_event", record_id=event.id)
    return event


def cancel_event(actor: Actor, event_id: str, reason: str) -> CommunityEvent:
    require(actor, Cap.AFFAIRS_EDIT)
    reason = required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Reason"), 200)
    with transaction():
        event = get_or_fail(CommunityEvent, event_id)
        _planned(event)
        event.status = EventStatus.CANCELLED
        event.summary = reason
        event.save()
        audit.record(actor, "event.cancel", table="community_event", record_id=event.id,
                     detail=reason)  # fmt: skip
    return event


def events_of_year(actor: Actor, year: int) -> list[CommunityEvent]:
    require(actor, Cap.AFFAIRS_VIEW)
    return list(
        CommunityEvent.select()
        .where(CommunityEvent.year == year)
        .order_by(CommunityEvent.planned_month, CommunityEvent.held_on, CommunityEvent.id)
    )


def year_report(actor: Actor, year: int) -> YearReport:
    events = events_of_year(actor, year)
    held = [e for e in events if e.status == EventStatus.HELD]
    zero = Decimal("0.00")
    return YearReport(
        year=year,
        planned=len(events),
        held=len(held),
        cancelled=sum(1 for e in events if e.status == EventStatus.CANCELLED),
        participants=sum(e.participants for e in held),
        planned_budget=sum((e.planned_budget for e in events), zero),
        spent=sum((e.spent for e in held), zero),
        held_by_kind=dict(Counter(e.kind for e in held)),
        events=events,
    )
