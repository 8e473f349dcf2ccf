"""Behind PgBouncer in transaction pooling mode (DVK_DATABASE_POOLER=pgbouncer; app/core/db.py): real flows —
registering, changing with If-Match, moving through the workflow, an idempotent retry, a unit created under the
tree's advisory lock, lists and reads, readiness — parallel requests, and several workers claiming one queue,
all through a PgBouncer the test starts itself (tests/support/pgbouncer.py: 3 server connections for every
client, so statements and transactions of many clients share them). Without the setting PgBouncer refuses the
app's connections, and without the statement caches off prepared statements go missing.
"""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import create_async_engine

from app.core.db import Database, get_database, set_database
from app.models import Job, RegisteredModel
from app.worker.jobs import JobContext, enqueue
from app.worker.registry import Registry
from app.worker.runner import Worker
from tests.registry.conftest import Ctx, make_campaign
from tests.support.pg_cluster import PG_BIN
from tests.support.pgbouncer import PgBouncer, pgbouncer  # noqa: F401  (the module's PgBouncer fixture)

pytestmark = [pytest.mark.postgres_only, pytest.mark.committing]

API = "/api/v1"


@pytest.fixture
def store(local_store: Any) -> Any:
    """Evidence files go to a local folder (a registration form is uploaded before submitting)."""
    return local_store


@pytest.fixture
async def bounced(database: Any, settings_env: Any, pgbouncer: PgBouncer) -> AsyncIterator[Database]:  # noqa: F811
    """The app's database reached through PgBouncer, configured for it."""
    settings_env(database_pooler="pgbouncer", database_pool_size=10)
    through = Database(pgbouncer.url(database.url))
    set_database(through)
    try:
        yield through
    finally:
        set_database(database)
        await through.dispose()


@pytest.fixture
async def ctx(client: Any, demo: Any, session: Any) -> Ctx:
    """A Vĩnh Linh campaign with an open window, and the model helpers."""
    campaign = await make_campaign(session, "QT-VL")
    return Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id))


