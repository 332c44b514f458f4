"""The reminder log (催缴记录): each call, notice, visit or WeChat message about arrears, with
the amount owed at the time and what came of it.

Reminders are all the program offers: cutting water or power to force payment is unlawful
(民法典 art. 944, RULES.md), so there is no sanction to record here.
"""

from __future__ import annotations

from datetime import date

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Unit
from app.models.billing import Reminder
from app.services import audit
from app.services.arrears_list import owed_on
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, optional_text
from app.services.unit_facts import check_not_future

CHANNELS = ("phone", "notice", "visit", "wechat")
CHANNEL_NAMES = {
    "phone": "电话",
    "notice": "通知单",
    "visit": "上门",
    "wechat": "微信",
}  # documents


def record_reminder(
    actor: Actor, unit_id: str, channel: str, reminder_date: date, result: str = ""
) -> Reminder:
    """Logs one reminder; the amount owed (charges due by `reminder_date`) is stored with it."""
    require(actor, Cap.BILLING_COLLECT)
    if channel not in CHANNELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Channel: choose phone, notice, visit or WeChat for how the owner was reminded.",
            ),
            field="channel",
        )
    check_not_future(reminder_date, "reminder_date", QT_TRANSLATE_NOOP("app", "Reminder date"))
    result = optional_text(result, "result", QT_TRANSLATE_NOOP("app", "Result"), 200)
    with transaction():
        unit = get_or_fail(Unit, unit_id)
        reminder = Reminder.create(
            unit=unit,
            reminder_date=reminder_date,
            channel=channel,
            amount_owed=owed_on(unit.id, reminder_date),
            result=result,
            recorded_by=actor.display_name,
        )
        audit.record(
            actor,
            "reminder.record",
            table="reminder",
            record_id=reminder.id,
            after={
                "unit": unit.code,
                "channel": channel,
                "date": reminder_date,
                "amount_owed": reminder.amount_owed,
                "result": result,
            },
        )
    return reminder


def reminders_of(actor: Actor, unit_id: str) -> list[Reminder]:
    """The unit's reminders, newest first."""
    require(actor, Cap.BILLING_VIEW)
    return list(
        Reminder.select()
        .where(Reminder.unit == unit_id)
        .order_by(Reminder.reminder_date.desc(), Reminder.created_at.desc())
    )
