"""费用报销: claims with lines, approval, payment, month totals by category, the PDF form."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import peewee as pw
import pytest

from app.errors import PermissionDenied, ValidationError
from app.models import ExpenseClaim, ExpenseLine
from app.models.affairs import ClaimStatus
from app.services import expenses
from app.services.expenses import Category, LineInput
from app.services.periods import period_of
from app.services.unit_facts import office_today
from reports.expense_claim_pdf import render_claim
from tests.archive_office import Staff, demo_office
from tests.test_archive_pdfs import assert_cjk_embedded, assert_renders_one_page, pdf_text


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=30)


def _claim(staff: Staff, day: date, *lines: tuple[str, str]) -> ExpenseClaim:
    return expenses.submit_claim(
        staff.assistant, claimant="李客服", purpose="办公及活动开支", claim_date=day,
        lines=[LineInput(cat, f"{cat} 开支", day, amount, 1) for cat, amount in lines],
    )  # fmt: skip


def test_claim_approved_paid_and_summed_by_category(staff: Staff) -> None:
    today = office_today()
    first = _claim(staff, today, (Category.OFFICE, "35.50"), (Category.POSTAGE, "12"))
    second = _claim(staff, today, (Category.OFFICE, "100"), (Category.EVENTS, "600"))
    unpaid = _claim(staff, today, (Category.OFFICE, "999"))
    assert first.number.startswith("BX") and first.total == Decimal("47.50")
    with pytest.raises(PermissionDenied):
        expenses.decide_claim(staff.assistant, first.id, True)
    for claim in (first, second, unpaid):
        expenses.decide_claim(staff.manager, claim.id, True)
    with pytest.raises(PermissionDenied):
        expenses.pay_claim(staff.assistant, first.id)
    expenses.pay_claim(staff.cashier, first.id, "cash")
    paid = expenses.pay_claim(staff.cashier, second.id, "transfer")
    assert paid.status == ClaimStatus.PAID and paid.paid_by == "赵收银"
    totals = expenses.month_by_category(staff.assistant, period_of(today))
    assert totals[Category.OFFICE] == Decimal("135.50")
    assert totals[Category.POSTAGE] == Decimal("12.00")
    assert totals[Category.EVENTS] == Decimal("600.00")
    assert totals[Category.TRANSPORT] == Decimal("0.00") and len(totals) == len(Category.ALL)
    with pytest.raises(ValidationError):
        expenses.pay_claim(staff.cashier, first.id)  # paid already


def test_returned_claim_and_final_lines(staff: Staff) -> None:
    claim = _claim(staff, office_today(), (Category.TRANSPORT, "20"))
    with pytest.raises(ValidationError) as err:
        expenses.decide_claim(staff.manager, claim.id, False, "")
    assert err.value.field == "note"
    returned = expenses.decide_claim(staff.manager, claim.id, False, "缺少发票")
    assert returned.status == ClaimStatus.REJECTED and returned.decision_note == "缺少发票"
    with pytest.raises(ValidationError):
        expenses.pay_claim(staff.cashier, claim.id)
    with pytest.raises(pw.IntegrityError, match="final"):
        ExpenseLine.update(amount=1).execute()


def test_bad_lines_are_refused(staff: Staff) -> None:
    today = office_today()
    for lines, field in (
        ([], "lines"),
        ([LineInput("cigarettes", "x", today, "1")], "lines"),
        ([LineInput(Category.OFFICE, "纸", today, "-5")], "lines"),
        ([LineInput(Category.OFFICE, "纸", today + timedelta(days=2), "5")], "lines"),
    ):
        with pytest.raises(ValidationError) as err:
            expenses.submit_claim(staff.assistant, claimant="李客服", purpose="x", lines=lines)
        assert err.value.field == field
    assert ExpenseClaim.select().count() == 0


def test_claim_form_pdf(staff: Staff, tmp_path: Path) -> None:
    claim = _claim(staff, office_today(), (Category.OFFICE, "35.50"), (Category.MATERIALS, "1200"))
    expenses.decide_claim(staff.manager, claim.id, True, "同意")
    pdf = render_claim(claim.id, tmp_path / "claim.pdf")
    text = pdf_text(pdf)
    assert "费用报销单" in text and claim.number in text and "维修材料" in text
    assert "¥1,235.50" in text and "壹仟贰佰叁拾伍元伍角整" in text and "王经理" in text
    assert_cjk_embedded(pdf)
    assert_renders_one_page(pdf, tmp_path)