def _transactions(bouncer: PgBouncer, database: str) -> int:
    """How many transactions PgBouncer has carried for `database` (its admin console's SHOW STATS)."""
    done = subprocess.run(
        [
            str(PG_BIN / "psql"),
            "-h",
            "127.0.0.1",
            "-p",
            str(bouncer.port),
            "-U",
            "postgres",
            "-d",
            "pgbouncer",
            "-Atc",
            "SHOW STATS",
        ],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    for line in done.stdout.splitlines():
        fields = line.split("|")
        if fields[0] == database:
            return int(fields[1])  # total_xact_count
    return 0


async def test_real_flows_run_through_pgbouncer(
    ctx: Ctx,
    bounced: Database,
    pgbouncer: PgBouncer,  # noqa: F811
    store: Any,
) -> None:
    name = bounced.url.rsplit("/", 1)[-1]
    before = _transactions(pgbouncer, name)
    registrant, admin = ctx.demo.headers("demo.registrant"), ctx.demo.headers("demo.admin")

    model = await ctx.create(with_form=True)
    url = f"{API}/models/{model['id']}"
    read = await ctx.client.get(url, headers=registrant)
    assert read.status_code == 200, read.text
    changed = await ctx.client.patch(
        url, json={"summary": "Qua PgBouncer"}, headers={**registrant, "If-Match": read.headers["ETag"]}
    )
    assert changed.status_code == 200, changed.text
    stale = await ctx.client.patch(
        url, json={"summary": "Cũ"}, headers={**registrant, "If-Match": read.headers["ETag"]}
    )
    assert stale.status_code == 412, stale.text
    moved = await ctx.move(model["id"], "demo.registrant", "submit")
    assert moved["state"] == "registered"

    retry = {**registrant, "Idempotency-Key": "qua-pgbouncer-1"}
    first = await ctx.client.post(f"{API}/models", json=ctx.body(name="Một lần thôi"), headers=retry)
    again = await ctx.client.post(f"{API}/models", json=ctx.body(name="Một lần thôi"), headers=retry)
    assert first.status_code == again.status_code == 201 and first.json()["id"] == again.json()["id"]

    unit = await ctx.client.post(
        f"{API}/units",
        headers=admin,
        json={
            "code": "QT-VL-VT-TDV",
            "name": "Tổ dân vận xã Vĩnh Thạch",
            "kind_code": "mass_mobilisation_team",
            "level_code": "commune",
            "parent_id": ctx.demo.unit("QT-VL-VT"),
            "party_org_id": ctx.demo.unit("QT-VL-VT-DU"),
        },
    )
    assert unit.status_code == 201, unit.text

    listed = await ctx.client.get(f"{API}/models", headers=admin, params={"q": "mot lan thoi"})
    assert listed.status_code == 200 and [m["id"] for m in listed.json()["items"]] == [first.json()["id"]]
    for path in (f"{url}/history", f"{API}/events", f"{API}/units/{unit.json()['id']}/ancestors", "/readyz"):
        r = await ctx.client.get(path, headers=admin)
        assert r.status_code == 200, (path, r.text)
    assert _transactions(pgbouncer, name) - before >= 20
    assert "prepared statement" not in pgbouncer.log()


async def test_parallel_requests_share_three_server_connections(ctx: Ctx, bounced: Database, session: Any) -> None:
    registrant, viewer = ctx.demo.headers("demo.registrant"), ctx.demo.headers("demo.viewer")

    async def create(i: int) -> int:
        r = await ctx.client.post(f"{API}/models", json=ctx.body(name=f"Song song {i}"), headers=registrant)
        return r.status_code

    async def read() -> int:
        return (await ctx.client.get(f"{API}/models", headers=viewer)).status_code

    answers = await asyncio.gather(*(create(i) for i in range(12)), *(read() for _ in range(12)))
    assert answers == [201] * 12 + [200] * 12
    count = select(func.count()).select_from(RegisteredModel).where(RegisteredModel.name.like("Song song %"))
    assert await session.scalar(count) == 12


async def test_workers_claim_one_queue_through_pgbouncer(
    bounced: Database,
    pgbouncer: PgBouncer,  # noqa: F811
    session: Any,
    settings_env: Any,
) -> None:
    """Three workers, each with its own pool through PgBouncer, claim 40 jobs with SKIP LOCKED: each runs once."""
    settings_env(worker_poll_interval_seconds="0.05", database_pooler="pgbouncer", database_pool_size=5)
    ran: list[int] = []
    registry = Registry()

    async def record(ctx: JobContext) -> None:
        await asyncio.sleep(0.01)
        ran.append(ctx.payload["n"])

    registry.job("test.pooled", record)
    for n in range(40):
        await enqueue(session, "test.pooled", {"n": n})
    await session.commit()

    databases = [Database(bounced.url) for _ in range(3)]
    stop = asyncio.Event()
    tasks = [asyncio.create_task(Worker(db, registry, concurrency=4).run(stop)) for db in databases]
    try:
        for _ in range(400):
            if len(ran) >= 40:
                break
            await asyncio.sleep(0.05)
    finally:
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=30)
        for db in databases:
            await db.dispose()
    assert sorted(ran) == list(range(40))
    done = select(func.count()).select_from(Job).where(Job.kind == "test.pooled", Job.status == "done")
    assert await session.scalar(done) == 40


async def test_without_the_setting_pgbouncer_refuses_the_app(
    database: Any,
    pgbouncer: PgBouncer,  # noqa: F811
    client: Any,
) -> None:
    """The default engine sends statement_timeout at start-up, which PgBouncer refuses: /readyz says so."""
    through = Database(pgbouncer.url(database.url))
    set_database(through)
    try:
        r = await client.get("/readyz")
        assert r.status_code == 503 and r.json()["code"] == "database_unreachable"
    finally:
        set_database(database)
        await through.dispose()
    assert get_database() is database
    assert "unsupported startup parameter: statement_timeout" in pgbouncer.log()


async def test_prepared_statements_break_under_transaction_pooling_unless_turned_off(
    database: Any,
    pgbouncer: PgBouncer,  # noqa: F811
    settings_env: Any,
) -> None:
    """Why the caches are off: with asyncpg's and SQLAlchemy's defaults, a statement prepared on one server
    connection is executed on another. The same load with DVK_DATABASE_POOLER=pgbouncer's engine runs clean."""
    url = pgbouncer.url(database.url)

    async def load(engine: Any) -> list[BaseException]:
        async def client(i: int) -> None:
            async with engine.connect() as connection:
                for j in range(5):  # one transaction each: the next may get another server connection
                    await connection.execute(text("SELECT CAST(:a AS int) + CAST(:b AS int)"), {"a": i, "b": j})
                    await connection.commit()

        results = await asyncio.gather(*(client(i) for i in range(20)), return_exceptions=True)
        await engine.dispose()
        return [r for r in results if isinstance(r, BaseException)]

    failures = await load(create_async_engine(url, pool_size=20))
    assert failures and all("prepared statement" in str(f) for f in failures), failures
    settings_env(database_pooler="pgbouncer")
    assert await load(Database(url).engine) == []
