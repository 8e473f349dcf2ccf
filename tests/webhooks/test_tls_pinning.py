"""HTTPS deliveries connect to the checked address but speak TLS to the name: SNI is the URL's host, the
certificate is verified against it, and the Host header keeps it. A certificate for another name fails."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.webhooks import urls
from tests.support.receiver import Receiver
from tests.webhooks.webhook_support import attempts, deliver, deliveries, record, subscribe

NAME = "hooks.vinhlinh.test"


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _certificates(folder: Path, dns_name: str) -> tuple[Path, Path, Path]:
    """A CA, and a server certificate for `dns_name` it signed: (ca.pem, server.pem, server.key)."""
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("DVK test CA"))
        .issuer_name(_name("DVK test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(_name(dns_name))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(dns_name)]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return paths


def _tls_receiver(tmp_path: Path, dns_name: str, sni_seen: list[str]) -> tuple[Receiver, Path]:
    ca, cert, key = _certificates(tmp_path, dns_name)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda _sock, name, _ctx: sni_seen.append(name) and None
    return Receiver(tls=context), ca


@pytest.fixture
def resolve_to_loopback(monkeypatch: Any) -> Iterator[None]:
    async def fake_resolve(host: str, port: int) -> list[str]:
        return ["127.0.0.1"] if host == NAME else []

    monkeypatch.setattr(urls, "resolve", fake_resolve)
    yield


async def test_https_goes_to_the_checked_address_with_the_name_for_tls(
    database: Any, session: Any, demo: Any, tmp_path: Path, settings_env: Any, resolve_to_loopback: None
) -> None:
    sni: list[str] = []
    receiver, ca = _tls_receiver(tmp_path, NAME, sni)
    settings_env(webhook_allow_http="false", webhook_ca_file=str(ca))
    with receiver:
        subscription = await subscribe(session, demo, f"https://{NAME}:{receiver.port}/dvk/events")
        await record(session, demo, "QT-VL-VT")
        await deliver(database)
        [hit] = receiver.hits("/dvk/events")
    assert hit.headers["Host"] == f"{NAME}:{receiver.port}"
    assert sni == [NAME]
    [delivery] = await deliveries(session, subscription.id)
    assert delivery.status == "delivered"
    [logged] = await attempts(session, subscription.id)
    assert logged.details["address"] == "127.0.0.1"


async def test_a_certificate_for_another_name_fails_and_nothing_is_sent(
    database: Any, session: Any, demo: Any, tmp_path: Path, settings_env: Any, resolve_to_loopback: None
) -> None:
    receiver, ca = _tls_receiver(tmp_path, "someone-else.test", [])
    settings_env(webhook_allow_http="false", webhook_ca_file=str(ca))
    with receiver:
        subscription = await subscribe(session, demo, f"https://{NAME}:{receiver.port}/dvk/events")
        await record(session, demo, "QT-VL-VT")
        await deliver(database)
        assert receiver.received == []
    [logged] = await attempts(session, subscription.id)
    assert (logged.outcome, logged.error) == ("retry", "tls_error")
