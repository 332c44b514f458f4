"""The core knows no screen: app/ and reports/ never import PySide6 or ui."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = re.compile(r"^\s*(from|import)\s+(PySide6|ui|shiboken6)\b", re.MULTILINE)


def test_core_and_reports_import_no_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("app", "reports")
        for path in (ROOT / folder).rglob("*.py")
        if FORBIDDEN.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_desktop_never_imports_the_head_office_server() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+app\.headoffice\b", re.MULTILINE)
    offenders = [
        str(p.relative_to(ROOT))
        for folder in ("ui", "reports")
        for p in (ROOT / folder).rglob("*.py")
        if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_ui_holds_no_sql() -> None:
    """Pages call services; only the generic table model runs the queries services hand it."""
    writes = re.compile(
        r"\b[A-Z]\w*\.(update|insert|insert_many|delete|create|select)\("
        r"|\.(execute_sql|save|delete_instance)\("
    )
    imports = re.compile(r"^\s*(from|import)\s+(app\.db|app\.models|peewee)\b", re.MULTILINE)
    generic = {ROOT / "ui" / "models" / "query_table_model.py", ROOT / "ui" / "tasks.py"}
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "ui").rglob("*.py")
        if writes.search(p.read_text(encoding="utf-8"))
        or (p not in generic and imports.search(p.read_text(encoding="utf-8")))
    ]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys, app.cli, app.db, app.models, app.services.auth, app.services.numbering\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'ui'))], 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


HEAD_OFFICE = ROOT / "app" / "headoffice"
SERVER_STACK = ("fastapi", "starlette", "uvicorn", "psycopg")


def _imported(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every import statement in a file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def test_head_office_imports_nothing_of_the_office_but_the_protocol() -> None:
    """The service runs at head office: no office database, models, services, Qt or reports."""
    project = ("app", "ui", "reports", "PySide6", "shiboken6", "peewee")
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in HEAD_OFFICE.rglob("*.py")
        for module, names in _imported(path)
        if module.split(".")[0] in project
        and not module.startswith("app.headoffice")
        and module != "app.sync.protocol"
        and not (module == "app.sync" and names == ["protocol"])
    ]
    assert offenders == []


def test_only_the_entry_point_imports_the_head_office() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("app", "ui", "reports")
        for path in (ROOT / folder).rglob("*.py")
        if HEAD_OFFICE not in path.parents
        and any(module.startswith("app.headoffice") for module, _ in _imported(path))
    ]
    assert offenders == []


def test_desktop_commands_load_no_server_stack() -> None:
    """main.py registers the headoffice commands, but parsing them loads no server library."""
    code = (
        "import sys, app.cli\n"
        "from app.headoffice.commands import add_commands\n"
        "app.cli.build_parser((add_commands,)).parse_args(['headoffice', 'status'])\n"
        f"loaded = [m for m in sys.modules if m.split('.')[0] in {SERVER_STACK!r}]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
