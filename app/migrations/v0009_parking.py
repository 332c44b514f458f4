"""Schema 9: parking — spaces and rentals (billed through fee assignments), temporary-parking
tariffs, shifts and their visits, invoice books (定额发票), who holds them, and every number's
fate.

The invoice register is a tax record kept five years (《发票管理办法》 art. 29), so its rules
are triggers, not just service checks: a number is used or voided at most once, numbers are
consumed in order with no gap lacking a record, a book is held by one person at a time, and
nothing is ever deleted.
"""

from app.models.base import row_version_trigger_sql

_BASE = (
    '"id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, '
    '"updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL'
)

DDL = f"""
CREATE TABLE parking_space ({_BASE}, "code" TEXT NOT NULL, "zone" TEXT NOT NULL,
    "space_type" TEXT NOT NULL, "unit_id" TEXT, "owner_id" TEXT, "remarks" TEXT NOT NULL,
    "active" INTEGER NOT NULL,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("owner_id") REFERENCES owner ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX parking_space_code ON parking_space ("code");
CREATE INDEX parking_space_unit_id ON parking_space ("unit_id");
CREATE INDEX parking_space_owner_id ON parking_space ("owner_id");
CREATE TABLE parking_rental ({_BASE}, "space_id" TEXT NOT NULL, "unit_id" TEXT NOT NULL,
    "owner_id" TEXT, "vehicle_id" TEXT, "fee_item_id" TEXT NOT NULL,
    "assignment_id" TEXT NOT NULL, "monthly_price" BIGINT NOT NULL, "start_date" DATE NOT NULL,
    "end_date" DATE, "ended_on" DATE,
    FOREIGN KEY ("space_id") REFERENCES parking_space ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("owner_id") REFERENCES owner ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("vehicle_id") REFERENCES vehicle ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("fee_item_id") REFERENCES fee_item ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("assignment_id") REFERENCES fee_assignment ("id") ON DELETE RESTRICT);
CREATE INDEX parking_rental_space_id ON parking_rental ("space_id");
CREATE INDEX parking_rental_unit_id ON parking_rental ("unit_id");
CREATE INDEX parking_rental_owner_id ON parking_rental ("owner_id");
CREATE INDEX parking_rental_vehicle_id ON parking_rental ("vehicle_id");
CREATE INDEX parking_rental_fee_item_id ON parking_rental ("fee_item_id");
CREATE INDEX parking_rental_assignment_id ON parking_rental ("assignment_id");
CREATE INDEX parking_rental_end_date ON parking_rental ("end_date");
CREATE TABLE parking_tariff ({_BASE}, "name" TEXT NOT NULL, "effective_from" DATE NOT NULL,
    "free_minutes" INTEGER NOT NULL, "hour_price" BIGINT NOT NULL, "night_price" BIGINT NOT NULL,
    "night_start" TEXT NOT NULL, "night_end" TEXT NOT NULL, "daily_cap" BIGINT);
CREATE UNIQUE INDEX parking_tariff_effective_from ON parking_tariff ("effective_from");
CREATE TABLE parking_shift ({_BASE}, "number" TEXT NOT NULL, "operator" TEXT NOT NULL,
    "post" TEXT NOT NULL, "started_at" TEXT NOT NULL, "business_date" DATE NOT NULL,
    "status" TEXT NOT NULL, "ended_at" TEXT, "expected_cash" BIGINT, "counted_cash" BIGINT,
    "difference" BIGINT, "handed_to" TEXT NOT NULL, "close_note" TEXT NOT NULL,
    "closed_by" TEXT NOT NULL);
CREATE UNIQUE INDEX parking_shift_number ON parking_shift ("number");
CREATE INDEX parking_shift_operator ON parking_shift ("operator");
CREATE INDEX parking_shift_business_date ON parking_shift ("business_date");
CREATE TABLE parking_visit ({_BASE}, "shift_id" TEXT NOT NULL, "kind" TEXT NOT NULL,
    "plate" TEXT NOT NULL, "entered_at" TEXT, "left_at" TEXT, "tariff_id" TEXT,
    "minutes" INTEGER NOT NULL, "vehicles" INTEGER NOT NULL, "amount" BIGINT NOT NULL,
    "note" TEXT NOT NULL, "recorded_by" TEXT NOT NULL,
    FOREIGN KEY ("shift_id") REFERENCES parking_shift ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("tariff_id") REFERENCES parking_tariff ("id") ON DELETE RESTRICT);
CREATE INDEX parking_visit_shift_id ON parking_visit ("shift_id");
CREATE INDEX parking_visit_tariff_id ON parking_visit ("tariff_id");
CREATE TABLE invoice_book ({_BASE}, "invoice_type" TEXT NOT NULL,
    "denomination" BIGINT NOT NULL, "book_code" TEXT NOT NULL, "first_number" INTEGER NOT NULL,
    "last_number" INTEGER NOT NULL, "digits" INTEGER NOT NULL, "received_on" DATE NOT NULL,
    "received_from" TEXT NOT NULL, "received_by" TEXT NOT NULL, "written_off_on" DATE,
    "written_off_by" TEXT NOT NULL,
    CHECK ("last_number" >= "first_number" AND "first_number" >= 0 AND "denomination" > 0));
CREATE UNIQUE INDEX invoice_book_book_code ON invoice_book ("book_code");
CREATE INDEX invoice_book_received_on ON invoice_book ("received_on");
CREATE TABLE invoice_issue ({_BASE}, "book_id" TEXT NOT NULL, "holder" TEXT NOT NULL,
    "signature" TEXT NOT NULL, "issued_on" DATE NOT NULL, "issued_by" TEXT NOT NULL,
    "returned_on" DATE, "returned_by" TEXT NOT NULL,
    FOREIGN KEY ("book_id") REFERENCES invoice_book ("id") ON DELETE RESTRICT);
CREATE INDEX invoice_issue_book_id ON invoice_issue ("book_id");
CREATE UNIQUE INDEX invoice_issue_one_holder ON invoice_issue ("book_id")
    WHERE "returned_on" IS NULL;
CREATE TABLE invoice_range ({_BASE}, "book_id" TEXT NOT NULL, "first_number" INTEGER NOT NULL,
    "last_number" INTEGER NOT NULL, "status" TEXT NOT NULL, "shift_id" TEXT,
    "holder" TEXT NOT NULL, "reason" TEXT NOT NULL, "recorded_on" DATE NOT NULL,
    "recorded_by" TEXT NOT NULL,
    CHECK ("last_number" >= "first_number"),
    CHECK ("status" IN ('used', 'void', 'returned')),
    FOREIGN KEY ("book_id") REFERENCES invoice_book ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("shift_id") REFERENCES parking_shift ("id") ON DELETE RESTRICT);
CREATE INDEX invoice_range_book_id ON invoice_range ("book_id");
CREATE INDEX invoice_range_shift_id ON invoice_range ("shift_id");
CREATE INDEX invoice_range_recorded_on ON invoice_range ("recorded_on");
CREATE UNIQUE INDEX invoice_range_book_id_first_number ON invoice_range ("book_id", "first_number")
"""

NEW_TABLES = (
    "parking_space",
    "parking_rental",
    "parking_tariff",
    "parking_shift",
    "parking_visit",
    "invoice_book",
    "invoice_issue",
    "invoice_range",
)

_KEEP = "invoice records are kept five years and never deleted"


def _raise(message: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, '{message}'); END"


def _never_deleted() -> list[str]:
    tables = ("invoice_book", "invoice_issue", "invoice_range", "parking_shift", "parking_visit")
    return [
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} {_raise(_KEEP)}"
        for table in tables
    ]


_INVOICE_BOOK = [
    # The book's identity never changes; only the write-off may be set, once, and only when
    # every number has a record.
    f"""CREATE TRIGGER invoice_book_fixed BEFORE UPDATE ON invoice_book WHEN
    NEW.invoice_type IS NOT OLD.invoice_type OR NEW.denomination IS NOT OLD.denomination
    OR NEW.book_code IS NOT OLD.book_code OR NEW.first_number IS NOT OLD.first_number
    OR NEW.last_number IS NOT OLD.last_number OR NEW.digits IS NOT OLD.digits
    OR NEW.received_on IS NOT OLD.received_on OR NEW.received_from IS NOT OLD.received_from
    OR NEW.received_by IS NOT OLD.received_by
    OR (OLD.written_off_on IS NOT NULL AND (NEW.written_off_on IS NOT OLD.written_off_on
        OR NEW.written_off_by IS NOT OLD.written_off_by))
    {_raise("an invoice book is final: its code, numbers and receipt never change")}""",
    f"""CREATE TRIGGER invoice_book_write_off BEFORE UPDATE OF written_off_on ON invoice_book
    WHEN OLD.written_off_on IS NULL AND NEW.written_off_on IS NOT NULL AND
    (SELECT COALESCE(MAX(last_number), OLD.first_number - 1) FROM invoice_range
        WHERE book_id = OLD.id) < OLD.last_number
    {_raise("a book is written off only when every number is used, void or returned")}""",
]

