"""Every visible string has its zh_CN translation, and the .ts is in step with the code."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from ui import i18n


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in tree.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_zh_cn_string_is_translated() -> None:
    untranslated = [
        key
        for key, tr in _messages(i18n.ts_file("zh_CN")).items()
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip()
    ]
    assert untranslated == []


def test_ts_file_covers_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "propdesk_zh_CN.ts"
    shutil.copy(i18n.ts_file("zh_CN"), fresh)
    files = [str(p) for p in i18n.source_files()]
    subprocess.run(
        [
            str(i18n._tool("lupdate")),
            "-locations",
            "none",
            "-no-obsolete",
            *files,
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    missing = [key for key, tr in _messages(fresh).items() if tr.get("type") == "unfinished"]
    assert missing == [], "run `python -m ui.i18n update` and translate these"


def test_placeholders_survive_translation() -> None:
    import re

    field = re.compile(r"\{\w*\}")
    broken = [
        source
        for (_ctx, source), tr in _messages(i18n.ts_file("zh_CN")).items()
        if sorted(field.findall(source)) != sorted(field.findall(tr.text or ""))
    ]
    assert broken == []


def test_translation_compiles_and_loads(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    i18n.install_translators(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("pages", "Dashboard") == "工作台"
    finally:
        i18n.install_translators(qapp, "en_US")
    assert QCoreApplication.translate("pages", "Dashboard") == "Dashboard"
