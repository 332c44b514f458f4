"""Service desk (客服): the office's holiday table, complaints (投诉) and repairs (报修)."""

import peewee as pw

from app.models.archive import Owner, Unit
from app.models.base import BaseModel, UtcDateTimeField


class Holiday(BaseModel):
    """One day of the State Council's schedule as the office entered it; overrides the
    chinese-calendar package and the weekend rule (RULES.md, working days)."""

    day = pw.DateField(unique=True, column_name="date")
    is_workday = pw.BooleanField()  # True: a 调休 working weekend; False: a holiday
    name = pw.TextField(default="")


class ComplaintStatus:
    OPEN = "open"
    CLOSED = "closed"
    ALL = (OPEN, CLOSED)


class Complaint(BaseModel):
    number = pw.TextField(unique=True)
    received_at = UtcDateTimeField()
    received_on = pw.DateField(index=True)  # business date of receipt: deadlines count from it
    channel = pw.TextField()
    category = pw.TextField()
    unit = pw.ForeignKeyField(Unit, null=True, backref="complaints", on_delete="RESTRICT")
    owner = pw.ForeignKeyField(Owner, null=True, backref="+", on_delete="RESTRICT")
    complainant = pw.TextField(default="")
    phone = pw.TextField(default="")
    description = pw.TextField()
    receiver = pw.TextField()  # 首问责任制: who received it owns it
    validity = pw.TextField(default="")  # '' until classified, then valid / invalid
    validity_reason = pw.TextField(default="")
    due_date = pw.DateField(index=True)  # feedback to the owner: 2 working days
    report_due = pw.DateField()  # report to head office: 1 working day
    reported_on = pw.DateField(null=True)
    feedback_on = pw.DateField(null=True)
    feedback = pw.TextField(default="")
    visit_on = pw.DateField(null=True)
    satisfaction = pw.TextField(default="")
    visit_note = pw.TextField(default="")
    status = pw.TextField(default=ComplaintStatus.OPEN, index=True)
    closed_at = UtcDateTimeField(null=True)


class ComplaintLog(BaseModel):
    complaint = pw.ForeignKeyField(Complaint, backref="logs", on_delete="RESTRICT")
    at = UtcDateTimeField()
    kind = pw.TextField()
    text = pw.TextField()
    by = pw.TextField()


class RepairStatus:
    RECEIVED = "received"  # 受理
    DISPATCHED = "dispatched"  # 派工
    IN_PROGRESS = "in_progress"  # 处理
    COMPLETED = "completed"  # 完工
    VISITED = "visited"  # 回访
    CLOSED = "closed"  # 关闭
    CANCELLED = "cancelled"
    ALL = (RECEIVED, DISPATCHED, IN_PROGRESS, COMPLETED, VISITED, CLOSED, CANCELLED)


class RepairOrder(BaseModel):
    number = pw.TextField(unique=True)
    received_at = UtcDateTimeField()
    received_on = pw.DateField(index=True)
    unit = pw.ForeignKeyField(Unit, backref="repairs", on_delete="RESTRICT")
    owner = pw.ForeignKeyField(Owner, null=True, backref="+", on_delete="RESTRICT")
    contact = pw.TextField(default="")
    phone = pw.TextField(default="")
    category = pw.TextField()
    description = pw.TextField()
    receiver = pw.TextField()
    handover_date = pw.DateField(null=True)  # as known when the repair was received
    warranty_until = pw.DateField(null=True)  # last day the developer pays
    payer = pw.TextField()  # developer / owner
    status = pw.TextField(default=RepairStatus.RECEIVED, index=True)
    worker = pw.TextField(default="")
    work_done = pw.TextField(default="")
    completed_on = pw.DateField(null=True)
    visit_on = pw.DateField(null=True)
    satisfaction = pw.TextField(default="")
    visit_note = pw.TextField(default="")


class RepairLog(BaseModel):
    repair = pw.ForeignKeyField(RepairOrder, backref="logs", on_delete="RESTRICT")
    at = UtcDateTimeField()
    status = pw.TextField()
    note = pw.TextField(default="")
    by = pw.TextField()
