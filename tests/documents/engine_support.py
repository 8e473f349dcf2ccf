"""Helpers for the document engine's tests: a demo key store, expired material, a local timestamp authority."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from app.documents.demo_ca import ROOT_CERT, ROOT_KEY, ensure_demo_keystore

PASSPHRASE = "engine-test-passphrase"
DISTRICT = SimpleNamespace(id=7, name="Huyện ủy Vĩnh Linh")
COMMUNE = SimpleNamespace(id=9, name="Đảng ủy xã Vĩnh Thạch")


def build_keystore(directory: Path) -> Path:
    """A demo key store with two committees (ids 7 and 9)."""
    ensure_demo_keystore(directory, [DISTRICT, COMMUNE], passphrase=PASSPHRASE)
    return directory


def _root(directory: Path) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    cert = x509.load_pem_x509_certificate((directory / ROOT_CERT).read_bytes())
    key = serialization.load_pem_private_key((directory / ROOT_KEY).read_bytes(), password=PASSPHRASE.encode())
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return cert, key


def _issue(
    directory: Path, common_name: str, not_before: datetime, not_after: datetime, *, tsa: bool = False
) -> tuple[ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey, x509.Certificate]:
    root_cert, root_key = _root(directory)
    # pyHanko's dummy timestamper signs with RSA only
    key = rsa.generate_private_key(65537, 2048) if tsa else ec.generate_private_key(ec.SECP256R1())
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
        .issuer_name(root_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
    )
    if tsa:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    return key, builder.sign(root_key, hashes.SHA256())


def write_expired_unit(directory: Path, unit_id: int) -> datetime:
    """A unit whose certificate (from the demo root) expired yesterday; returns its not_after."""
    now = datetime.now(UTC)
    key, cert = _issue(directory, "Đảng ủy hết hạn", now - timedelta(days=400), now - timedelta(days=1))
    data = pkcs12.serialize_key_and_certificates(
        b"expired", key, cert, None, serialization.BestAvailableEncryption(PASSPHRASE.encode())
    )
    (directory / f"{unit_id}.p12").write_bytes(data)
    return cert.not_valid_after_utc


def write_pem_unit(directory: Path, unit_id: int, name: str) -> None:
    """A unit in the PEM layout: an encrypted PKCS#8 key and its certificate followed by the root."""
    now = datetime.now(UTC)
    key, cert = _issue(directory, name, now - timedelta(days=1), now + timedelta(days=30))
    root_cert, _ = _root(directory)
    (directory / f"{unit_id}.key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(PASSPHRASE.encode()),
        )
    )
    pem = serialization.Encoding.PEM
    (directory / f"{unit_id}.cert.pem").write_bytes(cert.public_bytes(pem) + root_cert.public_bytes(pem))


def closed_port() -> int:
    """A local TCP port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def local_tsa(directory: Path) -> Iterator[str]:
    """An RFC 3161 timestamp authority on 127.0.0.1 (certificate from the demo root); yields its URL."""
    now = datetime.now(UTC)
    key, cert = _issue(directory, "DVK test TSA", now - timedelta(days=1), now + timedelta(days=30), tsa=True)
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(der_key),
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            reply = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa"
    finally:
        server.shutdown()
        server.server_close()
