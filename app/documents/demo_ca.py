"""The demo's certificate authority: a root CA and a signing certificate per committee, in the key store.

Demo only (development and tests): the keys are protected by the key store's passphrase, the root is
written to `trust/` so that verification trusts it. Production key stores hold certificates from a real
CA, put there by the operator.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol


class SigningUnit(Protocol):
    """What the demo CA needs of a unit (the ORM's Unit has both)."""

    id: int
    name: str


def ensure_demo_keystore(directory: Path, units: Iterable[SigningUnit], *, passphrase: str | None = None) -> None:
    """Make sure `directory` holds the demo root CA (in `trust/`) and a valid certificate per unit.

    Idempotent: an existing root and unexpired unit files are kept; a missing or expiring one is made.
    `passphrase` defaults to the setting `DVK_SIGNING_KEYSTORE_PASSPHRASE`.
    """
    raise NotImplementedError
