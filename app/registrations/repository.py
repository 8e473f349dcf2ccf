"""The registration form's queries: its rows (models of a unit's subtree, through the caller's visibility,
`app.policy.visibility.model_rule`), the units an imported sheet names, and the sent lists (through
`scoped(caller, SentRegistrationList)`)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import Row, Select, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import get_database
from app.models import Campaign, RegisteredModel, SentRegistrationList, Unit
from app.policy.principal import Caller
from app.policy.scope import in_subtree
from app.policy.visibility import model_rule, scoped
from app.workflow.states import LIVE_STATES, state_codes

M = RegisteredModel
BATCH = 500


def rows_query(caller: Caller, campaign: Campaign, year: int, unit: Unit) -> Select[Any]:
    """The form's rows: non-withdrawn models of the subtree in scope, in unit then code order."""
    return (
        select(
            M.id,
            M.code,
            M.state,
            M.registrant_unit_id,
            Unit.code.label("unit_code"),
            Unit.name.label("unit_name"),
            M.name,
            M.targets,
            M.field_code,
            M.registrant_kind,
            M.start_date,
            M.end_date,
            M.level_aimed,
            M.individual_name,
            M.individual_position,
        )
        .join(Unit, Unit.id == M.registrant_unit_id)
        .where(
            M.campaign_id == campaign.id,
            M.year == year,
            in_subtree(M.unit_path, unit.path),
            M.state.in_(state_codes(LIVE_STATES)),
            model_rule(caller),
        )
        .order_by(M.unit_path, M.code)
    )


async def stream(session: AsyncSession, query: Select[Any]) -> AsyncIterator[Row[Any]]:
    """The query's rows from a server-side cursor, fetched BATCH at a time.

    A cursor lives in a transaction: a read request's session on PostgreSQL has none (see core.db), so the
    rows are then read in a session of its own."""
    if session.get_bind().get_execution_options().get("isolation_level") == "AUTOCOMMIT":
        async with get_database().sessionmaker() as own:
            async for row in stream(own, query):
                yield row
        return
    result = await session.stream(query.execution_options(yield_per=BATCH))
    async for r in result:
        yield r


async def all_rows(session: AsyncSession, query: Select[Any]) -> list[Row[Any]]:
    """The query's rows at once."""
    return list((await session.execute(query)).all())


async def active_units_named(session: AsyncSession, codes: set[str], name_keys: set[str]) -> list[Unit]:
    """Active units whose code (upper-cased) or folded name is among these."""
    units = await session.scalars(
        select(Unit).where(Unit.is_active, or_(func.upper(Unit.code).in_(codes), Unit.name_search.in_(name_keys)))
    )
    return list(units)


# ---------------------------------------------------------------- sent lists

L = SentRegistrationList


async def next_version(session: AsyncSession, campaign_id: uuid.UUID, year: int, unit_id: int) -> int:
    """The version number the unit's next list for this campaign year takes (1 for the first)."""
    last = await session.scalar(
        select(func.max(L.version)).where(L.campaign_id == campaign_id, L.year == year, L.unit_id == unit_id)
    )
    return (last or 0) + 1


async def add_list(session: AsyncSession, sent: SentRegistrationList) -> bool:
    """Insert a sent list; False when another request took its version number meanwhile."""
    try:
        async with session.begin_nested():
            session.add(sent)
    except IntegrityError:
        return False
    return True


async def visible_list(session: AsyncSession, caller: Caller, list_id: uuid.UUID) -> SentRegistrationList | None:
    """One sent list, if the caller may see it."""
    return await session.scalar(scoped(caller, L).where(L.id == list_id))


async def visible_lists(
    session: AsyncSession, caller: Caller, campaign_id: uuid.UUID, year: int, unit: Unit
) -> list[SentRegistrationList]:
    """Lists sent by units of the subtree for the campaign year that the caller sees, oldest first per unit."""
    query = scoped(caller, L).where(L.campaign_id == campaign_id, L.year == year, in_subtree(L.unit_path, unit.path))
    return list(await session.scalars(query.order_by(L.unit_path, L.version)))


async def registering_units(
    session: AsyncSession, caller: Caller, campaign_id: uuid.UUID, year: int, unit: Unit
) -> list[Unit]:
    """Units of the subtree with a live (not withdrawn) model of the campaign year the caller sees."""
    ids = (
        select(M.registrant_unit_id)
        .where(
            M.campaign_id == campaign_id,
            M.year == year,
            in_subtree(M.unit_path, unit.path),
            M.state.in_(state_codes(LIVE_STATES)),
            model_rule(caller),
        )
        .distinct()
    )
    return list(await session.scalars(select(Unit).where(Unit.id.in_(ids)).order_by(Unit.path)))


async def units_by_id(session: AsyncSession, ids: set[int]) -> list[Unit]:
    """These units (the sending units of lists), in tree order."""
    return list(await session.scalars(select(Unit).where(Unit.id.in_(ids)).order_by(Unit.path))) if ids else []
