"""`audit [--from D] [--to D] [--user NAME] [--kind KIND] [--record NUMBER] [--limit N]`: the
audit trail for IT at the command line, newest first, through the same filters as 系统 →
操作日志 (a receipt's number or a unit's code finds its whole history)."""

from __future__ import annotations

import argparse
from datetime import date


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    trail = sub.add_parser("audit", parents=[common], help="the audit trail, newest first")
    trail.add_argument("--from", dest="date_from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    trail.add_argument("--to", dest="date_to", type=date.fromisoformat, metavar="YYYY-MM-DD")
    trail.add_argument("--user", default="", help="one account's entries")
    trail.add_argument("--kind", default="", help="e.g. receipt, unit, user, setting")
    trail.add_argument("--record", default="", help="a number or code: SJ2026000123, 3-2-1502")
    trail.add_argument("--limit", type=int, default=100, help="at most this many entries (100)")
    trail.set_defaults(handler=cmd_audit)


def cmd_audit(args: argparse.Namespace) -> list[dict[str, object]]:
    from app.cli import _open, _system_actor
    from app.clock import to_local
    from app.models.auth import AuditLog
    from app.services import audit, settings

    _open(args)
    wanted = audit.AuditFilter(
        args.date_from, args.date_to, args.user.strip(), args.kind.strip(), args.record
    )
    zone = settings.get(settings.TIMEZONE)
    query = audit.filter_log(audit.log_query(_system_actor()), wanted)
    rows = query.order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(max(args.limit, 1))
    return [
        {
            "at": to_local(row["at"], zone).strftime("%Y-%m-%d %H:%M:%S"),
            "user": row["username"],
            "action": row["action"],
            "record": row["subject"] or row["record_id"] or "",
            "detail": row["detail"] or "",
        }
        for row in rows.dicts()
    ]
