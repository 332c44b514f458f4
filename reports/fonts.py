"""The CJK font every PDF uses, registered with reportlab once and embedded (subset).

Only TrueType outlines work in reportlab: WenQuanYi Micro Hei ships with the program; the
Debian copy and the Windows fonts are fall-backs. Never the built-in STSong-Light CID font:
it is not embedded, so viewers without Adobe's CJK pack show a blank page (TRAPS.md).
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

ROOT = Path(__file__).resolve().parents[1]
FONT_NAME = "PropDeskCJK"
CANDIDATES = (
    ROOT / "resources" / "fonts" / "wqy-microhei.ttc",
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("C:/Windows/Fonts/msyh.ttc"),
    Path("C:/Windows/Fonts/simsun.ttc"),
)

_lock = threading.Lock()
_registered: Path | None = None


class FontNotFound(RuntimeError):
    pass


def cjk_font_name() -> str:
    """The reportlab font name to draw Chinese with; registers the font on first use."""
    global _registered
    with _lock:
        if _registered is None:
            _registered = _register()
    return FONT_NAME


def cjk_font_path() -> Path:
    cjk_font_name()
    assert _registered is not None
    return _registered


def _register() -> Path:
    for path in CANDIDATES:
        if path.is_file():
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
            return path
    searched = ", ".join(str(p) for p in CANDIDATES)
    raise FontNotFound(
        f"No Chinese TrueType font found for PDFs (looked for {searched}). "
        "Reinstall PropDesk: it ships resources/fonts/wqy-microhei.ttc."
    )


def has_glyph(text: str) -> bool:
    """True when the font draws every character of `text` (else reportlab shows boxes)."""
    cjk_font_name()
    face = pdfmetrics.getFont(FONT_NAME).face
    return all(ord(ch) in face.charToGlyph for ch in text)
