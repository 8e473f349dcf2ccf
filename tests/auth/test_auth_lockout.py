"""Sign-in throttling cannot be turned against a user: per (account, address) back-off, a high per-account
ceiling, and forwarded addresses believed only from trusted proxies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from app.core.client import forwarded_client
from app.models import LoginAttempt

TOKEN = "/api/v1/auth/token"


def _client_from(address: str) -> httpx.AsyncClient:
    from tests.support.app import get_app

    transport = httpx.ASGITransport(app=get_app(), raise_app_exceptions=False, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def _login(client: Any, username: str, password: str, **headers: str) -> Any:
    return await client.post(TOKEN, data={"username": username, "password": password}, headers=headers)


async def test_a_flood_from_one_address_does_not_stop_the_right_password_from_another(demo, settings_env) -> None:
    settings_env(login_pair_free_failures=3, login_backoff_base_seconds=60)
    async with _client_from("203.0.113.7") as attacker, _client_from("198.51.100.20") as owner:
        answers = [(await _login(attacker, "demo.admin", f"guess-{i}")).status_code for i in range(12)]
        assert answers[:3] == [401, 401, 401]
        assert set(answers[3:]) == {429}
        r = await _login(attacker, "demo.admin", demo.password)
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        assert (await _login(owner, "demo.admin", demo.password)).status_code == 200


async def test_the_back_off_grows_with_each_failure(demo, session, settings_env) -> None:
    settings_env(login_pair_free_failures=2, login_backoff_base_seconds=10, login_backoff_max_seconds=1000)
    now = datetime.now(UTC)
    for n, expected in ((2, 10), (3, 20), (5, 80)):
        await session.execute(LoginAttempt.__table__.delete())
        session.add_all([LoginAttempt(username="demo.admin", address="192.0.2.1", attempted_at=now) for _ in range(n)])
        await session.commit()
        async with _client_from("192.0.2.1") as client:
            r = await _login(client, "demo.admin", demo.password)
        assert r.status_code == 429, r.text
        assert expected - 2 <= int(r.headers["retry-after"]) <= expected


async def test_the_wait_ends_after_the_delay(demo, session, settings_env) -> None:
    settings_env(login_pair_free_failures=2, login_backoff_base_seconds=10)
    earlier = datetime.now(UTC) - timedelta(seconds=30)
    session.add_all([LoginAttempt(username="demo.admin", address="192.0.2.1", attempted_at=earlier) for _ in range(2)])
    await session.commit()
    async with _client_from("192.0.2.1") as client:
        assert (await _login(client, "demo.admin", demo.password)).status_code == 200


async def test_the_per_account_ceiling_holds_across_addresses(demo, settings_env) -> None:
    settings_env(login_pair_free_failures=100, login_max_failures_per_account=4)
    for i in range(4):
        async with _client_from(f"203.0.113.{i + 1}") as client:
            assert (await _login(client, "demo.viewer", "wrong")).status_code == 401
    async with _client_from("198.51.100.99") as client:
        r = await _login(client, "demo.viewer", demo.password)
        assert r.status_code == 429 and r.json()["code"] == "login_throttled"
        assert (await _login(client, "demo.admin", demo.password)).status_code == 200


def test_the_default_ceiling_is_high() -> None:
    from app.core.config import get_settings

    settings = get_settings()
    assert settings.login_max_failures_per_account >= 100
    assert settings.login_account_window_seconds <= 3600


async def test_x_forwarded_for_is_ignored_from_an_untrusted_peer(demo, session, settings_env) -> None:
    settings_env(login_pair_free_failures=100)
    async with _client_from("127.0.0.1") as client:
        await _login(client, "demo.admin", "wrong", **{"X-Forwarded-For": "10.9.9.9"})
    rows = (await session.execute(LoginAttempt.__table__.select())).all()
    await session.rollback()
    assert [r.address for r in rows] == ["127.0.0.1"]


async def test_x_forwarded_for_is_believed_from_a_trusted_proxy(demo, session, settings_env) -> None:
    settings_env(login_pair_free_failures=100, trusted_proxies="10.0.0.0/8, 127.0.0.1")
    async with _client_from("10.1.2.3") as client:
        await _login(client, "demo.admin", "wrong", **{"X-Forwarded-For": "1.1.1.1, 198.51.100.5, 10.0.0.9"})
    rows = (await session.execute(LoginAttempt.__table__.select())).all()
    await session.rollback()
    assert [r.address for r in rows] == ["198.51.100.5"]


def test_forwarded_client_rules() -> None:
    trusted = ("10.0.0.0/8",)
    assert forwarded_client("10.0.0.1", "203.0.113.9", trusted) == "203.0.113.9"
    assert forwarded_client("192.0.2.1", "203.0.113.9", trusted) == "192.0.2.1"
    assert forwarded_client("10.0.0.1", None, trusted) == "10.0.0.1"
    assert forwarded_client("10.0.0.1", "203.0.113.9", ()) == "10.0.0.1"
    assert forwarded_client("10.0.0.1", "10.0.0.2, 10.0.0.3", trusted) == "10.0.0.2"


def test_uvicorn_does_not_rewrite_the_peer() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for script in ("scripts/serve", "docker-entrypoint.sh"):
        assert "--no-proxy-headers" in (root / script).read_text()
