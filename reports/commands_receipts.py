"""`receipt pdf NUMBER --out FILE.pdf`: a receipt as a PDF, logged as a print (补打 when it
was printed before). main.py adds it to app.cli's parser; the core never imports reports/."""

from __future__ import annotations

import argparse
from pathlib import Path

# reports.receipt.SIZES, spelt out so that building the parser loads no reportlab
SIZE_CHOICES = ("241x93", "241x140", "210x99", "a5")
MAX_OFFSET_MM = 50.0


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    receipt = sub.add_parser("receipt", help="receipts (收据)").add_subparsers(
        dest="receipt_command", metavar="ACTION", required=True
    )
    pdf = receipt.add_parser(
        "pdf",
        parents=[common],
        help="write a receipt as PDF; logged as a print (补打 after the first)",
    )
    pdf.add_argument("number", help="receipt number, e.g. SJ2026000001")
    pdf.add_argument("--out", type=Path, required=True, help="the .pdf file to write")
    pdf.add_argument(
        "--size", choices=SIZE_CHOICES, default=SIZE_CHOICES[0], help="paper size in mm (241x93)"
    )
    pdf.add_argument(
        "--copies", type=int, choices=(1, 3), default=3, help="3 = 存根/客户/记账 (default), or 1"
    )
    pdf.add_argument(
        "--data-only", action="store_true", help="print only the data on pre-printed forms (套打)"
    )
    for axis, direction in (("x", "right"), ("y", "down")):
        pdf.add_argument(
            f"--offset-{axis}",
            type=float,
            default=0.0,
            metavar="MM",
            help=f"move everything this many mm {direction} (may be negative)",
        )
    pdf.set_defaults(handler=cmd_receipt_pdf)


def cmd_receipt_pdf(args: argparse.Namespace) -> dict:
    from app.cli import UsageError
    from app.db import transaction
    from app.paths import default_database_path
    from app.services.office import open_office
    from app.services.permissions import Actor
    from app.services.receipts import find_receipt, receipt_view, record_print
    from reports.receipt import ReceiptLayout, pages_per_copy, render_receipt

    for name, value in (("--offset-x", args.offset_x), ("--offset-y", args.offset_y)):
        if not abs(value) <= MAX_OFFSET_MM:  # also refuses nan
            raise UsageError(f"{name} must be between -{MAX_OFFSET_MM:g} and {MAX_OFFSET_MM:g} mm")
    layout = ReceiptLayout(args.size, args.copies, args.data_only, args.offset_x, args.offset_y)
    open_office(args.db or default_database_path())
    actor = Actor.system()  # IT at the command line has the database file anyway
    receipt = find_receipt(actor, args.number)
    # One transaction: the print is logged exactly when the file was written.
    with transaction():
        printed = record_print(actor, receipt.id)
        render_receipt(receipt.id, args.out, layout, actor, printed)
        lines = len(receipt_view(actor, receipt.id).lines)
    return {
        "receipt": receipt.number,
        "file": str(args.out),
        "print": printed,
        "reprint": printed > 1,
        "pages": pages_per_copy(lines, layout.size) * layout.copies,
    }
