"""Fee subcommands: `bills generate`, `fee item add`, `fee assign`, `fee list`, and the
Excel files' `template payments|readings` / `import payments|readings`.

IT runs them as the system, like the other commands (it has the database file anyway);
every change goes through the services, so it is checked and audited the same way.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.cli import run_import
from app.cli_groups import subcommands
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.validation import InvalidValue, parse_date

KINDS = ("area", "fixed", "metered", "shared", "parking")
UNIT_LABELS = {  # printed beside the price on bills (documents are Chinese)
    "area": "元/㎡·月",
    "fixed": "元/户·月",
    "metered": "元/吨",
    "shared": "元/㎡",
    "parking": "元/个·月",
}
BAD_FROM = QT_TRANSLATE_NOOP("app", "From: write the date as YYYY-MM-DD, e.g. 2026-11-01.")
BAD_TYPE = QT_TRANSLATE_NOOP("app", "Type: {value} is not one of {choices}.")
BAD_STATUS = QT_TRANSLATE_NOOP("app", "Status: {value} is not one of {choices}.")


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    _bills(sub, common)
    _fees(sub, common)
    _payments(sub, common)
    _readings(sub, common)


def _bills(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    bills = subcommands(sub, "bills", "monthly bills", "bills_command", "ACTION")
    generate = bills.add_parser(
        "generate", parents=[common], help="the month's charges for every unit (idempotent)"
    )
    generate.add_argument("--period", required=True, help="the month, YYYY-MM")
    generate.set_defaults(handler=cmd_bills_generate)


def _fees(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    fee = subcommands(sub, "fee", "fee items and who pays them", "fee_command", "ACTION")
    item = fee.add_parser("item", help="fee items").add_subparsers(
        dest="fee_item_command", metavar="ACTION", required=True
    )
    add = item.add_parser("add", parents=[common], help="a new fee item with its first price")
    add.add_argument("code", help="a short code, e.g. WYF")
    add.add_argument("--name", required=True, help="the name printed on bills, e.g. 物业服务费")
    add.add_argument("--kind", required=True, choices=KINDS, help=", ".join(KINDS))
    add.add_argument("--price", required=True, help="yuan, up to 4 decimals, e.g. 2.35")
    add.add_argument(
        "--from", dest="start", required=True, help="the price applies from, YYYY-MM-DD"
    )
    add.add_argument("--unit-label", help="e.g. 元/㎡·月 (default by kind)")
    add.add_argument(
        "--vacant-discount", action="store_true", help="vacant units pay the reduced rate"
    )
    add.add_argument("--late-fee", action="store_true", help="late-payment charge may accrue")
    add.set_defaults(handler=cmd_fee_item_add)

    assign = fee.add_parser("assign", parents=[common], help="bill an item to units from a date")
    assign.add_argument("code", help="the fee item's code")
    assign.add_argument("--building", help="only this building (name or code, e.g. 3栋 or 3)")
    assign.add_argument(
        "--type", dest="types", nargs="+", action="extend", default=[],
        help="only these unit types: residential/住宅 shop/商铺 garage/车库 storage/储藏室",
    )  # fmt: skip
    assign.add_argument(
        "--status", dest="statuses", nargs="+", action="extend", default=[],
        help="only these statuses: unsold/未售 vacant/空置 occupied/已入住 decorating/装修中 rented/出租",
    )  # fmt: skip
    assign.add_argument("--from", dest="start", required=True, help="billed from, YYYY-MM-DD")
    assign.set_defaults(handler=cmd_fee_assign)

    listing = fee.add_parser("list", parents=[common], help="fee items, prices and units")
    listing.set_defaults(handler=cmd_fee_list)


def _payments(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    template = subcommands(sub, "template", "write an Excel import template", "template_command")
    payments = template.add_parser(
        "payments", parents=[common], help="bank and WeChat/Alipay payments to import"
    )
    payments.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    payments.set_defaults(handler=cmd_template_payments)
    imports = subcommands(sub, "import", "import an Excel file", "import_command")
    payments = imports.add_parser(
        "payments", parents=[common], help="payments from a bank or WeChat/Alipay statement"
    )
    payments.add_argument("file", type=Path, help="the filled-in template (.xlsx)")
    payments.add_argument(
        "--dry-run", action="store_true", help="check every row and write nothing"
    )
    payments.set_defaults(handler=cmd_import_payments)


def _readings(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    template = subcommands(sub, "template", "write an Excel import template", "template_command")
    readings = template.add_parser(
        "readings", parents=[common], help="water/electricity meter readings to import"
    )
    readings.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    readings.set_defaults(handler=cmd_template_readings)
    imports = subcommands(sub, "import", "import an Excel file", "import_command")
    readings = imports.add_parser(
        "readings", parents=[common], help="meter readings (抄表), one row per meter and month"
    )
    readings.add_argument("file", type=Path, help="the filled-in template (.xlsx)")
    readings.add_argument(
        "--dry-run", action="store_true", help="check every row and write nothing"
    )
    readings.set_defaults(handler=cmd_import_readings)


# ---------------------------------------------------------------------------- helpers


def _open(args: argparse.Namespace) -> None:
    from app.paths import default_database_path
    from app.services.office import open_office

    open_office(args.db or default_database_path())


def _actor():
    from app.services.permissions import Actor

    return Actor.system()


def _day(text: str, field: str) -> date:
    try:
        return parse_date(text)
    except InvalidValue:
        raise ValidationError(BAD_FROM, field=field) from None


def _fee_item(code: str):
    from app.services import fees

    for item in fees.fee_items(_actor(), active_only=False):
        if item.code == code.strip():
            return item
    raise ValidationError(
        QT_TRANSLATE_NOOP("app", "Fee item: there is no item {code}; `fee list` shows them."),
        field="code",
        code=code,
    )


def _building_id(text: str | None) -> str | None:
    from app.importers.archive_store import BuildingIndex

    if not text:
        return None
    try:
        building = BuildingIndex.load().find(text)
    except LookupError:
        building = None
    if building is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Building: there is no single building {building}; give its code."
            ),
            field="building",
            building=text,
        )
    return building.id


def _codes(words: list[str], kind: str, template: str) -> tuple[str, ...]:
    from app.importers.labels import choices

    known = choices(kind)
    codes = []
    for word in words:
        code = known.get(word.strip()) or known.get(word.strip().lower())
        if code is None:
            raise ValidationError(
                template,
                field=kind,
                value=word,
                choices="/".join(sorted(set(known.values()))),
            )
        codes.append(code)
    return tuple(dict.fromkeys(codes))


# ---------------------------------------------------------------------------- commands


def cmd_bills_generate(args: argparse.Namespace) -> dict | None:
    from app.money import format_money
    from app.services.billing import generate_bills

    _open(args)
    result = generate_bills(_actor(), args.period)
    if args.json:
        return {
            "period": result.period,
            "created": result.created,
            "already_there": result.already_there,
            "total": str(result.total),
            "nothing_new": result.nothing_new,
        }
    if result.nothing_new:
        print(f"{result.period}: nothing new: the month was already generated")
    else:
        print(
            f"{result.period}: {result.created} new charges, {result.already_there} already "
            f"there, total {format_money(result.total)}"
        )
    return None


def cmd_fee_item_add(args: argparse.Namespace) -> dict:
    from app.services import fees

    _open(args)
    start = _day(args.start, "effective_from")
    label = UNIT_LABELS[args.kind] if args.unit_label is None else args.unit_label
    item = fees.create_fee_item(
        _actor(),
        args.code,
        args.name,
        args.kind,
        args.price,
        start,
        label,
        vacant_discount=args.vacant_discount,
        late_fee=args.late_fee,
    )
    return {"code": item.code, "name": item.name, "kind": item.kind, "price": args.price,
            "from": start.isoformat()}  # fmt: skip


def cmd_fee_assign(args: argparse.Namespace) -> dict:
    from app.services import fees

    _open(args)
    item = _fee_item(args.code)
    selection = fees.UnitSelection(
        building_id=_building_id(args.building),
        unit_types=_codes(args.types, "unit_type", BAD_TYPE),
        statuses=_codes(args.statuses, "status", BAD_STATUS),
    )
    start = _day(args.start, "start_date")
    count = fees.assign_in_bulk(_actor(), item.id, selection, start)
    return {"code": item.code, "assigned": count, "from": start.isoformat()}


def cmd_fee_list(args: argparse.Namespace) -> list[dict]:
    from app.services import fees
    from app.services.unit_facts import office_today

    _open(args)
    return [
        {
            "code": row.code,
            "name": row.name,
            "kind": row.kind,
            "price": None if row.price is None else str(row.price),
            "unit_label": row.unit_label,
            "price_from": None if row.price_from is None else row.price_from.isoformat(),
            "units": row.assigned_units,
        }
        for row in fees.fee_item_rows(_actor(), office_today())
    ]


def cmd_template_payments(args: argparse.Namespace) -> dict:
    from app.importers.payments import write_template

    return {"template": str(write_template(args.out))}


def cmd_import_payments(args: argparse.Namespace) -> dict | list[dict]:
    from app.importers.payments import import_payments

    return run_import(args, import_payments)


def cmd_template_readings(args: argparse.Namespace) -> dict:
    from app.importers.readings import write_template

    return {"template": str(write_template(args.out))}


def cmd_import_readings(args: argparse.Namespace) -> dict | list[dict]:
    from app.importers.readings import import_readings

    return run_import(args, import_readings)
