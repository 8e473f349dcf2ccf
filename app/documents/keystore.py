"""The units' signing keys and certificates, from a key store folder (never from the database).

Layout of the folder (setting `DVK_SIGNING_KEYSTORE_DIR`, default `data_dir/signing`):

    <unit id>.p12                      PKCS#12: the unit's key, its certificate and the chain, or
    <unit id>.key.pem + <unit id>.cert.pem
                                       an encrypted PKCS#8 key, and the certificate followed by its chain
    trust/*.pem                        the root certificates `verify_pdf` trusts (the demo CA's, a
                                       national CA's)

Every key file is opened with `DVK_SIGNING_KEYSTORE_PASSPHRASE`; in production its public development
default opens nothing (every unit is then "without a signer"). Files are read on each call (a renewed
certificate is used at once, no restart).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign.signers import SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.documents.errors import SignerExpired, SignerMissing

MAX_KEY_FILE_BYTES = 1024 * 1024
TRUST_DIR = "trust"


@dataclass(frozen=True)
class UnitSigner:
    """A unit's key and certificate, ready to sign (`signing.sign_pdf`)."""

    unit_id: int
    signer: SimpleSigner  # pyHanko's signer: the key, the certificate, the chain
    certificate: asn1_x509.Certificate
    subject: str  # the certificate's subject, human readable ("Common Name: Huyện ủy Vĩnh Linh, …")
    common_name: str
    not_before: datetime
    not_after: datetime

    def is_valid_at(self, moment: datetime) -> bool:
        """Whether the certificate is valid at `moment`."""
        return self.not_before <= moment <= self.not_after


def keystore_dir() -> Path:
    """The key store folder the settings name."""
    from app.core.config import get_settings

    return get_settings().effective_keystore_dir


def passphrase_for(*, allow_default: bool = False) -> str:
    """The key store passphrase from the settings; "" (opens nothing) when it is the public development default
    in production, unless `allow_default` (the demo CA, which refuses production itself)."""
    from app.core.config import DEV_KEYSTORE_PASSPHRASE, get_settings

    settings = get_settings()
    secret = settings.signing_keystore_passphrase.get_secret_value()
    if settings.is_production and secret == DEV_KEYSTORE_PASSPHRASE and not allow_default:
        return ""
    return secret


def unit_file(directory: Path, unit_id: int, suffix: str) -> Path:
    """The key store file of a unit (`<id><suffix>`); the id is an integer, so no path escapes the folder."""
    number = int(unit_id)
    if number < 1:
        raise SignerMissing(unit_id, "not a unit id")
    return directory / f"{number}{suffix}"


def _read(path: Path, unit_id: int) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise SignerMissing(unit_id, f"{path.name} is larger than {MAX_KEY_FILE_BYTES} bytes")
        return path.read_bytes()
    except OSError as exc:
        raise SignerMissing(unit_id, f"{path.name} cannot be read ({exc.strerror})") from None


def _load_material(
    directory: Path, unit_id: int, secret: bytes
) -> tuple[ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey, x509.Certificate, list[x509.Certificate]]:
    p12 = unit_file(directory, unit_id, ".p12")
    key_pem, cert_pem = unit_file(directory, unit_id, ".key.pem"), unit_file(directory, unit_id, ".cert.pem")
    if p12.is_file():
        try:
            key, cert, chain = pkcs12.load_key_and_certificates(_read(p12, unit_id), secret)
        except ValueError:
            raise SignerMissing(unit_id, f"{p12.name} does not open with the key store passphrase") from None
        if key is None or cert is None:
            raise SignerMissing(unit_id, f"{p12.name} holds no key and certificate")
    elif key_pem.is_file() and cert_pem.is_file():
        try:
            key = serialization.load_pem_private_key(_read(key_pem, unit_id), password=secret or None)
            certs = x509.load_pem_x509_certificates(_read(cert_pem, unit_id))
        except (ValueError, TypeError):
            raise SignerMissing(unit_id, f"{key_pem.name} or {cert_pem.name} cannot be opened") from None
        cert, chain = certs[0], certs[1:]
    else:
        raise SignerMissing(unit_id)
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise SignerMissing(unit_id, "the key is neither RSA nor EC")
    if key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    ) != cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo):
        raise SignerMissing(unit_id, "the key does not match the certificate")
    return key, cert, list(chain)


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def signer_for(
    unit_id: int,
    *,
    directory: Path | None = None,
    passphrase: str | None = None,
    now: datetime | None = None,
) -> UnitSigner:
    """The unit's signer from the key store (`directory` and `passphrase` default to the settings).

    Raises SignerMissing(unit_id) when the store holds no key for the unit or it cannot be opened (wrong
    passphrase, damaged file, a key that is not the certificate's), SignerExpired(unit_id, not_after) when
    the certificate is not valid now (expired, or not yet valid: `not_after` then says until when it is).
    """
    folder = directory if directory is not None else keystore_dir()
    secret = passphrase if passphrase is not None else passphrase_for()
    if not secret:
        raise SignerMissing(unit_id, "the key store passphrase is not set (the development default is refused)")
    key, cert, chain = _load_material(folder, unit_id, secret.encode())
    moment = now or datetime.now(UTC)
    not_before, not_after = cert.not_valid_before_utc, cert.not_valid_after_utc
    if not not_before <= moment <= not_after:
        raise SignerExpired(unit_id, not_after)
    registry = SimpleCertificateStore()
    registry.register_multiple([_asn1(c) for c in chain])
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    certificate = _asn1(cert)
    signer = SimpleSigner(
        signing_cert=certificate,
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=registry,
    )
    return UnitSigner(
        unit_id=unit_id,
        signer=signer,
        certificate=certificate,
        subject=certificate.subject.human_friendly,
        common_name=str(certificate.subject.native.get("common_name", "")),
        not_before=not_before,
        not_after=not_after,
    )


def trust_roots(*, directory: Path | None = None) -> list[asn1_x509.Certificate]:
    """The root certificates verification trusts: every certificate in the key store's `trust/*.pem`."""
    folder = (directory if directory is not None else keystore_dir()) / TRUST_DIR
    roots: list[asn1_x509.Certificate] = []
    for path in sorted(folder.glob("*.pem")) if folder.is_dir() else []:
        try:
            if path.stat().st_size > MAX_KEY_FILE_BYTES:
                continue
            roots += [_asn1(c) for c in x509.load_pem_x509_certificates(path.read_bytes())]
        except (OSError, ValueError):
            continue
    return roots
