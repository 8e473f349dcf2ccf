"""Verification codes: short, unguessable, unique, easy to read aloud and type from paper.

Ten characters of Crockford's base32 (no I, L, O, U: nothing to confuse with 1, 0 or V) drawn from the
operating system's random source: 50 bits, so guessing one among even a million issued documents takes
about 10⁹ tries, and the public verify route is rate-limited. Printed grouped (`7KQ4M-9XP2D`); typed back
in any case, with or without the dash or spaces, and with the look-alikes read as Crockford reads them.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 10
GROUP = 5
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " -_.")


def new_code() -> str:
    """A fresh code (stored form: ten characters, no dash)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def grouped(code: str) -> str:
    """The printed form: `7KQ4M-9XP2D`."""
    return f"{code[:GROUP]}-{code[GROUP:]}"


def normalise(raw: str) -> str | None:
    """The stored form of a code as someone typed it, or None when it cannot be one."""
    if len(raw) > 3 * LENGTH:
        return None
    code = raw.strip().upper().translate(_SEPARATORS).translate(_LOOK_ALIKES)
    if len(code) != LENGTH or any(c not in ALPHABET for c in code):
        return None
    return code
