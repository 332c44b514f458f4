"""The demo office's 事务: a year of parcels and letters (most collected, a few waiting),
outgoing mail, visitors, receptions with their checklists, notices posted and taken down,
renovations at every step, the year's community events, expense claims, and the last
months' staff appraisals — all through the services, so every rule and audit row
applies. The whole run is one transaction (the services' own become savepoints): one
fsync instead of thousands. Values come from `random.Random(seed)`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.clock import DEFAULT_TIMEZONE
from app.db import transaction
from app.demo import SURNAMES, desk_today, reference_date
from app.models.archive import Building, Unit, UnitStatus, UnitType
from app.models.auth import User
from app.models.billing import FeeKind, PayMethod
from app.services import (
    appraisal,
    auth,
    community_events,
    expenses,
    fees,
    mail,
    notices,
    renovation_deposit,
    renovations,
    visitors,
)
from app.services.community_events import EventKind
from app.services.expenses import Category, LineInput
from app.services.mail import MailKind
from app.services.periods import add_months, period_of
from app.services.permissions import Actor
from app.services.renovation_deposit import Deduction
from app.services.renovations import Application, ChargeLine
from app.services.unit_facts import current_owners

DAYS = 365
ZONE = ZoneInfo(DEFAULT_TIMEZONE)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰"
PURPOSES = ("探亲", "访友", "送货", "维修", "家政服务", "快递配送", "看房", "装修监理")
CONTRACTORS = ("美居装饰公司", "东易日盛家装", "业之峰装饰", "金螳螂家装", "本地装修队")
SCOPES = (
    "厨卫改造、墙面翻新",
    "全屋硬装",
    "铺设木地板、更换门窗",
    "阳台封闭、墙面粉刷",
    "水电改造",
)
DEDUCTIONS = (("楼道装修垃圾清运", "200"), ("损坏电梯轿厢保护板", "300"), ("违规时段施工", "100"))
ITEMS = (
    ("ZXYJ", "装修押金", FeeKind.DEPOSIT, "3000"),
    ("ZXGL", "装修管理费", FeeKind.ONE_OFF, "300"),
)


@dataclass(frozen=True)
class _Staff:
    assistant: Actor
    manager: Actor
    cashier: Actor


def _staff(system: Actor) -> _Staff:
    """The demo's own accounts do the work (their names show in the logs); the system
    actor stands in for one that does not exist."""

    def actor(username: str) -> Actor:
        user = User.get_or_none(User.username == username)
        return auth.actor_for(user) if user else system

    return _Staff(actor("kefu"), actor("manager"), actor("shouyin"))


def create_demo_affairs(system: Actor, seed: int = 1) -> dict[str, int]:
    rng = random.Random(seed * 7919 + 14)
    homes = (Unit.status == UnitStatus.OCCUPIED) & (Unit.unit_type == UnitType.RESIDENTIAL)
    units = list(Unit.select().where(homes).order_by(Unit.code))
    if not units:
        return {}
    first = reference_date() - timedelta(days=DAYS)
    staff = _staff(system)
    with transaction():
        counts = {
            "mail_items": _mail(staff.assistant, rng, units, first),
            "outgoing_mail": _outgoing(staff.assistant, rng, units, first),
            "visitors": _visitors(staff.assistant, rng, units, first),
            "receptions": _receptions(staff.manager, rng, first),
            "notices": _notices(staff.assistant, rng, first),
            "renovations": _renovations(staff, rng, units),
            "community_events": _events(staff, rng),
            "expense_claims": _claims(staff, rng, first),
            "appraisals": _appraisals(staff, rng),
        }
    return counts


def _moment(day: date, rng: random.Random, start: int = 8, end: int = 19) -> datetime:
    at = time(rng.randint(start, end - 1), rng.randint(0, 59))
    return datetime.combine(day, at, ZONE).astimezone(UTC)


def _name(rng: random.Random) -> str:
    return rng.choices(*SURNAMES)[0] + "".join(rng.sample(GIVEN, rng.choice((1, 2))))


def _per_day(units: list[Unit], divisor: int, cap: int) -> int:
    return max(1, min(len(units) // divisor, cap))


def _mail(actor: Actor, rng: random.Random, units: list[Unit], first: date) -> int:
    count = 0
    daily = _per_day(units, 40, 12)
    for offset in range(DAYS):
        day = first + timedelta(days=offset)
        for _ in range(rng.randint(daily // 2, daily)):
            unit = rng.choice(units)
            at = _moment(day, rng)
            carrier = rng.choice(mail.CARRIERS)
            kind = MailKind.PARCEL if rng.random() < 0.85 else rng.choice(MailKind.ALL[1:5])
            item = mail.receive_mail(
                actor, kind=kind, unit_id=unit.id, carrier=carrier,
                tracking_no=f"{rng.randint(10**11, 10**12 - 1)}",
                shelf=f"{rng.choice('ABCD')}{rng.randint(1, 6)}", received_at=at,
            )  # fmt: skip
            count += 1
            age = (reference_date() - day).days
            if age < 4 and rng.random() < 0.6:
                continue  # still waiting on the shelf
            if rng.random() < 0.01:
                kept = min(day + timedelta(days=14), reference_date() - timedelta(days=1))
                returned = max(_moment(kept, rng, 9, 18), at + timedelta(hours=1))
                mail.return_mail(actor, item.id, "超期未领，退回快递公司", returned)
                continue
            # Picked up in the office's opening hours, the same day or up to three days on,
            # and never after the demo's today (else it still waits on the shelf).
            picked = _moment(day + timedelta(days=rng.randint(0, 3)), rng, 8, 21)
            picked = max(picked, at + timedelta(minutes=rng.randint(10, 90)))
            if picked.astimezone(ZONE).date() >= reference_date():
                continue
            mail.collect_mail(actor, item.id, item.addressee, picked)
    return count


def _outgoing(actor: Actor, rng: random.Random, units: list[Unit], first: date) -> int:
    count = 0
    for offset in range(0, DAYS, 3):
        day = first + timedelta(days=offset)
        own = rng.random() < 0.5
        mail.send_mail(
            actor, kind=MailKind.EMS if own else MailKind.PARCEL,
            sender="物业服务中心" if own else _name(rng),
            unit_id=None if own else rng.choice(units).id,
            recipient=rng.choice(("集团公司品质部", "开发商工程部", "街道办事处", _name(rng))),
            destination=rng.choice(("杭州市", "上海市", "南京市", "北京市")),
            carrier="EMS" if own else rng.choice(mail.CARRIERS), tracking_no=f"E{rng.randint(10**9, 10**10)}",
            postage=f"{rng.randint(8, 30)}", sent_on=day,
        )  # fmt: skip
        count += 1
    return count


def _visitors(actor: Actor, rng: random.Random, units: list[Unit], first: date) -> int:
    count = 0
    daily = _per_day(units, 100, 6)
    for offset in range(DAYS):
        day = first + timedelta(days=offset)
        for _ in range(rng.randint(0, daily)):
            unit = rng.choice(units)
            owners = current_owners(unit)
            at = _moment(day, rng, 8, 20)
            visitor = visitors.register_visitor(
                actor, name=_name(rng), id_number=f"{rng.randint(0, 9999):04d}",
                purpose=rng.choice(PURPOSES), host=owners[0].name if owners else unit.code,
                unit_id=unit.id, people=rng.choice((1, 1, 1, 2, 3)), in_at=at,
            )  # fmt: skip
            visitors.visitor_left(actor, visitor.id, at + timedelta(minutes=rng.randint(10, 240)))
            count += 1
    return count


def _receptions(actor: Actor, rng: random.Random, first: date) -> int:
    guests = ("集团品质部", "市住建局", "街道办事处", "业主委员会", "兄弟物业项目", "消防大队")
    count = 0
    for month in range(12):
        day = first + timedelta(days=30 * month + rng.randint(0, 25))
        row = visitors.schedule_reception(
            actor, guest_org=rng.choice(guests), guests=rng.randint(2, 12),
            purpose=rng.choice(("季度品质检查", "参观交流", "消防安全检查", "业委会例会")),
            host="陈经理", scheduled_at=_moment(day, rng, 9, 16), place="二楼会议室",
        )  # fmt: skip
        visitors.set_checklist(actor, row.id, list(visitors.CHECKLIST_CODES))
        visitors.finish_reception(actor, row.id, "接待顺利，来宾对服务中心工作表示满意。")
        count += 1
    for days, done in ((3, 4), (12, 1)):  # coming ones, partly prepared
        row = visitors.schedule_reception(
            actor, guest_org="集团品质部", guests=4, purpose="年度品质检查", host="陈经理",
            scheduled_at=_moment(reference_date() + timedelta(days=days), rng, 9, 11),
            place="二楼会议室",
        )  # fmt: skip
        visitors.set_checklist(actor, row.id, list(visitors.CHECKLIST_CODES[:done]))
        count += 1
    return count


def _notices(actor: Actor, rng: random.Random, first: date) -> int:
    count = 0
    for month in range(12):
        day = first + timedelta(days=30 * month + rng.randint(0, 20))
        for kind in rng.sample(("water", "power", "elevator", "payment"), 2):
            values = {
                "reason": rng.choice(("市政管网检修", "二次供水水箱清洗", "配电房设备检修")),
                "date": f"{day.month}月{day.day + 3 if day.day < 25 else day.day}日",
                "start": "9:00", "end": "16:00", "area": rng.choice(("1栋、2栋", "全小区", "3栋")),
                "phone": "0571-88886666", "period": f"{day.year}年{day.month}月",
                "items": "物业服务费、垃圾清运费", "deadline": f"{day.month}月25日",
            }  # fmt: skip
            title, body = notices.fill_template(kind, values)
            notice = notices.issue_notice(actor, kind, title, body, day)
            posted = notices.post_notice(actor, notice.id, notices.PLACES[0], day)
            notices.post_notice(actor, notice.id, notices.PLACES[1], day)
            if (reference_date() - day).days > 14:
                notices.take_down(actor, posted.id, day + timedelta(days=7))
            count += 1
    return count


def _renovation_items(actor: Actor) -> list[ChargeLine]:
    lines = []
    for code, name, kind, price in ITEMS:
        item = fees.create_fee_item(actor, code, name, kind, price, date(2019, 1, 1), "元/户")
        lines.append(ChargeLine(item.id, price))
    return lines


def _renovations(staff: _Staff, rng: random.Random, units: list[Unit]) -> int:
    """Renovations of the last months at every step; the money moves today (the fees demo's
    counter days are in the past and closed to new receipts)."""
    lines = _renovation_items(staff.manager)
    today = desk_today()
    count = max(5, min(len(units) // 50, 24))
    chosen = rng.sample(units, min(count, len(units)))
    for n, unit in enumerate(chosen):
        applied = today - timedelta(days=rng.randint(5, 90))
        start = applied + timedelta(days=3)
        owners = current_owners(unit)
        data = Application(
            unit_id=unit.id, applicant=owners[0].name if owners else _name(rng),
            contractor=rng.choice(CONTRACTORS),
            contractor_phone=f"0571-8{rng.randint(1000000, 9999999)}", site_manager=_name(rng),
            workers="\n".join(_name(rng) for _ in range(rng.randint(2, 5))),
            scope=rng.choice(SCOPES), planned_start=start,
            planned_end=start + timedelta(days=rng.choice((30, 45, 60))), applied_on=applied,
        )  # fmt: skip
        row = renovations.apply_renovation(staff.assistant, data)
        stage = n % 6
        if stage == 0:
            continue  # waiting for the manager
        if stage == 5:
            renovations.reject_renovation(
                staff.manager, row.id, "方案涉及拆改承重墙，请修改后重新申请"
            )
            continue
        renovations.approve_renovation(staff.manager, row.id, lines)
        if stage == 1:
            continue  # fees not paid yet
        renovation_deposit.collect_renovation_fees(staff.cashier, row.id, PayMethod.WECHAT)
        renovations.issue_permit(staff.assistant, row.id)
        renovations.record_inspection(
            staff.assistant, row.id, findings="施工正常，现场整洁", inspected_on=today
        )
        if stage == 2:
            continue  # works running (some past their planned end: the overdue list)
        reason, amount = rng.choice(DEDUCTIONS)
        bad = renovations.record_inspection(
            staff.assistant, row.id, findings="巡查发现违规", violation=reason, rectify_by=today,
            inspected_on=today,
        )  # fmt: skip
        renovations.mark_rectified(staff.assistant, bad.id)
        renovations.accept_completion(staff.manager, row.id, "竣工验收合格")
        if stage == 4:
            renovation_deposit.settle_deposit(staff.manager, row.id, [Deduction(reason, amount)])
    return len(chosen)


CLAIM_LINES = (
    (Category.OFFICE, "打印纸、墨盒", 80, 400),
    (Category.TRANSPORT, "外出办事交通费", 20, 120),
    (Category.PHONE, "客服电话话费", 100, 300),
    (Category.MATERIALS, "维修用水暖配件", 50, 800),
    (Category.POSTAGE, "文件快递费", 10, 60),
    (Category.EVENTS, "社区活动物资", 200, 1500),
)


def _claims(staff: _Staff, rng: random.Random, first: date) -> int:
    """About three claims a month; the last ones still wait for approval or payment."""
    count = 0
    for month in range(12):
        for _ in range(3):
            day = first + timedelta(days=30 * month + rng.randint(0, 27))
            picks = rng.sample(CLAIM_LINES, rng.randint(1, 3))
            lines = [
                LineInput(cat, what, day - timedelta(days=rng.randint(0, 5)),
                          f"{rng.randint(low, high)}.{rng.choice(('00', '50'))}", rng.randint(1, 3))
                for cat, what, low, high in picks
            ]  # fmt: skip
            claim = expenses.submit_claim(
                staff.assistant, claimant=staff.assistant.display_name,
                purpose="服务中心日常开支", lines=lines, claim_date=day,
            )  # fmt: skip
            count += 1
            if month == 11 and rng.random() < 0.5:
                continue  # waiting for the manager
            if rng.random() < 0.05:
                expenses.decide_claim(staff.manager, claim.id, False, "缺少发票，请补齐后重新报销")
                continue
            expenses.decide_claim(staff.manager, claim.id, True)
            expenses.pay_claim(staff.cashier, claim.id, PayMethod.CASH, day + timedelta(days=2))
    return count


def _appraisals(staff: _Staff, rng: random.Random) -> int:
    """The assistant looks after the first buildings; the last three months are scored, the
    older two confirmed."""
    if staff.assistant.user_id is None:
        return 0
    buildings = [b.id for b in Building.select().order_by(Building.sort_order, Building.code)]
    appraisal.assign_buildings(staff.manager, staff.assistant.user_id, buildings[:2])
    count = 0
    for back in (3, 2, 1):
        period = add_months(period_of(reference_date()), -back)
        for person in (staff.assistant, staff.cashier):
            manual = {item: rng.randint(80, 100) for item in appraisal.MANUAL}
            row = appraisal.save_appraisal(staff.manager, person.user_id, period, manual)
            if back > 1:
                appraisal.confirm_appraisal(staff.manager, row.id)
            count += 1
    return count


EVENT_PLAN = (
    (2, "元宵节猜灯谜", EventKind.FESTIVAL, 1500, "中心广场"),
    (3, "学雷锋志愿服务日", EventKind.VOLUNTEER, 500, "小区各楼栋"),
    (5, "业主趣味运动会", EventKind.SPORTS, 3000, "小区篮球场"),
    (6, "六一亲子游园会", EventKind.CHILDREN, 3000, "会所"),
    (7, "消防安全知识讲座", EventKind.CULTURE, 800, "会所多功能厅"),
    (9, "中秋游园晚会", EventKind.FESTIVAL, 4000, "中心广场"),
    (10, "重阳节敬老茶话会", EventKind.ELDERLY, 2000, "会所"),
    (12, "迎新年书法送春联", EventKind.CULTURE, 1200, "物业服务中心"),
)


def _events(staff: _Staff, rng: random.Random) -> int:
    """The reference year's plan; events of the months gone by were held (one rained off)."""
    year = reference_date().year
    for month, title, kind, budget, place in EVENT_PLAN:
        event = community_events.plan_event(
            staff.assistant, year=year, planned_month=month, title=title, kind=kind,
            planned_budget=str(budget), organiser=staff.assistant.display_name,
        )  # fmt: skip
        if month >= reference_date().month:
            continue
        if kind == EventKind.SPORTS:
            community_events.cancel_event(staff.assistant, event.id, "连续降雨，场地积水，取消")
            continue
        community_events.record_held(
            staff.assistant, event.id, held_on=date(year, month, rng.randint(5, 25)), place=place,
            participants=rng.randint(40, 260), spent=str(budget * rng.randint(70, 100) // 100),
            summary="活动组织有序，业主参与热情高，现场照片已存档。",
        )  # fmt: skip
    return len(EVENT_PLAN)
