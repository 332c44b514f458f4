"""Schema 16: indexes no query needs go.

Most repeat the leading columns of a wider index on the same table (SQLite uses an index's
leading columns alone). Two on the charge table only served the foreign-key check when a fee
item or an assignment is deleted, which never happens (they are ended, never deleted; a raw
DELETE would still be checked, by a scan). Every insert kept them up to date and every backup
copied and checked them: on a 20,000-unit office with a year of bills they were 116 MB of
894 MB, and the charge table's four a fifth of the backup's integrity check.
"""

REDUNDANT = (
    "fee_rate_fee_item_id",  # ⊂ fee_rate_fee_item_id_effective_from
    "fee_assignment_unit_id",  # ⊂ fee_assignment_unit_id_fee_item_id_start_date
    "meter_reading_unit_id",  # ⊂ meter_reading_unit_id_fee_item_id_period
    "shared_cost_fee_item_id",  # ⊂ shared_cost_fee_item_id_period
    "charge_unit_id",  # ⊂ charge_unit_id_period
    "charge_period_fee_item_id",  # ⊂ charge_period_cover
    "charge_fee_item_id",  # foreign key of fee items, never deleted
    "charge_assignment_id",  # foreign key of assignments, never deleted
    "allocation_charge_id",  # ⊂ allocation_charge_cover
    "stock_line_item_id",  # ⊂ stock_line_item_id_document_id
    "stocktake_line_stocktake_id",  # ⊂ stocktake_line_stocktake_id_item_id
    "invoice_range_book_id",  # ⊂ invoice_range_book_id_first_number
    "staff_building_user_id",  # ⊂ staff_building_user_id_building_id
    "appraisal_user_id",  # ⊂ appraisal_user_id_period
)


def statements() -> list[str]:
    return [f'DROP INDEX "{name}"' for name in REDUNDANT]
