"""Which addresses a webhook may be sent to: public unicast only (pure; no network).

An address is refused, with a stable reason, when it is loopback, private (RFC 1918, IPv6 ULA), link-local,
multicast, unspecified, reserved, shared (CGNAT, RFC 6598), a cloud metadata endpoint, or otherwise not globally
routable (documentation, benchmarking, …). IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d, 6to4,
Teredo, NAT64 64:ff9b::/96) are judged by the IPv4 address inside, so ::ffff:127.0.0.1 is loopback."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Instance metadata services: AWS/GCP/Azure/OpenStack (169.254.169.254), AWS over IPv6, AWS ECS task metadata,
# Alibaba Cloud. Named apart from link-local so the log says what was aimed at.
METADATA = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "169.254.170.2", "100.100.100.200")
)
SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT (RFC 6598)
NAT64 = ipaddress.ip_network("64:ff9b::/96")

_RULES: tuple[tuple[str, Callable[[IPAddress], bool]], ...] = (
    ("metadata", lambda a: a in METADATA),
    ("loopback", lambda a: a.is_loopback),
    ("unspecified", lambda a: a.is_unspecified),
    ("link_local", lambda a: a.is_link_local),
    ("multicast", lambda a: a.is_multicast),
    ("shared", lambda a: isinstance(a, ipaddress.IPv4Address) and a in SHARED),
    ("private", lambda a: a.is_private),
    ("reserved", lambda a: a.is_reserved),
    ("not_global", lambda a: not a.is_global),
)


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, Teredo client, NAT64), if any."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal(address: IPAddress) -> str | None:
    """Why a webhook may not go to this address (a reason code), or None for a public unicast address."""
    inner = embedded_ipv4(address)
    if inner is not None:
        reason = refusal(inner)
        if reason is not None:
            return reason
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            return None  # ::ffff:8.8.8.8 is 8.8.8.8
    for reason, applies in _RULES:
        if applies(address):
            return reason
    return None


def parse_allow_list(entries: Iterable[str]) -> tuple[frozenset[str], tuple[ipaddress._BaseNetwork, ...]]:
    """DVK_WEBHOOK_ALLOW_HOSTS split into host names and networks (an address is a one-address network)."""
    names: set[str] = set()
    networks: list[ipaddress._BaseNetwork] = []
    for entry in entries:
        value = entry.strip().lower().strip("[]")
        try:
            networks.append(ipaddress.ip_network(value, strict=False))
        except ValueError:
            names.add(value.rstrip("."))
    return frozenset(names), tuple(networks)


def allowed(host: str, address: IPAddress, entries: Iterable[str]) -> bool:
    """True when the allow-list names the host, or a network holding the address (tests only: refused in
    production)."""
    names, networks = parse_allow_list(entries)
    if host.lower().rstrip(".") in names:
        return True
    return any(address.version == n.version and address in n for n in networks)
