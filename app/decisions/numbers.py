"""Decision numbers as officials write them, and their serial.

Party style: `125-QĐ/HU`, `12-QĐ/ĐU`, `7-QĐ/BDV-HU`. State style: `125/QĐ-UBND`, `15/2025/QĐ-UBND`.
The leading integer is the serial, unique per issuing unit and year.
"""

from __future__ import annotations

import re
import unicodedata

_CODE = r"[A-ZĐ][A-ZĐ0-9]{0,19}"
_PARTY = re.compile(rf"^(\d{{1,6}})-{_CODE}/{_CODE}(?:[-/.]{_CODE})*$")
_STATE = re.compile(rf"^(\d{{1,6}})/(?:\d{{4}}/)?{_CODE}-{_CODE}(?:[-.]{_CODE})*$")


def parse_number(raw: str) -> tuple[str, int] | None:
    """(the number normalised: NFC, upper case, no spaces; its serial), or None when it is not a number."""
    text = unicodedata.normalize("NFC", raw).strip().upper().replace(" ", "")
    for pattern in (_PARTY, _STATE):
        match = pattern.match(text)
        if match:
            serial = int(match[1])
            return (text, serial) if serial > 0 else None
    return None


def search_key(number: str) -> str:
    """The number folded for search: lower case, Đ → d."""
    return number.replace("Đ", "D").replace("đ", "d").lower()
