"""The inbox's housekeeping, daily: a read notification leaves the inbox `notification_read_retention_days`
after it was read, any notification `notification_retention_days` after it was made, in batches (each its own
transaction, so a large backlog never holds one long lock).

Both periods are far longer than any occasion a reminder is computed for (a window, a deadline, a review), so a
purged notification's once-only key is never needed again: the event fan-out has passed its event for good, and
the calendar reminders look only at deadlines still ahead or just past."""

from __future__ import annotations

from datetime import timedelta

from app.core.config import get_settings
from app.models.base import utcnow
from app.notifications.retention_repository import delete_expired
from app.worker.jobs import JobContext
from app.worker.registry import Registry

PURGE_NOTIFICATIONS = "notifications.purge"
BATCH = 5000


async def purge_notifications(ctx: JobContext) -> None:
    """Delete the expired notifications, BATCH rows per transaction, until none is left."""
    settings = get_settings()
    now = utcnow()
    read_before = now - timedelta(days=settings.notification_read_retention_days)
    made_before = now - timedelta(days=settings.notification_retention_days)
    while True:
        async with ctx.database.sessionmaker() as session:
            deleted = await delete_expired(session, read_before=read_before, made_before=made_before, batch=BATCH)
            await session.commit()
        if deleted < BATCH:
            return


def install(registry: Registry) -> None:
    """Register the purge, daily."""
    registry.job(PURGE_NOTIFICATIONS, purge_notifications, max_attempts=3)
    registry.every(PURGE_NOTIFICATIONS, 86400)
