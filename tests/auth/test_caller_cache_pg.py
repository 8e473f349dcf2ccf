"""The caller cache on PostgreSQL, with a real listener: a repeated caller costs no statement, and every change
that takes rights away (deactivation, a role removed, a session revoked, a unit closed) is felt by the next
request, whether made through the API or by another connection (the triggers of migration 0029 NOTIFY)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import asyncpg
import pytest

from app.auth import caller_cache, dependencies
from app.auth.caller_cache import CACHE, CallerListener

# Marked statically: anyio re-creates dynamically marked async tests, losing the postgres_only skip.
pytestmark = [pytest.mark.postgres_only, pytest.mark.committing, pytest.mark.anyio]

API = "/api/v1"
REFUSED = (403, 404)  # no admin role left anywhere (403), or none over that user (404)


async def _until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.01)


def _dsn(database: Any) -> str:
    return database.url.replace("postgresql+asyncpg://", "postgresql://")


@pytest.fixture
async def listener(database: Any, demo: Any) -> AsyncIterator[CallerListener]:
    """The process's cache, listening on its own connection (what the app's lifespan starts)."""
    CACHE.ttl_seconds = 60.0
    stop = asyncio.Event()
    listening = CallerListener(CACHE, _dsn(database), connect_timeout=2.0)
    task = asyncio.create_task(listening.run(stop))
    await _until(lambda: CACHE.listening)
    try:
        yield listening
    finally:
        stop.set()
        await task
        CACHE.ttl_seconds = 0.0
        assert not CACHE.listening


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Counts the caller statements the app runs; `gate`, when set, holds a read after it ran."""
    state: dict[str, Any] = {"count": 0, "gate": None, "read": asyncio.Event()}
    real = dependencies.caller_rows

    async def counted(*args: Any) -> Any:
        rows = await real(*args)
        state["count"] += 1
        state["read"].set()
        if state["gate"] is not None:
            await state["gate"].wait()
        return rows

    monkeypatch.setattr(dependencies, "caller_rows", counted)
    return state


@pytest.fixture
async def elsewhere(database: Any) -> AsyncIterator[asyncpg.Connection]:
    """Another connection: another process's change, which only the triggers can tell this one about."""
    connection = await asyncpg.connect(_dsn(database))
    try:
        yield connection
    finally:
        await connection.close()


async def _heard(change: Any) -> None:
    """Run a change made elsewhere and wait until the cache has heard of it."""
    before = CACHE.generation
    await change
    await _until(lambda: CACHE.generation > before)


