"""Pinyin search keys for Chinese names: 张三 → ('zhangsan', 'zs').

Surnames with a special reading (单 shàn, 曾 zēng, 解 xiè ...) are read as surnames, so the
initials match what the front desk types.
"""

from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin

_SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
    "尉": "yu", "乐": "yue", "覃": "qin", "缪": "miao", "盖": "ge", "翟": "zhai", "秘": "bi",
    "黑": "he", "柏": "bai", "种": "chong", "繁": "po", "员": "yun", "那": "na",
}  # fmt: skip


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


@lru_cache(maxsize=65_536)
def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials), lower case, no tones or spaces; Latin words count as one
    syllable each ('Tom Lee' → ('tomlee', 'tl'))."""
    name = name.strip()
    if not name:
        return "", ""
    syllables: list[str] = []
    if _is_han(name[0]) and name[0] in _SURNAME_READINGS:
        syllables.append(_SURNAME_READINGS[name[0]])
        name = name[1:]
    for chunk in lazy_pinyin(name, style=Style.NORMAL, errors="default"):
        syllables.extend(chunk.split() if not _is_han(chunk[:1]) else [chunk])
    syllables = [s for s in (s.strip().lower() for s in syllables) if s]
    return "".join(syllables), "".join(s[0] for s in syllables)
