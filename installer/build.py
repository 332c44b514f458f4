"""Builds PropDesk 物业客服台 for distribution.

Run from anywhere, with the Python of the build environment (the project's dependencies plus
PyInstaller):

    uv run python installer/build.py                # Windows: translations, program, installer
    uv run python installer/build.py --check-nsis   # any OS: is installer/propdesk.nsi valid?

Steps, each reported on one line as it finishes:

1. translations  `python -m ui.i18n compile`: resources/translations/*.ts -> .qm
2. program       PyInstaller with installer/propdesk.spec -> dist/PropDesk/ (one folder:
                 PropDesk, the desktop program, and propdesk-cli, the same with a console)
3. smoke test    dist/PropDesk/propdesk-cli --version and --self-test (off-screen: opens
                 every page on a throwaway database); skip with --no-smoke-test
4. installer     Windows only: makensis installer/propdesk.nsi ->
                 dist/PropDesk-<version>-setup.exe. PyInstaller is not a cross-compiler, so
                 on Linux this step is skipped (steps 1-3 still prove the spec on Linux).

--check-nsis does none of that: it compiles installer/propdesk.nsi against a stub program
folder (a dummy PropDesk.exe) in a temporary directory, warnings treated as errors, so CI
proves the script valid without Windows. It needs `makensis` (Debian: apt-get install nsis).

Only the standard library: the tools run as subprocesses. Exit code 0 when every step ran.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "propdesk.spec"
NSI = INSTALLER / "propdesk.nsi"
IS_WINDOWS = sys.platform == "win32"
EXE = ".exe" if IS_WINDOWS else ""


class BuildError(Exception):
    pass


def read_version(root: Path = ROOT) -> str:
    """`__version__` from app/__init__.py as text, the way propdesk.spec reads it."""
    text = (root / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    if match is None:
        raise BuildError(f"no __version__ = '...' line in {root / 'app' / '__init__.py'}")
    return match.group(1)


def file_version(version: str) -> str:
    """Four numbers for Windows file properties: 0.1.0 -> 0.1.0.0, 1.2.0rc1 -> 1.2.0.0."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    numbers = release.group().split(".")[:4] if release else []
    return ".".join([*numbers, "0", "0", "0", "0"][:4])


def step(name: str, message: str) -> None:
    print(f"build: {name:<13} {message}", flush=True)


def run(command: list[str], *, quiet: bool = False, **kwargs) -> subprocess.CompletedProcess:
    shown = " ".join(f'"{c}"' if " " in c else c for c in command)
    print(f"build:   $ {shown}", flush=True)
    result = subprocess.run(
        command,
        cwd=ROOT,
        text=True,
        encoding="utf-8",
        errors="replace",
        capture_output=quiet,
        **kwargs,
    )
    if result.returncode != 0:
        if quiet:
            print(result.stdout + result.stderr, file=sys.stderr)
        raise BuildError(f"{Path(command[0]).name} failed with exit code {result.returncode}")
    return result


def folder_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def shown_path(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


# ---------------------------------------------------------------------- steps
def compile_translations() -> None:
    run([sys.executable, "-m", "ui.i18n", "compile"], quiet=True)
    translations = ROOT / "resources" / "translations"
    compiled = []
    for ts in sorted(translations.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            raise BuildError(f"{qm.name} was not compiled from {ts.name} (see the log above)")
        compiled.append(qm.name)
    step("translations", f"compiled {', '.join(compiled) or 'nothing (no .ts files)'}")


def build_program(dist: Path, work: Path) -> Path:
    try:
        subprocess.run(
            [sys.executable, "-c", "import PyInstaller"], check=True, capture_output=True
        )
    except subprocess.CalledProcessError:
        raise BuildError(
            f"PyInstaller is not installed for {sys.executable}: add it to the environment "
            "(uv sync installs the dev group, which has it)"
        ) from None
    started = time.monotonic()
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ]
    )
    app_dir = dist / "PropDesk"
    if not (app_dir / f"PropDesk{EXE}").exists():
        raise BuildError(f"PyInstaller finished but {app_dir / ('PropDesk' + EXE)} is missing")
    size, count = folder_size(app_dir)
    step(
        "program",
        f"{shown_path(app_dir)}: {count} files, {megabytes(size)} "
        f"in {time.monotonic() - started:.0f} s",
    )
    return app_dir


