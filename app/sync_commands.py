"""`sync configure --server URL --office CODE --token TOKEN`, `sync push`, `sync status`,
`sync resume` (after a problem was solved), `sync resend` (after head office accepted a
restored database: everything again).

IT runs them as the system. `push` exits 0 when everything pending reached head office,
1 when head office could not be reached (try again later), 3 when sync needs a person.
"""

from __future__ import annotations

import argparse

from app.cli import EXIT_FAILURE, Rejected
from app.cli_groups import subcommands


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = subcommands(sub, "sync", "sync to head office", "sync_command", "ACTION")
    configure = group.add_parser(
        "configure", parents=[common], help="enrol this office (first time: snapshot of all data)"
    )
    configure.add_argument("--server", required=True, help="head office's address (https://…)")
    configure.add_argument("--office", required=True, help="the office code head office gave")
    configure.add_argument(
        "--token",
        required=True,
        help="the token head office printed (--token=… if it starts with -)",
    )
    configure.set_defaults(handler=cmd_configure)
    push = group.add_parser("push", parents=[common], help="send pending changes now")
    push.set_defaults(handler=cmd_push)
    status = group.add_parser("status", parents=[common], help="what is pending, what needs care")
    status.set_defaults(handler=cmd_status)
    resume = group.add_parser(
        "resume", parents=[common], help="try again after what needed attention was solved"
    )
    resume.set_defaults(handler=cmd_resume)
    resend = group.add_parser(
        "resend",
        parents=[common],
        help="send everything again (after head office accepted a restored database)",
    )
    resend.set_defaults(handler=cmd_resend)


def _open(args: argparse.Namespace) -> None:
    from app.cli import _open as open_office

    open_office(args)


def cmd_configure(args: argparse.Namespace) -> dict[str, object]:
    from app.services import sync
    from app.services.permissions import Actor

    _open(args)
    return _status_dict(sync.configure(Actor.system(), args.server, args.office, args.token))


def cmd_push(args: argparse.Namespace) -> dict[str, object]:
    from app.services import sync

    _open(args)
    result = sync.push()
    answer = {
        "pushed": result.pushed,
        "pending": result.pending,
        "acked_seq": result.acked_seq,
        "state": result.state,
    }
    if result.state == "attention":
        raise Rejected(f"sync needs attention: {result.message}", answer)
    if result.state == "offline":
        answer["retry_in_s"] = round(result.retry_in or 0, 1)
        raise Rejected(f"head office not reached: {result.message}", answer, EXIT_FAILURE)
    return answer


def cmd_status(args: argparse.Namespace) -> dict[str, object]:
    from app.services import sync

    _open(args)
    return _status_dict(sync.status())


def cmd_resume(args: argparse.Namespace) -> dict[str, object]:
    from app.services import sync
    from app.services.permissions import Actor

    _open(args)
    return _status_dict(sync.resume(Actor.system()))


def cmd_resend(args: argparse.Namespace) -> dict[str, object]:
    from app.services import sync
    from app.services.permissions import Actor

    _open(args)
    return _status_dict(sync.resend_all(Actor.system()))


def _status_dict(status) -> dict[str, object]:
    return {
        "state": status.state,
        "office": status.office,
        "server": status.server_url,
        "pending": status.pending,
        "oldest_pending_at": status.oldest_pending_at.isoformat()
        if status.oldest_pending_at
        else None,
        "acked_seq": status.acked_seq,
        "last_success_at": status.last_success_at.isoformat() if status.last_success_at else None,
        "retry_at": status.retry_at.isoformat() if status.retry_at else None,
        "attention": status.attention,
        "last_error": status.last_error,
    }
