"""Schema 12: fees and archive fixes — a meter reading can mark a meter change, a refund
names the cashier who paid it out (day close attributes refunds by it), and handover
(入伙) forms and move-out permits (放行条) are final once issued.

Refunds are insert-only (schema 5); the new columns of the refunds already written are
filled once from the audit row of their issue, with the guard lifted for that one UPDATE.
"""

from app.models.base import append_only_trigger_sql

STATEMENTS = """
ALTER TABLE meter_reading ADD COLUMN "meter_change" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE refund ADD COLUMN "cashier_id" TEXT;
ALTER TABLE refund ADD COLUMN "cashier_name" TEXT NOT NULL DEFAULT '';
CREATE INDEX refund_business_date ON refund ("business_date");
DROP TRIGGER IF EXISTS refund_no_update;
UPDATE refund SET
    cashier_id = (SELECT a.user_id FROM audit_log a
                  WHERE a.action = 'refund.issue' AND a.record_id = refund.id),
    cashier_name = COALESCE((SELECT a.username FROM audit_log a
                             WHERE a.action = 'refund.issue' AND a.record_id = refund.id), '');
CREATE TRIGGER move_out_permit_final BEFORE UPDATE ON move_out_permit
    WHEN NEW.number IS NOT OLD.number OR NEW.unit_id IS NOT OLD.unit_id
        OR NEW.applicant_name IS NOT OLD.applicant_name
        OR NEW.applicant_phone IS NOT OLD.applicant_phone OR NEW.items IS NOT OLD.items
        OR NEW.plate IS NOT OLD.plate OR NEW.planned_date IS NOT OLD.planned_date
        OR NEW.arrears_fen IS NOT OLD.arrears_fen OR NEW.override_by IS NOT OLD.override_by
        OR NEW.override_reason IS NOT OLD.override_reason OR NEW.issued_by IS NOT OLD.issued_by
        OR NEW.created_at IS NOT OLD.created_at
    BEGIN SELECT RAISE(ABORT, 'an issued move-out permit is final: issue a new one'); END;
CREATE TRIGGER move_out_permit_closed BEFORE UPDATE ON move_out_permit
    WHEN OLD.status <> 'issued' AND (NEW.status IS NOT OLD.status
        OR NEW.exited_at IS NOT OLD.exited_at OR NEW.exit_checked_by IS NOT OLD.exit_checked_by
        OR NEW.cancel_reason IS NOT OLD.cancel_reason)
    BEGIN SELECT RAISE(ABORT, 'the permit is already used or cancelled: issue a new one'); END;
CREATE TRIGGER move_out_permit_no_delete BEFORE DELETE ON move_out_permit
    BEGIN SELECT RAISE(ABORT, 'an issued move-out permit is final: issue a new one'); END
"""


def statements() -> list[str]:
    sql = [s.strip() for s in STATEMENTS.split(";\n") if s.strip()]
    sql += append_only_trigger_sql("refund", "refund rows are final once written")
    sql += append_only_trigger_sql("handover", "a handover form is final once issued")
    return sql
