"""Several workers share the work without double delivery (PostgreSQL: SKIP LOCKED claims, the dispatcher's
locked checkpoint); and the API process's own worker (DVK_WORKER_IN_PROCESS, what ./scripts/serve sets) delivers
on either database."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import WebhookDelivery
from app.worker.runner import Worker
from tests.support.live_server import LiveServer
from tests.support.receiver import Reply
from tests.webhooks.webhook_support import attempts, record, subscribe

pytestmark = pytest.mark.committing

EVENTS = 40


async def _delivered(session: Any) -> int:
    await session.commit()
    statement = select(func.count()).select_from(WebhookDelivery).where(WebhookDelivery.status == "delivered")
    return int(await session.scalar(statement) or 0)


@pytest.mark.postgres_only
async def test_two_workers_deliver_each_event_once(
    database: Any, session: Any, demo: Any, receiver: Any, settings_env: Any
) -> None:
    from app.background import worker_registry

    settings_env(worker_poll_interval_seconds="0.05", webhook_dispatch_interval_seconds="1")
    receiver.script["/hook"] = Reply(200, delay=0.1)  # each delivery takes a while: both workers get some
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    units = ["QT-VL-VT", "QT-VL-HX", "QT-VL-VT-TL", "QT-VL-HX-KP1"]
    for n in range(EVENTS):
        await record(session, demo, units[n % len(units)], code=f"DVK-2026-{n + 1:06d}")

    stop = asyncio.Event()
    workers = [Worker(database, worker_registry(), name=f"may-{i}", concurrency=4) for i in (1, 2)]
    tasks = [asyncio.create_task(w.run(stop)) for w in workers]
    deadline = time.monotonic() + 60
    try:
        while await _delivered(session) < EVENTS:
            assert time.monotonic() < deadline, "not every event was delivered"
            assert not any(t.done() for t in tasks), "a worker stopped"
            await asyncio.sleep(0.2)
    finally:
        stop.set()
        await asyncio.gather(*tasks)

    ids = Counter(hit.headers["webhook-id"] for hit in receiver.hits("/hook"))
    assert len(ids) == EVENTS and set(ids.values()) == {1}, "an event was delivered twice"
    logged = await attempts(session, subscription.id)
    assert len(logged) == EVENTS
    assert {a.details["worker"] for a in logged} == {"may-1", "may-2"}  # both took part


async def test_the_api_process_runs_a_worker_when_asked(database: Any, session: Any, demo: Any, receiver: Any) -> None:
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")
    server = LiveServer(
        env={
            "DVK_WORKER_IN_PROCESS": "true",
            "DVK_WORKER_POLL_INTERVAL_SECONDS": "0.2",
            "DVK_WEBHOOK_DISPATCH_INTERVAL_SECONDS": "1",
        }
    ).start()
    try:
        deadline = time.monotonic() + 30
        while not receiver.hits("/hook"):
            assert time.monotonic() < deadline, "the in-process worker delivered nothing"
            await asyncio.sleep(0.2)
    finally:
        server.stop()
    [logged] = await attempts(session, subscription.id)
    assert logged.outcome == "delivered"


async def test_one_worker_outlives_every_bad_receiver(
    database: Any, session: Any, demo: Any, receiver: Any, settings_env: Any
) -> None:
    """One running worker meets a 500, a 503 with Retry-After, a 410, a redirect, a hang and a huge body, and
    still delivers to the good receiver beside them."""
    from app.background import worker_registry
    from tests.support.receiver import Hang, Huge

    settings_env(worker_poll_interval_seconds="0.05", webhook_dispatch_interval_seconds="1")
    bad = {
        "/error": Reply(500),
        "/busy": Reply(503, headers={"Retry-After": "30"}),
        "/gone": Reply(410),
        "/moved": Reply(301, headers={"Location": "http://169.254.169.254/"}),
        "/hang": Hang(30),
        "/huge": Huge(500 * 1024 * 1024),
    }
    receiver.script.update(bad)
    for path in [*bad, "/ok"]:
        await subscribe(session, demo, receiver.url(path))
    await record(session, demo, "QT-VL-VT")

    stop = asyncio.Event()
    task = asyncio.create_task(Worker(database, worker_registry(), concurrency=4).run(stop))
    deadline = time.monotonic() + 40
    try:
        while not (receiver.hits("/ok") and all(receiver.hits(p) for p in bad)):
            assert time.monotonic() < deadline, "the worker stalled"
            assert not task.done(), "the worker died"
            await asyncio.sleep(0.2)
        await asyncio.sleep(2)  # the hang's attempt ends within the 1.5 s bound
        assert not task.done()
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=30)
    session.expire_all()
    statuses = dict((await session.execute(select(WebhookDelivery.subscription_id, WebhookDelivery.status))).all())
    assert sorted(statuses.values()) == sorted(["delivered", "delivered", "failed", *["pending"] * 4])
    assert receiver.hits("/ok")[0].headers["webhook-id"].startswith("msg_")
