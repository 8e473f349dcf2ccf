"""The read replica (core/replica.py) against a real streaming replica that the module starts itself
(tests/support/pg_cluster.py: its own primary and a `pg_basebackup` copy on other ports; the shared server is
never touched): GETs are served by the replica, a caller reads their own writes (by the cookie's WAL position in
any process, by their token in the one that served the write), and reads fall back to the primary with no 5xx
when the replica is stopped, cut off or lags, and return to it when it is back.

Which server ran a statement is recorded on each engine (`Statements`), and a read the replica served can be
told by what it cannot see: with replay paused, a row committed on the primary is missing there.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client import REGISTRY
from sqlalchemy import event

from app.core import driver
from app.core.db import Database, get_database, set_database
from app.core.replica import READ_AFTER_COOKIE, parse_lsn
from tests.registry.conftest import Ctx, make_campaign
from tests.support.app import get_app
from tests.support.pg_cluster import PgCluster, pg_cluster  # noqa: F401  (the module's cluster fixture)
from tests.support.tcp_proxy import TcpProxy

pytestmark = [pytest.mark.postgres_only, pytest.mark.committing]

ROOT = Path(__file__).resolve().parents[2]
HARNESS = ROOT / "tests" / "conftest.py"
API = "/api/v1"
# Quick checks and a short circuit, so a test sees each change within a second or two.
SETTINGS = {
    "replica_max_lag_seconds": 2,
    "replica_sticky_seconds": 4,
    "replica_check_interval_seconds": 0.2,
    "replica_retry_seconds": 0.5,
    "replica_connect_timeout_seconds": 1,
}


@pytest.fixture(autouse=True)
def _forget_driver_observers() -> Any:
    yield
    driver.observers.clear()


class Statements:
    """Every statement each server ran while recording: (`primary` | `replica`, SQL)."""

    def __init__(self, database: Database) -> None:
        assert database.replica is not None
        self.seen: list[tuple[str, str]] = []
        self._hooks = [(database.engine.sync_engine, "primary"), (database.replica.engine.sync_engine, "replica")]
        for engine, name in self._hooks:
            event.listen(engine, "before_cursor_execute", self._recorder(name))
        # hot reads run on the driver (core/driver.py), past SQLAlchemy's events: told apart by the server's URL
        names = {str(engine.url): name for engine, name in self._hooks}

        def seen_by_driver(url: Any, sql: str) -> None:
            if str(url) in names:
                self.seen.append((names[str(url)], sql))

        driver.observers.append(seen_by_driver)

    def _recorder(self, name: str) -> Any:
        def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            self.seen.append((name, statement))

        return record

    def on(self, server: str, fragment: str) -> int:
        """How many statements mentioning `fragment` ran on `server` since the last `clear`."""
        return sum(1 for where, sql in self.seen if where == server and fragment in sql)

    def clear(self) -> None:
        """Forget what was recorded."""
        self.seen.clear()


def _reads(target: str, reason: str) -> float:
    return REGISTRY.get_sample_value("dvk_db_reads_total", {"target": target, "reason": reason}) or 0.0


def _open(url: str, replica_url: str) -> Database:
    return Database(url, replica_url=replica_url)


@pytest.fixture
async def database(request: pytest.FixtureRequest, pg_cluster: PgCluster, settings_env: Any) -> AsyncIterator[Any]:  # noqa: F811
    """The app's database for this module: the cluster's primary with its replica, checked once; emptied after."""
    settings_env(**SETTINGS)
    pg_cluster.wait_replayed()
    db = _open(pg_cluster.primary_url, pg_cluster.replica_url)
    set_database(db)
    try:
        yield db
    finally:
        set_database(None)
        harness = request.config.pluginmanager.get_plugin(str(HARNESS))
        await harness.reset_database(db)
        await db.dispose()


@pytest.fixture
def cluster(pg_cluster: PgCluster) -> Iterator[PgCluster]:  # noqa: F811
    """The cluster, with the replica running and replaying again after the test whatever it did."""
    try:
        yield pg_cluster
    finally:
        if not (pg_cluster.replica_dir / "postmaster.pid").exists():
            pg_cluster.start_replica()
        pg_cluster.resume_replay()
        pg_cluster.wait_replayed()


@pytest.fixture
async def ctx(client: Any, demo: Any, session: Any) -> Ctx:
    """A Vĩnh Linh campaign with an open window (committed on the primary), and the model helpers."""
    campaign = await make_campaign(session, "QT-VL")
    return Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id))


def _fresh_client() -> httpx.AsyncClient:
    """A client of the same app that holds no cookies (another device, or a client that keeps none)."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=get_app(), raise_app_exceptions=False), base_url="http://testserver"
    )


