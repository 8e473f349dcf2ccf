"""Request quotas: per caller, stricter per user and per unit for creates, 429 rate_limited with Retry-After
and the RateLimit headers; counted in the database (exact under concurrency) or in Redis."""

from __future__ import annotations

import asyncio
import os
import re
import secrets
from datetime import timedelta
from typing import Any

import httpx
import pytest

from app.core.config import get_settings
from app.core.security import issue_token

FIELDS = "/api/v1/fields"
RATE = re.compile(r'^"(?P<name>[a-z-]+)";r=(?P<r>\d+);t=(?P<t>\d+)')


def _assert_limited(r: Any) -> None:
    assert r.status_code == 429, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "rate_limited"
    assert int(r.headers["retry-after"]) > 0
    assert "ratelimit" in r.headers and "ratelimit-policy" in r.headers


def _token(user_id: Any, unit: int | None = None) -> dict[str, str]:
    claims = {"unit": unit} if unit is not None else {}
    token, _, _ = issue_token(
        get_settings(), subject=user_id, token_type="access", lifetime=timedelta(minutes=5), claims=claims
    )
    return {"Authorization": f"Bearer {token}"}


async def test_a_user_is_limited_and_every_answer_says_how_much_is_left(client, demo, settings_env) -> None:
    settings_env(rate_limit_default="5/minute")
    headers = demo.headers("demo.viewer")
    answers = [await client.get(FIELDS, headers=headers) for _ in range(5)]
    assert [r.status_code for r in answers] == [200] * 5
    assert answers[0].headers["ratelimit-policy"] == '"default";q=5;w=60'
    assert [RATE.match(r.headers["ratelimit"])["r"] for r in answers] == ["4", "3", "2", "1", "0"]
    assert 0 < int(RATE.match(answers[0].headers["ratelimit"])["t"]) <= 60
    _assert_limited(await client.get(FIELDS, headers=headers))
    # Another user has their own allowance.
    assert (await client.get(FIELDS, headers=demo.headers("demo.admin"))).status_code == 200


async def test_anonymous_requests_are_limited_per_address(demo, settings_env) -> None:
    from tests.support.app import get_app

    settings_env(rate_limit_anonymous="3/minute")

    def client_from(address: str) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=get_app(), raise_app_exceptions=False, client=(address, 1234))
        return httpx.AsyncClient(transport=transport, base_url="http://testserver")

    async with client_from("203.0.113.1") as one, client_from("203.0.113.2") as two:
        for _ in range(3):
            assert (await one.get("/api/v1/public/exemplars")).status_code == 200
        _assert_limited(await one.get("/api/v1/public/exemplars"))
        _assert_limited(
            await one.post("/api/v1/auth/token", data={"username": "demo.admin", "password": demo.password})
        )
        assert (await two.get("/api/v1/public/exemplars")).status_code == 200


async def test_creates_have_a_stricter_quota_per_user(client, demo, settings_env) -> None:
    settings_env(rate_limit_create_user="2/minute")
    headers = demo.headers("demo.registrant")
    for _ in range(2):
        assert (await client.post("/api/v1/models", json={}, headers=headers)).status_code == 422
    r = await client.post("/api/v1/models", json={}, headers=headers)
    _assert_limited(r)
    assert '"create-user";q=2;w=60' in r.headers["ratelimit-policy"]
    # Reads still go through: only the create quota is spent.
    assert (await client.get(FIELDS, headers=headers)).status_code == 200


async def test_creates_have_a_quota_per_unit_shared_by_its_users(client, demo, settings_env) -> None:
    settings_env(rate_limit_create_unit="3/minute")
    unit = demo.unit("QT-VL")
    one, two = _token(demo.users["demo.registrant"], unit), _token(demo.users["demo.viewer"], unit)
    for headers in (one, one, two):
        assert (await client.post("/api/v1/units", json={}, headers=headers)).status_code != 429
    r = await client.post("/api/v1/units", json={}, headers=two)
    _assert_limited(r)
    assert '"create-unit";q=3;w=3600' not in r.headers["ratelimit-policy"]
    assert '"create-unit";q=3;w=60' in r.headers["ratelimit-policy"]
    # A user of another unit is not affected.
    other = _token(demo.users["demo.admin"], demo.unit("QT"))
    assert (await client.post("/api/v1/units", json={}, headers=other)).status_code == 422


async def test_the_access_token_carries_the_home_unit(client, demo) -> None:
    from app.core.security import decode_token

    r = await client.post("/api/v1/auth/token", data={"username": "demo.registrant", "password": demo.password})
    claims = decode_token(get_settings(), r.json()["access_token"], "access")
    assert isinstance(claims["unit"], int)


def test_route_kinds() -> None:
    from fastapi.routing import APIRoute

    from app.core.ratelimit import route_kind
    from tests.support.app import get_app

    kinds: dict[str, str] = {}

    def collect(routes: Any) -> None:
        for route in routes:
            if isinstance(route, APIRoute):
                kinds[route.operation_id or ""] = route_kind(route)
            elif hasattr(route, "original_router"):
                collect(route.original_router.routes)

    collect(get_app().routes)
    assert kinds["models_create"] == "create"
    assert kinds["evidence_upload"] == "upload"
    assert kinds["imports_registrations"] == "import"
    assert kinds["models_list"] == "default"


