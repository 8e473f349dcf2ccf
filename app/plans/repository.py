"""Queries on units' plans (read through app/policy/visibility.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.pagination import PageParams, decode_cursor, encode_cursor
from app.models import Unit, UnitPlan
from app.policy.principal import Caller
from app.policy.scope import in_subtree
from app.policy.visibility import scoped

P = UnitPlan


@dataclass(frozen=True)
class PlanFilters:
    """What a list of plans is narrowed to (always within what the caller sees)."""

    campaign_id: uuid.UUID | None = None
    unit_id: int | None = None  # exactly this unit's plans
    subtree_path: str | None = None  # plans of the units of this subtree
    disseminated: bool | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        """The filters as SQL conditions (the unit is joined)."""
        out: list[ColumnElement[bool]] = []
        if self.campaign_id is not None:
            out.append(P.campaign_id == self.campaign_id)
        if self.unit_id is not None:
            out.append(P.unit_id == self.unit_id)
        if self.subtree_path is not None:
            out.append(in_subtree(Unit.path, self.subtree_path))
        if self.disseminated is not None:
            out.append(P.disseminated_on.is_not(None) if self.disseminated else P.disseminated_on.is_(None))
        return out

    def bound(self) -> dict[str, Any]:
        """What a cursor is bound to."""
        return {
            "campaign": self.campaign_id,
            "unit": self.unit_id,
            "subtree": self.subtree_path,
            "disseminated": self.disseminated,
        }


async def get_plan(session: AsyncSession, caller: Caller, plan_id: uuid.UUID) -> UnitPlan | None:
    """A plan the caller may see."""
    return (await session.scalars(scoped(caller, P).where(P.id == plan_id))).one_or_none()


async def plan_of(session: AsyncSession, campaign_id: uuid.UUID, unit_id: int) -> UnitPlan | None:
    """The unit's plan for the campaign, if any (no scope: the service has checked the unit is the caller's)."""
    return (await session.scalars(select(P).where(P.campaign_id == campaign_id, P.unit_id == unit_id))).one_or_none()


async def units_by_id(session: AsyncSession, ids: Iterable[int]) -> dict[int, Unit]:
    """Units by id (the unit tree is public)."""
    wanted = list(set(ids))
    if not wanted:
        return {}
    return {u.id: u for u in (await session.scalars(select(Unit).where(Unit.id.in_(wanted)))).all()}


def _after(position: list[Any]) -> ColumnElement[bool]:
    code, issued, last_id = str(position[0]), date.fromisoformat(str(position[1])), uuid.UUID(str(position[2]))
    return (
        (Unit.code > code)
        | ((Unit.code == code) & (P.issued_on > issued))
        | ((Unit.code == code) & (P.issued_on == issued) & (P.id > last_id))
    )


async def list_plans(
    session: AsyncSession, caller: Caller, filters: PlanFilters, page: PageParams
) -> tuple[list[UnitPlan], str | None]:
    """One page of the plans the caller sees, by unit code, then issue date; and the next cursor."""
    query = scoped(caller, P).join(Unit, Unit.id == P.unit_id).where(*filters.conditions())
    if page.cursor:
        query = query.where(_after(decode_cursor(page.cursor, filters.bound())))
    query = query.add_columns(Unit.code).order_by(Unit.code, P.issued_on, P.id).limit(page.limit + 1)
    rows: list[Any] = list((await session.execute(query)).all())
    next_cursor = None
    if len(rows) > page.limit:
        rows = rows[: page.limit]
        plan, code = rows[-1]
        next_cursor = encode_cursor([code, plan.issued_on.isoformat(), str(plan.id)], filters.bound())
    return [plan for plan, _ in rows], next_cursor
