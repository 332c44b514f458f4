"""Office tokens as IT handles them: printed by head office, pasted after `--token` on the
office's command line."""

from __future__ import annotations

from app.cli import build_parser
from app.headoffice.store import hash_token, new_token
from app.sync_commands import add_commands as sync_commands


def test_tokens_never_read_as_an_option() -> None:
    # One token in 64 from token_urlsafe starts with "-"; argparse would take it for an
    # option and `sync configure --token -abc…` would stop with a usage error.
    parser = build_parser((sync_commands,))
    tokens = [new_token() for _ in range(2000)]
    assert len(set(tokens)) == len(tokens)
    for token in tokens:
        args = parser.parse_args(
            ["sync", "configure", "--server", "http://ho", "--office", "E1", "--token", token]
        )
        assert args.token == token


def test_token_hash_is_stable_and_secret_free() -> None:
    token = new_token()
    assert len(token) >= 43
    assert hash_token(token) == hash_token(token)
    assert token not in hash_token(token)


def test_an_older_token_starting_with_a_dash_still_goes_in_with_equals() -> None:
    parser = build_parser((sync_commands,))
    args = parser.parse_args(
        ["sync", "configure", "--server", "http://ho", "--office", "E1", "--token=-sQ7gkp5Z"]
    )
    assert args.token == "-sQ7gkp5Z"
