"""A real SMTP server on a loopback port (aiosmtpd, in its own thread and event loop), for the email tests.

It records every message it accepts (the envelope and the raw bytes, parsed with the standard library's
`email` package on demand). Scripted answers: `refuse_rcpt` (e.g. "550 5.1.1 No such user"), `refuse_data`
(e.g. "451 4.3.0 Try again later"), `data_delay` (a slow server), and `hold_rcpt`, an Event the server waits on
before answering RCPT (an attempt still in the middle of its conversation, for the killed-worker tests)."""

from __future__ import annotations

import asyncio
import socket
import threading
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    """A loopback port nobody listens on (bound, read, released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Accepted:
    """A message the server took."""

    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        """The message, parsed (headers decoded)."""
        parsed = BytesParser(policy=policy.default).parsebytes(self.raw)
        assert isinstance(parsed, EmailMessage)
        return parsed

    def body(self, subtype: str) -> str:
        """The text/plain or text/html part, decoded."""
        part = self.message.get_body(preferencelist=(subtype,))
        assert part is not None, f"no text/{subtype} part"
        return str(part.get_content())


class SmtpServer:
    """`with SmtpServer() as smtp:`; `smtp.port`; `smtp.accepted` lists what arrived."""

    def __init__(self, port: int | None = None, **server: Any) -> None:
        """`server`: aiosmtpd's options (`tls_context` with `require_starttls`, `ssl_context` for TLS from the
        first byte, `authenticator` with `auth_required`)."""
        self.port = port or free_port()
        self.accepted: list[Accepted] = []
        self.refuse_rcpt: str | None = None
        self.refuse_data: str | None = None
        self.hold_rcpt: threading.Event | None = None
        self.data_delay = 0.0  # seconds before answering DATA (slow servers: parallel senders overlap)
        self.rcpt_seen = threading.Event()
        self.connections = 0
        self._lock = threading.Lock()
        self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port, **server)

    def __enter__(self) -> SmtpServer:
        self._controller.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.hold_rcpt is not None:
            self.hold_rcpt.set()
        self._controller.stop()

    def record(self, accepted: Accepted) -> None:
        with self._lock:
            self.accepted.append(accepted)


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]) -> Any:
        self.server.connections += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any) -> str:
        self.server.rcpt_seen.set()
        hold = self.server.hold_rcpt
        if hold is not None:
            await asyncio.get_running_loop().run_in_executor(None, hold.wait, 30)
        if self.server.refuse_rcpt:
            return self.server.refuse_rcpt
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.server.data_delay:
            await asyncio.sleep(self.server.data_delay)
        if self.server.refuse_data:
            return self.server.refuse_data
        self.server.record(Accepted(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 2.0.0 Message accepted for delivery"
