"""Queries of the plans part of the coverage report: the units of a subtree expected to have a plan for the
campaign (active, in the campaign's part of the tree, of a kind listed in `plan_unit_kinds`) and which have one.

The report's root is in the caller's read scope (checked first), so every plan of its subtree is one the caller
sees (app/policy/visibility.py `plan_rule`: plans of units in the read subtrees)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import ColumnElement, case, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Campaign, PlanUnitKind, Unit, UnitPlan
from app.policy.scope import in_subtree

P = UnitPlan


async def plan_kinds(session: AsyncSession) -> list[str]:
    """The unit kinds expected to have a plan."""
    return list((await session.scalars(select(PlanUnitKind.kind_code).order_by(PlanUnitKind.kind_code))).all())


def _expected(campaign: Campaign, root: Unit) -> list[ColumnElement[bool]]:
    """Active units of the root's subtree, in the campaign's part of the tree, of a kind that plans."""
    return [
        in_subtree(Unit.path, root.path),
        in_subtree(Unit.path, campaign.owning_unit_path),
        Unit.is_active.is_(True),
        Unit.kind_code.in_(select(PlanUnitKind.kind_code)),
    ]


def _has_plan(campaign: Campaign) -> ColumnElement[bool]:
    return exists().where(P.campaign_id == campaign.id, P.unit_id == Unit.id)


def _disseminated(campaign: Campaign) -> ColumnElement[bool]:
    return exists().where(P.campaign_id == campaign.id, P.unit_id == Unit.id, P.disseminated_on.is_not(None))


async def plan_counts(session: AsyncSession, campaign: Campaign, root: Unit) -> tuple[int, int, int]:
    """(units expected to have a plan, those that have one, those whose plan is disseminated)."""
    query = select(
        func.count(Unit.id),
        func.count(case((_has_plan(campaign), 1))),
        func.count(case((_disseminated(campaign), 1))),
    ).where(*_expected(campaign, root))
    row = (await session.execute(query)).one()
    return int(row[0]), int(row[1]), int(row[2])


async def units_without_plan(
    session: AsyncSession, campaign: Campaign, root: Unit, limit: int
) -> Sequence[tuple[int, str, str, str]]:
    """The first `limit` expected units with no plan for the campaign, by unit code."""
    query = (
        select(Unit.id, Unit.code, Unit.name, Unit.kind_code)
        .where(*_expected(campaign, root), ~_has_plan(campaign))
        .order_by(Unit.code, Unit.id)
        .limit(limit)
    )
    return [(row[0], row[1], row[2], row[3]) for row in await session.execute(query)]


async def planned_among(session: AsyncSession, campaign_id: uuid.UUID, unit_ids: Sequence[int]) -> set[int]:
    """Which of these units have a plan for the campaign."""
    if not unit_ids:
        return set()
    query = select(P.unit_id).where(P.campaign_id == campaign_id, P.unit_id.in_(list(unit_ids)))
    return set((await session.scalars(query)).all())
