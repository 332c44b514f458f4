"""The HTML status page at `/`: one line per office, rendered on the server, every value
escaped (office names come from IT's command line, but escaping costs nothing)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from app.headoffice.store import OfficeState

_STYLE = (
    "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
    "th,td{border:1px solid #ccc;padding:4px 10px;text-align:left}"
    "td.n{text-align:right}tr.attention td{background:#fde8e8}"
)


def render_status_page(offices: list[tuple[OfficeState, int]]) -> str:
    """`offices`: (state, quarantined changes) per office."""
    rows = "\n".join(_row(state, quarantined) for state, quarantined in offices) or (
        '<tr><td colspan="6">No office registered yet (headoffice add-office).</td></tr>'
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="refresh" content="60">'
        f"<title>PropDesk head office</title><style>{_STYLE}</style></head><body>"
        "<h1>PropDesk head office — offices</h1>"
        "<table><thead><tr><th>Office</th><th>Name</th><th>Acked seq</th><th>Last batch no.</th>"
        "<th>Last batch at</th><th>Quarantined</th></tr></thead><tbody>\n"
        f"{rows}\n</tbody></table></body></html>\n"
    )


def _row(state: OfficeState, quarantined: int) -> str:
    name = escape(state.name) + (" (revoked)" if state.revoked_at else "")
    attention = ' class="attention"' if quarantined or state.revoked_at else ""
    number = '<td class="n">{}</td>'.format
    return (
        f"<tr{attention}><td>{escape(state.code)}</td><td>{name}</td>"
        f"{number(state.acked_seq)}{number(state.last_batch_no)}"
        f"<td>{escape(_when(state.last_batch_at))}</td>{number(quarantined)}</tr>"
    )


def _when(moment: datetime | None) -> str:
    return "never" if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S %Z")
