"""The notifications' statements: who of a set of people can be told (active), their preferences, and the
insert that adds a person's notification for an occasion only once. A person's own rows need no visibility
rule beyond `user_id`: nobody reads another's notifications."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Row, exists, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.models import Notification, NotificationPreference, ServiceClient, Unit, User


def _insert(session: AsyncSession) -> Any:
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(Notification)


async def active_user_ids(session: AsyncSession, user_ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
    """Those of `user_ids` who are people with active accounts (a deactivated person is told nothing; a service
    client's account row is no person)."""
    if not user_ids:
        return set()
    is_client = exists().where(ServiceClient.id == User.id)
    statement = select(User.id).where(User.id.in_(list(user_ids)), User.is_active.is_(True), ~is_client)
    return set((await session.scalars(statement)).all())


async def preferences_of(
    session: AsyncSession, user_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, NotificationPreference]:
    """The stored preferences of those of `user_ids` who have any (the others keep the defaults)."""
    if not user_ids:
        return {}
    statement = select(NotificationPreference).where(NotificationPreference.user_id.in_(list(user_ids)))
    return {row.user_id: row for row in (await session.scalars(statement)).all()}


async def insert_once(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Add each row unless its person already has a notification for its occasion; the ids added."""
    if not rows:
        return []
    statement = (
        _insert(session)
        .values(list(rows))
        .on_conflict_do_nothing(index_elements=["user_id", "occasion_key"])
        .returning(Notification.id)
    )
    return list((await session.scalars(statement)).all())


async def with_unit_paths(session: AsyncSession, ids: Sequence[int]) -> Sequence[Row[Notification, str]]:
    """The notifications by id, each with the path of its unit, or of its recipient's home unit when it
    concerns none (the unit tree is public; the rows are the ones just written), in id order."""
    home = aliased(Unit)
    statement = (
        select(Notification, func.coalesce(Unit.path, home.path))
        .join(User, User.id == Notification.user_id)
        .join(home, home.id == User.home_unit_id)
        .outerjoin(Unit, Unit.id == Notification.unit_id)
        .where(Notification.id.in_(list(ids)))
        .order_by(Notification.id)
    )
    return (await session.execute(statement)).all()
