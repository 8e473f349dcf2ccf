"""Sending one email: the MIME message (plain text and HTML alternatives, UTF-8, headers encoded per RFC 2047),
and the two backends `DVK_EMAIL_BACKEND` chooses between.

- `file` (the default): the message is written as `<email_folder>/<YYYY-MM-DD>/<message token>.eml` (atomically:
  a temporary file renamed), so `./scripts/serve` needs no mail server and a developer can open what would
  have been sent. Writing the same message again replaces its file: no duplicate.
- `smtp`: aiosmtplib, with STARTTLS or TLS (certificates verified), authentication when configured, and the
  whole attempt bounded by `email_smtp_timeout_seconds`.

Every failure becomes a `SendError` saying whether it is permanent (the server refused this recipient or this
message with a 5xx: the email bounced) or worth another try (a 4xx, an unreachable or silent server, a TLS or
authentication problem — the configuration's, not the message's, so fixing the settings lets the queue through).
"""

from __future__ import annotations

import asyncio
import os
import ssl
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path

import aiosmtplib

from app.core.config import Settings

ERROR_CHARS = 400


@dataclass(frozen=True)
class Outgoing:
    """What is sent: the Message-ID (the same on every attempt), the recipient and the rendered texts."""

    message_id: str
    address: str
    name: str
    subject: str
    text: str
    html: str


class SendError(Exception):
    """An attempt that did not hand the message over: why (a stable reason code), the server's code if it
    answered one, and whether trying again could help."""

    def __init__(self, reason: str, *, code: int | None = None, detail: str = "", permanent: bool = False) -> None:
        super().__init__(f"{reason}: {code or ''} {detail}".strip())
        self.reason = reason
        self.code = code
        self.detail = detail
        self.permanent = permanent

    @property
    def summary(self) -> str:
        """The reason, the code and the server's words, bounded (kept as the message's last error)."""
        parts = [self.reason, str(self.code) if self.code else "", " ".join(self.detail.split())]
        return " ".join(p for p in parts if p)[:ERROR_CHARS]


def one_line(value: str) -> str:
    """A header value on one line (a name cannot add a header)."""
    return " ".join(value.split())


def _address(name: str, address: str) -> Address | str:
    """The To header's value: the name quoted and encoded by the email package (a bare address when it cannot
    be split, which the SMTP server then judges)."""
    local, at, domain = address.rpartition("@")
    if not at or not local:
        return address
    return Address(display_name=name, username=local, domain=domain)


def build(outgoing: Outgoing, settings: Settings, now: datetime | None = None) -> EmailMessage:
    """The MIME message: multipart/alternative, text then HTML, UTF-8."""
    message = EmailMessage()
    message["From"] = one_line(settings.email_from)
    message["To"] = _address(one_line(outgoing.name), outgoing.address)
    message["Subject"] = one_line(outgoing.subject)
    message["Date"] = format_datetime(now or datetime.now(UTC))
    message["Message-ID"] = outgoing.message_id
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to it
    # Quoted-printable: 7-bit safe for a server without 8BITMIME, and the Vietnamese stays legible in the source.
    message.set_content(outgoing.text, charset="utf-8", cte="quoted-printable")
    message.add_alternative(outgoing.html, subtype="html", charset="utf-8", cte="quoted-printable")
    return message


async def send(outgoing: Outgoing, settings: Settings) -> None:
    """Hand the message to the configured backend; SendError when it was not taken."""
    message = build(outgoing, settings)
    if settings.email_backend == "smtp":
        await _smtp(message, outgoing.address, settings)
    else:
        try:
            await asyncio.to_thread(_write_file, message, outgoing.message_id, settings.email_folder)
        except OSError as error:  # a full disk, a folder it may not write: tried again later
            raise SendError("file_error", detail=str(error)) from error


def file_name(message_id: str) -> str:
    """The .eml file's name for a Message-ID (its local part, safe characters only)."""
    token = message_id.strip("<>").split("@", 1)[0]
    return "".join(c if c.isalnum() or c in "-._" else "_" for c in token) + ".eml"


def _write_file(message: EmailMessage, message_id: str, folder: Path) -> None:
    day = folder / datetime.now(UTC).strftime("%Y-%m-%d")
    day.mkdir(parents=True, exist_ok=True)
    data = message.as_bytes()
    handle, temporary = tempfile.mkstemp(dir=day, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, day / file_name(message_id))
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@lru_cache(maxsize=4)
def tls_context(ca_file: str | None) -> ssl.SSLContext:
    """Certificate checks for the SMTP server: the system's roots plus DVK_EMAIL_SMTP_CA_FILE (built once)."""
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


async def _smtp(message: EmailMessage, address: str, settings: Settings) -> None:
    security = settings.email_smtp_security
    context = None
    if security != "none":
        context = tls_context(str(settings.email_smtp_ca_file) if settings.email_smtp_ca_file else None)
    try:
        async with asyncio.timeout(settings.email_smtp_timeout_seconds):
            await aiosmtplib.send(
                message,
                recipients=[address],
                hostname=settings.email_smtp_host,
                port=settings.email_smtp_port,
                username=settings.email_smtp_username or None,
                password=settings.email_smtp_password.get_secret_value() or None,
                use_tls=security == "tls",
                start_tls=security == "starttls",
                tls_context=context,
                timeout=settings.email_smtp_timeout_seconds,
            )
    except Exception as error:  # every failure of the attempt is judged by classify
        raise classify(error) from error


def _refusal(reason: str, code: int, detail: str) -> SendError:
    return SendError(reason, code=code, detail=detail, permanent=500 <= code < 600)


def classify(error: Exception) -> SendError:  # noqa: C901  (one flat table of exception → outcome reads better whole)
    """What an exception of an SMTP attempt means."""
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused):
        first = error.recipients[0] if error.recipients else None
        if first is None:
            return SendError("recipient_refused")
        return _refusal("recipient_refused", first.code, first.message)
    if isinstance(error, aiosmtplib.SMTPDataError):
        return _refusal("message_refused", error.code, error.message)
    if isinstance(error, aiosmtplib.SMTPAuthenticationError):
        return SendError("auth_failed", code=error.code, detail=error.message)
    if isinstance(error, aiosmtplib.SMTPSenderRefused):
        return SendError("sender_refused", code=error.code, detail=error.message)
    if isinstance(error, aiosmtplib.SMTPResponseException):
        return SendError("smtp_error", code=error.code, detail=error.message)
    if isinstance(error, aiosmtplib.SMTPNotSupported):
        return SendError("not_supported", detail=str(error))
    if isinstance(error, TimeoutError):
        return SendError("timeout", detail=str(error))
    if isinstance(error, ssl.SSLError | ssl.CertificateError):
        return SendError("tls_error", detail=str(error))
    if isinstance(error, aiosmtplib.SMTPServerDisconnected):
        return SendError("disconnected", detail=str(error))
    if isinstance(error, OSError):
        return SendError("connect_failed", detail=str(error))
    return SendError("smtp_error", detail=f"{type(error).__name__}: {error}")
