"""A database that goes away, stalls or turns read-only: answers are 503 `database_unavailable` with
Retry-After, within the configured bounds, never a 500 or a hang; recovery needs no restart and every
acknowledged write is still there. A TCP proxy the test controls stands between the API and PostgreSQL
(the shared server itself is never stopped)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select

from app.core.db import Database, get_database, set_database
from app.models import ModelHistory, RegisteredModel
from tests.support.tcp_proxy import TcpProxy

# The app runs on a second Database (through the TCP proxy, a tiny pool): it must see what the test committed.
pytestmark = [pytest.mark.postgres_only, pytest.mark.committing]

CONNECT, POOL, STATEMENT = 1.0, 1.0, 2.0
# The most a request may take while the database is unreachable or silent: a pool wait, a connect, and
# the client's command timeout (statement + 1 s), with room for a loaded CI machine.
BOUND = POOL + CONNECT + STATEMENT + 1 + 3


@pytest.fixture
async def proxied(ctx: Any, settings_env: Any) -> AsyncIterator[TcpProxy]:
    """The app's database reached through a proxy, with short outage timeouts."""
    settings_env(
        database_connect_timeout_seconds=CONNECT,
        database_pool_timeout_seconds=POOL,
        database_statement_timeout_seconds=STATEMENT,
        readyz_timeout_seconds=1.5,
    )
    real = get_database()
    host_port = real.url.split("@")[-1].split("/")[0]
    host, _, port = host_port.partition(":")
    proxy = TcpProxy(host, int(port or 5432))
    through = Database(proxy.url(real.url))
    set_database(through)
    try:
        yield proxy
    finally:
        set_database(real)
        await through.dispose()
        proxy.close()


async def _create(ctx: Any, name: str) -> tuple[int, dict[str, Any], float]:
    started = time.monotonic()
    r = await ctx.client.post("/api/v1/models", json=ctx.body(name=name), headers=ctx.demo.headers("demo.registrant"))
    return r.status_code, {"body": r.json(), "headers": r.headers}, time.monotonic() - started


def _assert_unavailable(status: int, answer: dict[str, Any], elapsed: float) -> None:
    assert status == 503, answer
    assert answer["body"]["code"] == "database_unavailable"
    assert int(answer["headers"]["Retry-After"]) > 0
    assert answer["headers"]["content-type"].startswith("application/problem+json")
    assert elapsed < BOUND, f"took {elapsed:.1f} s"


async def test_killed_stalled_and_restored_database(ctx: Any, proxied: TcpProxy, session: Any) -> None:
    acknowledged: list[str] = []
    for i in range(3):
        status, answer, _ = await _create(ctx, f"Trước sự cố {i}")
        assert status == 201
        acknowledged.append(answer["body"]["id"])

    proxied.kill()
    for path in ("/api/v1/models", "/readyz"):
        started = time.monotonic()
        r = await ctx.client.request(
            "POST" if path == "/api/v1/models" else "GET",
            path,
            json=ctx.body(name="Trong sự cố") if path == "/api/v1/models" else None,
            headers=ctx.demo.headers("demo.registrant"),
        )
        assert r.status_code == 503, r.text
        assert time.monotonic() - started < 2, "a refused connection is answered at once"
    read = await ctx.client.get("/api/v1/models", headers=ctx.demo.headers("demo.registrant"))
    assert read.status_code == 503 and read.json()["code"] == "database_unavailable"

    proxied.restore()
    status, answer, _ = await _create(ctx, "Sau khi kết nối lại")
    assert status == 201, answer
    acknowledged.append(answer["body"]["id"])

    proxied.stall()
    _assert_unavailable(*await _create(ctx, "Trong lúc mạng treo"))
    started = time.monotonic()
    ready = await ctx.client.get("/readyz")
    assert ready.status_code == 503 and time.monotonic() - started < 1.5 + 1.5

    proxied.restore()
    for i in range(2):
        status, answer, _ = await _create(ctx, f"Sau khi mạng thông {i}")
        assert status == 201, answer
        acknowledged.append(answer["body"]["id"])
    assert (await ctx.client.get("/readyz")).status_code == 200

    await session.rollback()
    present = set(map(str, (await session.scalars(select(RegisteredModel.id))).all()))
    assert set(acknowledged) <= present, "an acknowledged write was lost"
    # Nothing half-written: every model that exists has its creation history row.
    histories = await session.scalar(
        select(func.count()).select_from(ModelHistory).where(ModelHistory.action == "create")
    )
    assert histories == len(present)


async def test_a_read_only_database_answers_writes_with_503_and_reads_normally(ctx: Any, settings_env: Any) -> None:
    real = get_database()
    # A standby, or a primary being demoted during a failover: every transaction is read-only.
    standby = Database(real.url, connect_args={"server_settings": {"default_transaction_read_only": "on"}})
    set_database(standby)
    try:
        status, answer, _ = await _create(ctx, "Khi máy chủ chỉ đọc")
        assert status == 503 and answer["body"]["code"] == "database_unavailable", answer
        assert answer["body"]["reason"] == "sqlstate_25006"
        listed = await ctx.client.get("/api/v1/models", headers=ctx.demo.headers("demo.registrant"))
        assert listed.status_code == 200
    finally:
        set_database(real)
        await standby.dispose()


async def test_an_exhausted_pool_answers_503_after_the_pool_timeout(ctx: Any, settings_env: Any) -> None:
    settings_env(database_pool_timeout_seconds=0.5)
    real = get_database()
    tiny = Database(real.url, pool_size=1, max_overflow=0)
    set_database(tiny)
    try:
        async with tiny.engine.connect() as held:  # the only connection, busy elsewhere
            await held.execute(select(1))
            started = time.monotonic()
            r = await ctx.client.get("/api/v1/models", headers=ctx.demo.headers("demo.registrant"))
            assert r.status_code == 503 and r.json()["reason"] == "pool_timeout", r.text
            assert time.monotonic() - started < 3
        assert (await ctx.client.get("/api/v1/models", headers=ctx.demo.headers("demo.registrant"))).status_code == 200
    finally:
        set_database(real)
        await tiny.dispose()
