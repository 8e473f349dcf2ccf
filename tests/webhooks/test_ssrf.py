"""SSRF: a webhook URL is refused when its host is, or resolves to, an address that is not public unicast —
at subscription time (422) and again before every delivery (DNS rebinding), where nothing is sent and the
attempt is logged. Resolution is replaced by the test (`app.webhooks.urls.resolve`): no test connects anywhere but
127.0.0.1."""

from __future__ import annotations

import ipaddress
from typing import Any

import pytest

from app.core.errors import Unprocessable
from app.webhooks import urls
from app.webhooks.addresses import allowed, refusal
from app.webhooks.urls import validate_url
from tests.webhooks.webhook_support import attempts, deliver, deliveries, record, subscribe

PUBLIC = "203.0.114.7"  # looks public to the checks (never connected to: the tests only resolve)


def answer(mapping: dict[str, list[str]]) -> Any:
    async def fake_resolve(host: str, port: int) -> list[str]:
        return mapping.get(host, [])

    return fake_resolve


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.20.30.40", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.10", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "metadata"),
        ("fd00:ec2::254", "metadata"),
        ("169.254.10.1", "link_local"),
        ("fe80::1", "link_local"),
        ("224.0.0.251", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("100.64.0.1", "shared"),
        ("2002:a14:1e28::1", "private"),  # 6to4 around 10.20.30.40
        ("64:ff9b::a14:1e28", "private"),  # NAT64 around 10.20.30.40
        ("192.0.2.10", "private"),  # documentation (TEST-NET-1)
    ],
)
def test_refused_ranges(address: str, reason: str) -> None:
    assert refusal(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "113.160.1.1"])
def test_public_unicast_is_allowed(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is None


def test_the_allow_list_names_hosts_addresses_and_networks() -> None:
    loopback = ipaddress.ip_address("127.0.0.1")
    assert allowed("127.0.0.1", loopback, ["127.0.0.1"])
    assert allowed("receiver.test", loopback, ["Receiver.Test"])
    assert allowed("x", ipaddress.ip_address("10.1.2.3"), ["10.0.0.0/8"])
    assert not allowed("x", loopback, ["10.0.0.0/8", "receiver.test"])
    assert not allowed("x", ipaddress.ip_address("::1"), ["127.0.0.1"])


@pytest.mark.parametrize(
    ("host", "addresses", "code"),
    [
        ("hooks.example.vn", ["127.0.0.1"], "webhook_url_refused"),
        ("hooks.example.vn", ["10.0.0.8"], "webhook_url_refused"),
        ("hooks.example.vn", ["169.254.169.254"], "webhook_url_refused"),
        ("hooks.example.vn", ["::1"], "webhook_url_refused"),
        # One bad address among good ones is enough: the connection could be made to any of them.
        ("hooks.example.vn", [PUBLIC, "192.168.0.2"], "webhook_url_refused"),
        ("nowhere.example.vn", [], "webhook_url_unresolvable"),
    ],
)
async def test_names_resolving_to_refused_addresses_are_refused(
    monkeypatch: Any, settings_env: Any, host: str, addresses: list[str], code: str
) -> None:
    settings = settings_env(webhook_allow_hosts="")
    monkeypatch.setattr(urls, "resolve", answer({"hooks.example.vn": addresses}))
    problem = await validate_url(f"https://{host}/dvk", settings)
    assert isinstance(problem, Unprocessable) and problem.status == 422 and problem.code == code


@pytest.mark.parametrize(
    "url",
    ["https://127.0.0.1/x", "https://[::1]:8443/x", "https://169.254.169.254/latest/meta-data", "https://10.1.1.1/"],
)
async def test_address_literals_are_refused_unless_allow_listed(settings_env: Any, url: str) -> None:
    refused = await validate_url(url, settings_env(webhook_allow_hosts=""))
    assert refused is not None and refused.code == "webhook_url_refused"
    if "127.0.0.1" in url:
        assert await validate_url(url, settings_env(webhook_allow_hosts="127.0.0.1")) is None


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://hooks.example.vn/x", "webhook_url_scheme"),
        ("ftp://hooks.example.vn/x", "webhook_url_scheme"),
        ("https://user:secret@hooks.example.vn/x", "webhook_url_invalid"),
        ("https://hooks.example.vn/x#frag", "webhook_url_invalid"),
        ("https:///x", "webhook_url_invalid"),
        ("https://hooks.example.vn:99999/x", "webhook_url_invalid"),
        ("https://hooks.example.vn/a b", "webhook_url_invalid"),
        ("https://hooks.example.vn/" + "a" * 2000, "webhook_url_invalid"),
    ],
)
async def test_malformed_urls_and_http_are_refused(monkeypatch: Any, settings_env: Any, url: str, code: str) -> None:
    monkeypatch.setattr(urls, "resolve", answer({"hooks.example.vn": [PUBLIC]}))
    problem = await validate_url(url, settings_env(webhook_allow_http="false"))
    assert problem is not None and problem.code == code
    assert await validate_url("https://hooks.example.vn/x", settings_env(webhook_allow_http="false")) is None


