"""The client's address: the TCP peer's, unless that peer is a proxy named in DVK_TRUSTED_PROXIES; then the
nearest X-Forwarded-For entry that is not itself a trusted proxy. Uvicorn runs with --no-proxy-headers, so
the peer address reaches the app unchanged and this is the only place a forwarded address is believed."""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from starlette.requests import HTTPConnection

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(e, strict=False) for e in entries)


def _trusted(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def forwarded_client(peer: str, forwarded_for: str | None, trusted: tuple[str, ...]) -> str:
    """The client address given the peer, its X-Forwarded-For header and the trusted proxy list."""
    networks = _networks(trusted)
    if not networks or not forwarded_for or not _trusted(peer, networks):
        return peer
    hops = [h.strip() for h in forwarded_for.split(",") if h.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, networks):
            return hop[:64]
    return hops[0][:64] if hops else peer


def client_address(request: HTTPConnection) -> str:
    """The address to throttle and log this request under."""
    from app.core.config import get_settings

    peer = request.client.host if request.client else "unknown"
    trusted = tuple(get_settings().trusted_proxies)
    if not trusted:
        return peer
    return forwarded_client(peer, request.headers.get("x-forwarded-for"), trusted)
