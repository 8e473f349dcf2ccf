"""The inbox's statements: a person's notifications (page, one, unread count) and marking them read. Every read
starts from `scoped(caller, Notification)`: a person's own notifications, nobody else's."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Row, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Notification, Unit
from app.policy.principal import Caller
from app.policy.visibility import notification_rule, scoped


async def page(
    session: AsyncSession,
    caller: Caller,
    *,
    unread: bool,
    types: Sequence[str],
    before_id: int | None,
    limit: int,
) -> Sequence[Row[Notification, Unit | None]]:
    """Up to `limit` of the caller's notifications, newest first (by id), below `before_id` when given, each
    with its unit (the unit tree is public)."""
    query = scoped(caller, Notification).add_columns(Unit).outerjoin(Unit, Unit.id == Notification.unit_id)
    if unread:
        query = query.where(Notification.read_at.is_(None))
    if types:
        query = query.where(Notification.type.in_(list(types)))
    if before_id is not None:
        query = query.where(Notification.id < before_id)
    return (await session.execute(query.order_by(Notification.id.desc()).limit(limit))).all()


async def get_one(session: AsyncSession, caller: Caller, notification_id: int) -> Row[Notification, Unit | None] | None:
    """One of the caller's notifications with its unit; None when it is not theirs or does not exist."""
    query = (
        scoped(caller, Notification)
        .add_columns(Unit)
        .outerjoin(Unit, Unit.id == Notification.unit_id)
        .where(Notification.id == notification_id)
        .execution_options(populate_existing=True)
    )
    return (await session.execute(query)).one_or_none()


async def unread_count(session: AsyncSession, caller: Caller) -> int:
    """How many of the caller's notifications are unread."""
    subquery = scoped(caller, Notification).where(Notification.read_at.is_(None)).subquery()
    return int(await session.scalar(select(func.count()).select_from(subquery)) or 0)


async def mark_read(session: AsyncSession, caller: Caller, notification_id: int, now: datetime) -> None:
    """Mark one of the caller's notifications read, unless it is already (its first reading time stays)."""
    await session.execute(
        update(Notification)
        .where(notification_rule(caller), Notification.id == notification_id, Notification.read_at.is_(None))
        .values(read_at=now)
        .execution_options(synchronize_session=False)
    )


async def mark_all_read(
    session: AsyncSession, caller: Caller, up_to_id: int | None, up_to: datetime | None, now: datetime
) -> int:
    """Mark the caller's unread notifications read (only up to an id and a moment, when given); how many."""
    statement = update(Notification).where(notification_rule(caller), Notification.read_at.is_(None))
    if up_to_id is not None:
        statement = statement.where(Notification.id <= up_to_id)
    if up_to is not None:
        statement = statement.where(Notification.created_at <= up_to)
    result = await session.execute(statement.values(read_at=now).execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)
