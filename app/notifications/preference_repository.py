"""The preferences' statements: one person's row (no scope beyond the person: nobody reads another's)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import NotificationPreference, User


async def preferences_of_user(session: AsyncSession, user_id: uuid.UUID) -> NotificationPreference | None:
    """The person's stored preferences (None: the defaults)."""
    return await session.get(NotificationPreference, user_id)


async def user_by_id(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    """The person (the caller themself: no scope)."""
    return await session.get(User, user_id)