async def _settled(cluster: PgCluster, database: Database) -> None:
    """The replica has replayed everything, and the router knows it."""
    cluster.wait_replayed()
    assert database.replica is not None
    status = await database.replica.check()
    assert status.state == "ok", status


async def test_gets_are_served_by_the_replica(ctx: Ctx, database: Database, cluster: PgCluster) -> None:
    model = await ctx.create()
    await _settled(cluster, database)
    statements = Statements(database)
    before = _reads("replica", "replica")
    async with _fresh_client() as other:
        admin = ctx.demo.headers("demo.admin")
        for path in (f"{API}/models/{model['id']}", f"{API}/models", f"{API}/events", f"{API}/units"):
            r = await other.get(path, headers=admin)
            assert r.status_code == 200, (path, r.text)
    reasons = {r: _reads("primary", r) for r in ("down", "lagging", "failed", "read_your_writes", "route")}
    assert statements.on("replica", "registered_models") >= 2
    assert statements.on("primary", "registered_models") == 0, (reasons, database.replica and database.replica.status)
    assert statements.on("replica", "role_assignments") >= 4  # the caller is loaded there too
    assert statements.on("primary", "role_assignments") == 0
    assert _reads("replica", "replica") - before == 4
    # Writes never go there.
    statements.clear()
    await ctx.create(name="Mô hình thứ hai")
    assert statements.on("replica", "registered_models") == 0
    assert statements.on("primary", "registered_models") >= 1


async def test_a_paused_replica_serves_stale_reads_until_it_lags_too_far(
    ctx: Ctx, database: Database, cluster: PgCluster
) -> None:
    await _settled(cluster, database)
    cluster.pause_replay()
    model = await ctx.create(name="Viết khi bản sao dừng")
    url = f"{API}/models/{model['id']}"
    assert database.replica is not None
    assert (await database.replica.check()).state == "ok"  # behind, but by less than the 2 s allowed
    async with _fresh_client() as other:
        admin = ctx.demo.headers("demo.admin")
        assert (await other.get(url, headers=admin)).status_code == 404  # the replica has not replayed it
        await asyncio.sleep(SETTINGS["replica_max_lag_seconds"] + 0.3)
        status = await database.replica.check()
        assert status.state == "lagging" and status.lag_seconds is not None and status.lag_seconds > 2, status
        fallbacks = _reads("primary", "lagging")
        r = await other.get(url, headers=admin)
        assert r.status_code == 200, r.text  # from the primary
        assert _reads("primary", "lagging") == fallbacks + 1
        ready = (await other.get("/readyz")).json()
        assert ready["replica"] == "lagging" and ready["replica_lag_seconds"] > 2
        metrics = (await other.get("/metrics")).text
        assert "dvk_db_replica_lag_seconds" in metrics and 'dvk_db_replica_fallbacks_total{reason="lagging"}' in metrics

        cluster.resume_replay()
        await _settled(cluster, database)
        statements = Statements(database)
        assert (await other.get(url, headers=admin)).status_code == 200
        assert statements.on("replica", "registered_models") == 1
        assert (await other.get("/readyz")).json()["replica"] == "ok"


