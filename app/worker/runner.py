"""The worker's loop: queue the due occasions, claim jobs into free slots, run each under a renewed lease, and
on shutdown finish or release what it holds.

One `Worker` runs up to `concurrency` jobs at once, each a task; it claims only as many jobs as it has free
slots, so a job is never claimed to wait. Shutdown (`stop` set: SIGTERM/SIGINT in `dvk worker`, the API's
lifespan end for the in-process worker): no new claims; the jobs in hand get `worker_shutdown_grace_seconds` to
finish (`hurry` cuts that short); whatever is still running then is cancelled and released — queued again at
once, the interrupted run not counted — so no job is lost. A worker killed outright (SIGKILL, a crash, a lost
machine) releases nothing: its leases run out and other workers claim its jobs again."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
import time
from collections.abc import Sequence
from contextlib import suppress
from datetime import datetime, timedelta
from typing import Any

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.config import Settings, get_settings
from app.core.db import Database
from app.models.base import utcnow
from app.ops import metrics
from app.worker import repository
from app.worker.backoff import full_jitter
from app.worker.jobs import ClaimedJob, JobContext, Retry
from app.worker.registry import JobKind, Registry
from app.worker.scheduler import Scheduler

log = logging.getLogger("dvk.worker")

# A handler that raised (not a Retry) is tried again after a full-jitter wait: 5 s, 10 s, … at most an hour.
RETRY_BASE_SECONDS = 5.0
RETRY_CAP_SECONDS = 3600.0
ERROR_CHARS = 1000
LEASE_LOST = "the lease ran out before the handler ended (a killed worker?) more often than the job may be tried"

# (the job's next status, when it runs again, the error kept on it)
Outcome = tuple[str, datetime | None, str | None]


def worker_name() -> str:
    """host:pid:random — unique per worker process, readable in `jobs.locked_by`."""
    return f"{socket.gethostname()[:80]}:{os.getpid()}:{secrets.token_hex(3)}"


class Worker:
    """Runs the jobs of one registry against one database."""

    def __init__(
        self,
        database: Database,
        registry: Registry,
        *,
        settings: Settings | None = None,
        name: str | None = None,
        concurrency: int | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        settings = settings or get_settings()
        # What handlers judge the calendar by (JobContext.now); leases and schedules keep the machine's time.
        self.clock = clock
        self.database = database
        self.registry = registry
        self.name = name or worker_name()
        self.concurrency = concurrency or settings.worker_concurrency
        self.poll_interval = settings.worker_poll_interval_seconds
        self.lease = timedelta(seconds=settings.worker_lease_seconds)
        self.grace = settings.worker_shutdown_grace_seconds
        self.scheduler = Scheduler(registry)
        self.hurry = asyncio.Event()
        self._in_hand: dict[int, asyncio.Task[None]] = {}
        self._wake = asyncio.Event()

    # The loop ------------------------------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Work until `stop` is set, then finish or release the jobs in hand."""
        log.info("worker %s started (concurrency %d)", self.name, self.concurrency)
        try:
            while not stop.is_set():
                await self._turn()
                await self._sleep(stop)
        finally:
            await self._drain()
            log.info("worker %s stopped", self.name)

    async def run_once(self, limit: int = 1000) -> int:
        """Queue the due occasions, then run the jobs due when it started, one after another (a job retried
        meanwhile waits for the next run), at most `limit`; how many ran. For `dvk worker --once` and tests."""
        started = utcnow()
        await self.scheduler.enqueue_due(self.database, started)
        ran = 0
        while ran < limit:
            jobs = await self._claim(1, due_by=started)
            if not jobs:
                break
            await self._execute(jobs[0])
            ran += 1
        return ran

    async def _turn(self) -> None:
        """One turn: queue due occasions, fill the free slots. A database outage costs a log line, not the
        worker: the next turn tries again."""
        try:
            await self.scheduler.enqueue_due(self.database, utcnow())
            free = self.concurrency - len(self._in_hand)
            if free > 0:
                for job in await self._claim(free):
                    self._start(job)
        except Exception:
            log.exception("worker %s: a turn failed; trying again in %.1f s", self.name, self.poll_interval)

    async def _sleep(self, stop: asyncio.Event) -> None:
        """Until the poll interval passes, a job ends (a slot is free) or `stop` is set."""
        self._wake.clear()
        waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())]
        try:
            await asyncio.wait(waiters, timeout=self.poll_interval, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()

    def _start(self, job: ClaimedJob) -> None:
        task = asyncio.create_task(self._execute(job), name=f"dvk-job-{job.id}")
        self._in_hand[job.id] = task

        def _ended(_task: asyncio.Task[None], job_id: int = job.id) -> None:
            self._in_hand.pop(job_id, None)
            self._wake.set()

        task.add_done_callback(_ended)

    async def _drain(self) -> None:
        """Let the jobs in hand finish within the grace period (or until `hurry`); cancel and release the rest."""
        tasks = dict(self._in_hand)
        if not tasks:
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.grace
        pending: set[asyncio.Future[Any]] = set(tasks.values())
        hurry: asyncio.Future[Any] = asyncio.ensure_future(self.hurry.wait())
        try:
            while pending and not self.hurry.is_set() and (left := deadline - loop.time()) > 0:
                _, pending = await asyncio.wait(pending | {hurry}, timeout=left, return_when=asyncio.FIRST_COMPLETED)
                pending.discard(hurry)
        finally:
            hurry.cancel()
        unfinished = [job_id for job_id, task in tasks.items() if not task.done()]
        for job_id in unfinished:
            tasks[job_id].cancel()
        await asyncio.gather(*tasks.values(), return_exceptions=True)
        await self._release(unfinished)

    # One job -------------------------------------------------------------------------------------------------

    async def _claim(self, limit: int, due_by: datetime | None = None) -> list[ClaimedJob]:
        now = utcnow()
        async with self.database.sessionmaker() as session:
            rows = await repository.claim(
                session, worker=self.name, now=now, lease_until=now + self.lease, limit=limit, due_by=due_by
            )
            await session.commit()
        return [ClaimedJob(r.id, r.kind, dict(r.payload or {}), r.attempts, r.max_attempts) for r in rows]

    async def _execute(self, job: ClaimedJob) -> None:
        """Run the handler under a renewed lease, then record how it ended."""
        started = time.monotonic()
        beat = asyncio.create_task(self._heartbeat(job.id))
        try:
            status, run_at, error = await self._run_handler(self.registry.kinds.get(job.kind), job)
        finally:
            beat.cancel()
            with suppress(asyncio.CancelledError):
                await beat
        metrics.JOB_DURATION.labels(job.kind).observe(time.monotonic() - started)
        metrics.JOBS_FINISHED.labels(job.kind, "retry" if status == "queued" else status).inc()
        await self._finish(job, status, run_at, error)

    async def _run_handler(self, kind: JobKind | None, job: ClaimedJob) -> Outcome:
        """(the job's next status, when to run it again, the error) from what the handler did."""
        if kind is None:
            return "failed", None, f"no handler for job kind {job.kind!r}"
        if job.attempts > job.max_attempts:
            return "failed", None, LEASE_LOST
        try:
            await kind.handler(JobContext(job, self.database, self.name, self.clock))
        except Retry as retry:
            return "queued", retry.run_at, retry.reason or None
        except Exception as exc:
            log.exception("job %s (%s) failed on attempt %d", job.id, job.kind, job.attempts)
            error = f"{type(exc).__name__}: {exc}"[:ERROR_CHARS]
            if job.attempts >= job.max_attempts:
                return "failed", None, error
            wait = full_jitter(job.attempts, RETRY_BASE_SECONDS, RETRY_CAP_SECONDS)
            return "queued", utcnow() + timedelta(seconds=wait), error
        return "done", None, None

    async def _finish(self, job: ClaimedJob, status: str, run_at: datetime | None, error: str | None) -> None:
        try:
            async with self.database.sessionmaker() as session:
                kept = await repository.finish(
                    session, job.id, self.name, status=status, now=utcnow(), run_at=run_at, error=error
                )
                await session.commit()
        except Exception:
            log.exception("job %s: its end was not recorded; it runs again when its lease runs out", job.id)
            return
        if not kept:
            log.warning("job %s (%s): the lease was lost before it ended; another worker holds it", job.id, job.kind)

    async def _heartbeat(self, job_id: int) -> None:
        """Renew the lease every third of it while the handler runs."""
        interval = self.lease.total_seconds() / 3
        while True:
            await asyncio.sleep(interval)
            try:
                async with self.database.sessionmaker() as session:
                    held = await repository.extend_lease(session, job_id, self.name, utcnow() + self.lease)
                    await session.commit()
            except Exception:
                log.warning("job %s: the lease could not be renewed", job_id, exc_info=True)
                continue
            if not held:
                log.warning("job %s: the lease is no longer this worker's", job_id)
                return

    async def _release(self, job_ids: Sequence[int]) -> None:
        if not job_ids:
            return
        try:
            async with self.database.sessionmaker() as session:
                released = await repository.release(session, job_ids, self.name, utcnow())
                await session.commit()
        except Exception:
            log.exception("jobs %s were not released; they run again when their leases run out", list(job_ids))
            return
        metrics.JOBS_FINISHED.labels("any", "released").inc(released)
        log.info("worker %s released %d unfinished job(s) at shutdown", self.name, released)
