"""Diacritics- and case-insensitive search text for Vietnamese ("Dân vận khéo" → "dan van kheo").

The bottom of the app: the standard library only, so every layer may use it, the ORM tables included
(`models/user.py` keeps a folded copy of each name). `core/search.py` builds its LIKE patterns on it.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics (đ → d) and collapse white space."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()
