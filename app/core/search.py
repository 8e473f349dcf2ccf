"""Diacritics- and case-insensitive search: LIKE patterns over text folded by `app.text.fold`.

`fold` lives in `app/text.py` (below the ORM tables, which use it) and is re-exported here, where
services and repositories look for search helpers.
"""

from __future__ import annotations

from app.text import fold

__all__ = ["fold", "like_pattern"]


def like_pattern(query: str) -> str:
    """A LIKE pattern matching the folded query anywhere, with LIKE wildcards escaped by '\\'."""
    folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{folded}%"
