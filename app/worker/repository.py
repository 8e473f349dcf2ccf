"""The job queue's statements. Claims are `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING`:
on PostgreSQL concurrent workers skip each other's rows instead of waiting; on SQLite (no FOR UPDATE, one
writer at a time under BEGIN IMMEDIATE) the same statement is atomic by itself. Every statement that ends a
claim names the worker holding it, so a worker whose lease ran out (and whose job another worker took) changes
nothing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, and_, delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Job
from app.models.base import utcnow


def _insert_ignoring(session: AsyncSession, table: Any) -> Any:
    """INSERT … ON CONFLICT DO NOTHING in the session's dialect (the statement's builder)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


async def insert_job(
    session: AsyncSession,
    *,
    kind: str,
    payload: dict[str, Any],
    run_at: datetime,
    dedupe_key: str | None,
    max_attempts: int,
) -> bool:
    """Add a queued job unless one with its dedupe key exists; True when added."""
    statement = (
        _insert_ignoring(session, Job)
        .values(
            kind=kind,
            payload=payload,
            run_at=run_at,
            dedupe_key=dedupe_key,
            max_attempts=max_attempts,
            status="queued",
            attempts=0,
            created_at=utcnow(),
            updated_at=utcnow(),
        )
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(Job.id)
    )
    return (await session.execute(statement)).first() is not None


async def claim(
    session: AsyncSession,
    *,
    worker: str,
    now: datetime,
    lease_until: datetime,
    limit: int,
    due_by: datetime | None = None,
) -> Sequence[Row[Any]]:
    """Take up to `limit` jobs: queued ones due by `due_by` (default now), and running ones whose lease ran out
    (their worker died), oldest first; each gets this worker's lease and one more attempt."""
    due = or_(
        and_(Job.status == "queued", Job.run_at <= (due_by or now)),
        and_(Job.status == "running", Job.locked_until < now),
    )
    ids = select(Job.id).where(due).order_by(Job.run_at, Job.id).limit(limit).with_for_update(skip_locked=True)
    statement = (
        update(Job)
        .where(Job.id.in_(ids.scalar_subquery()))
        .values(
            status="running",
            locked_by=worker,
            locked_until=lease_until,
            attempts=Job.attempts + 1,
            updated_at=now,
        )
        .returning(Job.id, Job.kind, Job.payload, Job.attempts, Job.max_attempts)
    )
    return (await session.execute(statement)).all()


def _held(job_id: int, worker: str) -> Any:
    return and_(Job.id == job_id, Job.locked_by == worker, Job.status == "running")


async def extend_lease(session: AsyncSession, job_id: int, worker: str, until: datetime) -> bool:
    """Renew this worker's lease on a job it runs; False when the lease is no longer its own."""
    result = await session.execute(update(Job).where(_held(job_id, worker)).values(locked_until=until))
    return bool(getattr(result, "rowcount", 0))


async def finish(
    session: AsyncSession,
    job_id: int,
    worker: str,
    *,
    status: str,
    now: datetime,
    run_at: datetime | None = None,
    error: str | None = None,
) -> bool:
    """End this worker's claim: done, failed, or queued again at `run_at`; False when the claim was lost."""
    values: dict[str, Any] = {
        "status": status,
        "locked_by": None,
        "locked_until": None,
        "updated_at": now,
        "last_error": error,
    }
    if run_at is not None:
        values["run_at"] = run_at
    result = await session.execute(update(Job).where(_held(job_id, worker)).values(**values))
    return bool(getattr(result, "rowcount", 0))


async def release(session: AsyncSession, job_ids: Sequence[int], worker: str, now: datetime) -> int:
    """Give back jobs this worker did not finish (shutdown): queued again now, the interrupted run not
    counted as an attempt. How many were released."""
    if not job_ids:
        return 0
    statement = (
        update(Job)
        .where(Job.id.in_(list(job_ids)), Job.locked_by == worker, Job.status == "running")
        .values(
            status="queued",
            run_at=now,
            locked_by=None,
            locked_until=None,
            attempts=Job.attempts - 1,
            updated_at=now,
        )
    )
    result = await session.execute(statement)
    return int(getattr(result, "rowcount", 0))


async def purge_finished(session: AsyncSession, before: datetime, occasions_before: datetime) -> int:
    """Delete done and failed jobs last touched before `before`, and done periodic occasions (dedupe key
    `every:…`) before `occasions_before`; how many."""
    old = and_(Job.status.in_(("done", "failed")), Job.updated_at < before)
    old_occasion = and_(Job.status == "done", Job.dedupe_key.like("every:%"), Job.updated_at < occasions_before)
    result = await session.execute(delete(Job).where(or_(old, old_occasion)))
    return int(getattr(result, "rowcount", 0))


async def job_by_dedupe_key(session: AsyncSession, dedupe_key: str) -> Job | None:
    """The job queued under a dedupe key (tests, operators)."""
    return (await session.scalars(select(Job).where(Job.dedupe_key == dedupe_key))).first()
