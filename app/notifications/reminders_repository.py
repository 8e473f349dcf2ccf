"""The calendar reminders' reads. The worker asks on behalf of nobody (no caller, no visibility rule): it finds
the people concerned, and each is told only about their own unit's models, lists and registrations."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import TypeVar

from sqlalchemy import func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Campaign, Notification, RegisteredModel, RoleAssignment, SentRegistrationList, Unit, User
from app.policy.scope import in_subtree

M = RegisteredModel
T = TypeVar("T")
IN_CHUNK = 500


def _chunks(items: Collection[T]) -> Iterable[list[T]]:
    ordered = list(items)
    for start in range(0, len(ordered), IN_CHUNK):
        yield ordered[start : start + IN_CHUNK]


async def campaigns_running(session: AsyncSession, year: int) -> list[Campaign]:
    """Campaigns whose years reach `year` − 2 or later, with their cycles, oldest first (the worker's read: a
    cycle's dates run into the next year, its late reminders a month beyond)."""
    query = select(Campaign).where(Campaign.end_year >= year - 2, Campaign.start_year <= year + 1)
    return list((await session.scalars(query.order_by(Campaign.start_year, Campaign.id))).all())


async def holders(session: AsyncSession, role: str, unit_ids: Collection[int]) -> dict[int, set[uuid.UUID]]:
    """The active people holding `role` at each of these units (exactly there), by unit."""
    found: dict[int, set[uuid.UUID]] = defaultdict(set)
    for chunk in _chunks(unit_ids):
        query = (
            select(RoleAssignment.unit_id, RoleAssignment.user_id)
            .join(User, User.id == RoleAssignment.user_id)
            .where(RoleAssignment.role == role, RoleAssignment.unit_id.in_(chunk), User.is_active.is_(True))
        )
        for unit_id, user_id in (await session.execute(query)).all():
            found[unit_id].add(user_id)
    return dict(found)


async def holder_units(session: AsyncSession, role: str, subtree: str) -> list[Unit]:
    """The open units of a subtree where an active person holds `role`, in tree order."""
    held = (
        select(RoleAssignment.unit_id)
        .join(User, User.id == RoleAssignment.user_id)
        .where(RoleAssignment.role == role, User.is_active.is_(True))
    )
    query = select(Unit).where(Unit.id.in_(held), in_subtree(Unit.path, subtree), Unit.is_active.is_(True))
    return list((await session.scalars(query.order_by(Unit.path))).all())


async def units_by_id(session: AsyncSession, unit_ids: Collection[int]) -> dict[int, Unit]:
    """These units, by id (the tree is public)."""
    found: dict[int, Unit] = {}
    for chunk in _chunks(unit_ids):
        found.update({u.id: u for u in (await session.scalars(select(Unit).where(Unit.id.in_(chunk)))).all()})
    return found


async def registered_paths(session: AsyncSession, cycle_id: uuid.UUID, states: Collection[str]) -> list[str]:
    """The distinct unit paths of the cycle's models in these states (who has registered something)."""
    query = select(M.unit_path).where(M.cycle_id == cycle_id, M.state.in_(list(states))).distinct()
    return list((await session.scalars(query)).all())


async def models_in_state(session: AsyncSession, cycle_id: uuid.UUID, state: str) -> list[tuple[uuid.UUID, str, int]]:
    """(id, name, registrant unit) of the cycle's models in one state, by code."""
    query = select(M.id, M.name, M.registrant_unit_id).where(M.cycle_id == cycle_id, M.state == state)
    return [(row[0], row[1], row[2]) for row in (await session.execute(query.order_by(M.code))).all()]


async def waiting_by_deciding_unit(session: AsyncSession, campaign_id: uuid.UUID, state: str) -> dict[int, int]:
    """How many of the campaign's models in `state` each deciding unit has."""
    query = (
        select(M.deciding_unit_id, func.count())
        .where(M.campaign_id == campaign_id, M.state == state, M.deciding_unit_id.is_not(None))
        .group_by(M.deciding_unit_id)
    )
    return {unit_id: count for unit_id, count in (await session.execute(query)).all() if unit_id is not None}


async def registering_unit_ids(
    session: AsyncSession, campaign_id: uuid.UUID, year: int, states: Collection[str]
) -> list[int]:
    """The registrant units of the campaign year's models in these states (the units a list must cover)."""
    query = (
        select(M.registrant_unit_id)
        .where(M.campaign_id == campaign_id, M.year == year, M.state.in_(list(states)))
        .distinct()
    )
    return list((await session.scalars(query)).all())


async def sent_list_paths(session: AsyncSession, campaign_id: uuid.UUID, year: int) -> list[str]:
    """The paths of the units that sent a registration list for the campaign year."""
    L = SentRegistrationList
    query = select(L.unit_path).where(L.campaign_id == campaign_id, L.year == year).distinct()
    return list((await session.scalars(query)).all())


async def already_told(session: AsyncSession, pairs: Collection[tuple[uuid.UUID, str]]) -> set[tuple[uuid.UUID, str]]:
    """Those (person, occasion key) pairs that have a notification already."""
    found: set[tuple[uuid.UUID, str]] = set()
    for chunk in _chunks(pairs):
        query = select(Notification.user_id, Notification.occasion_key).where(
            tuple_(Notification.user_id, Notification.occasion_key).in_(chunk)
        )
        found.update((row[0], row[1]) for row in (await session.execute(query)).all())
    return found
