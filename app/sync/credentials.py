"""Where the office's sync token lives: never in the database file (a copied or backed-up
file must not carry it). The OS credential store through `keyring` where one works;
otherwise a file in the user's config folder readable only by that user."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

SERVICE = "PropDesk sync"


def _account(database_file: Path) -> str:
    # One token per office database on this PC: key it on the file's absolute path.
    return hashlib.sha256(str(database_file.resolve()).encode()).hexdigest()[:32]


def _keyring():
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or "fail" in type(backend).__module__:
        return None
    return keyring


def _token_file(database_file: Path) -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("PropDesk", appauthor=False)) / "sync" / _account(database_file)


def save_token(database_file: Path, token: str) -> str:
    """Stores the token; returns where ('keyring' or the file's path)."""
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.set_password(SERVICE, _account(database_file), token)
            return "keyring"
        except Exception as exc:
            log.warning("keyring refused the sync token (%s); using a private file", exc)
    path = _token_file(database_file)
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        path.parent.chmod(0o700)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(token)
    os.chmod(path, 0o600)
    return str(path)


def load_token(database_file: Path) -> str | None:
    keyring = _keyring()
    if keyring is not None:
        try:
            token = keyring.get_password(SERVICE, _account(database_file))
            if token:
                return token
        except Exception as exc:
            log.warning("keyring could not be read (%s)", exc)
    path = _token_file(database_file)
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except OSError:
        return None
