"""More of the service desk: a repair's materials and charges, satisfaction surveys
(顾客意见调查) and incidents (紧急事件)."""

import peewee as pw

from app.models.archive import Unit
from app.models.base import BaseModel, UtcDateTimeField
from app.models.billing import Charge
from app.models.service import RepairOrder
from app.money import MoneyField


class RepairCharge(BaseModel):
    """What the owner pays for a repair out of warranty (labour and materials)."""

    repair = pw.ForeignKeyField(RepairOrder, unique=True, backref="+", on_delete="RESTRICT")
    labour = MoneyField(default=0)
    material = MoneyField(default=0)
    note = pw.TextField(default="")
    charge = pw.ForeignKeyField(Charge, null=True, backref="+", on_delete="RESTRICT")  # billed


class SurveyScale:
    THREE = "three"  # 满意 3 / 基本满意 2 / 不满意 1
    FIVE = "five"  # 1–5
    ALL = (THREE, FIVE)


class SurveyTemplate(BaseModel):
    name = pw.TextField(unique=True)
    scale = pw.TextField()


class SurveyQuestion(BaseModel):
    template = pw.ForeignKeyField(SurveyTemplate, backref="questions", on_delete="RESTRICT")
    seq = pw.IntegerField()
    text = pw.TextField()

    class Meta:
        indexes = ((("template", "seq"), True),)


class SurveyRound(BaseModel):
    number = pw.TextField(unique=True)
    template = pw.ForeignKeyField(SurveyTemplate, backref="rounds", on_delete="RESTRICT")
    title = pw.TextField()
    start_on = pw.DateField()
    end_on = pw.DateField()


class SurveyResponse(BaseModel):
    """One questionnaire handed back (a household's answers)."""

    round = pw.ForeignKeyField(SurveyRound, backref="responses", on_delete="RESTRICT")
    unit = pw.ForeignKeyField(Unit, null=True, backref="+", on_delete="RESTRICT")
    respondent = pw.TextField(default="")
    answered_on = pw.DateField()


class SurveyAnswer(BaseModel):
    response = pw.ForeignKeyField(SurveyResponse, backref="answers", on_delete="RESTRICT")
    question = pw.ForeignKeyField(SurveyQuestion, backref="+", on_delete="RESTRICT")
    score = pw.IntegerField()  # 0 = not answered; else on the template's scale

    class Meta:
        indexes = ((("response", "question"), True),)


class SurveyAction(BaseModel):
    """An improvement action (改进措施) decided from a round's results."""

    round = pw.ForeignKeyField(SurveyRound, backref="actions", on_delete="RESTRICT")
    question = pw.ForeignKeyField(SurveyQuestion, null=True, backref="+", on_delete="RESTRICT")
    action = pw.TextField()
    responsible = pw.TextField(default="")
    due_on = pw.DateField(null=True)
    done_on = pw.DateField(null=True)
    result = pw.TextField(default="")


class IncidentStatus:
    OPEN = "open"
    CLOSED = "closed"


class Incident(BaseModel):
    number = pw.TextField(unique=True)
    kind = pw.TextField()
    occurred_at = UtcDateTimeField()
    occurred_on = pw.DateField(index=True)  # business date: the report deadline counts from it
    location = pw.TextField()
    unit = pw.ForeignKeyField(Unit, null=True, backref="+", on_delete="RESTRICT")
    description = pw.TextField()
    recorded_by = pw.TextField()
    report_due = pw.DateField()  # head office: within 1 working day
    reported_on = pw.DateField(null=True)
    reported_to = pw.TextField(default="")
    cause = pw.TextField(default="")  # 原因调查
    measures = pw.TextField(default="")  # 预防措施
    status = pw.TextField(default=IncidentStatus.OPEN, index=True)
    closed_at = UtcDateTimeField(null=True)


class IncidentLog(BaseModel):
    incident = pw.ForeignKeyField(Incident, backref="logs", on_delete="RESTRICT")
    at = UtcDateTimeField()
    kind = pw.TextField()
    text = pw.TextField()
    by = pw.TextField()
