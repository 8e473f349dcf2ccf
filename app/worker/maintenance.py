"""The worker's own housekeeping job, hourly: finished and failed jobs older than the retention are deleted, and
the done occasions of periodic jobs after an hour (the dispatcher's alone would be 43 200 rows a day; a slot's
key only has to outlive the slot)."""

from __future__ import annotations

from datetime import timedelta

from app.core.config import get_settings
from app.models.base import utcnow
from app.worker import repository
from app.worker.jobs import JobContext
from app.worker.registry import Registry

PURGE = "jobs.purge"
OCCASIONS_KEPT = timedelta(hours=1)


async def purge(ctx: JobContext) -> None:
    """Delete done and failed jobs older than `worker_job_retention_hours`, done occasions older than an hour."""
    now = utcnow()
    before = now - timedelta(hours=get_settings().worker_job_retention_hours)
    async with ctx.database.sessionmaker() as session:
        await repository.purge_finished(session, before, now - OCCASIONS_KEPT)
        await session.commit()


def install(registry: Registry) -> None:
    """Register the purge, hourly."""
    registry.job(PURGE, purge, max_attempts=3)
    registry.every(PURGE, 3600)