_INVOICE_ISSUE = [
    f"""CREATE TRIGGER invoice_issue_open_book BEFORE INSERT ON invoice_issue WHEN
    (SELECT written_off_on FROM invoice_book WHERE id = NEW.book_id) IS NOT NULL
    OR NEW.returned_on IS NOT NULL
    {_raise("a written-off book can not be issued")}""",
    # The partial unique index invoice_issue_one_holder refuses a second open issue; this
    # keeps an issue from being edited apart from its return, set once.
    f"""CREATE TRIGGER invoice_issue_fixed BEFORE UPDATE ON invoice_issue WHEN
    NEW.book_id IS NOT OLD.book_id OR NEW.holder IS NOT OLD.holder
    OR NEW.signature IS NOT OLD.signature OR NEW.issued_on IS NOT OLD.issued_on
    OR NEW.issued_by IS NOT OLD.issued_by
    OR (OLD.returned_on IS NOT NULL AND (NEW.returned_on IS NOT OLD.returned_on
        OR NEW.returned_by IS NOT OLD.returned_by))
    OR (NEW.returned_on IS NOT NULL AND NEW.returned_on < OLD.issued_on)
    {_raise("an issue of a book is final; only its return is recorded, once")}""",
]

_INVOICE_RANGE = [
    f"""CREATE TRIGGER invoice_range_in_order BEFORE INSERT ON invoice_range WHEN
    NEW.first_number IS NOT (SELECT COALESCE(MAX(r.last_number) + 1, b.first_number)
        FROM invoice_book b LEFT JOIN invoice_range r ON r.book_id = b.id
        WHERE b.id = NEW.book_id)
    {_raise("invoice numbers are consumed in order: record or void the skipped numbers first")}""",
    f"""CREATE TRIGGER invoice_range_in_book BEFORE INSERT ON invoice_range WHEN
    NEW.last_number > (SELECT last_number FROM invoice_book WHERE id = NEW.book_id)
    {_raise("the number is past the last number of the book")}""",
    f"""CREATE TRIGGER invoice_range_book_open BEFORE INSERT ON invoice_range WHEN
    (SELECT written_off_on FROM invoice_book WHERE id = NEW.book_id) IS NOT NULL
    {_raise("the book is written off")}""",
    f"""CREATE TRIGGER invoice_range_held BEFORE INSERT ON invoice_range
    WHEN NEW.status IN ('used', 'void') AND NOT EXISTS (SELECT 1 FROM invoice_issue
        WHERE book_id = NEW.book_id AND returned_on IS NULL AND holder = NEW.holder)
    {_raise("numbers are used or voided only by the person holding the book")}""",
    f"""CREATE TRIGGER invoice_range_open_shift BEFORE INSERT ON invoice_range
    WHEN NEW.shift_id IS NOT NULL AND
    (SELECT status FROM parking_shift WHERE id = NEW.shift_id) IS NOT 'open'
    {_raise("the shift is closed")}""",
    f"CREATE TRIGGER invoice_range_no_update BEFORE UPDATE ON invoice_range "
    f"{_raise('a recorded invoice number is final')}",
]

_SHIFTS = [
    f"""CREATE TRIGGER parking_shift_final BEFORE UPDATE ON parking_shift
    WHEN OLD.status = 'closed' AND (NEW.status IS NOT OLD.status
        OR NEW.counted_cash IS NOT OLD.counted_cash OR NEW.expected_cash IS NOT OLD.expected_cash
        OR NEW.difference IS NOT OLD.difference OR NEW.operator IS NOT OLD.operator
        OR NEW.ended_at IS NOT OLD.ended_at OR NEW.handed_to IS NOT OLD.handed_to)
    {_raise("a handed-over shift is final")}""",
    f"""CREATE TRIGGER parking_visit_open_shift BEFORE INSERT ON parking_visit
    WHEN (SELECT status FROM parking_shift WHERE id = NEW.shift_id) IS NOT 'open'
    {_raise("the shift is closed")}""",
    f"CREATE TRIGGER parking_visit_no_update BEFORE UPDATE ON parking_visit "
    f"{_raise('a recorded parking visit is final')}",
    f"CREATE TRIGGER parking_tariff_no_update BEFORE UPDATE ON parking_tariff "
    f"{_raise('a tariff is final: add a new one from a later date')}",
    f"CREATE TRIGGER parking_tariff_no_delete BEFORE DELETE ON parking_tariff "
    f"{_raise('a tariff is final: add a new one from a later date')}",
]


def statements() -> list[str]:
    sql = [s.strip() for s in DDL.split(";") if s.strip()]
    for table in NEW_TABLES:
        sql += row_version_trigger_sql(table)
    return sql + _never_deleted() + _INVOICE_BOOK + _INVOICE_ISSUE + _INVOICE_RANGE + _SHIFTS
