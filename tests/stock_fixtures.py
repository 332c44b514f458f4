"""Shared warehouse test helpers: users by role, items, posted documents, PDF text."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from app.models.stock import DocKind, DocReason, StockDocument, StockItem
from app.services import auth, stock
from app.services.permissions import Actor, Role
from app.services.stock import DocumentInput, LineInput

DAY = date(2026, 11, 5)


def user(system: Actor, username: str, role: str) -> Actor:
    auth.create_user(system, username, username, f"{username}-pass", [role])
    return auth.authenticate(username, f"{username}-pass")


def keeper(system: Actor) -> Actor:
    return user(system, "keeper", Role.WAREHOUSE_KEEPER)


def item(actor: Actor, code: str = "LS01", name: str = "十字螺丝", **fields: object) -> StockItem:
    return stock.create_item(actor, code, name, fields.pop("uom", "个"), **fields)


def receive(actor: Actor, item_id: str, qty: str, price: str, on: date = DAY) -> StockDocument:
    data = DocumentInput(DocKind.IN, DocReason.PURCHASE, on, [LineInput(item_id, qty, price)])
    return stock.create_and_post(actor, data)


def issue(actor: Actor, item_id: str, qty: str, on: date = DAY) -> StockDocument:
    data = DocumentInput(DocKind.OUT, DocReason.ISSUE, on, [LineInput(item_id, qty)],
                         department="工程部", recipient="李师傅", purpose="更换灯具")  # fmt: skip
    return stock.create_and_post(actor, data)


def balance(item_id: str) -> tuple[str, str, str]:
    row = StockItem.get_by_id(item_id)
    return str(row.qty), str(row.value), str(row.avg_cost)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout  # fmt: skip


def pdf_fonts(path: Path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, check=True,
                          text=True).stdout  # fmt: skip
