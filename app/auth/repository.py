"""Queries about the signed-in user themselves (their own row, role assignments, sign-in records: no scope
involved)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, bindparam, case, delete, exists, false, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import driver
from app.models import LoginAttempt, RefreshToken, RoleAssignment, Unit, User


async def own_grants(session: AsyncSession, user_id: uuid.UUID) -> list[tuple[RoleAssignment, Unit]]:
    """The user's role assignments with their units, oldest first."""
    rows = await session.execute(
        select(RoleAssignment, Unit)
        .join(Unit, Unit.id == RoleAssignment.unit_id)
        .where(RoleAssignment.user_id == user_id)
        .order_by(RoleAssignment.created_at)
    )
    return [(ra, unit) for ra, unit in rows]


async def own_user(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    """The user's own row (None when deleted since their token was checked)."""
    return await session.get(User, user_id)


def _caller_query(with_session: bool) -> Select[Any]:
    """The user, whether their session is revoked, and every role assignment with its unit's path and
    whether that unit is active: one row per assignment, or one row of NULLs when there is none."""
    users, assignments, units, tokens = (
        User.__table__,
        RoleAssignment.__table__,
        Unit.__table__,
        RefreshToken.__table__,
    )
    revoked = (
        exists().where(tokens.c.family_id == bindparam("session_id"), tokens.c.revoked_at.is_not(None))
        if with_session
        else false()
    )
    return (
        select(
            users.c.id,
            users.c.username,
            users.c.full_name,
            users.c.position,
            users.c.email,
            users.c.home_unit_id,
            users.c.is_active,
            revoked.label("revoked"),
            assignments.c.role,
            assignments.c.unit_id,
            units.c.path,
            units.c.is_active.label("unit_active"),
        )
        .select_from(
            users.outerjoin(assignments, assignments.c.user_id == users.c.id).outerjoin(
                units, units.c.id == assignments.c.unit_id
            )
        )
        .where(users.c.id == bindparam("user_id"))
        .order_by(assignments.c.created_at)
    )


# Built once: this runs on every authenticated request, so it is Core (plain rows, no ORM identity map)
# and only its parameters change.
_CALLER_QUERIES = {True: _caller_query(True), False: _caller_query(False)}


async def caller_rows(session: AsyncSession, user_id: uuid.UUID, session_id: str | None) -> list[driver.Row]:
    """The caller's user row, session revocation and grants, in one round trip (see `_caller_query`); on the
    driver (core/driver.py: every authenticated request runs it)."""
    params: dict[str, Any] = {"user_id": user_id}
    if session_id:
        params["session_id"] = session_id
    return await driver.fetch(session, _CALLER_QUERIES[bool(session_id)], params)


async def account_failures(
    session: AsyncSession, username: str, address: str, pair_since: datetime, account_since: datetime
) -> tuple[int, Any, int, Any]:
    """Failed sign-ins of an account: (in the account window: count, oldest; from this address in the pair
    window: count, latest)."""
    at, mine = LoginAttempt.attempted_at, LoginAttempt.address == address
    in_account = at >= account_since
    account, oldest, pair, last = (
        await session.execute(
            select(
                func.count(case((in_account, 1))),
                func.min(case((in_account, at))),
                func.count(case((and_(mine, at >= pair_since), 1))),
                func.max(case((and_(mine, at >= pair_since), at))),
            ).where(LoginAttempt.username == username, at >= min(pair_since, account_since))
        )
    ).one()
    return account, oldest, pair, last


async def address_failures(session: AsyncSession, address: str, since: datetime) -> tuple[int, Any]:
    """Failed sign-ins from one address across accounts since a moment: (count, oldest)."""
    at = LoginAttempt.attempted_at
    count, first = (
        await session.execute(select(func.count(), func.min(at)).where(LoginAttempt.address == address, at >= since))
    ).one()
    return count, first


async def user_by_username(session: AsyncSession, username: str) -> User | None:
    """The user with this (normalised) username."""
    return (await session.execute(select(User).where(User.username == username))).scalar_one_or_none()


async def forget_failures(session: AsyncSession, username: str) -> None:
    """Delete an account's failed sign-ins."""
    await session.execute(delete(LoginAttempt).where(LoginAttempt.username == username))


async def refresh_token_for_update(session: AsyncSession, jti: str) -> RefreshToken | None:
    """A refresh token row, locked for the rotation."""
    return await session.get(RefreshToken, jti, with_for_update=True)


async def mark_refresh_used(session: AsyncSession, jti: str, at: datetime) -> bool:
    """Compare-and-set: mark an unused refresh token used; False when it already was."""
    marked = await session.execute(
        update(RefreshToken).where(RefreshToken.jti == jti, RefreshToken.used_at.is_(None)).values(used_at=at)
    )
    return bool(marked.rowcount == 1)  # type: ignore[attr-defined]


async def revoke_family_tokens(session: AsyncSession, family_id: str, at: datetime) -> None:
    """Revoke every unrevoked refresh token of a sign-in session."""
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=at)
    )


async def revoke_user_tokens(session: AsyncSession, user_id: uuid.UUID, at: datetime) -> None:
    """Revoke every unrevoked refresh token of a user."""
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=at)
    )
