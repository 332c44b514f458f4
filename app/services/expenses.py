"""物业服务中心费用报销 (expense claims): a claim with its lines (category, what, when, amount,
number of bills) is submitted; the manager approves or returns it; the cashier pays it.
Lines never change (trigger): a wrong claim is returned and claimed anew. The month's total
by category counts paid claims by the day they were paid."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import peewee as pw

from app.clock import utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.affairs import ClaimStatus, ExpenseClaim, ExpenseLine
from app.models.billing import PayMethod
from app.services import audit, numbering
from app.services.periods import parse_period
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, money_amount, optional_text, required_text
from app.services.unit_facts import check_not_future, office_today

numbering.register_document_type("expense_claim", "BX")


class Category:
    OFFICE = "office"  # 办公用品
    TRANSPORT = "transport"  # 交通费
    PHONE = "phone"  # 通讯费
    HOSPITALITY = "hospitality"  # 招待费
    MATERIALS = "materials"  # 维修材料
    EVENTS = "events"  # 社区活动
    POSTAGE = "postage"  # 邮寄费
    OTHER = "other"  # 其他
    ALL = (OFFICE, TRANSPORT, PHONE, HOSPITALITY, MATERIALS, EVENTS, POSTAGE, OTHER)


NAMES = {  # printed on the claim form (documents are Chinese)
    Category.OFFICE: "办公用品", Category.TRANSPORT: "交通费", Category.PHONE: "通讯费",
    Category.HOSPITALITY: "招待费", Category.MATERIALS: "维修材料", Category.EVENTS: "社区活动",
    Category.POSTAGE: "邮寄费", Category.OTHER: "其他",
}  # fmt: skip


@dataclass(frozen=True)
class LineInput:
    category: str
    description: str
    spent_on: date
    amount: Decimal | str
    bills: int = 1


@dataclass(frozen=True)
class ClaimView:
    claim: ExpenseClaim
    lines: list[ExpenseLine]

    @property
    def bills(self) -> int:
        return sum(line.bills for line in self.lines)


def _line(n: int, line: LineInput) -> dict[str, object]:
    if line.category not in Category.ALL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Line {n}: choose a category."), field="lines", n=n
        )
    text = required_text(
        line.description, "lines", QT_TRANSLATE_NOOP("app", "What was bought"), 100
    )
    check_not_future(line.spent_on, "lines", QT_TRANSLATE_NOOP("app", "Spent on"))
    amount = money_amount(line.amount, "lines", QT_TRANSLATE_NOOP("app", "Amount"))
    if not 0 <= int(line.bills) <= 99:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Line {n}: bills handed in, 0 to 99."), field="lines", n=n
        )
    return {"line_no": n, "category": line.category, "description": text,
            "spent_on": line.spent_on, "amount": amount, "bills": int(line.bills)}  # fmt: skip


def submit_claim(
    actor: Actor,
    *,
    claimant: str,
    purpose: str,
    lines: list[LineInput],
    claim_date: date | None = None,
) -> ExpenseClaim:
    require(actor, Cap.EXPENSE_CLAIM)
    claimant = required_text(claimant, "claimant", QT_TRANSLATE_NOOP("app", "Claimant"), 40)
    purpose = required_text(purpose, "purpose", QT_TRANSLATE_NOOP("app", "Purpose"), 200)
    if not lines:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Lines: add at least one expense."), field="lines"
        )
    rows = [_line(n, line) for n, line in enumerate(lines, 1)]
    day = claim_date or office_today()
    check_not_future(day, "claim_date", QT_TRANSLATE_NOOP("app", "Claim date"))
    if any(r["spent_on"] > day for r in rows):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Lines: an expense cannot be after the claim date."),
            field="lines",
        )
    with transaction():
        claim = ExpenseClaim.create(
            number=numbering.next_number("expense_claim", day.year).text,
            claimant=claimant,
            claim_date=day,
            purpose=purpose,
            total=sum((r["amount"] for r in rows), Decimal("0.00")),
            submitted_by=actor.display_name,
        )
        for row in rows:
            ExpenseLine.create(claim=claim, **row)
        audit.record(actor, "expense.submit", table="expense_claim", record_id=claim.id,
                     after={"number": claim.number, "total": str(claim.total)})  # fmt: skip
    return claim


def _at(claim: ExpenseClaim, status: str) -> None:
    if claim.status != status:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Claim {number} is not at the step for this; refresh the list."
            ),
            field="status",
            number=claim.number,
        )


def decide_claim(actor: Actor, claim_id: str, approve: bool, note: str = "") -> ExpenseClaim:
    """The manager approves, or returns the claim with the reason."""
    require(actor, Cap.EXPENSE_APPROVE)
    if approve:
        note = optional_text(note, "note", QT_TRANSLATE_NOOP("app", "Note"), 200)
    else:
        note = required_text(note, "note", QT_TRANSLATE_NOOP("app", "Reason"), 200)
    with transaction():
        claim = get_or_fail(ExpenseClaim, claim_id)
        _at(claim, ClaimStatus.SUBMITTED)
        claim.status = ClaimStatus.APPROVED if approve else ClaimStatus.REJECTED
        claim.decided_by = actor.display_name
        claim.decided_at = utcnow()
        claim.decision_note = note
        claim.save()
        audit.record(actor, f"expense.{claim.status}", table="expense_claim", record_id=claim.id,
                     detail=note or None)  # fmt: skip
    return claim


def pay_claim(
    actor: Actor, claim_id: str, method: str = PayMethod.CASH, paid_on: date | None = None
) -> ExpenseClaim:
    require(actor, Cap.EXPENSE_PAY)
    if method not in PayMethod.COUNTER:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Paid by: choose how the money was paid."), field="method"
        )
    day = paid_on or office_today()
    check_not_future(day, "paid_on", QT_TRANSLATE_NOOP("app", "Paid on"))
    with transaction():
        claim = get_or_fail(ExpenseClaim, claim_id)
        _at(claim, ClaimStatus.APPROVED)
        if day < claim.claim_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Paid on: it cannot be before the claim date."),
                field="paid_on",
            )
        claim.status = ClaimStatus.PAID
        claim.paid_on = day
        claim.paid_by = actor.display_name
        claim.pay_method = method
        claim.save()
        audit.record(actor, "expense.pay", table="expense_claim", record_id=claim.id)
    return claim


CLAIM_SORT = {
    "number": ExpenseClaim.number,
    "claim_date": ExpenseClaim.claim_date,
    "claimant": ExpenseClaim.claimant,
    "total": ExpenseClaim.total,
    "status": ExpenseClaim.status,
}


def claims_query(actor: Actor) -> pw.ModelSelect:
    require(actor, Cap.EXPENSE_CLAIM)
    return ExpenseClaim.select(
        ExpenseClaim.id,
        ExpenseClaim.number,
        ExpenseClaim.claim_date,
        ExpenseClaim.claimant,
        ExpenseClaim.purpose,
        ExpenseClaim.total,
        ExpenseClaim.status,
        ExpenseClaim.decided_by,
        ExpenseClaim.paid_on,
    ).order_by(ExpenseClaim.number.desc())


def filter_claims(query: pw.ModelSelect, text: str = "", status: str = "") -> pw.ModelSelect:
    text = text.strip()
    if text:
        query = query.where(
            ExpenseClaim.claimant.startswith(text) | ExpenseClaim.number.contains(text.upper())
        )
    if status:
        query = query.where(ExpenseClaim.status == status)
    return query


def claim_view(claim_id: str) -> ClaimView:
    """A claim with its lines (the form and the dialog show it)."""
    claim = get_or_fail(ExpenseClaim, claim_id)
    lines = list(
        ExpenseLine.select().where(ExpenseLine.claim == claim).order_by(ExpenseLine.line_no)
    )
    return ClaimView(claim, lines)


def month_by_category(actor: Actor, period: str) -> dict[str, Decimal]:
    """Paid claims of a month (by the day they were paid), summed by category, every
    category listed (zero when nothing was spent)."""
    require(actor, Cap.EXPENSE_CLAIM)
    first, last = parse_period(period)
    query = (
        ExpenseLine.select(ExpenseLine.category, ExpenseLine.amount)
        .join(ExpenseClaim)
        .where(
            (ExpenseClaim.status == ClaimStatus.PAID)
            & (ExpenseClaim.paid_on >= first)
            & (ExpenseClaim.paid_on <= last)
        )
    )
    totals: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for line in query:
        totals[line.category] += line.amount
    return {category: totals[category] for category in Category.ALL}
