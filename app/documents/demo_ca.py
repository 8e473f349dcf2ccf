"""The demo's certificate authority: a root CA and a signing certificate per committee, in the key store.

Demo only (development and tests): the keys are protected by the key store's passphrase, the root's
certificate is written to `trust/` so that verification trusts it. A production key store holds
certificates from a real CA, put there by the operator; `ensure_demo_keystore` refuses to run in
production.

Files it writes in the key store folder:

    trust/dvk-demo-root.pem      the root certificate (trusted by verification)
    ca/dvk-demo-root.key.pem     the root's key, encrypted (to issue certificates to units added later)
    <unit id>.p12                each unit's key, certificate and the root, encrypted
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.documents.keystore import passphrase_for, unit_file

ROOT_CERT = Path("trust") / "dvk-demo-root.pem"
ROOT_KEY = Path("ca") / "dvk-demo-root.key.pem"
ROOT_NAME = "DVK Demo Root CA"
DEMO_ORGANISATION = "DVK demo (not a real certificate authority)"
ROOT_YEARS = 10
UNIT_DAYS = 2 * 365
RENEW_BEFORE = timedelta(days=30)

SIGNING_KINDS = frozenset(
    {
        "provincial_party_committee",
        "district_party_committee",
        "party_committee_under_province",
        "grassroots_party_committee",
        "grassroots_party_cell",
        "mass_mobilisation_board",
        "steering_committee",
        "fatherland_front",
        "womens_union",
        "farmers_union",
        "youth_union",
        "veterans_association",
        "trade_union",
    }
)
"""Unit kinds the demo gives a signing certificate: every body an authority profile lets decide (the party
committees, a grassroots cell's committee, the mass-mobilisation boards, the steering committee, the
Front and the socio-political organisations of the provincial guideline)."""


class SigningUnit(Protocol):
    """What the demo CA needs of a unit (the ORM's Unit has both)."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...


def ensure_demo_keystore(directory: Path, units: Iterable[SigningUnit], *, passphrase: str | None = None) -> None:
    """Make sure `directory` holds the demo root CA (its certificate in `trust/`) and a valid certificate
    for every unit in `units`.

    Idempotent and cheap when nothing is due: an existing root and unit files that open with the
    passphrase, chain to that root and stay valid for 30 more days are kept; anything else is (re)made.
    A new root (the old one lost or expiring) reissues every unit's certificate. `passphrase` defaults to
    the setting `DVK_SIGNING_KEYSTORE_PASSPHRASE`. Raises RuntimeError in production.
    """
    from app.core.config import get_settings

    if get_settings().is_production:
        raise RuntimeError("the demo certificate authority is never used in production")
    secret = (passphrase if passphrase is not None else passphrase_for(allow_default=True)).encode()
    directory.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    root = _load_root(directory, secret, now)
    fresh_root = root is None
    if root is None:
        root = _make_root(directory, secret, now)
    for unit in units:
        path = unit_file(directory, unit.id, ".p12")
        if fresh_root or not _unit_is_current(path, secret, root[0], now):
            _issue(path, unit, root, secret, now)


Root = tuple[x509.Certificate, ec.EllipticCurvePrivateKey]


def _load_root(directory: Path, secret: bytes, now: datetime) -> Root | None:
    try:
        cert = x509.load_pem_x509_certificate((directory / ROOT_CERT).read_bytes())
        key = serialization.load_pem_private_key((directory / ROOT_KEY).read_bytes(), password=secret)
    except (OSError, ValueError, TypeError):
        return None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or cert.not_valid_after_utc - RENEW_BEFORE < now:
        return None
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if cert.public_key().public_bytes(*spki) != key.public_key().public_bytes(*spki):
        return None
    return cert, key


def _write(path: Path, data: bytes) -> None:
    """Write a file readable by its owner only, whole or not at all (a temp file renamed over it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(temp, path)


def _make_root(directory: Path, secret: bytes, now: datetime) -> Root:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, DEMO_ORGANISATION),
            x509.NameAttribute(NameOID.COMMON_NAME, ROOT_NAME),
        ]
    )
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * ROOT_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(cert_sign=True), critical=True)
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA256())
    )
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(secret),
    )
    _write(directory / ROOT_KEY, encrypted)
    _write(directory / ROOT_CERT, cert.public_bytes(serialization.Encoding.PEM))
    return cert, key


def _usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=not cert_sign,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _unit_is_current(path: Path, secret: bytes, root: x509.Certificate, now: datetime) -> bool:
    try:
        _key, cert, _chain = pkcs12.load_key_and_certificates(path.read_bytes(), secret)
    except (OSError, ValueError, TypeError):
        return False
    if cert is None or cert.issuer != root.subject or cert.not_valid_after_utc - RENEW_BEFORE < now:
        return False
    try:
        cert.verify_directly_issued_by(root)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def common_name(name: str) -> str:
    """A unit's name as a certificate's common name: at most 64 bytes of UTF-8 (the X.509 bound as the
    `cryptography` library counts it), cut at a word."""
    name = " ".join(unicodedata.normalize("NFC", name).split())
    if len(name.encode()) <= 64:
        return name
    return name.encode()[:60].decode(errors="ignore").rsplit(" ", 1)[0] + " …"


def _issue(
    path: Path,
    unit: SigningUnit,
    root: Root,
    secret: bytes,
    now: datetime,
) -> None:
    root_cert, root_key = root
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, DEMO_ORGANISATION),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"unit {unit.id}"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name(unit.name)),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(root_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(min(now + timedelta(days=UNIT_DAYS), root_cert.not_valid_after_utc))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(cert_sign=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        name=f"unit-{unit.id}".encode(),
        key=key,
        cert=cert,
        cas=[root_cert],
        encryption_algorithm=serialization.BestAvailableEncryption(secret),
    )
    _write(path, data)
