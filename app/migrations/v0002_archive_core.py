"""Schema 2: the archive core the demo office needs (the archives issue extends it)."""

from app.models.base import row_version_trigger_sql

_BASE = (
    '"id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, '
    '"updated_at" TEXT NOT NULL, "row_version" INTEGER NOT NULL'
)

TABLES = f"""
CREATE TABLE community ({_BASE}, "code" TEXT NOT NULL, "name" TEXT NOT NULL,
    "address" TEXT NOT NULL);
CREATE UNIQUE INDEX community_code ON community ("code");
CREATE TABLE building ({_BASE}, "community_id" TEXT NOT NULL, "code" TEXT NOT NULL,
    "name" TEXT NOT NULL, "floors" INTEGER NOT NULL, "sort_order" INTEGER NOT NULL,
    FOREIGN KEY ("community_id") REFERENCES community ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX building_community_id_code ON building ("community_id", "code");
CREATE TABLE entrance ({_BASE}, "building_id" TEXT NOT NULL, "code" TEXT NOT NULL,
    "name" TEXT NOT NULL, "sort_order" INTEGER NOT NULL,
    FOREIGN KEY ("building_id") REFERENCES building ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX entrance_building_id_code ON entrance ("building_id", "code");
CREATE TABLE unit ({_BASE}, "entrance_id" TEXT NOT NULL, "code" TEXT NOT NULL,
    "floor" INTEGER NOT NULL, "room_no" TEXT NOT NULL, "unit_type" TEXT NOT NULL,
    "gross_area" INTEGER NOT NULL, "inner_area" INTEGER, "status" TEXT NOT NULL,
    "handover_date" DATE, "remarks" TEXT NOT NULL,
    FOREIGN KEY ("entrance_id") REFERENCES entrance ("id") ON DELETE RESTRICT);
CREATE INDEX unit_entrance_id ON unit ("entrance_id");
CREATE UNIQUE INDEX unit_code ON unit ("code");
CREATE INDEX unit_status ON unit ("status");
CREATE TABLE owner ({_BASE}, "name" TEXT NOT NULL, "gender" TEXT NOT NULL,
    "id_type" TEXT NOT NULL, "id_number" TEXT NOT NULL, "phone" TEXT NOT NULL,
    "phone2" TEXT NOT NULL, "address" TEXT NOT NULL, "emergency_contact" TEXT NOT NULL,
    "emergency_phone" TEXT NOT NULL, "remarks" TEXT NOT NULL);
CREATE INDEX owner_name ON owner ("name");
CREATE INDEX owner_phone ON owner ("phone");
CREATE TABLE ownership ({_BASE}, "unit_id" TEXT NOT NULL, "owner_id" TEXT NOT NULL,
    "start_date" DATE NOT NULL, "end_date" DATE,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("owner_id") REFERENCES owner ("id") ON DELETE RESTRICT);
CREATE INDEX ownership_owner_id ON ownership ("owner_id");
CREATE INDEX ownership_unit_id_end_date ON ownership ("unit_id", "end_date");
CREATE TABLE resident ({_BASE}, "unit_id" TEXT NOT NULL, "name" TEXT NOT NULL,
    "relation" TEXT NOT NULL, "phone" TEXT NOT NULL, "id_number" TEXT NOT NULL,
    "lease_start" DATE, "lease_end" DATE, "remarks" TEXT NOT NULL,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT);
CREATE INDEX resident_unit_id ON resident ("unit_id");
CREATE TABLE vehicle ({_BASE}, "plate" TEXT NOT NULL, "owner_id" TEXT, "unit_id" TEXT,
    "colour" TEXT NOT NULL, "model" TEXT NOT NULL, "remarks" TEXT NOT NULL,
    FOREIGN KEY ("owner_id") REFERENCES owner ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("unit_id") REFERENCES unit ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX vehicle_plate ON vehicle ("plate");
CREATE INDEX vehicle_owner_id ON vehicle ("owner_id");
CREATE INDEX vehicle_unit_id ON vehicle ("unit_id");
"""

SYNCED_TABLES = (
    "community",
    "building",
    "entrance",
    "unit",
    "owner",
    "ownership",
    "resident",
    "vehicle",
)


def statements() -> list[str]:
    sql = [s.strip() for s in TABLES.split(";") if s.strip()]
    for table in SYNCED_TABLES:
        sql += row_version_trigger_sql(table)
    return sql