async def _sign_in(client: Any, username: str, password: str) -> dict[str, str]:
    r = await client.post(f"{API}/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


async def test_a_second_request_of_the_same_caller_runs_no_caller_statement(client, demo, listener, reads) -> None:
    for _ in range(3):
        assert (await client.get(f"{API}/me", headers=demo.headers("demo.viewer"))).status_code == 200
    assert reads["count"] == 1
    assert CACHE.get(demo.users["demo.viewer"], None) is not None


async def test_a_user_deactivated_by_another_connection_is_refused_by_the_next_request(
    client, demo, listener, reads, elsewhere
) -> None:
    headers = demo.headers("demo.registrant")
    assert (await client.get(f"{API}/me", headers=headers)).status_code == 200
    update = "UPDATE users SET is_active = false WHERE id = $1"
    await _heard(elsewhere.execute(update, demo.users["demo.registrant"]))
    assert (await client.get(f"{API}/me", headers=headers)).status_code == 401


async def test_a_user_deactivated_through_the_api_is_refused_at_once(client, demo, listener, reads) -> None:
    bearer = await _sign_in(client, "demo.registrant", demo.password)
    for _ in range(2):
        assert (await client.get(f"{API}/me", headers=bearer)).status_code == 200
    assert reads["count"] == 1
    url = f"{API}/users/{demo.users['demo.registrant']}"
    etag = (await client.get(url, headers=demo.headers("demo.admin"))).headers["ETag"]
    r = await client.patch(url, json={"is_active": False}, headers=demo.headers("demo.admin", **{"If-Match": etag}))
    assert r.status_code == 200, r.text
    # No waiting: the process that committed the change dropped the caller itself.
    assert (await client.get(f"{API}/me", headers=bearer)).status_code == 401
    assert (await client.get(f"{API}/me", headers=demo.headers("demo.registrant"))).status_code == 401


async def test_a_role_granted_or_removed_changes_the_scope_at_once(client, demo, listener, reads, elsewhere) -> None:
    viewer, admin = demo.users["demo.viewer"], demo.headers("demo.admin")
    registrant = f"{API}/users/{demo.users['demo.registrant']}"
    assert (await client.get(registrant, headers=demo.headers("demo.viewer"))).status_code in REFUSED
    etag = (await client.get(f"{API}/users/{viewer}", headers=admin)).headers["ETag"]
    body = {"role": "admin", "unit_id": demo.unit("QT-VL")}
    r = await client.post(f"{API}/users/{viewer}/roles", json=body, headers={**admin, "If-Match": etag})
    assert r.status_code == 201, r.text
    assignment = r.json()["id"]
    for _ in range(2):  # the new role at once, then from the cache
        assert (await client.get(registrant, headers=demo.headers("demo.viewer"))).status_code == 200
    counted = reads["count"]
    assert (await client.get(registrant, headers=demo.headers("demo.viewer"))).status_code == 200
    assert reads["count"] == counted

    etag = (await client.get(f"{API}/users/{viewer}", headers=admin)).headers["ETag"]
    r = await client.delete(f"{API}/users/{viewer}/roles/{assignment}", headers={**admin, "If-Match": etag})
    assert r.status_code == 204, r.text
    assert (await client.get(registrant, headers=demo.headers("demo.viewer"))).status_code in REFUSED

    # The same, removed by another connection: the trigger tells.
    r = await client.post(f"{API}/users/{viewer}/roles", json=body, headers={**admin, "If-Match": r.headers["ETag"]})
    assert r.status_code == 201, r.text
    assert (await client.get(registrant, headers=demo.headers("demo.viewer"))).status_code == 200
    await _heard(elsewhere.execute("DELETE FROM role_assignments WHERE user_id = $1 AND role = 'admin'", viewer))
    assert (await client.get(registrant, headers=demo.headers("demo.viewer"))).status_code in REFUSED


async def test_a_revoked_session_is_refused_at_once(client, demo, listener, reads, elsewhere) -> None:
    bearer = await _sign_in(client, "demo.viewer", demo.password)
    for _ in range(2):
        assert (await client.get(f"{API}/me", headers=bearer)).status_code == 200
    assert reads["count"] == 1
    assert (await client.post(f"{API}/auth/logout", headers=bearer)).status_code == 204
    assert (await client.get(f"{API}/me", headers=bearer)).status_code == 401

    other = await _sign_in(client, "demo.viewer", demo.password)
    assert (await client.get(f"{API}/me", headers=other)).status_code == 200
    revoke = "UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL"
    await _heard(elsewhere.execute(revoke, demo.users["demo.viewer"]))
    assert (await client.get(f"{API}/me", headers=other)).status_code == 401


async def test_a_closed_unit_takes_its_grants_away(client, demo, listener, reads, elsewhere) -> None:
    registrant = f"{API}/users/{demo.users['demo.registrant']}"
    for _ in range(2):
        assert (await client.get(registrant, headers=demo.headers("demo.admin"))).status_code == 200
    await _heard(elsewhere.execute("UPDATE units SET is_active = false WHERE parent_id IS NULL"))
    assert len(CACHE) == 0
    assert (await client.get(registrant, headers=demo.headers("demo.admin"))).status_code in REFUSED


async def test_without_its_listener_the_cache_is_bypassed_until_it_reconnects(
    client, demo, listener, reads, elsewhere
) -> None:
    headers = demo.headers("demo.viewer")
    assert (await client.get(f"{API}/me", headers=headers)).status_code == 200
    pid = listener.connection.get_server_pid()
    await elsewhere.execute("SELECT pg_terminate_backend($1)", pid)
    await _until(lambda: not CACHE.listening)
    assert len(CACHE) == 0
    before = reads["count"]
    for _ in range(3):
        assert (await client.get(f"{API}/me", headers=headers)).status_code == 200
    assert reads["count"] == before + 3  # every request read the database
    await _until(lambda: CACHE.listening)
    assert listener.connection.get_server_pid() != pid
    for _ in range(3):
        assert (await client.get(f"{API}/me", headers=headers)).status_code == 200
    assert reads["count"] == before + 4


async def test_a_change_heard_while_a_read_is_in_flight_keeps_that_read_out_of_the_cache(
    client, demo, listener, reads, elsewhere
) -> None:
    user_id, headers = demo.users["demo.viewer"], demo.headers("demo.viewer")
    reads["gate"] = asyncio.Event()
    first = asyncio.create_task(client.get(f"{API}/me", headers=headers))
    await reads["read"].wait()  # the statement ran; its answer is not stored yet
    await _heard(elsewhere.execute("UPDATE users SET full_name = 'Tên mới' WHERE id = $1", user_id))
    reads["gate"].set()
    assert (await first).json()["full_name"] != "Tên mới"  # read before the change, answered as read ...
    assert CACHE.get(user_id, None) is None  # ... but not kept
    assert (await client.get(f"{API}/me", headers=headers)).json()["full_name"] == "Tên mới"
    assert reads["count"] == 2


async def test_the_triggers_notify_what_the_cache_needs_and_no_more(database, demo, elsewhere) -> None:
    heard: list[str] = []
    listening = await asyncpg.connect(_dsn(database))
    await listening.add_listener(caller_cache.CHANNEL, lambda *args: heard.append(args[-1]))

    async def notified(statement: str, *args: Any) -> list[str]:
        heard.clear()
        await elsewhere.execute(statement, *args)
        await elsewhere.execute("SELECT pg_notify($1, 'end')", caller_cache.CHANNEL)
        await _until(lambda: "end" in heard)
        return heard[:-1]

    user = demo.users["demo.viewer"]
    try:
        assert await notified("UPDATE users SET version = version + 1 WHERE id = $1", user) == []
        assert await notified("UPDATE users SET password_hash = 'x' WHERE id = $1", user) == []
        assert await notified("UPDATE users SET email = 'e@dvk.example' WHERE id = $1", user) == [str(user)]
        assert await notified("DELETE FROM role_assignments WHERE user_id = $1", user) == [str(user)]
        assert await notified("UPDATE units SET name = name || ' (mới)'") == []
        assert await notified("UPDATE units SET is_active = is_active") == ["*"]  # one for the statement
    finally:
        await listening.close()
