"""Queries for campaigns, always limited to the campaigns the caller may see.

A campaign owned by unit O is visible to a caller when O lies in one of the caller's read subtrees
(they run or oversee it), or when O is one of the ancestors of a unit where the caller holds a role
(units under the launching body register with it). Both are index-friendly: a prefix match on
`owning_unit_path`, and an IN over the ancestor paths computed from the caller's grant paths.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, false, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuthorityProfile, Campaign, RegisteredModel, Unit
from app.policy.scope import path_in


@dataclass(frozen=True)
class CampaignFilters:
    """What a campaign list is narrowed to (each None: no filter)."""

    year: int | None = None
    owning_unit_id: int | None = None


def ancestor_paths(paths: Iterable[str]) -> list[str]:
    """Every path on the way down to each given path, itself included ("/1/7/" → "/1/", "/1/7/")."""
    out: set[str] = set()
    for path in paths:
        ids = [part for part in path.split("/") if part]
        out.update("/" + "/".join(ids[: depth + 1]) + "/" for depth in range(len(ids)))
    return sorted(out)


def visible_to(paths: Sequence[str]) -> ColumnElement[bool]:
    """SQL: campaigns owned inside the caller's subtrees, or by a unit above one of them."""
    if not paths:
        return false()
    column = Campaign.owning_unit_path
    return or_(path_in(column, paths), column.in_(ancestor_paths(paths)))


async def get_campaign(
    session: AsyncSession, campaign_id: uuid.UUID, paths: Sequence[str]
) -> Campaign | None:
    """One campaign, if the caller may see it."""
    query = select(Campaign).where(Campaign.id == campaign_id, visible_to(paths))
    return (await session.scalars(query)).one_or_none()


async def list_campaigns(
    session: AsyncSession, paths: Sequence[str], filters: CampaignFilters, after: tuple[int, str] | None,
    limit: int,
) -> list[Campaign]:
    """Up to `limit` visible campaigns matching the filters, by (start_year, id), after a position."""
    query = select(Campaign).where(visible_to(paths))
    if filters.year is not None:
        query = query.where(Campaign.start_year <= filters.year, Campaign.end_year >= filters.year)
    if filters.owning_unit_id is not None:
        query = query.where(Campaign.owning_unit_id == filters.owning_unit_id)
    if after is not None:
        start_year, last_id = after
        query = query.where(
            or_(
                Campaign.start_year > start_year,
                and_(Campaign.start_year == start_year, Campaign.id > uuid.UUID(last_id)),
            )
        )
    query = query.order_by(Campaign.start_year, Campaign.id).limit(limit)
    return list((await session.scalars(query)).all())


async def get_unit(session: AsyncSession, unit_id: int) -> Unit | None:
    """A unit by id (the tree itself is public)."""
    return await session.get(Unit, unit_id)


async def units_by_id(session: AsyncSession, unit_ids: Iterable[int]) -> dict[int, Unit]:
    """The units with these ids."""
    ids = set(unit_ids)
    if not ids:
        return {}
    return {u.id: u for u in (await session.scalars(select(Unit).where(Unit.id.in_(ids)))).all()}


async def profile_exists(session: AsyncSession, code: str) -> bool:
    """True if an authority rule profile has this code."""
    return bool(await session.scalar(select(exists().where(AuthorityProfile.code == code))))


async def default_profile(session: AsyncSession) -> str | None:
    """The code of the profile marked default, if any."""
    query = select(AuthorityProfile.code).order_by(AuthorityProfile.is_default.desc(), AuthorityProfile.code)
    return (await session.scalars(query.limit(1))).first()


async def cycle_in_use(session: AsyncSession, cycle_id: uuid.UUID) -> bool:
    """True if any registered model belongs to the cycle."""
    return bool(await session.scalar(select(exists().where(RegisteredModel.cycle_id == cycle_id))))
