"""Queries on indicators and their values (values are read through app/policy/visibility.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import IndicatorDefinition, IndicatorValue, IndicatorValueCorrection, Unit, UnitKind
from app.policy.principal import Caller
from app.policy.scope import in_subtree
from app.policy.visibility import scoped

D = IndicatorDefinition
V = IndicatorValue


async def list_indicators(session: AsyncSession, campaign_id: uuid.UUID, year: int) -> list[IndicatorDefinition]:
    """A campaign year's catalogue, by sort order then code."""
    stmt = select(D).where(D.campaign_id == campaign_id, D.year == year).order_by(D.sort_order, D.code)
    return list((await session.scalars(stmt)).all())


async def get_indicator(session: AsyncSession, indicator_id: uuid.UUID) -> IndicatorDefinition | None:
    """One catalogue entry (its campaign's visibility is checked by the caller of this)."""
    return await session.get(D, indicator_id)


async def known_kinds(session: AsyncSession, kinds: Iterable[str]) -> set[str]:
    """Those of the given unit kinds that exist."""
    return set((await session.scalars(select(UnitKind.code).where(UnitKind.code.in_(list(kinds))))).all())


async def has_values(session: AsyncSession, indicator_id: uuid.UUID) -> bool:
    """True if some unit reported a value for the indicator."""
    return bool(await session.scalar(select(exists().where(V.indicator_id == indicator_id))))


async def get_value(session: AsyncSession, caller: Caller, value_id: uuid.UUID) -> IndicatorValue | None:
    """A reported value the caller may see."""
    return (await session.scalars(scoped(caller, V).where(V.id == value_id))).one_or_none()


async def corrections_of(session: AsyncSession, value_id: uuid.UUID) -> list[IndicatorValueCorrection]:
    """The corrections of a value, oldest first (the value was loaded through its visibility)."""
    stmt = select(IndicatorValueCorrection).where(IndicatorValueCorrection.value_id == value_id)
    return list((await session.scalars(stmt.order_by(IndicatorValueCorrection.version))).all())


async def units_by_id(session: AsyncSession, ids: Iterable[int]) -> dict[int, Unit]:
    """Units by id."""
    wanted = list(set(ids))
    if not wanted:
        return {}
    return {u.id: u for u in (await session.scalars(select(Unit).where(Unit.id.in_(wanted)))).all()}


async def applicable_units(session: AsyncSession, root: Unit, kinds: Iterable[str]) -> list[Unit]:
    """Active units of the root's subtree (itself included) of the given kinds, by code."""
    stmt = (
        select(Unit)
        .where(in_subtree(Unit.path, root.path), Unit.is_active.is_(True), Unit.kind_code.in_(list(kinds)))
        .order_by(Unit.code)
    )
    return list((await session.scalars(stmt)).all())


async def subtree_values(
    session: AsyncSession, caller: Caller, indicator_ids: Sequence[uuid.UUID], root: Unit
) -> list[tuple[uuid.UUID, int, float]]:
    """(indicator, unit, value) of the values reported in the root's subtree, oldest
    first (the caller sees them: the root is in their read scope)."""
    if not indicator_ids:
        return []
    visible = scoped(caller, V).where(V.indicator_id.in_(list(indicator_ids)), in_subtree(V.unit_path, root.path))
    sub = visible.subquery()
    stmt = select(sub.c.indicator_id, sub.c.unit_id, sub.c.value).order_by(sub.c.occurred_on, sub.c.reported_at)
    return [(row[0], row[1], row[2]) for row in (await session.execute(stmt)).all()]