async def test_the_writer_reads_their_write_in_any_process(ctx: Ctx, database: Database, cluster: PgCluster) -> None:
    await _settled(cluster, database)
    cluster.pause_replay()
    registrant = ctx.demo.headers("demo.registrant")
    created = await ctx.client.post(f"{API}/models", json=ctx.body(), headers=registrant)
    assert created.status_code == 201, created.text
    cookie = ctx.client.cookies.get(READ_AFTER_COOKIE)
    assert parse_lsn(cookie) is not None, created.headers.get_list("set-cookie")
    assert "HttpOnly" in created.headers["set-cookie"] and "Max-Age=4" in created.headers["set-cookie"]
    url = f"{API}/models/{created.json()['id']}"

    # Another API process (its own router: it remembers no token) with the replica still behind the write.
    elsewhere = _open(cluster.primary_url, cluster.replica_url)
    set_database(elsewhere)
    try:
        assert elsewhere.replica is not None
        assert (await elsewhere.replica.check()).state == "ok"
        r = await ctx.client.get(url, headers=registrant)  # the cookie carries the commit's position
        assert r.status_code == 200, r.text
        async with _fresh_client() as no_cookie:
            assert (await no_cookie.get(url, headers=registrant)).status_code == 404  # replica: not replayed yet
    finally:
        set_database(database)
        await elsewhere.dispose()

    # The process that served the write remembers the token, for clients that keep no cookie.
    async with _fresh_client() as no_cookie:
        assert (await no_cookie.get(url, headers=registrant)).status_code == 200
        assert (await no_cookie.get(url, headers=ctx.demo.headers("demo.admin"))).status_code == 404

    # Once the replica has replayed past the position, the cookie no longer keeps the reads on the primary.
    cluster.resume_replay()
    await _settled(cluster, database)
    elsewhere = _open(cluster.primary_url, cluster.replica_url)
    set_database(elsewhere)
    try:
        assert elsewhere.replica is not None
        await elsewhere.replica.check()
        statements = Statements(elsewhere)
        assert (await ctx.client.get(url, headers=registrant)).status_code == 200
        assert statements.on("replica", "registered_models") == 1
    finally:
        set_database(database)
        await elsewhere.dispose()


async def test_a_refused_write_pins_the_caller_too(ctx: Ctx, database: Database, cluster: PgCluster) -> None:
    """A stale If-Match (412): the caller's next read must show the version that moved, not the replica's."""
    model = await ctx.create()
    async with _fresh_client() as writer:
        r = await writer.patch(
            f"{API}/models/{model['id']}",
            json={"summary": "Đổi"},
            headers=ctx.demo.headers("demo.registrant", **{"If-Match": '"0"'}),
        )
        assert r.status_code in (412, 428), r.text
        assert writer.cookies.get(READ_AFTER_COOKIE)


async def test_reads_survive_a_stopped_replica_and_return_to_it(
    ctx: Ctx, database: Database, cluster: PgCluster
) -> None:
    model = await ctx.create()
    await _settled(cluster, database)
    url = f"{API}/models/{model['id']}"
    admin = ctx.demo.headers("demo.admin")
    async with _fresh_client() as other:
        assert (await other.get(url, headers=admin)).status_code == 200  # a pooled connection to the replica
        cluster.stop_replica()
        failed = _reads("primary", "failed")
        # The pooled connection is dead: the read fails on the replica and is run again on the primary.
        for _ in range(5):
            r = await other.get(url, headers=admin)
            assert r.status_code == 200, r.text
        assert _reads("primary", "failed") == failed + 1
        assert database.replica is not None and database.replica.status.state == "down"
        ready = await other.get("/readyz")
        assert ready.status_code == 200 and ready.json()["replica"] == "down"
        assert (await other.get(f"{API}/models", headers=admin)).status_code == 200

        cluster.start_replica()
        cluster.wait_replayed()
        statements = Statements(database)
        await _eventually_on_replica(other, url, admin, statements)
        assert (await other.get("/readyz")).json()["replica"] == "ok"


