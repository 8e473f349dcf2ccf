"""The readiness probe's one statement (no table, no user data: whether the database answers), and the job
queue's depth for /metrics (counts only)."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from app.models import Job


async def ping(connection: AsyncConnection) -> None:
    """One round trip: `SELECT 1`."""
    await connection.execute(text("SELECT 1"))


async def job_counts(connection: AsyncConnection) -> list[tuple[str, str, int]]:
    """(kind, status, jobs) for the jobs not done: queued, running and failed."""
    statement = (
        select(Job.kind, Job.status, func.count())
        .where(Job.status.in_(("queued", "running", "failed")))
        .group_by(Job.kind, Job.status)
    )
    return [(kind, status, int(count)) for kind, status, count in (await connection.execute(statement)).all()]