async def test_subscribing_to_a_refused_url_is_422_and_adds_nothing(
    database: Any, session: Any, demo: Any, monkeypatch: Any, settings_env: Any
) -> None:
    settings_env(webhook_allow_hosts="")
    monkeypatch.setattr(urls, "resolve", answer({"metadata.example.vn": ["169.254.169.254"]}))
    with pytest.raises(Unprocessable) as refused:
        await subscribe(session, demo, "http://metadata.example.vn/latest")
    assert refused.value.code == "webhook_url_refused"
    assert "169.254.169.254" in str(refused.value) and "metadata" in str(refused.value)


async def test_dns_rebinding_is_refused_at_delivery_and_logged(
    database: Any, session: Any, demo: Any, receiver: Any, monkeypatch: Any
) -> None:
    # At subscription time the name resolves to a public address ...
    names = {"hooks.vinhlinh.example.vn": [PUBLIC]}
    monkeypatch.setattr(urls, "resolve", answer(names))
    url = f"http://hooks.vinhlinh.example.vn:{receiver.port}/hook"
    subscription = await subscribe(session, demo, url)
    # ... at delivery time the attacker's DNS answers an internal one.
    names["hooks.vinhlinh.example.vn"] = ["169.254.169.254"]
    await record(session, demo, "QT-VL-VT")

    await deliver(database)

    [logged] = await attempts(session, subscription.id)
    assert (logged.outcome, logged.error, logged.status_code) == ("refused", "refused_metadata", None)
    [delivery] = await deliveries(session, subscription.id)
    assert delivery.status == "pending" and delivery.last_error == "refused_metadata"  # tried again later
    assert receiver.received == []


async def test_a_name_allow_listed_for_tests_reaches_the_loopback_receiver(
    database: Any, session: Any, demo: Any, receiver: Any, monkeypatch: Any, settings_env: Any
) -> None:
    settings_env(webhook_allow_hosts="receiver.test")
    monkeypatch.setattr(urls, "resolve", answer({"receiver.test": ["127.0.0.1"]}))
    subscription = await subscribe(session, demo, f"http://receiver.test:{receiver.port}/hook")
    await record(session, demo, "QT-VL-VT")
    await deliver(database)
    [hit] = receiver.hits("/hook")
    assert hit.headers["Host"] == f"receiver.test:{receiver.port}"  # the name, though the address was dialled
    assert [d.status for d in await deliveries(session, subscription.id)] == ["delivered"]


def test_the_allow_list_and_http_are_refused_in_production() -> None:
    from pydantic import ValidationError

    from app.core.config import Settings

    production = {"env": "production", "jwt_keys": {"k": "x" * 40}, "jwt_active_kid": "k", "metrics_token": "m" * 20}
    with pytest.raises(ValidationError, match="refused in production"):
        Settings(**production, webhook_allow_hosts=["127.0.0.1"], webhook_allow_http=False)
    with pytest.raises(ValidationError, match="refused in production"):
        Settings(**production, webhook_allow_hosts=[], webhook_allow_http=True)
    assert Settings(**production, webhook_allow_hosts=[], webhook_allow_http=False).is_production
