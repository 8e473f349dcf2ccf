"""Queries for users and role assignments, always limited to the users the caller manages (the rule is
app.policy.visibility.user_rule: the home unit lies in a subtree where the caller manages users)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.search import like_pattern
from app.models import RefreshToken, RoleAssignment, Unit, User
from app.policy.principal import Caller
from app.policy.scope import in_subtree
from app.policy.visibility import scoped


@dataclass(frozen=True)
class UserFilters:
    """What a user list is narrowed to (each None: no filter)."""

    q: str | None = None
    unit_path: str | None = None
    role: str | None = None
    active: bool | None = None


def _search(q: str) -> ColumnElement[bool]:
    """Username or full name, ignoring case and Vietnamese diacritics ("nguyen" finds "Nguyễn")."""
    pattern = like_pattern(q)
    return or_(
        func.lower(User.username).like(pattern, escape="\\"),
        User.full_name_search.like(pattern, escape="\\"),
    )


async def get_user(session: AsyncSession, user_id: uuid.UUID, caller: Caller) -> User | None:
    """One user, if the caller manages them."""
    return (await session.scalars(scoped(caller, User).where(User.id == user_id))).one_or_none()


async def list_users(
    session: AsyncSession,
    caller: Caller,
    filters: UserFilters,
    after: tuple[str, str] | None,
    limit: int,
) -> list[User]:
    """Up to `limit` users the caller manages matching the filters, by (username, id), after a position."""
    query = scoped(caller, User)
    if filters.unit_path is not None:
        query = query.where(in_subtree(Unit.path, filters.unit_path))
    if filters.q:
        query = query.where(_search(filters.q))
    if filters.role is not None:
        query = query.where(exists().where(RoleAssignment.user_id == User.id, RoleAssignment.role == filters.role))
    if filters.active is not None:
        query = query.where(User.is_active.is_(filters.active))
    if after is not None:
        username, last_id = after
        query = query.where(
            or_(User.username > username, and_(User.username == username, User.id > uuid.UUID(last_id)))
        )
    query = query.order_by(User.username, User.id).limit(limit)
    return list((await session.scalars(query)).all())


async def roles_with_units(
    session: AsyncSession, user_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[RoleAssignment, Unit]]]:
    """The assignments of these users with their units, oldest first."""
    out: dict[uuid.UUID, list[tuple[RoleAssignment, Unit]]] = {uid: [] for uid in user_ids}
    if not user_ids:
        return out
    rows = await session.execute(
        select(RoleAssignment, Unit)
        .join(Unit, Unit.id == RoleAssignment.unit_id)
        .where(RoleAssignment.user_id.in_(user_ids))
        .order_by(RoleAssignment.created_at, RoleAssignment.id)
    )
    for assignment, unit in rows:
        out[assignment.user_id].append((assignment, unit))
    return out


async def get_unit(session: AsyncSession, unit_id: int) -> Unit | None:
    """A unit by id (the tree itself is public)."""
    return await session.get(Unit, unit_id)


async def username_taken(session: AsyncSession, username: str) -> bool:
    """True if any account (in scope or not) already has this username."""
    return bool(await session.scalar(select(exists().where(User.username == username))))


async def revoke_all_sessions(session: AsyncSession, user_id: uuid.UUID) -> None:
    """Revoke every refresh token of the user, so every session and its access tokens end."""
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )
