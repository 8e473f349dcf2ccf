"""Concurrent writers and unexpected failures: one winner and 412 for the rest (never 500), unique codes
under parallel registrations, transient database errors retried, and error answers that keep the
connection usable."""

from __future__ import annotations

import asyncio
import os
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from app.core.db_errors import DatabaseUnavailable
from app.registry import model_read, service
from tests.support.app import get_app

# Not imported from tests/conftest.py (see tests/support/app.py).
DB_KIND = os.environ.get("DVK_TEST_DATABASE", "sqlite")


@pytest.mark.committing  # requests at once
async def test_concurrent_patches_with_the_same_if_match_have_one_winner_and_412s(ctx: Any) -> None:
    model = await ctx.create()
    current = await ctx.client.get(f"/api/v1/models/{model['id']}", headers=ctx.demo.headers("demo.registrant"))
    headers = ctx.demo.headers("demo.registrant", **{"If-Match": current.headers["ETag"]})
    answers = await asyncio.gather(
        *(
            ctx.client.patch(f"/api/v1/models/{model['id']}", json={"name": f"Tên {i}"}, headers=headers)
            for i in range(12)
        )
    )
    statuses = sorted(r.status_code for r in answers)
    assert statuses == [200] + [412] * 11, [r.text for r in answers if r.status_code not in (200, 412)]
    assert {r.json()["code"] for r in answers if r.status_code == 412} == {"precondition_failed"}


@pytest.mark.committing  # requests at once
async def test_concurrent_writes_with_quotas_never_cancel_a_database_call(
    ctx: Any, database: Any, settings_env: Any
) -> None:
    """Every request is counted against its quotas, and no connection is torn down on the way.

    On SQLite the counters live in memory: in the database they were a write per request that queued
    behind the requests' own writes, past the counter's bound, which cancelled it mid-statement; a cancelled
    aiosqlite call leaves a clean-up task that never ends (the event loop then hung at shutdown)."""
    from sqlalchemy import event

    if DB_KIND == "sqlite":
        settings_env(rate_limit_store_timeout_seconds=0.05)  # a counter that queued for a lock would miss it
    torn_down: list[Any] = []
    sync_engine = database.engine.sync_engine
    listener = lambda *args: torn_down.append(args)  # noqa: E731
    event.listen(sync_engine, "invalidate", listener)
    try:
        model = await ctx.create()
        current = await ctx.client.get(f"/api/v1/models/{model['id']}", headers=ctx.demo.headers("demo.registrant"))
        patch_headers = ctx.demo.headers("demo.registrant", **{"If-Match": current.headers["ETag"]})
        answers = await asyncio.gather(
            *(
                ctx.client.patch(f"/api/v1/models/{model['id']}", json={"name": f"Tên {i}"}, headers=patch_headers)
                for i in range(12)
            ),
            *(
                ctx.client.post(
                    "/api/v1/models", json=ctx.body(name=f"Mô hình {i}"), headers=ctx.demo.headers("demo.registrant")
                )
                for i in range(12)
            ),
        )
    finally:
        event.remove(sync_engine, "invalidate", listener)
    assert sorted(r.status_code for r in answers) == [200] + [201] * 12 + [412] * 11
    assert all("RateLimit" in r.headers for r in answers), "a request went uncounted (the counter timed out)"
    assert torn_down == []
    stuck = [t for t in asyncio.all_tasks() if "terminate" in repr(t.get_coro())]
    assert stuck == []


@pytest.mark.committing  # requests at once
async def test_parallel_registrations_get_unique_codes(ctx: Any) -> None:
    answers = await asyncio.gather(
        *(
            ctx.client.post(
                "/api/v1/models", json=ctx.body(name=f"Mô hình {i}"), headers=ctx.demo.headers("demo.registrant")
            )
            for i in range(30)
        )
    )
    assert [r.status_code for r in answers] == [201] * 30
    codes = sorted(r.json()["code"] for r in answers)
    assert len(set(codes)) == 30
    numbers = [int(c.rsplit("-", 1)[1]) for c in codes]
    assert numbers == list(range(numbers[0], numbers[0] + 30)), "no rollbacks here, so no gaps"


def _fail_first(monkeypatch: Any, times: int) -> list[int]:
    """create_model raises a serialization failure the first `times` calls (a real one on PostgreSQL)."""
    calls: list[int] = []
    real = service.create_model

    async def flaky(session: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) <= times:
            if DB_KIND == "postgresql":
                await session.execute(text("DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40001'; END $$"))
            raise DatabaseUnavailable("sqlstate_40001", retryable=True)
        return await real(session, *args, **kwargs)

    monkeypatch.setattr(service, "create_model", flaky)
    return calls


async def test_a_serialization_failure_is_retried_with_the_same_body(ctx: Any, monkeypatch: Any) -> None:
    calls = _fail_first(monkeypatch, 2)
    r = await ctx.client.post(
        "/api/v1/models", json=ctx.body(name="Sau hai lần xung đột"), headers=ctx.demo.headers("demo.registrant")
    )
    assert r.status_code == 201, r.text
    assert r.json()["name"] == "Sau hai lần xung đột" and len(calls) == 3


async def test_a_persistent_serialization_failure_is_a_503(ctx: Any, monkeypatch: Any) -> None:
    calls = _fail_first(monkeypatch, 100)
    r = await ctx.client.post("/api/v1/models", json=ctx.body(), headers=ctx.demo.headers("demo.registrant"))
    assert r.status_code == 503 and r.json()["code"] == "database_unavailable" and "Retry-After" in r.headers
    assert len(calls) == 1 + 3, "the default database_retry_attempts is 3"
    listed = await ctx.client.get("/api/v1/models", headers=ctx.demo.headers("demo.registrant"))
    assert listed.json()["items"] == [], "nothing of the failed attempts was committed"


async def test_an_unexpected_error_is_a_500_problem_and_does_not_escape_the_app(ctx: Any, monkeypatch: Any) -> None:
    model = await ctx.create()

    async def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(model_read, "read_visible", broken)
    # raise_app_exceptions=True: if the app re-raised after its 500 (which makes uvicorn drop keep-alive
    # connections), the client would raise here.
    transport = httpx.ASGITransport(app=get_app(), raise_app_exceptions=True)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        r = await client.get(f"/api/v1/models/{model['id']}", headers=ctx.demo.headers("demo.registrant"))
        assert r.status_code == 500
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["code"] == "internal_error" and r.json()["request_id"] == r.headers["X-Request-ID"]
        assert "a bug" not in r.text
        monkeypatch.undo()
        again = await client.get(f"/api/v1/models/{model['id']}", headers=ctx.demo.headers("demo.registrant"))
        assert again.status_code == 200
