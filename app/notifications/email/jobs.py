"""The email channel's job kinds on a worker registry: the producer and the digest on their schedules, the
sending of each email, and the daily retention purge."""

from __future__ import annotations

from datetime import timedelta

from app.core.config import Settings, get_settings
from app.models.base import utcnow
from app.notifications.email import repository
from app.notifications.email.digest import DIGEST, digest
from app.notifications.email.immediate import PRODUCE, produce
from app.notifications.email.outbox import SEND
from app.notifications.email.send import send_email
from app.worker.jobs import JobContext
from app.worker.registry import Registry

PURGE = "email.purge"
PURGE_BATCH = 5000


async def purge(ctx: JobContext) -> None:
    """Delete the emails that ended before the retention, PURGE_BATCH rows per transaction."""
    before = utcnow() - timedelta(days=get_settings().email_retention_days)
    while True:
        async with ctx.database.sessionmaker() as session:
            deleted = await repository.delete_finished_before(session, before, PURGE_BATCH)
            await session.commit()
        if deleted < PURGE_BATCH:
            return


def install(registry: Registry, settings: Settings | None = None) -> None:
    """Register the producer, the digest, sending and the purge."""
    settings = settings or get_settings()
    registry.job(PRODUCE, produce, max_attempts=3)
    registry.every(PRODUCE, settings.email_produce_interval_seconds)
    registry.job(DIGEST, digest, max_attempts=3)
    registry.every(DIGEST, settings.email_digest_interval_seconds)
    registry.job(SEND, send_email, max_attempts=settings.email_max_attempts + 3)
    registry.job(PURGE, purge, max_attempts=3)
    registry.every(PURGE, 86400)