async def _eventually_on_replica(client: Any, url: str, headers: dict[str, str], statements: Statements) -> None:
    """GET until the replica serves it (the circuit rechecks it after DVK_REPLICA_RETRY_SECONDS); every answer 200."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        r = await client.get(url, headers=headers)
        assert r.status_code == 200, r.text
        if statements.on("replica", "registered_models"):
            return
        await asyncio.sleep(0.1)
    raise AssertionError("reads did not return to the replica")


async def test_reads_survive_a_cut_to_the_replica(ctx: Ctx, database: Database, cluster: PgCluster) -> None:
    model = await ctx.create()
    await _settled(cluster, database)
    url = f"{API}/models/{model['id']}"
    admin = ctx.demo.headers("demo.admin")
    proxy = TcpProxy("127.0.0.1", cluster.replica_port)
    through = _open(cluster.primary_url, proxy.url(cluster.replica_url))
    set_database(through)
    try:
        assert through.replica is not None
        assert (await through.replica.check()).state == "ok"
        async with _fresh_client() as other:
            statements = Statements(through)
            assert (await other.get(url, headers=admin)).status_code == 200
            assert statements.on("replica", "registered_models") == 1
            proxy.kill()
            started = time.monotonic()
            for _ in range(5):
                r = await other.get(url, headers=admin)
                assert r.status_code == 200, r.text
            assert time.monotonic() - started < 5
            assert (await through.replica.check()).state == "down"
            proxy.restore()
            statements.clear()
            await _eventually_on_replica(other, url, admin, statements)
    finally:
        set_database(database)
        await through.dispose()
        proxy.close()


async def test_a_replica_that_never_answered_leaves_every_read_on_the_primary(
    ctx: Ctx, database: Database, cluster: PgCluster
) -> None:
    """Configured but unreachable from the start: nothing fails, nothing waits on it."""
    model = await ctx.create()
    nowhere = _open(cluster.primary_url, "postgresql+asyncpg://postgres@127.0.0.1:1/dvk")
    set_database(nowhere)
    try:
        async with _fresh_client() as other:
            started = time.monotonic()
            for _ in range(3):
                r = await other.get(f"{API}/models/{model['id']}", headers=ctx.demo.headers("demo.admin"))
                assert r.status_code == 200, r.text
            assert time.monotonic() - started < 3
            ready = await other.get("/readyz")
            assert ready.status_code == 200 and ready.json()["replica"] == "down"
    finally:
        set_database(database)
        await nowhere.dispose()
    assert get_database() is database


async def test_every_get_the_contract_examples_read_runs_on_the_replica(
    database: Database, cluster: PgCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    """scripts/capture_examples.py reads every GET operation it can reach over the demo movement (models in
    every state, decisions, reviews, plans, reports, the feed, clients, webhooks): run on a replicated database,
    none may need the primary (a statement a standby refuses would be run again there, and counted `failed`)."""
    import importlib.util

    import app.cli
    import app.core.replica

    spec = importlib.util.spec_from_file_location("capture_examples", ROOT / "scripts" / "capture_examples.py")
    assert spec is not None and spec.loader is not None
    capture = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(capture)
    seed = app.cli._seed_demo

    async def seed_then_replay() -> str:
        said = await seed()
        await asyncio.to_thread(cluster.wait_replayed)
        return said

    monkeypatch.setattr(app.cli, "_seed_demo", seed_then_replay)
    # The administrator's own writes (a service client, a subscription) would keep their later reads on the
    # primary in this process: not what is tested here.
    monkeypatch.setattr(app.core.replica, "caller_key", lambda _request: None)
    before = {reason: _reads(target, reason) for target, reason in (("replica", "replica"), ("primary", "failed"))}
    examples = await capture._capture()
    assert len(examples) >= 60
    assert _reads("primary", "failed") == before["failed"]
    assert _reads("replica", "replica") - before["replica"] >= 55
    assert database.replica is not None and not database.replica._primary_routes


async def test_a_route_the_standby_refuses_is_learnt_and_read_from_the_primary(
    ctx: Ctx, database: Database, cluster: PgCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A GET whose statement a standby cannot run (here GET /unit-levels made to lock a row): the refusal is
    caught, the read runs again on the primary (200), and that route's reads go there from then on."""
    from sqlalchemy import text as sql

    import app.units.endpoints
    import app.units.repository

    levels = app.units.repository.list_levels

    async def locking(session: Any) -> Any:
        await session.execute(sql("SELECT 1 FROM unit_levels LIMIT 1 FOR UPDATE"))
        return await levels(session)

    monkeypatch.setattr(app.units.endpoints.repository, "list_levels", locking)
    await _settled(cluster, database)
    admin = ctx.demo.headers("demo.admin")
    failed, pinned = _reads("primary", "failed"), _reads("primary", "route")
    async with _fresh_client() as other:
        for _ in range(3):
            r = await other.get(f"{API}/unit-levels", headers=admin)
            assert r.status_code == 200, r.text
        assert (await other.get(f"{API}/unit-kinds", headers=admin)).status_code == 200  # another route: replica
    assert _reads("primary", "failed") == failed + 1
    assert _reads("primary", "route") == pinned + 2
    assert database.replica is not None and database.replica.status.state == "ok"  # the replica is not blamed
