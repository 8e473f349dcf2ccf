"""Queries about the signed-in user themselves (their own row and role assignments: no scope involved)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import RoleAssignment, Unit, User


async def own_grants(session: AsyncSession, user_id: uuid.UUID) -> list[tuple[RoleAssignment, Unit]]:
    """The user's role assignments with their units, oldest first."""
    rows = await session.execute(
        select(RoleAssignment, Unit).join(Unit, Unit.id == RoleAssignment.unit_id)
        .where(RoleAssignment.user_id == user_id).order_by(RoleAssignment.created_at)
    )
    return [(ra, unit) for ra, unit in rows]


async def own_user(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    """The user's own row (None when deleted since their token was checked)."""
    return await session.get(User, user_id)
