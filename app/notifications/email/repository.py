"""The email channel's statements: the notifications the producer has not looked at, the people due a digest and
their waiting notifications, the outbox rows (added once: an immediate email per notification, a digest per
person and local day), a sender's hold on a message, and the retention purge.

A person's own notifications and emails need no visibility rule: the worker reads them for that person only,
and no endpoint serves them."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, exists, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import EmailMessage, Notification, NotificationPreference, User

DONE_STATUSES = ("sent", "failed", "bounced", "skipped")


async def pending_notifications(session: AsyncSession, limit: int) -> Sequence[Any]:
    """The oldest notifications the producer has not looked at, with their person's address, name, state and
    email preferences (None: the defaults); locked, and on PostgreSQL skipping those another producer holds."""
    statement = (
        select(
            Notification,
            User.email,
            User.full_name,
            User.is_active,
            NotificationPreference.email_mode,
            NotificationPreference.timezone,
        )
        .join(User, User.id == Notification.user_id)
        .outerjoin(NotificationPreference, NotificationPreference.user_id == Notification.user_id)
        .where(Notification.email_state == "pending")
        .order_by(Notification.id)
        .limit(limit)
        .with_for_update(of=Notification, skip_locked=True)
    )
    return (await session.execute(statement)).all()


async def set_email_state(session: AsyncSession, notification_ids: Collection[int], state: str) -> None:
    """Move notifications to an email state."""
    if notification_ids:
        statement = update(Notification).where(Notification.id.in_(list(notification_ids))).values(email_state=state)
        await session.execute(statement, execution_options={"synchronize_session": False})


async def digest_candidates(session: AsyncSession) -> Sequence[Any]:
    """The people who chose the digest, active and with an address, who have unread notifications waiting for it:
    (user id, full name, address, digest hour, time zone)."""
    waiting = exists().where(
        Notification.user_id == NotificationPreference.user_id,
        Notification.email_state == "digest",
        Notification.read_at.is_(None),
    )
    statement = (
        select(
            User.id,
            User.full_name,
            User.email,
            NotificationPreference.digest_hour,
            NotificationPreference.timezone,
        )
        .join(User, User.id == NotificationPreference.user_id)
        .where(
            NotificationPreference.email_mode == "digest",
            User.is_active.is_(True),
            User.email.is_not(None),
            User.email != "",
            waiting,
        )
        .order_by(User.id)
    )
    return (await session.execute(statement)).all()


async def digests_sent_on(
    session: AsyncSession, days: Collection[tuple[uuid.UUID, date]]
) -> set[tuple[uuid.UUID, date]]:
    """Which of these (person, local day) pairs already have their digest."""
    if not days:
        return set()
    users = {user for user, _ in days}
    dates = {day for _, day in days}
    statement = select(EmailMessage.user_id, EmailMessage.digest_on).where(
        EmailMessage.user_id.in_(list(users)), EmailMessage.digest_on.in_(list(dates))
    )
    found = {(row.user_id, row.digest_on) for row in (await session.execute(statement)).all()}
    return found & set(days)


async def waiting_for_digest(session: AsyncSession, user_id: uuid.UUID) -> list[Notification]:
    """A person's unread notifications waiting for their digest, newest first; locked (on PostgreSQL skipping
    those another digest run holds)."""
    statement = (
        select(Notification)
        .where(
            Notification.user_id == user_id,
            Notification.email_state == "digest",
            Notification.read_at.is_(None),
        )
        .order_by(Notification.id.desc())
        .with_for_update(skip_locked=True)
    )
    return list((await session.scalars(statement)).all())


def _insert(session: AsyncSession) -> Any:
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(EmailMessage)


async def add_message(session: AsyncSession, values: dict[str, Any]) -> int | None:
    """Add an email unless its notification is emailed already, or its person has their digest for that day;
    its id (None when it exists already)."""
    statement = _insert(session).values(**values).on_conflict_do_nothing().returning(EmailMessage.id)
    return (await session.execute(statement)).scalar()


async def claim_message(session: AsyncSession, message_id: int, now: datetime, until: datetime) -> bool:
    """Hold a queued message for one sending attempt (counted), unless another sender holds it; True when held.
    One atomic UPDATE: of two senders at once, one gets it (PostgreSQL re-reads the row after the other's
    commit; SQLite runs one writer at a time)."""
    statement = (
        update(EmailMessage)
        .where(
            EmailMessage.id == message_id,
            EmailMessage.status == "queued",
            or_(EmailMessage.claimed_until.is_(None), EmailMessage.claimed_until < now),
        )
        .values(claimed_until=until, attempts=EmailMessage.attempts + 1, updated_at=now)
        .returning(EmailMessage.id)
    )
    return (await session.execute(statement)).first() is not None


async def release_message(session: AsyncSession, message_id: int, until: datetime, now: datetime) -> None:
    """Give back a hold whose attempt was interrupted before anything was sent (not counted)."""
    statement = (
        update(EmailMessage)
        .where(EmailMessage.id == message_id, EmailMessage.status == "queued", EmailMessage.claimed_until == until)
        .values(claimed_until=None, attempts=EmailMessage.attempts - 1, updated_at=now)
    )
    await session.execute(statement)


async def message_for_sending(session: AsyncSession, message_id: int) -> Any:
    """The message with its person's current address, name and state."""
    statement = (
        select(EmailMessage, User.email, User.full_name, User.is_active)
        .join(User, User.id == EmailMessage.user_id)
        .where(EmailMessage.id == message_id)
    )
    return (await session.execute(statement)).first()


async def message_by_id(session: AsyncSession, message_id: int) -> EmailMessage | None:
    """One message (the worker's own row: no scope)."""
    return await session.get(EmailMessage, message_id, populate_existing=True)


async def delete_finished_before(session: AsyncSession, before: datetime, limit: int) -> int:
    """Delete up to `limit` messages that ended (sent, failed, bounced, skipped) before `before`; how many."""
    ids = (
        select(EmailMessage.id)
        .where(and_(EmailMessage.status.in_(DONE_STATUSES), EmailMessage.created_at < before))
        .order_by(EmailMessage.id)
        .limit(limit)
    )
    result = await session.execute(delete(EmailMessage).where(EmailMessage.id.in_(ids.scalar_subquery())))
    return int(getattr(result, "rowcount", 0) or 0)
