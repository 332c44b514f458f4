"""The packaging files: the NSIS script compiles, and the spec reads the app's version.

The PyInstaller build itself is too slow for the suite (≈ 30 s, 200 MB); installer/build.py
runs it and smoke-tests the result.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
NSI = INSTALLER / "propdesk.nsi"
SPEC = INSTALLER / "propdesk.spec"
MAKENSIS = shutil.which("makensis")
needs_makensis = pytest.mark.skipif(
    MAKENSIS is None, reason="makensis missing (apt-get install nsis)"
)


def stub_program(folder: Path, with_exe: bool = True) -> Path:
    """A stand-in for PyInstaller's dist/PropDesk folder."""
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "stub.txt").write_text("stub\n", encoding="utf-8")
    if with_exe:
        (folder / "PropDesk.exe").write_bytes(b"MZ" + b"\0" * 1022)
    return folder


def makensis(source: Path, outfile: Path) -> subprocess.CompletedProcess:
    outfile.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [
            str(MAKENSIS),
            "-V2",
            "-WX",
            "-INPUTCHARSET",
            "UTF8",
            f"-DVERSION={__version__}",
            f"-DSOURCE_DIR={source}",
            f"-DOUTFILE={outfile}",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )


@needs_makensis
def test_nsis_script_compiles_to_a_setup_exe(tmp_path: Path) -> None:
    outfile = tmp_path / "out" / f"PropDesk-{__version__}-setup.exe"
    result = makensis(stub_program(tmp_path / "PropDesk"), outfile)
    assert result.returncode == 0, result.stdout + result.stderr
    assert outfile.is_file()
    assert outfile.read_bytes()[:2] == b"MZ"  # a Windows executable
    assert outfile.stat().st_size > 50_000  # NSIS stub + Modern UI + two languages


@needs_makensis
def test_nsis_script_refuses_a_folder_without_the_program(tmp_path: Path) -> None:
    outfile = tmp_path / "out" / "setup.exe"
    result = makensis(stub_program(tmp_path / "empty", with_exe=False), outfile)
    assert result.returncode != 0
    assert "PropDesk.exe not found" in result.stdout + result.stderr
    assert not outfile.exists()


@needs_makensis
def test_build_script_check_nsis() -> None:
    result = subprocess.run(
        [sys.executable, str(INSTALLER / "build.py"), "--check-nsis"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "check-nsis" in result.stdout and "compiles" in result.stdout


def test_uninstaller_never_touches_office_data() -> None:
    """Static guard: the uninstaller may not recurse into $INSTDIR or go near AppData/HKCU."""
    text = NSI.read_text(encoding="utf-8-sig")
    uninstall = text[text.index('Section "Uninstall"') :]
    uninstall = uninstall[: uninstall.index("SectionEnd")]
    removals = [
        line.strip()
        for line in uninstall.splitlines()
        if re.match(r"\s*(RMDir|Delete|DeleteRegKey|DeleteRegValue)\b", line)
    ]
    assert removals
    for line in removals:
        assert not re.search(r"APPDATA|PROFILE|HKCU|HKEY_CURRENT_USER", line, re.I), line
        assert not re.fullmatch(r'RMDir\s+/r\s+"\$INSTDIR\\?"', line), line
    assert 'RMDir "$INSTDIR"' in removals  # the folder goes only when empty


def test_nsi_keeps_its_utf8_bom() -> None:
    # Without it, makensis on a Chinese Windows reads the script as GBK.
    assert NSI.read_bytes().startswith(b"\xef\xbb\xbf")


def _spec_function(name: str):
    """One function out of propdesk.spec (a spec is Python run by PyInstaller)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    node = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
    namespace: dict[str, object] = {}
    exec(compile(ast.Module(body=[node], type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace[name]


def test_spec_reads_the_app_version() -> None:
    read_version = _spec_function("read_version")
    assert read_version(ROOT) == __version__


def test_spec_version_parsing_is_text_only(tmp_path: Path) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text(
        '"""Doc."""\n\nimport sys  # never imported by the spec\n\n__version__ = "2.3.4rc1"\n',
        encoding="utf-8",
    )
    assert _spec_function("read_version")(tmp_path) == "2.3.4rc1"


def test_build_script_agrees_on_the_version() -> None:
    spec = importlib.util.spec_from_file_location("propdesk_build", INSTALLER / "build.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.read_version() == __version__
    assert build.file_version("0.1.0") == "0.1.0.0"
    assert build.file_version("1.2.0rc1") == "1.2.0.0"
