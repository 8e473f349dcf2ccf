"""`dvk worker` as a real process, delivering to a receiver that hangs: SIGTERM releases the job in hand (the
process exits cleanly, the job is queued again at once), SIGKILL loses nothing either (the lease runs out and
another worker delivers)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Job
from tests.support.live_server import PROJECT_ROOT
from tests.support.receiver import Hang, Receiver, Reply
from tests.webhooks.webhook_support import attempts, deliveries, record, run_due, subscribe

pytestmark = pytest.mark.committing


@pytest.fixture
def receiver(settings_env: Any) -> Iterator[Receiver]:
    settings_env(
        webhook_allow_http="true",
        webhook_allow_hosts="127.0.0.1",
        webhook_timeout_seconds="60",  # the receiver's hang holds the worker mid-job
        webhook_dispatch_interval_seconds="1",
        worker_lease_seconds="5",
        worker_poll_interval_seconds="0.2",
        worker_shutdown_grace_seconds="1",
    )
    with Receiver() as started:
        started.script["/hook"] = [Hang(60), Reply(200)]
        yield started


def _start_worker() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "worker", "--concurrency", "2"],
        cwd=PROJECT_ROOT,
        env=dict(os.environ),
        start_new_session=True,
    )


async def _wait_for_hits(receiver: Receiver, count: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 40
    while len(receiver.hits("/hook")) < count:
        assert process.poll() is None, f"the worker exited with {process.returncode}"
        assert time.monotonic() < deadline, "the worker never delivered"
        await asyncio.sleep(0.1)


async def _delivery_job(session: Any) -> Job:
    await session.commit()  # a fresh snapshot
    statement = select(Job).where(Job.kind == "webhooks.deliver").execution_options(populate_existing=True)
    return (await session.scalars(statement)).one()


async def test_sigterm_releases_the_job_in_hand(database: Any, session: Any, demo: Any, receiver: Receiver) -> None:
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")
    process = _start_worker()
    try:
        await _wait_for_hits(receiver, 1, process)  # mid-attempt: the receiver is not answering
        os.killpg(process.pid, signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    job = await _delivery_job(session)
    assert (job.status, job.attempts, job.locked_by) == ("queued", 0, None)

    await run_due(database)  # any worker picks it up at once
    [delivery] = await deliveries(session, subscription.id)
    assert delivery.status == "delivered"
    first, second = receiver.hits("/hook")
    assert first.headers["webhook-id"] == second.headers["webhook-id"]


async def test_a_killed_worker_loses_no_job(database: Any, session: Any, demo: Any, receiver: Receiver) -> None:
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")
    process = _start_worker()
    try:
        await _wait_for_hits(receiver, 1, process)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    job = await _delivery_job(session)
    assert job.status == "running" and job.locked_by and job.attempts == 1

    await run_due(database)
    assert (await _delivery_job(session)).status == "running"  # its lease still holds: nobody takes it
    deadline = time.monotonic() + 15
    while (await _delivery_job(session)).status == "running":  # until the lease runs out (5 s)
        assert time.monotonic() < deadline, "the orphaned job was never claimed again"
        await asyncio.sleep(0.5)
        await run_due(database)
    [delivery] = await deliveries(session, subscription.id)
    assert delivery.status == "delivered"
    [logged] = await attempts(session, subscription.id)  # the killed attempt left no row; the retry did
    assert logged.outcome == "delivered"
    job = await _delivery_job(session)
    assert (job.status, job.attempts) == ("done", 2)
