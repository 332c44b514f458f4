"""Each test gets its own real SQLite file; Qt runs off-screen."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep tests away from the developer's own settings, data and logs (QSettings and
# platformdirs both follow the XDG variables on Linux).
_SANDBOX = tempfile.mkdtemp(prefix="propdesk-tests-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_SANDBOX, _var.lower())

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import close_database, open_database
from app.services import settings
from app.services.permissions import Actor


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "office.db"
    open_database(path)
    settings.ensure_office_identity()
    yield path
    close_database()


@pytest.fixture
def system_actor() -> Actor:
    return Actor.system()


@pytest.fixture(scope="session")
def postgres_server():
    from tests.postgres import throwaway_cluster

    with throwaway_cluster() as server:
        yield server
