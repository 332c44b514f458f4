"""Gapless document numbers: per office (one database), per document type, per year.

The counter moves inside the caller's transaction, so a rolled-back document gives its number
back and a committed one keeps it forever. Transactions begin IMMEDIATE (app.db), so two
processes serialise on SQLite's write lock instead of both reading the same last number.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.db import database

_PREFIXES: dict[str, str] = {}


@dataclass(frozen=True)
class DocumentNumber:
    doc_type: str
    year: int
    sequence: int
    text: str


def register_document_type(doc_type: str, prefix: str) -> None:
    """Each module registers the prefix of its documents (receipt 'SJ', stock-in 'RK' ...)."""
    existing = _PREFIXES.get(doc_type)
    if existing not in (None, prefix):
        raise ValueError(f"document type {doc_type} already uses prefix {existing}")
    _PREFIXES[doc_type] = prefix


def format_number(prefix: str, year: int, sequence: int) -> str:
    return f"{prefix}{year}{sequence:06d}"


def next_number(doc_type: str, year: int) -> DocumentNumber:
    if not database.in_transaction():
        raise RuntimeError("next_number must run inside the transaction that saves the document")
    if doc_type not in _PREFIXES:
        raise ValueError(f"unknown document type {doc_type!r}: register it first")
    row = database.execute_sql(
        "INSERT INTO document_sequence (doc_type, year, last_number) VALUES (?, ?, 1) "
        "ON CONFLICT (doc_type, year) DO UPDATE SET last_number = last_number + 1 "
        "RETURNING last_number",
        (doc_type, year),
    ).fetchone()
    sequence = row[0]
    return DocumentNumber(
        doc_type, year, sequence, format_number(_PREFIXES[doc_type], year, sequence)
    )


def last_number(doc_type: str, year: int) -> int:
    row = database.execute_sql(
        "SELECT last_number FROM document_sequence WHERE doc_type = ? AND year = ?",
        (doc_type, year),
    ).fetchone()
    return row[0] if row else 0
