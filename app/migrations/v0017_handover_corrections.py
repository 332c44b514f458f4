"""Schema 17: a handover form with a mistake is corrected by a new form.

Handover forms are final (schema 12's triggers), and a unit had room for one. Now a form may
name the form it corrects and why; the unit keeps one original form and each form is corrected
at most once (the correction of a correction continues the chain), and a correction belongs to
the same unit as the form it corrects — held by indexes and a trigger, not only by the service.
"""

STATEMENTS = (
    "ALTER TABLE handover ADD COLUMN corrects_id TEXT REFERENCES handover (id) ON DELETE RESTRICT",
    "ALTER TABLE handover ADD COLUMN correction_reason TEXT NOT NULL DEFAULT ''",
    "DROP INDEX handover_unit_id",
    'CREATE INDEX handover_unit_id ON handover ("unit_id")',
    'CREATE UNIQUE INDEX handover_one_original ON handover ("unit_id") WHERE corrects_id IS NULL',
    "CREATE UNIQUE INDEX handover_corrected_once ON handover (corrects_id) "
    "WHERE corrects_id IS NOT NULL",
    """CREATE TRIGGER handover_correction_same_unit BEFORE INSERT ON handover
    WHEN NEW.corrects_id IS NOT NULL
        AND (SELECT unit_id FROM handover WHERE id = NEW.corrects_id) IS NOT NEW.unit_id
    BEGIN SELECT RAISE(ABORT, 'a handover correction belongs to the unit of the form it corrects');
    END""",
)


def statements() -> list[str]:
    return list(STATEMENTS)
