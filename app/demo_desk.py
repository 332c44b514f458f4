"""Demo service desk and warehouse for the billed months, through the real services:
stock items with purchases and issues, complaints with their handling and return visits,
repairs through their steps, and one voided receipt and one waiver for the monthly report."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from app.demo import desk_today
from app.demo_fees import billed_months
from app.models.archive import Unit
from app.models.billing import Charge, Receipt
from app.models.stock import DocKind, DocReason
from app.services import complaints, receipts, repairs, stock
from app.services.complaints import Category, Channel, Satisfaction
from app.services.periods import parse_period
from app.services.permissions import Actor
from app.services.repairs import RepairCategory

ITEMS = (  # code, name, uom, unit price, minimum, maximum
    ("DP-01", "LED灯泡 9W", "个", "12.50", 40, 200),
    ("FM-02", "角阀 DN15", "个", "18.00", 20, 80),
    ("GD-03", "PPR水管 20mm", "米", "6.80", 100, 400),
    ("KG-04", "86型开关面板", "个", "9.90", 30, 120),
    ("QJ-05", "清洁剂 5L", "桶", "45.00", 10, 40),
    ("LJ-06", "垃圾袋 大号", "卷", "8.00", 50, 300),
)
VISIT_ANSWERS = (Satisfaction.SATISFIED,) * 17 + (Satisfaction.DISSATISFIED, Satisfaction.NO_ANSWER)


def create_demo_desk(actor: Actor, seed: int = 1) -> dict[str, int]:
    """A compact desk for the monthly-report tests (the full demo office takes its service
    desk from app.demo_service and its warehouse from app.demo_stock)."""
    rng = random.Random(f"desk-{seed}")
    months = billed_months()
    today = desk_today()
    units = [u for (u,) in Unit.select(Unit.id).order_by(Unit.code).tuples()]
    items = _stock(actor, rng, months, today)
    counts = {"stock_items": items, "complaints": 0, "repairs": 0}
    for month in months:
        first, last = parse_period(month)
        days = [first + timedelta(days=d) for d in range((min(last, today) - first).days + 1)]
        for _ in range(max(3, len(units) // 40)):
            _complaint(actor, rng, rng.choice(units), rng.choice(days[:-3] or days), today)
            counts["complaints"] += 1
        for _ in range(max(4, len(units) // 25)):
            _repair(actor, rng, rng.choice(units), rng.choice(days[:-3] or days), today)
            counts["repairs"] += 1
    _void_and_waive(actor, months[-1], today)
    return counts


def _stock(actor: Actor, rng: random.Random, months: list[str], today: date) -> int:
    created = [
        stock.create_item(
            actor, code, name, uom, category="维修材料", min_qty=Decimal(low), max_qty=Decimal(high)
        )
        for code, name, uom, _price, low, high in ITEMS
    ]
    prices = {item.id: spec[3] for item, spec in zip(created, ITEMS, strict=True)}
    for month in months:
        first, _ = parse_period(month)
        lines = [stock.LineInput(i.id, rng.randint(20, 120), prices[i.id]) for i in created]
        stock.create_and_post(
            actor,
            stock.DocumentInput(DocKind.IN, DocReason.PURCHASE, first + timedelta(days=1), lines),
        )
        for week in (8, 15, 22):
            day = min(first + timedelta(days=week), today)
            chosen = rng.sample(created, 3)
            lines = [
                stock.LineInput(
                    i.id, min(rng.randint(5, 30), int(stock.find_item(actor, i.code).qty))
                )
                for i in chosen
            ]
            lines = [line for line in lines if Decimal(line.quantity) > 0]
            if lines:
                stock.create_and_post(
                    actor,
                    stock.DocumentInput(
                        DocKind.OUT,
                        DocReason.ISSUE,
                        day,
                        lines,
                        department="工程部",
                        recipient="维修班",
                        purpose="日常维修",
                    ),
                )
    return len(created)


def _complaint(actor: Actor, rng: random.Random, unit_id: str, day: date, today: date) -> None:
    c = complaints.register_complaint(
        actor,
        channel=rng.choice(Channel.ALL),
        category=rng.choice(Category.ALL),
        description="业主反映问题，请尽快处理。",
        unit_id=unit_id,
        received_on=day,
    )
    complaints.classify(actor, c.id, rng.random() < 0.85, "经核实")
    complaints.record_report(actor, c.id, min(c.report_due, today))
    answer_on = c.due_date if rng.random() < 0.9 else c.due_date + timedelta(days=2)
    if answer_on <= today:
        complaints.record_feedback(actor, c.id, "已安排处理并回复业主。", answer_on)
        visit_on = answer_on + timedelta(days=2)
        if visit_on <= today:
            complaints.return_visit(actor, c.id, rng.choice(VISIT_ANSWERS), on=visit_on)
            complaints.close(actor, c.id)


def _repair(actor: Actor, rng: random.Random, unit_id: str, day: date, today: date) -> None:
    r = repairs.register_repair(
        actor,
        unit_id=unit_id,
        category=rng.choice(RepairCategory.ALL),
        description="报修：需上门检修。",
        received_on=day,
    )
    repairs.dispatch(actor, r.id, rng.choice(("张师傅", "刘师傅", "孙师傅")))
    repairs.start_work(actor, r.id)
    done = day + timedelta(days=rng.randint(0, 3))
    if done > today:
        return
    repairs.complete(actor, r.id, "已修复", on=done)
    visit = done + timedelta(days=rng.randint(1, 4))
    if visit <= today and rng.random() < 0.8:
        repairs.return_visit(actor, r.id, rng.choice(VISIT_ANSWERS), on=visit)
        repairs.close(actor, r.id)


def create_demo_void_and_waiver(actor: Actor) -> None:
    """The full demo's last billed month gets one void and one waiver (the report shows both)."""
    _void_and_waive(actor, billed_months()[-1], desk_today())


def _void_and_waive(actor: Actor, month: str, today: date) -> None:
    """One receipt of the month voided on its own day, one open charge waived."""
    first, last = parse_period(month)
    receipt = (
        Receipt.select()
        .where(Receipt.business_date.between(first, last))
        .order_by(Receipt.number.desc())
        .first()
    )
    if receipt is not None:
        receipts.void_receipt(actor, receipt.id, "金额录入错误，重开", receipt.business_date)
    charge = Charge.select().where(Charge.amount > Charge.settled).order_by(Charge.id).first()
    if charge is not None:
        receipts.waive(
            actor,
            charge.id,
            min(charge.amount - charge.settled, Decimal("20.00")),
            "业主困难，经理批准减免",
        )
