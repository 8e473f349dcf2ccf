"""Webhook URLs: what may be subscribed to, and where exactly one delivery goes.

`check_url` parses the URL (https only, http when DVK_WEBHOOK_ALLOW_HTTP; no credentials, no fragment),
resolves the host (an address literal is taken as it is), and refuses it when any address it resolves to is not
public unicast (addresses.py) unless DVK_WEBHOOK_ALLOW_HOSTS names it. It answers a `Target`: the addresses that
were checked, one of which the delivery connects to (transport.py), so a name that resolves elsewhere a moment
later (DNS rebinding) changes nothing. The subscription API calls `validate_url` (a 422 problem, or None); the
delivery calls `check_url` again before every attempt."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

from app.core.config import Settings, get_settings
from app.core.errors import Unprocessable
from app.core.i18n import Text
from app.webhooks.addresses import IPAddress, allowed, refusal

MAX_URL_CHARS = 2000

INVALID = Text("Địa chỉ webhook không hợp lệ: {reason}.", "The webhook URL is not valid: {reason}.")
SCHEME = Text("Địa chỉ webhook phải dùng https.", "The webhook URL must use https.")
UNRESOLVABLE = Text("Không phân giải được tên máy {host}.", "The host name {host} could not be resolved.")
REFUSED = Text(
    "Không gửi webhook tới {host}: địa chỉ {address} thuộc vùng bị cấm ({reason}).",
    "Webhooks are not sent to {host}: its address {address} is in a refused range ({reason}).",
)


@dataclass(frozen=True)
class Target:
    """Where one delivery goes: the URL's parts and the checked addresses of its host."""

    url: str
    scheme: str
    host: str  # as in the URL, lower case, without brackets
    port: int
    addresses: tuple[IPAddress, ...]

    @property
    def host_header(self) -> str:
        """The Host header: the name with the port when it is not the scheme's default."""
        name = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return name if self.port == default else f"{name}:{self.port}"


class UrlRefused(Exception):
    """A URL that may not receive webhooks; `problem` is the 422 the subscription API answers, `reason` the
    stable code the delivery log keeps."""

    def __init__(self, problem: Unprocessable, reason: str) -> None:
        super().__init__(reason)
        self.problem = problem
        self.reason = reason


async def resolve(host: str, port: int) -> list[str]:
    """The addresses of a host name (A and AAAA) from the system resolver. Tests replace this function to
    answer what an attacker's DNS would."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def _invalid(reason: str) -> UrlRefused:
    return UrlRefused(Unprocessable(INVALID, code="webhook_url_invalid", _reason=reason), "invalid_url")


def parse(url: str, settings: Settings) -> SplitResult:
    """The URL's parts, or UrlRefused for a URL no webhook may use (whatever its host resolves to)."""
    if len(url) > MAX_URL_CHARS or any(c.isspace() or ord(c) < 32 for c in url):
        raise _invalid("too long or has spaces or control characters")
    parts = urlsplit(url)
    schemes = ("https", "http") if settings.webhook_allow_http else ("https",)
    if parts.scheme.lower() not in schemes:
        raise UrlRefused(Unprocessable(SCHEME, code="webhook_url_scheme"), "scheme")
    try:
        port = parts.port
    except ValueError:
        raise _invalid("bad port") from None
    if not parts.hostname:
        raise _invalid("no host")
    if parts.username is not None or parts.password is not None:
        raise _invalid("credentials in the URL")
    if parts.fragment:
        raise _invalid("a fragment")
    if port == 0:
        raise _invalid("bad port")
    return parts


async def check_url(url: str, settings: Settings | None = None) -> Target:
    """Parse, resolve and check every address; UrlRefused when any is refused or the name does not resolve."""
    settings = settings or get_settings()
    parts = parse(url, settings)
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    port = parts.port or (443 if scheme == "https" else 80)
    addresses = await _addresses(host, port, settings)
    for address in addresses:
        if allowed(host, address, settings.webhook_allow_hosts):
            continue
        reason = refusal(address)
        if reason is not None:
            problem = Unprocessable(
                REFUSED, code="webhook_url_refused", _host=host, _address=str(address), _reason=reason
            )
            raise UrlRefused(problem, f"refused_{reason}")
    return Target(url, scheme, host, port, tuple(addresses))


async def _addresses(host: str, port: int, settings: Settings) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        async with asyncio.timeout(settings.webhook_connect_timeout_seconds):
            found = await resolve(host, port)
    except (OSError, TimeoutError, UnicodeError):
        found = []
    addresses = []
    for text in dict.fromkeys(found):  # unique, in the resolver's order
        try:
            addresses.append(ipaddress.ip_address(text.split("%", 1)[0]))  # drop an IPv6 zone id
        except ValueError:
            continue
    if not addresses:
        raise UrlRefused(Unprocessable(UNRESOLVABLE, code="webhook_url_unresolvable", _host=host), "unresolvable")
    return addresses


async def validate_url(url: str, settings: Settings | None = None) -> Unprocessable | None:
    """The problem (422) a subscription to this URL gets, or None when webhooks may be sent there now."""
    try:
        await check_url(url, settings)
    except UrlRefused as refused:
        return refused.problem
    return None
