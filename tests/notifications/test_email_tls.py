"""SMTP over STARTTLS and over TLS from the first byte, with AUTH: the server's certificate is verified against
DVK_EMAIL_SMTP_CA_FILE (the system's roots otherwise), so a server whose certificate nobody trusts gets nothing —
the attempt is retried (the configuration's fault, not the message's), never bounced."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.notifications.email_support import messages, person, produce, run_due, tell
from tests.support.smtp import SmtpServer
from tests.webhooks.test_tls_pinning import _certificates

pytestmark = [
    pytest.mark.anyio,
    # The TLS-from-the-first-byte server: aiosmtpd warns it requires AUTH without STARTTLS (the whole link is TLS).
    pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning"),
]

HOST = "localhost"
USER, PASSWORD = "dvk", "mật-khẩu-thử-nghiệm"


def _authenticator(_server: Any, _session: Any, _envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (USER.encode(), PASSWORD.encode())
    return AuthResult(success=ok)


def _server(security: str, cert: Path, key: Path) -> SmtpServer:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    options: dict[str, Any] = {"authenticator": _authenticator, "auth_required": True}
    if security == "starttls":
        options |= {"tls_context": context, "require_starttls": True}
    else:
        # aiosmtpd does not see a TLS-from-the-first-byte connection as TLS for its AUTH rule; it is one.
        options |= {"ssl_context": context, "auth_require_tls": False}
    return SmtpServer(**options)


@pytest.mark.parametrize("security", ["starttls", "tls"])
async def test_tls_with_auth_and_a_verified_certificate(
    database: Any, session: Any, demo: Any, settings_env: Any, tmp_path: Path, security: str
) -> None:
    ca, cert, key = _certificates(tmp_path, HOST)
    with _server(security, cert, key) as smtp:
        settings_env(
            email_backend="smtp",
            email_smtp_host=HOST,
            email_smtp_port=str(smtp.port),
            email_smtp_security=security,
            email_smtp_username=USER,
            email_smtp_password=PASSWORD,
            email_smtp_ca_file=str(ca),
            email_smtp_timeout_seconds="5",
        )
        who = await person(session, demo, "demo.registrant")
        await tell(session, who, "event:1")
        await produce(database)
        await run_due(database)
        [arrived] = smtp.accepted
    assert arrived.message["Subject"] == "[Dân vận khéo] Mô hình bị trả lại"
    [stored] = await messages(session)
    assert stored.status == "sent"


@pytest.mark.parametrize("security", ["starttls", "tls"])
async def test_an_untrusted_certificate_gets_nothing_and_is_retried(
    database: Any, session: Any, demo: Any, settings_env: Any, tmp_path: Path, security: str
) -> None:
    _ca, cert, key = _certificates(tmp_path, HOST)  # signed by a CA the sender is not told about
    with _server(security, cert, key) as smtp:
        settings_env(
            email_backend="smtp",
            email_smtp_host=HOST,
            email_smtp_port=str(smtp.port),
            email_smtp_security=security,
            email_smtp_username=USER,
            email_smtp_password=PASSWORD,
            email_smtp_timeout_seconds="5",
        )
        who = await person(session, demo, "demo.registrant")
        await tell(session, who, "event:1")
        await produce(database)
        await run_due(database)
        assert not smtp.accepted
    [stored] = await messages(session)
    assert (stored.status, stored.attempts) == ("queued", 1)
    assert stored.last_error is not None and "certificate" in stored.last_error.lower(), stored.last_error
