"""The inbox's retention statement: the daily purge deletes old notifications in batches."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Notification


async def delete_expired(session: AsyncSession, *, read_before: datetime, made_before: datetime, batch: int) -> int:
    """Delete up to `batch` of the oldest notifications read before `read_before` or made before `made_before`
    (read or not); how many. Ids rise with time, so the oldest come first off the primary key."""
    expired = (
        select(Notification.id)
        .where(or_(Notification.read_at < read_before, Notification.created_at < made_before))
        .order_by(Notification.id)
        .limit(batch)
    )
    result = await session.execute(delete(Notification).where(Notification.id.in_(expired.scalar_subquery())))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
