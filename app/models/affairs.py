"""Office affairs (事务): mail and parcels (邮件收发), visitors and receptions (会务接待),
public notices (公共信息发布), renovations (装修管理) with their deposit settlement, expense
claims (费用报销) and staff appraisal (岗位考核)."""

import peewee as pw

from app.models.archive import Building, Owner, Unit
from app.models.auth import User
from app.models.base import BaseModel, UtcDateTimeField
from app.models.billing import Charge, Refund
from app.models.fields import ScaledDecimalField
from app.money import MoneyField


class MailStatus:
    WAITING = "waiting"  # 待领取
    COLLECTED = "collected"  # 已领取
    RETURNED = "returned"  # 已退回
    ALL = (WAITING, COLLECTED, RETURNED)


class MailItem(BaseModel):
    """One incoming letter or parcel, from the counter's arrival to its collection."""

    kind = pw.TextField()
    carrier = pw.TextField(default="")
    tracking_no = pw.TextField(default="", index=True)
    unit = pw.ForeignKeyField(Unit, null=True, backref="+", on_delete="RESTRICT")
    addressee = pw.TextField()
    phone = pw.TextField(default="")
    received_at = UtcDateTimeField(index=True)  # the log's order
    received_on = pw.DateField(index=True)
    received_by = pw.TextField()
    shelf = pw.TextField(default="")
    notified_at = UtcDateTimeField(null=True)
    status = pw.TextField(default=MailStatus.WAITING, index=True)
    collector = pw.TextField(default="")
    collected_at = UtcDateTimeField(null=True)
    handed_by = pw.TextField(default="")
    remarks = pw.TextField(default="")


class OutgoingMail(BaseModel):
    sent_on = pw.DateField(index=True)
    kind = pw.TextField()
    carrier = pw.TextField(default="")
    tracking_no = pw.TextField(default="")
    sender = pw.TextField()
    unit = pw.ForeignKeyField(Unit, null=True, backref="+", on_delete="RESTRICT")
    recipient = pw.TextField()
    destination = pw.TextField(default="")
    postage = MoneyField(default=0)
    handled_by = pw.TextField()
    remarks = pw.TextField(default="")


class Visitor(BaseModel):
    """访客登记. Only the last four characters of the visitor's ID are kept (privacy)."""

    name = pw.TextField()
    id_tail = pw.TextField(default="")
    phone = pw.TextField(default="")
    purpose = pw.TextField()
    host = pw.TextField()  # whom they visit: a resident, a staff member, a department
    unit = pw.ForeignKeyField(Unit, null=True, backref="+", on_delete="RESTRICT")
    people = pw.IntegerField(default=1)
    plate = pw.TextField(default="")
    visit_on = pw.DateField(index=True)
    in_at = UtcDateTimeField(index=True)  # the log's order
    out_at = UtcDateTimeField(null=True)
    recorded_by = pw.TextField()


class ReceptionStatus:
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"
    ALL = (PLANNED, DONE, CANCELLED)


class Reception(BaseModel):
    """A scheduled reception of guests (来宾接待/参观) with its preparation checklist."""

    scheduled_at = UtcDateTimeField()
    scheduled_on = pw.DateField(index=True)
    guest_org = pw.TextField()
    guests = pw.IntegerField(default=1)
    purpose = pw.TextField()
    place = pw.TextField(default="")
    host = pw.TextField()
    status = pw.TextField(default=ReceptionStatus.PLANNED, index=True)
    checklist = pw.TextField(default="")  # codes of the ticked items, comma separated
    summary = pw.TextField(default="")
    created_by = pw.TextField()


class Notice(BaseModel):
    """A public notice as printed: final once issued (trigger); a correction is a new one."""

    number = pw.TextField(unique=True)
    kind = pw.TextField()
    title = pw.TextField()
    body = pw.TextField()
    issued_on = pw.DateField(index=True)
    issued_by = pw.TextField()
    signed_by = pw.TextField()  # the office's name at the foot of the notice


class NoticePosting(BaseModel):
    notice = pw.ForeignKeyField(Notice, backref="postings", on_delete="RESTRICT")
    place = pw.TextField()
    posted_on = pw.DateField(index=True)
    posted_by = pw.TextField()
    removed_on = pw.DateField(null=True)


class RenovationStatus:
    APPLIED = "applied"  # 已申请
    APPROVED = "approved"  # 已批准, waiting for the deposit and fees
    IN_PROGRESS = "in_progress"  # 施工中: permit issued, unit 装修中
    ACCEPTED = "accepted"  # 已验收
    SETTLED = "settled"  # 押金已结算
    REJECTED = "rejected"  # 不予批准
    ALL = (APPLIED, APPROVED, IN_PROGRESS, ACCEPTED, SETTLED, REJECTED)


class Renovation(BaseModel):
    number = pw.TextField(unique=True)
    unit = pw.ForeignKeyField(Unit, backref="renovations", on_delete="RESTRICT")
    owner = pw.ForeignKeyField(Owner, null=True, backref="+", on_delete="RESTRICT")
    applicant = pw.TextField()
    phone = pw.TextField(default="")
    contractor = pw.TextField()
    contractor_phone = pw.TextField(default="")
    site_manager = pw.TextField(default="")  # 施工负责人
    workers = pw.TextField(default="")  # one name per line
    scope = pw.TextField()
    planned_start = pw.DateField()
    planned_end = pw.DateField(index=True)
    applied_on = pw.DateField(index=True)
    received_by = pw.TextField()
    status = pw.TextField(default=RenovationStatus.APPLIED, index=True)
    decided_by = pw.TextField(default="")
    decided_at = UtcDateTimeField(null=True)
    decision_note = pw.TextField(default="")
    deposit_charge = pw.ForeignKeyField(Charge, null=True, backref="+", on_delete="RESTRICT")
    permit_number = pw.TextField(null=True, unique=True)
    permit_issued_on = pw.DateField(null=True)
    previous_status = pw.TextField(default="")  # the unit's status before 装修中
    accepted_on = pw.DateField(null=True)
    accepted_by = pw.TextField(default="")
    acceptance_note = pw.TextField(default="")


