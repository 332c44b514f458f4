"""The renovation's money through the fees module: the deposit and fees collected at the
counter (a receipt like any other), and after acceptance the deposit settled (押金结算单):
itemised deductions kept, the rest refunded as a fees refund (退款) — manager only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.affairs import (
    DepositDeduction,
    DepositSettlement,
    Renovation,
    RenovationInspection,
    RenovationStatus,
)
from app.models.archive import Owner, Unit
from app.models.billing import Charge, PayMethod, Receipt, Refund
from app.money import format_money
from app.services import audit, numbering
from app.services.collection import CollectRequest, Tender, collect
from app.services.permissions import Actor, Cap, require
from app.services.receipts import refund_deposit
from app.services.records import get_or_fail, money_amount, required_text
from app.services.renovations import charges_of
from app.services.unit_facts import office_today

numbering.register_document_type("deposit_settlement", "YJ")


@dataclass(frozen=True)
class Deduction:
    reason: str
    amount: Decimal | str


@dataclass(frozen=True)
class SettlementDetails:
    """What the settlement form prints."""

    number: str
    renovation_number: str
    permit_number: str
    unit_code: str
    owner_name: str
    contractor: str
    accepted_on: date | None
    deposit: Decimal
    lines: list[tuple[str, Decimal]]
    deductions: Decimal
    refunded: Decimal
    refund_number: str
    method: str
    business_date: date
    approved_by: str
    violations: list[str]


def collect_renovation_fees(
    actor: Actor, renovation_id: str, method: str = PayMethod.CASH, payer: str = ""
) -> Receipt:
    """Collects every unpaid deposit and fee of an approved renovation on one receipt."""
    require(actor, Cap.BILLING_COLLECT)
    row = get_or_fail(Renovation, renovation_id)
    if row.status != RenovationStatus.APPROVED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Renovation {number}: only an approved one has fees to collect."
            ),
            field="status",
            number=row.number,
        )
    owed = charges_of(row.id)
    unpaid = [c for c in owed.charges if c.settled < c.amount]
    if not unpaid:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Renovation {number}: everything is paid already."),
            field="charges",
            number=row.number,
        )
    request = CollectRequest(
        unit_id=row.unit_id,
        charge_ids=[c.id for c in unpaid],
        tenders=[Tender(method, owed.due)],
        payer=payer or row.applicant,
        remarks=f"装修 {row.number}",
    )
    return collect(actor, request)


def settle_deposit(
    actor: Actor, renovation_id: str, deductions: list[Deduction], method: str = PayMethod.CASH
) -> DepositSettlement:
    """押金结算 after acceptance: deductions with their reasons are kept, the rest is refunded
    through the fees module (a numbered refund on the day's report)."""
    require(actor, Cap.RENOVATION_APPROVE)
    require(actor, Cap.BILLING_REFUND)
    if method not in PayMethod.COUNTER:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Refund method: choose how the money is paid back."),
            field="method",
        )
    lines = [
        (
            required_text(
                d.reason, "deductions", QT_TRANSLATE_NOOP("app", "Deduction reason"), 100
            ),
            money_amount(d.amount, "deductions", QT_TRANSLATE_NOOP("app", "Deduction")),
        )
        for d in deductions
    ]
    with transaction():
        row = get_or_fail(Renovation, renovation_id)
        if row.status != RenovationStatus.ACCEPTED:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Renovation {number}: the deposit is settled after completion acceptance.",
                ),
                field="status",
                number=row.number,
            )
        deposit = Charge.get_by_id(row.deposit_charge_id)
        held = deposit.settled
        kept = sum((amount for _reason, amount in lines), Decimal("0.00"))
        if kept > held:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "Deductions: {kept} is more than the deposit paid, {held}."
                ),
                field="deductions",
                kept=format_money(kept),
                held=format_money(held),
            )
        refund = None
        if held - kept > 0:
            reason = f"装修押金退还 {row.number}" + (f"，扣除{format_money(kept)}" if kept else "")
            refund = refund_deposit(actor, deposit.id, held - kept, method, reason)
        day = office_today()
        settlement = DepositSettlement.create(
            number=numbering.next_number("deposit_settlement", day.year).text,
            renovation=row, deposit=held, deductions=kept, refunded=held - kept, refund=refund,
            method=method, business_date=day, approved_by=actor.display_name,
        )  # fmt: skip
        for n, (reason, amount) in enumerate(lines, 1):
            DepositDeduction.create(settlement=settlement, line_no=n, reason=reason, amount=amount)
        row.status = RenovationStatus.SETTLED
        row.save()
        audit.record(actor, "renovation.settle", table="deposit_settlement",
                     record_id=settlement.id,
                     after={"number": settlement.number, "kept": str(kept),
                            "refunded": str(held - kept)})  # fmt: skip
    return settlement


def settlement_details(renovation_id: str) -> SettlementDetails:
    """For printing (reports call it; the caller already decided who may print)."""
    settlement = DepositSettlement.get_or_none(DepositSettlement.renovation == renovation_id)
    row = get_or_fail(Renovation, renovation_id)
    if settlement is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Renovation {number}: the deposit is not settled yet."),
            field="status",
            number=row.number,
        )
    owner = Owner.get_or_none(Owner.id == row.owner_id)
    refund = Refund.get_or_none(Refund.id == settlement.refund_id)
    lines = [
        (d.reason, d.amount)
        for d in DepositDeduction.select()
        .where(DepositDeduction.settlement == settlement)
        .order_by(DepositDeduction.line_no)
    ]
    violations = [
        f"{i.inspected_on.isoformat()} {i.violation}"
        for i in RenovationInspection.select()
        .where((RenovationInspection.renovation == row) & (RenovationInspection.violation != ""))
        .order_by(RenovationInspection.inspected_on)
    ]
    return SettlementDetails(
        number=settlement.number,
        renovation_number=row.number,
        permit_number=row.permit_number or "",
        unit_code=Unit.get_by_id(row.unit_id).code,
        owner_name=owner.name if owner else row.applicant,
        contractor=row.contractor,
        accepted_on=row.accepted_on,
        deposit=settlement.deposit,
        lines=lines,
        deductions=settlement.deductions,
        refunded=settlement.refunded,
        refund_number=refund.number if refund else "",
        method=settlement.method,
        business_date=settlement.business_date,
        approved_by=settlement.approved_by,
        violations=violations,
    )


def deposit_held(renovation_id: str) -> Decimal:
    """What was paid of the renovation's deposit (the most a settlement can deal with)."""
    row = get_or_fail(Renovation, renovation_id)
    if row.deposit_charge_id is None:
        return Decimal("0.00")
    return Charge.get_by_id(row.deposit_charge_id).settled


def settlement_of(actor: Actor, renovation_id: str) -> DepositSettlement | None:
    require(actor, Cap.AFFAIRS_VIEW)
    return DepositSettlement.get_or_none(DepositSettlement.renovation == renovation_id)
