"""The job queue: queued once per dedupe key, claimed under a lease, finished by its holder only, retried with
back-off, given up after its attempts, claimed again when its worker died; periodic occasions queued once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update

from app.models import Job
from app.models.base import utcnow
from app.worker import repository
from app.worker.backoff import ceiling, full_jitter
from app.worker.jobs import JobContext, Retry, enqueue
from app.worker.maintenance import purge
from app.worker.registry import Registry
from app.worker.runner import LEASE_LOST, Worker
from app.worker.scheduler import Scheduler


async def _job(session: Any, job_id: int | None = None, key: str | None = None) -> Job:
    statement = select(Job).execution_options(populate_existing=True)
    statement = statement.where(Job.id == job_id) if job_id is not None else statement.where(Job.dedupe_key == key)
    return (await session.scalars(statement)).one()


def _registry(seen: list[Any], *, fail: int = 0, max_attempts: int = 3) -> Registry:
    registry = Registry()
    failures = {"left": fail}

    async def remember(ctx: JobContext) -> None:
        seen.append((ctx.job.kind, ctx.payload, ctx.job.attempts))

    async def flaky(ctx: JobContext) -> None:
        seen.append(ctx.job.attempts)
        if failures["left"] > 0:
            failures["left"] -= 1
            raise RuntimeError("máy nhận đang bảo trì")

    async def later(ctx: JobContext) -> None:
        raise Retry(datetime(2030, 1, 1, tzinfo=UTC), "not before 2030")

    registry.job("test.remember", remember)
    registry.job("test.flaky", flaky, max_attempts=max_attempts)
    registry.job("test.later", later)
    return registry


async def test_a_dedupe_key_queues_one_job(session: Any) -> None:
    assert await enqueue(session, "test.remember", {"n": 1}, dedupe_key="nhắc-hạn:2026-12-07")
    assert not await enqueue(session, "test.remember", {"n": 2}, dedupe_key="nhắc-hạn:2026-12-07")
    assert await enqueue(session, "test.remember", {"n": 3})  # no key: always queued
    assert await enqueue(session, "test.remember", {"n": 4})
    await session.commit()
    assert await session.scalar(select(func.count()).select_from(Job)) == 3
    assert (await _job(session, key="nhắc-hạn:2026-12-07")).payload == {"n": 1}


async def test_a_due_job_runs_once_and_is_done(database: Any, session: Any) -> None:
    seen: list[Any] = []
    await enqueue(session, "test.remember", {"unit": "QT-VL-VT"}, dedupe_key="a")
    await enqueue(session, "test.remember", {"unit": "QT-DH"}, run_at=utcnow() + timedelta(hours=1), dedupe_key="b")
    await session.commit()
    worker = Worker(database, _registry(seen), name="w1")
    assert await worker.run_once() == 1
    assert await worker.run_once() == 0
    assert seen == [("test.remember", {"unit": "QT-VL-VT"}, 1)]
    done = await _job(session, key="a")
    assert (done.status, done.attempts, done.locked_by, done.locked_until) == ("done", 1, None, None)
    assert (await _job(session, key="b")).status == "queued"


async def test_a_failing_handler_is_retried_with_backoff_then_given_up(database: Any, session: Any) -> None:
    seen: list[Any] = []
    await enqueue(session, "test.flaky", dedupe_key="flaky", max_attempts=3)
    await session.commit()
    worker = Worker(database, _registry(seen, fail=99), name="w1")
    for expected in ("queued", "queued", "failed"):
        before = utcnow()
        await worker.run_once()
        job = await _job(session, key="flaky")
        assert job.status == expected and job.last_error == "RuntimeError: máy nhận đang bảo trì"
        if expected == "queued":
            assert before <= job.run_at <= before + timedelta(seconds=ceiling(job.attempts, 5, 3600) + 1)
            await session.execute(update(Job).where(Job.id == job.id).values(run_at=utcnow()))
            await session.commit()
    assert seen == [1, 2, 3]


async def test_a_handler_may_ask_for_a_later_run(database: Any, session: Any) -> None:
    await enqueue(session, "test.later", dedupe_key="later")
    await session.commit()
    await Worker(database, _registry([]), name="w1").run_once()
    job = await _job(session, key="later")
    assert (job.status, job.run_at, job.last_error) == ("queued", datetime(2030, 1, 1, tzinfo=UTC), "not before 2030")


async def test_an_unknown_kind_fails_without_running(database: Any, session: Any) -> None:
    await enqueue(session, "reminders.send", dedupe_key="unknown")
    await session.commit()
    await Worker(database, _registry([]), name="w1").run_once()
    job = await _job(session, key="unknown")
    assert job.status == "failed" and "no handler" in (job.last_error or "")


async def test_a_job_whose_worker_died_is_claimed_again_and_the_dead_worker_changes_nothing(
    database: Any, session: Any
) -> None:
    seen: list[Any] = []
    await enqueue(session, "test.remember", {"n": 1}, dedupe_key="orphan")
    await session.commit()
    now = utcnow()
    [claimed] = await repository.claim(
        session, worker="dead", now=now, lease_until=now + timedelta(seconds=60), limit=5
    )
    await session.commit()
    # While the lease holds, nobody else takes it.
    assert await Worker(database, _registry(seen), name="w2").run_once() == 0
    # The lease runs out (the worker was killed): the next worker claims it, as a second attempt.
    await session.execute(update(Job).where(Job.id == claimed.id).values(locked_until=utcnow() - timedelta(seconds=1)))
    await session.commit()
    assert await Worker(database, _registry(seen), name="w2").run_once() == 1
    assert seen == [("test.remember", {"n": 1}, 2)]
    # The dead worker, come back, cannot finish or release what is no longer its own.
    assert not await repository.finish(session, claimed.id, "dead", status="failed", now=utcnow())
    assert await repository.release(session, [claimed.id], "dead", utcnow()) == 0
    await session.commit()
    assert (await _job(session, key="orphan")).status == "done"


async def test_a_job_that_keeps_killing_its_worker_is_given_up(database: Any, session: Any) -> None:
    seen: list[Any] = []
    await enqueue(session, "test.remember", dedupe_key="poison", max_attempts=2)
    await session.commit()
    await session.execute(update(Job).where(Job.dedupe_key == "poison").values(attempts=2))
    await session.commit()
    await Worker(database, _registry(seen), name="w1").run_once()
    job = await _job(session, key="poison")
    assert (job.status, job.last_error, seen) == ("failed", LEASE_LOST, [])


async def test_released_jobs_are_queued_again_without_counting_the_attempt(session: Any) -> None:
    await enqueue(session, "test.remember", dedupe_key="held")
    await session.commit()
    now = utcnow()
    [claimed] = await repository.claim(session, worker="w1", now=now, lease_until=now + timedelta(minutes=1), limit=1)
    assert await repository.release(session, [claimed.id], "w1", utcnow()) == 1
    await session.commit()
    job = await _job(session, key="held")
    assert (job.status, job.attempts, job.locked_by) == ("queued", 0, None)


async def test_each_occasion_is_queued_once_however_many_workers(database: Any, session: Any) -> None:
    seen: list[Any] = []
    registry = _registry(seen)
    registry.every("test.remember", 60)
    first, second = Scheduler(registry), Scheduler(registry)
    at = datetime(2026, 12, 7, 8, 0, 30, tzinfo=UTC)
    assert await first.enqueue_due(database, at) == 1
    assert await second.enqueue_due(database, at) == 0  # another worker, the same occasion
    assert await first.enqueue_due(database, at + timedelta(seconds=20)) == 0  # same slot: nothing written
    assert await second.enqueue_due(database, at + timedelta(seconds=40)) == 1  # the next minute
    keys = (await session.scalars(select(Job.dedupe_key).order_by(Job.run_at))).all()
    slot = int(at.timestamp()) // 60
    assert keys == [f"every:test.remember:60:{slot}", f"every:test.remember:60:{slot + 1}"]


async def test_the_purge_deletes_old_finished_jobs_only(database: Any, session: Any) -> None:
    ages = {
        "old-done": 30 * 24,
        "old-failed": 30 * 24,
        "old-queued": 30 * 24,
        "new": 0,
        "every:x:2:1": 2,
        "every:x:2:9": 0,
    }
    for key, hours in ages.items():
        await enqueue(session, "test.remember", dedupe_key=key)
        status = "queued" if key == "old-queued" else "failed" if key == "old-failed" else "done"
        when = utcnow() - timedelta(hours=hours)
        await session.execute(update(Job).where(Job.dedupe_key == key).values(status=status, updated_at=when))
    await session.commit()
    await purge(JobContext(None, database, "w1"))  # type: ignore[arg-type]
    keys = set((await session.scalars(select(Job.dedupe_key))).all())
    assert keys == {"old-queued", "new", "every:x:2:9"}  # a periodic occasion's row goes after an hour


@pytest.mark.parametrize(("attempt", "cap"), [(1, 5.0), (2, 10.0), (5, 80.0), (14, 40960.0), (15, 43200.0)])
def test_backoff_ceilings_and_full_jitter(attempt: int, cap: float) -> None:
    assert ceiling(attempt, 5.0, 43200.0) == cap
    waits = [full_jitter(attempt, 5.0, 43200.0) for _ in range(200)]
    assert all(0 <= w <= cap for w in waits) and len(set(waits)) > 100


def test_the_documented_schedule_spans_about_a_day() -> None:
    # 15 attempts: 14 waits, each at most 5 s · 2^(n−1) (capped at 12 h): the last attempt at most ~22.8 h in.
    assert sum(ceiling(n, 5.0, 43200.0) for n in range(1, 15)) == 81915.0
