"""The service clients' housekeeping job, daily: calls older than `client_call_retention_days` leave the call
log, in batches (each its own transaction, so a large backlog never holds one long lock)."""

from __future__ import annotations

from datetime import timedelta

from app.clients.repository import delete_calls_before
from app.core.config import get_settings
from app.models.base import utcnow
from app.worker.jobs import JobContext
from app.worker.registry import Registry

PURGE_CALLS = "clients.purge_calls"
BATCH = 5000


async def purge_calls(ctx: JobContext) -> None:
    """Delete the calls older than the retention, BATCH rows per transaction, until none is left."""
    before = utcnow() - timedelta(days=get_settings().client_call_retention_days)
    while True:
        async with ctx.database.sessionmaker() as session:
            deleted = await delete_calls_before(session, before, BATCH)
            await session.commit()
        if deleted < BATCH:
            return


def install(registry: Registry) -> None:
    """Register the purge, daily."""
    registry.job(PURGE_CALLS, purge_calls, max_attempts=3)
    registry.every(PURGE_CALLS, 86400)
