"""One HTTP POST of a webhook, to an address that was checked, with every bound in place.

- The connection goes to a checked address of the target (urls.Target), never to a fresh lookup of the name:
  the URL's host is replaced by the address, the `Host` header keeps the name, and TLS is made with the name as
  SNI and verified against it (httpx's `sni_hostname` request extension, which httpcore passes to the TLS
  handshake as `server_hostname`; certificate and hostname checks stay on).
- Redirects are never followed (a 3xx is an answer like any other non-2xx); proxies from the environment are
  ignored (`trust_env=False`); a new client per attempt, so no pooled connection verified for one name carries
  a request for another name on the same address.
- Bounded: connecting (`webhook_connect_timeout_seconds`), and the whole attempt (`webhook_timeout_seconds`,
  a hard deadline over connect, send and read, so a receiver that drips bytes cannot hold a worker); of the
  answer only `webhook_response_snippet_bytes` raw bytes are read (`Accept-Encoding: identity`, and the raw
  stream, so nothing is decompressed), then the connection is closed.
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass

import httpx

from app.core.config import Settings
from app.webhooks.addresses import IPAddress
from app.webhooks.urls import Target

USER_AGENT = "DVK-Webhooks/1.0"


@dataclass(frozen=True)
class Answer:
    """What one attempt got: a status (and a little of the body), or the transport error's code."""

    status_code: int | None = None
    snippet: str | None = None
    retry_after: str | None = None
    location: str | None = None
    error: str | None = None
    address: str | None = None


def _classify(exc: BaseException) -> str:
    """A stable code for a transport failure (the delivery log and the failure metric use it)."""
    if isinstance(exc, TimeoutError | httpx.TimeoutException):
        return "connect_timeout" if isinstance(exc, httpx.ConnectTimeout) else "timeout"
    if isinstance(exc, httpx.ConnectError):
        cause = exc.__context__ or exc.__cause__
        return "tls_error" if isinstance(cause, ssl.SSLError) or "SSL" in str(exc) else "connect_error"
    if isinstance(exc, httpx.RemoteProtocolError | httpx.LocalProtocolError):
        return "protocol_error"
    return "transport_error"


async def _read_snippet(response: httpx.Response, limit: int) -> str | None:
    """At most `limit` raw bytes of the body, as text (NULs dropped: PostgreSQL text cannot hold them)."""
    if limit <= 0:
        return None
    kept = bytearray()
    async for chunk in response.aiter_raw():
        kept.extend(chunk[: limit - len(kept)])
        if len(kept) >= limit:
            break
    return bytes(kept).decode("utf-8", errors="replace").replace("\x00", "")


async def _post_to(
    client: httpx.AsyncClient, target: Target, address: IPAddress, body: bytes, headers: dict[str, str], limit: int
) -> Answer:
    url = httpx.URL(target.url).copy_with(host=str(address))
    extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
    async with client.stream("POST", url, content=body, headers=headers, extensions=extensions) as response:
        snippet = await _read_snippet(response, limit)
        return Answer(
            status_code=response.status_code,
            snippet=snippet,
            retry_after=response.headers.get("retry-after"),
            location=response.headers.get("location"),
            address=str(address),
        )


async def post(
    target: Target,
    body: bytes,
    headers: dict[str, str],
    settings: Settings,
    *,
    ssl_context: ssl.SSLContext | None = None,
) -> Answer:
    """POST the body to the target's checked addresses in turn (the next one only when connecting failed, so
    nothing is sent twice), within the attempt's deadline."""
    sent_headers = {
        **headers,
        "Host": target.host_header,
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "Accept-Encoding": "identity",
    }
    timeout = httpx.Timeout(settings.webhook_timeout_seconds, connect=settings.webhook_connect_timeout_seconds)
    verify: ssl.SSLContext | bool = ssl_context if ssl_context is not None else True
    error = "connect_error"
    async with httpx.AsyncClient(follow_redirects=False, trust_env=False, verify=verify, timeout=timeout) as client:
        try:
            async with asyncio.timeout(settings.webhook_timeout_seconds):
                for address in target.addresses:
                    try:
                        return await _post_to(
                            client, target, address, body, sent_headers, settings.webhook_response_snippet_bytes
                        )
                    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                        error = _classify(exc)
        except (TimeoutError, httpx.HTTPError) as exc:
            return Answer(error=_classify(exc))
    return Answer(error=error)
