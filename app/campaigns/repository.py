"""Queries for campaigns, always limited to the campaigns the caller may see (the rule is
app.policy.visibility.campaign_rule: owned inside the caller's read subtrees, or by a unit above one)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, bindparam, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import driver
from app.models import AuthorityProfile, Campaign, CampaignCycle, RegisteredModel, Unit
from app.policy.principal import Caller
from app.policy.visibility import scoped


@dataclass(frozen=True)
class CampaignFilters:
    """What a campaign list is narrowed to (each None: no filter)."""

    year: int | None = None
    owning_unit_id: int | None = None


async def get_campaign(session: AsyncSession, campaign_id: uuid.UUID, caller: Caller) -> Campaign | None:
    """One campaign, if the caller may see it."""
    query = scoped(caller, Campaign).where(Campaign.id == campaign_id)
    return (await session.scalars(query)).one_or_none()


async def campaign_by_id(session: AsyncSession, campaign_id: uuid.UUID) -> Campaign | None:
    """The campaign of a model already loaded through its visibility (no second scope check)."""
    return await session.get(Campaign, campaign_id)


def _calendar_query() -> Any:
    cycles, campaigns = CampaignCycle.__table__, Campaign.__table__
    return (
        select(cycles.c.registration_windows, cycles.c.results_due_on, campaigns.c.timezone)
        .select_from(cycles.join(campaigns, campaigns.c.id == cycles.c.campaign_id))
        .where(cycles.c.id == bindparam("cycle_id"))
    )


CALENDAR = _calendar_query()


async def calendar_of(session: AsyncSession, cycle_id: uuid.UUID) -> driver.Row | None:
    """A cycle's registration windows and results date with its campaign's time zone (what a move's calendar
    needs), in one statement on the driver (every transition reads it; core/driver.py)."""
    return await driver.fetch_one(session, CALENDAR, {"cycle_id": cycle_id})


async def cycle_by_id(session: AsyncSession, cycle_id: uuid.UUID) -> CampaignCycle | None:
    """The cycle of a model already loaded through its visibility."""
    return await session.get(CampaignCycle, cycle_id)


async def cycle_for_year(session: AsyncSession, campaign_id: uuid.UUID, year: int) -> CampaignCycle | None:
    """A (visible) campaign's cycle of one year."""
    return (
        await session.execute(
            select(CampaignCycle).where(CampaignCycle.campaign_id == campaign_id, CampaignCycle.year == year)
        )
    ).scalar_one_or_none()


async def list_campaigns(
    session: AsyncSession,
    caller: Caller,
    filters: CampaignFilters,
    after: tuple[int, str] | None,
    limit: int,
) -> list[Campaign]:
    """Up to `limit` visible campaigns matching the filters, by (start_year, id), after a position."""
    query = scoped(caller, Campaign)
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
