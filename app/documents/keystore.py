"""The units' signing keys and certificates, from a key store folder (never from the database).

Layout of the folder (setting `DVK_SIGNING_KEYSTORE_DIR`, default `data_dir/signing`):

    <unit id>.p12                      PKCS#12: the unit's key, certificate and chain, or
    <unit id>.key.pem + <unit id>.cert.pem
                                       an encrypted PKCS#8 key, and the certificate followed by its chain
    trust/*.pem                        the root certificates `verify_pdf` trusts (the demo CA's, a
                                       national CA's)

Every key file is opened with `DVK_SIGNING_KEYSTORE_PASSPHRASE`; in production its public development
default opens nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import x509
from pyhanko.sign.signers import SimpleSigner

from app.documents.errors import SignerMissing


@dataclass(frozen=True)
class UnitSigner:
    """A unit's key and certificate, ready to sign (`signing.sign_pdf`)."""

    unit_id: int
    signer: SimpleSigner  # pyHanko's signer: the key, the certificate, the chain
    certificate: x509.Certificate
    subject: str  # the certificate's subject, human readable
    common_name: str
    not_before: datetime
    not_after: datetime


def signer_for(unit_id: int, *, directory: Path | None = None, passphrase: str | None = None) -> UnitSigner:
    """The unit's signer from the key store (`directory` and `passphrase` default to the settings).

    Raises SignerMissing(unit_id) when the store holds no key for the unit or it cannot be opened (wrong
    passphrase, damaged file), SignerExpired(unit_id, not_after) when the certificate is not valid now.
    """
    raise SignerMissing(unit_id)


def trust_roots(*, directory: Path | None = None) -> list[x509.Certificate]:
    """The root certificates verification trusts: every certificate in the key store's `trust/` folder."""
    return []
