"""Languages: zh_CN (default) and en_US (the source language of every string).

Translations are Qt Linguist files, `resources/translations/propdesk_<lang>.ts`. The compiled
`.qm` is a build product: `python -m ui.i18n compile` (the installer build runs it), and a
development start compiles a missing or stale one itself. `python -m ui.i18n update` re-reads
the sources with pyside6-lupdate after strings change.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"zh_CN": "简体中文", "en_US": "English"}
DEFAULT_LANGUAGE = "zh_CN"
SOURCE_LANGUAGE = "en_US"
SETTINGS_KEY = "ui/language"
SOURCE_DIRS = ("app", "ui")

_installed: list[QTranslator] = []


def _tool(name: str) -> Path:
    exe = ".exe" if sys.platform == "win32" else ""
    return Path(PySide6.__file__).parent / f"{name}{exe}"


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"propdesk_{language}.ts"


def compile_translation(language: str) -> Path | None:
    """The .qm for a language, compiled from its .ts when missing or older."""
    ts, qm = ts_file(language), ts_file(language).with_suffix(".qm")
    if not ts.exists():
        return qm if qm.exists() else None
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        try:
            subprocess.run(
                [str(_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
                check=True,
                capture_output=True,
            )
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("could not compile %s: %s", ts, exc)
            return qm if qm.exists() else None
    return qm


def chosen_language() -> str:
    language = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    QSettings().setValue(SETTINGS_KEY, language)


def install_translators(app: QCoreApplication, language: str) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_" + language, qt_dir),):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    qm = compile_translation(language)
    translator = QTranslator(app)
    if qm and translator.load(str(qm)):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("no translation for %s; showing English", language)


def source_files() -> list[Path]:
    return sorted(p for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))


def update_sources(language: str = DEFAULT_LANGUAGE) -> None:
    """Adds new strings to the .ts (marked unfinished) and marks vanished ones obsolete."""
    files = [str(p) for p in source_files()]
    subprocess.run(
        [
            str(_tool("lupdate")),
            "-locations",
            "none",
            "-no-obsolete",
            *files,
            "-ts",
            str(ts_file(language)),
        ],
        check=True,
    )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "compile"
    if command == "update":
        update_sources()
    for lang in LANGUAGES:
        if lang != SOURCE_LANGUAGE:
            print(compile_translation(lang))