def smoke_test(app_dir: Path, version: str) -> None:
    cli = str(app_dir / f"propdesk-cli{EXE}")
    shown = run([cli, "--version"], quiet=True).stdout.strip()
    if shown != f"PropDesk {version}":
        raise BuildError(f"{cli} --version printed {shown!r}, expected 'PropDesk {version}'")
    with tempfile.TemporaryDirectory(prefix="propdesk-smoke-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if not IS_WINDOWS:  # keep the build user's settings and logs out of it
            for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
                env[variable] = str(Path(tmp) / variable.lower())
        result = run([cli, "--self-test"], quiet=True, env=env)
    step("smoke test", f"{shown}; {result.stdout.strip().splitlines()[-1]}")


def find_makensis(given: str | None) -> str:
    candidates = [given] if given else []
    candidates.append(shutil.which("makensis") or "")
    for variable in ("ProgramFiles(x86)", "ProgramFiles"):
        if os.environ.get(variable):
            candidates.append(str(Path(os.environ[variable]) / "NSIS" / "makensis.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    raise BuildError(
        "makensis not found: install NSIS 3 (Debian: apt-get install nsis) or pass --makensis PATH"
    )


def makensis(tool: str, version: str, source: Path, outfile: Path) -> Path:
    outfile.parent.mkdir(parents=True, exist_ok=True)
    outfile.unlink(missing_ok=True)
    run(
        [
            tool,
            "-V2",  # errors and warnings only
            "-WX",  # a warning is an error: the script stays clean
            "-INPUTCHARSET",
            "UTF8",
            f"-DVERSION={version}",
            f"-DFILE_VERSION={file_version(version)}",
            f"-DSOURCE_DIR={source}",
            f"-DOUTFILE={outfile}",
            str(NSI),
        ]
    )
    if not outfile.is_file():
        raise BuildError(f"makensis finished but {outfile} is missing")
    return outfile


def build_installer(tool: str, version: str, app_dir: Path, dist: Path) -> None:
    setup = makensis(tool, version, app_dir, dist / f"PropDesk-{version}-setup.exe")
    step("installer", f"{shown_path(setup)} ({megabytes(setup.stat().st_size)})")


def check_nsis(tool: str, version: str) -> None:
    with tempfile.TemporaryDirectory(prefix="propdesk-nsis-") as tmp:
        stub = Path(tmp) / "PropDesk"
        (stub / "_internal").mkdir(parents=True)
        (stub / "PropDesk.exe").write_bytes(b"MZ stub, not a program")
        (stub / "propdesk-cli.exe").write_bytes(b"MZ stub, not a program")
        (stub / "_internal" / "stub.txt").write_text("stub\n", encoding="utf-8")
        setup = makensis(tool, version, stub, Path(tmp) / f"PropDesk-{version}-setup.exe")
        step(
            "check-nsis",
            f"{shown_path(NSI)} compiles ({megabytes(setup.stat().st_size)} setup "
            "from a stub program folder, thrown away)",
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build PropDesk: translations, PyInstaller folder, Windows installer.",
        epilog="On Linux the installer step is skipped: PyInstaller can't cross-compile.",
    )
    parser.add_argument(
        "--check-nsis",
        action="store_true",
        help="only compile installer/propdesk.nsi against a stub program folder",
    )
    parser.add_argument(
        "--no-smoke-test", action="store_true", help="don't run the built program afterwards"
    )
    parser.add_argument("--makensis", help="path of makensis (default: PATH, then Program Files)")
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist)"
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="PyInstaller's work folder (default: build/pyinstaller)",
    )
    args = parser.parse_args(argv)
    try:
        version = read_version()
        print(f"build: PropDesk {version} on {sys.platform}, Python {sys.executable}")
        if args.check_nsis:
            check_nsis(find_makensis(args.makensis), version)
            return 0
        tool = find_makensis(args.makensis) if IS_WINDOWS else None  # fail before the slow part
        compile_translations()
        app_dir = build_program(args.dist.resolve(), args.work.resolve())
        if args.no_smoke_test:
            step("smoke test", "skipped (--no-smoke-test)")
        else:
            smoke_test(app_dir, version)
        if tool:
            build_installer(tool, version, app_dir, args.dist.resolve())
        else:
            step(
                "installer",
                "skipped: not Windows (PyInstaller can't build a Windows .exe here; "
                "`--check-nsis` checks the script)",
            )
        print(f"build: done, PropDesk {version}")
        return 0
    except BuildError as exc:
        print(f"build: FAILED: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