@pytest.mark.committing  # requests at once
@pytest.mark.parametrize("flush", [0, 0.2], ids=["a statement per request", "batched"])
async def test_concurrent_requests_are_counted_exactly(client, demo, session, database, settings_env, flush) -> None:
    """50 at once against a quota of 30: exactly 30 served, on either store (PostgreSQL: the database's
    counter row, written per request or by the process's batches; SQLite: the process's memory)."""
    from sqlalchemy import text

    from app.core.ratelimit import batched_store

    # The counter store is given room: under a loaded machine its 1 s default bound would let requests through
    # uncounted (fail-open, tested on its own), and this test is about exact counting.
    settings_env(rate_limit_default="30/minute", rate_limit_store_timeout_seconds=10, rate_limit_flush_seconds=flush)
    headers = demo.headers("demo.viewer")
    answers = await asyncio.gather(*(client.get(FIELDS, headers=headers) for _ in range(50)))
    statuses = sorted(r.status_code for r in answers)
    assert statuses.count(200) == 30 and statuses.count(429) == 20, statuses
    batches = batched_store(get_settings())
    assert (batches is not None) == (flush > 0 and database.url.startswith("postgresql"))
    if batches is not None:
        await batches.flush()
    rows = (
        (
            await session.execute(
                text("SELECT hits FROM rate_limits WHERE key = :k"), {"k": f"user:{demo.users['demo.viewer']}"}
            )
        )
        .scalars()
        .all()
    )
    await session.rollback()
    assert rows == ([50] if database.url.startswith("postgresql") else []), "SQLite writes no counter rows"


async def test_the_counter_store_follows_the_settings(database, settings_env) -> None:
    from app.core.ratelimit import counter_store, store_kind
    from app.core.ratelimit_store import DatabaseCounterStore, MemoryCounterStore, RedisCounterStore

    auto = store_kind(get_settings())
    assert auto == ("database" if database.url.startswith("postgresql") else "memory")
    assert isinstance(counter_store(get_settings()), DatabaseCounterStore if auto == "database" else MemoryCounterStore)
    settings_env(rate_limit_store="database")
    assert isinstance(counter_store(get_settings()), DatabaseCounterStore)
    settings_env(rate_limit_store="auto", redis_url=_redis_url())
    assert store_kind(get_settings()) == "redis" and isinstance(counter_store(get_settings()), RedisCounterStore)
    settings_env(rate_limit_store="memory")
    assert store_kind(get_settings()) == "memory"
    with pytest.raises(ValueError, match="DVK_REDIS_URL"):
        settings_env(rate_limit_store="redis", redis_url="")


async def test_the_memory_store_counts_per_window() -> None:
    from app.core.ratelimit_store import MemoryCounterStore

    store = MemoryCounterStore()
    assert await store.hit([("a", 0, 60), ("b", 0, 60)]) == {"a": 1, "b": 1}
    assert await store.hit([("a", 0, 60)]) == {"a": 2}
    assert await store.hit([("a", 60, 60)]) == {"a": 1}  # a new window is a new counter


async def test_the_database_store_is_one_statement_and_exact(database) -> None:
    from app.core.ratelimit_store import DatabaseCounterStore

    store = DatabaseCounterStore(database)
    assert await store.hit([("a", 0, 60), ("b", 0, 60)]) == {"a": 1, "b": 1}
    assert await store.hit([("a", 0, 60)]) == {"a": 2}
    assert await store.hit([("a", 60, 60)]) == {"a": 1}  # a new window starts again
    assert await store.hit([("a", 0, 60)]) == {"a": 2}  # a late clock never rewinds the window


def _redis_url() -> str:
    return "redis://127.0.0.1:6379/0"


@pytest.mark.committing  # requests at once
async def test_quotas_in_redis(client, demo, settings_env) -> None:
    import redis.asyncio as redis  # a pinned dependency, never missing

    connection = redis.from_url(_redis_url())
    try:
        await connection.ping()
    except Exception as exc:  # pragma: no cover - the machine runs Redis; .ci/run starts it if it is down
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is not reachable at {_redis_url()} under CI=true: {exc}")
        pytest.skip(f"REDIS UNREACHABLE at {_redis_url()}: {exc} (a developer machine without Redis)")
    prefix = f"dvk-test-{secrets.token_hex(6)}"
    try:
        settings_env(redis_url=_redis_url(), redis_key_prefix=prefix, rate_limit_default="3/minute")
        headers = demo.headers("demo.viewer")
        for _ in range(3):
            assert (await client.get(FIELDS, headers=headers)).status_code == 200
        _assert_limited(await client.get(FIELDS, headers=headers))
        keys = [k async for k in connection.scan_iter(f"{prefix}*")]
        ttls = [await connection.ttl(k) for k in keys]
        assert keys and all(0 < ttl <= 60 for ttl in ttls), ttls
        answers = await asyncio.gather(*(client.get(FIELDS, headers=demo.headers("demo.admin")) for _ in range(8)))
        assert sorted(r.status_code for r in answers) == [200] * 3 + [429] * 5
    finally:
        async for key in connection.scan_iter(f"{prefix}*"):
            await connection.delete(key)
        await connection.aclose()


async def test_a_counter_store_that_cannot_count_fails_open(client, demo, settings_env) -> None:
    from tests.support.live_server import free_port

    # Redis down (nobody listens on the port): requests are served, just not counted.
    settings_env(redis_url=f"redis://127.0.0.1:{free_port()}/0", rate_limit_default="2/minute")
    answers = [await client.get("/api/v1/me", headers=demo.headers("demo.viewer")) for _ in range(4)]
    assert [r.status_code for r in answers] == [200] * 4
    assert all("RateLimit" not in r.headers for r in answers)