class RenovationCharge(BaseModel):
    """Charges raised for a renovation (deposit and fees), collected at the fees counter."""

    renovation = pw.ForeignKeyField(Renovation, backref="charges", on_delete="RESTRICT")
    charge = pw.ForeignKeyField(Charge, backref="+", unique=True, on_delete="RESTRICT")


class RenovationInspection(BaseModel):
    renovation = pw.ForeignKeyField(Renovation, backref="inspections", on_delete="RESTRICT")
    inspected_on = pw.DateField()
    inspector = pw.TextField()
    findings = pw.TextField()
    violation = pw.TextField(default="")  # '' = none found; else what was broken
    rectify_by = pw.DateField(null=True)
    rectified_on = pw.DateField(null=True)


class DepositSettlement(BaseModel):
    """押金结算单: the deposit, the itemised deductions and the refund. Final (trigger)."""

    number = pw.TextField(unique=True)
    renovation = pw.ForeignKeyField(
        Renovation, backref="settlements", unique=True, on_delete="RESTRICT"
    )
    deposit = MoneyField()
    deductions = MoneyField()
    refunded = MoneyField()
    refund = pw.ForeignKeyField(Refund, null=True, backref="+", on_delete="RESTRICT")
    method = pw.TextField()
    business_date = pw.DateField()
    approved_by = pw.TextField()


class DepositDeduction(BaseModel):
    settlement = pw.ForeignKeyField(DepositSettlement, backref="lines", on_delete="RESTRICT")
    line_no = pw.IntegerField()
    reason = pw.TextField()
    amount = MoneyField()


class ClaimStatus:
    SUBMITTED = "submitted"  # 待审批
    APPROVED = "approved"  # 已批准, waiting to be paid
    REJECTED = "rejected"  # 已退回
    PAID = "paid"  # 已付款
    ALL = (SUBMITTED, APPROVED, REJECTED, PAID)


class ExpenseClaim(BaseModel):
    """费用报销单: submitted with its lines (they never change), then approved or rejected by
    the manager, then paid by the cashier."""

    number = pw.TextField(unique=True)
    claimant = pw.TextField()
    claim_date = pw.DateField(index=True)
    purpose = pw.TextField()
    total = MoneyField()
    submitted_by = pw.TextField()
    status = pw.TextField(default=ClaimStatus.SUBMITTED, index=True)
    decided_by = pw.TextField(default="")
    decided_at = UtcDateTimeField(null=True)
    decision_note = pw.TextField(default="")
    paid_on = pw.DateField(null=True, index=True)
    paid_by = pw.TextField(default="")
    pay_method = pw.TextField(default="")


class ExpenseLine(BaseModel):
    claim = pw.ForeignKeyField(ExpenseClaim, backref="lines", on_delete="RESTRICT")
    line_no = pw.IntegerField()
    category = pw.TextField(index=True)
    description = pw.TextField()
    spent_on = pw.DateField()
    amount = MoneyField()
    bills = pw.IntegerField(default=1)  # 单据张数: invoices and receipts handed in


class StaffBuilding(BaseModel):
    """责任楼栋: the buildings a staff member looks after (their collection rate counts)."""

    user = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT", index=False)
    building = pw.ForeignKeyField(Building, backref="+", on_delete="RESTRICT")

    class Meta:
        indexes = ((("user", "building"), True),)


class AppraisalStatus:
    DRAFT = "draft"
    CONFIRMED = "confirmed"


class Appraisal(BaseModel):
    """岗位考核 of one staff member for one month: the figures counted from the records as
    they stood, the manager's scores of the post standards, the weighted total."""

    user = pw.ForeignKeyField(User, backref="+", on_delete="RESTRICT", index=False)
    display_name = pw.TextField()
    period = pw.TextField(index=True)
    complaints = pw.IntegerField()
    complaints_on_time = pw.IntegerField()
    valid_complaints = pw.IntegerField()
    visited = pw.IntegerField()
    repairs = pw.IntegerField()
    repairs_on_time = pw.IntegerField()
    billed = MoneyField()
    settled = MoneyField()
    voids = pw.IntegerField()
    manual = pw.TextField()  # JSON: post-standard item → score 0..100
    total = ScaledDecimalField(places=2)
    note = pw.TextField(default="")
    status = pw.TextField(default=AppraisalStatus.DRAFT)
    scored_by = pw.TextField()
    confirmed_by = pw.TextField(default="")
    confirmed_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("user", "period"), True),)


class EventStatus:
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class CommunityEvent(BaseModel):
    """社区文化活动: a line of the year's plan, then what was held (photos are attachments)."""

    year = pw.IntegerField(index=True)
    planned_month = pw.IntegerField()
    title = pw.TextField()
    kind = pw.TextField()
    planned_budget = MoneyField()
    status = pw.TextField(default=EventStatus.PLANNED)
    held_on = pw.DateField(null=True)
    place = pw.TextField(default="")
    participants = pw.IntegerField(default=0)
    spent = MoneyField(default=0)
    organiser = pw.TextField(default="")
    summary = pw.TextField(default="")
