"""The worker's loop with real concurrency: jobs in hand finish within the shutdown grace or are released (never
lost), a turn that fails does not end the worker, and several jobs run at once."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Job
from app.worker.jobs import JobContext, enqueue
from app.worker.registry import Registry
from app.worker.runner import Worker

pytestmark = pytest.mark.committing


async def _jobs(session: Any) -> dict[str, Job]:
    await session.commit()  # a fresh snapshot (SQLite's reader keeps the one its transaction began with)
    rows = await session.scalars(select(Job).execution_options(populate_existing=True))
    return {job.dedupe_key: job for job in rows}


def _registry(started: asyncio.Event, seconds: float) -> tuple[Registry, list[str]]:
    registry = Registry()
    finished: list[str] = []

    async def slow(ctx: JobContext) -> None:
        started.set()
        await asyncio.sleep(seconds)
        finished.append(ctx.payload["name"])

    async def quick(ctx: JobContext) -> None:
        finished.append(ctx.payload["name"])

    registry.job("test.slow", slow)
    registry.job("test.quick", quick)
    return registry, finished


async def _run_until_started(worker: Worker, started: asyncio.Event) -> tuple[asyncio.Event, asyncio.Task[None]]:
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop))
    await asyncio.wait_for(started.wait(), timeout=20)
    return stop, task


async def test_shutdown_lets_a_short_job_finish(database: Any, session: Any, settings_env: Any) -> None:
    settings_env(worker_shutdown_grace_seconds="10", worker_poll_interval_seconds="0.05")
    started = asyncio.Event()
    registry, finished = _registry(started, 0.3)
    await enqueue(session, "test.slow", {"name": "báo cáo"}, dedupe_key="slow")
    await session.commit()
    stop, task = await _run_until_started(Worker(database, registry, concurrency=2), started)
    stop.set()
    await asyncio.wait_for(task, timeout=20)
    assert finished == ["báo cáo"]
    assert (await _jobs(session))["slow"].status == "done"


async def test_shutdown_releases_a_job_that_outlasts_the_grace(database: Any, session: Any, settings_env: Any) -> None:
    settings_env(worker_shutdown_grace_seconds="0.3", worker_poll_interval_seconds="0.05")
    started = asyncio.Event()
    registry, finished = _registry(started, 60)
    await enqueue(session, "test.slow", {"name": "xuất dữ liệu"}, dedupe_key="slow")
    await enqueue(session, "test.quick", {"name": "nhắc việc"}, dedupe_key="quick")
    await session.commit()
    stop, task = await _run_until_started(Worker(database, registry, concurrency=2), started)
    await asyncio.sleep(0.3)  # the quick job runs beside the slow one
    stop.set()
    await asyncio.wait_for(task, timeout=20)
    jobs = await _jobs(session)
    assert jobs["quick"].status == "done" and finished == ["nhắc việc"]
    slow = jobs["slow"]
    assert (slow.status, slow.attempts, slow.locked_by, slow.locked_until) == ("queued", 0, None, None)
    # The next worker runs it from the start.
    started.clear()
    registry, finished = _registry(started, 0)
    assert await Worker(database, registry).run_once() == 1
    assert finished == ["xuất dữ liệu"] and (await _jobs(session))["slow"].status == "done"


async def test_hurry_cuts_the_grace_short(database: Any, session: Any, settings_env: Any) -> None:
    settings_env(worker_shutdown_grace_seconds="600", worker_poll_interval_seconds="0.05")
    started = asyncio.Event()
    registry, _ = _registry(started, 60)
    await enqueue(session, "test.slow", {"name": "x"}, dedupe_key="slow")
    await session.commit()
    worker = Worker(database, registry)
    stop, task = await _run_until_started(worker, started)
    stop.set()
    await asyncio.sleep(0.2)
    worker.hurry.set()  # a second SIGTERM
    await asyncio.wait_for(task, timeout=10)
    assert (await _jobs(session))["slow"].status == "queued"


async def test_jobs_run_side_by_side_up_to_the_concurrency(database: Any, session: Any, settings_env: Any) -> None:
    settings_env(worker_poll_interval_seconds="0.05")
    running, peak = 0, 0
    all_done = asyncio.Event()
    done: list[int] = []
    registry = Registry()

    async def job(ctx: JobContext) -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.3)
        running -= 1
        done.append(ctx.payload["n"])
        if len(done) == 6:
            all_done.set()

    registry.job("test.job", job)
    for n in range(6):
        await enqueue(session, "test.job", {"n": n}, dedupe_key=f"j{n}")
    await session.commit()
    stop = asyncio.Event()
    task = asyncio.create_task(Worker(database, registry, concurrency=3).run(stop))
    await asyncio.wait_for(all_done.wait(), timeout=30)
    stop.set()
    await task
    assert peak == 3 and sorted(done) == list(range(6))


async def test_a_failing_turn_does_not_end_the_worker(database: Any, session: Any, settings_env: Any) -> None:
    settings_env(worker_poll_interval_seconds="0.05")
    registry = Registry()
    ran = asyncio.Event()

    async def job(ctx: JobContext) -> None:
        ran.set()

    registry.job("test.job", job)
    worker = Worker(database, registry)
    calls = {"n": 0}
    real_claim = worker._claim

    async def broken_then_fine(limit: int) -> Any:
        calls["n"] += 1
        if calls["n"] <= 2:
            raise ConnectionError("database restarting")
        return await real_claim(limit)

    worker._claim = broken_then_fine  # type: ignore[method-assign]
    await enqueue(session, "test.job", dedupe_key="j")
    await session.commit()
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop))
    await asyncio.wait_for(ran.wait(), timeout=20)
    stop.set()
    await task
    assert calls["n"] >= 3
