"""Queries of the coverage reports. Everything is aggregated in SQL (GROUP BY / COUNT); nothing loops
over models in Python.

"Has a model": a recursive CTE starts from the registrant units of the counting models in the subtree and
climbs parent by parent up to the subtree's root (UNION keeps each unit once), so the cost grows with the
number of units that have a model, not with the number of models or with units × models.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CTE, ColumnElement, Select, bindparam, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute, aliased

from app.models import Campaign, CampaignTarget, RegisteredModel, Survey, Unit, UnitCategory, UnitCategoryKind
from app.policy.scope import in_subtree
from app.workflow.states import COUNTED_STATES, RECOGNISED_STATES, State, state_codes

M = RegisteredModel
K = UnitCategoryKind

# A model "counts" once submitted, as long as it is not withdrawn or returned (drafts do not count).
COUNTING_STATES = state_codes(COUNTED_STATES)
# Recognised by the competent authority (recognized, nominated, exemplar): effective whatever its dates.
RECOGNISED = state_codes(RECOGNISED_STATES)


@dataclass(frozen=True)
class Counts:
    """Units of a category, how many of them have a model, and how many have an effective one."""

    units: int
    with_model: int
    with_effective: int = 0


def _in_subtree(column: ColumnElement[str] | InstrumentedAttribute[str], path: str) -> ColumnElement[bool]:
    """The path column lies in the subtree at `path` (paths hold only digits and '/': nothing to escape)."""
    return in_subtree(column, path)


def _models(campaign_id: uuid.UUID, year: int, root: Unit) -> list[ColumnElement[bool]]:
    """The campaign's models of the year registered in the subtree."""
    return [M.campaign_id == campaign_id, M.year == year, _in_subtree(M.unit_path, root.path)]


def covered_units(
    campaign_id: uuid.UUID,
    year: int,
    root: Unit,
    condition: ColumnElement[bool] | None = None,
    name: str = "covered",
) -> CTE:
    """Ids of the subtree's units that, or a unit below which, registered a model that counts (or, given a
    `condition` on the models, one that meets it: an effective model)."""
    seed = select(M.registrant_unit_id.label("id")).where(
        *_models(campaign_id, year, root), M.state.in_(COUNTING_STATES) if condition is None else condition
    )
    covered = seed.cte(name, recursive=True)
    child = aliased(Unit)
    # The climb stays inside the subtree, and says so: the planner then reads the subtree's units by their
    # path index instead of hashing every unit of the country (it cannot tell how few ids the climb holds).
    return covered.union(
        select(child.parent_id)
        .join(covered, child.id == covered.c.id)
        .where(_in_subtree(child.path, root.path), child.path != root.path)
    )


def _covered(covered: CTE) -> ColumnElement[bool]:
    """The unit is covered: `units.id IN (SELECT id FROM covered)`.

    Not a join on the CTE: PostgreSQL cannot estimate a recursive CTE's size, and a prepared statement's
    generic plan guessed a few dozen covered units and joined them by nested loop against every unit of
    the subtree (a province: 1 044 × 1 627 pairs, 300 ms). An IN over an uncorrelated subquery becomes a
    hashed SubPlan: the covered ids are hashed once, whatever the estimate.
    """
    return Unit.id.in_(select(covered.c.id).where(covered.c.id.is_not(None)))


def _covered_count(covered: CTE) -> ColumnElement[int]:
    return func.count(case((_covered(covered), 1)))


def _category_units(root: Unit) -> Select[int]:
    return (
        select(Unit.id)
        .join(K, K.kind_code == Unit.kind_code)
        .where(_in_subtree(Unit.path, root.path), Unit.is_active.is_(True))
    )


async def categories(session: AsyncSession) -> Sequence[UnitCategory]:
    """Every unit category, in display order."""
    return (await session.scalars(select(UnitCategory).order_by(UnitCategory.sort_order, UnitCategory.code))).all()


async def category_kinds(session: AsyncSession) -> dict[str, list[str]]:
    """The unit kinds of each category."""
    rows = await session.execute(select(K.category_code, K.kind_code).order_by(K.category_code, K.kind_code))
    out: dict[str, list[str]] = {}
    for category, kind in rows:
        out.setdefault(category, []).append(kind)
    return out


async def targets(session: AsyncSession, campaign_id: uuid.UUID) -> Sequence[CampaignTarget]:
    """The target rows a campaign sets."""
    return (await session.scalars(select(CampaignTarget).where(CampaignTarget.campaign_id == campaign_id))).all()


async def replace_targets(session: AsyncSession, campaign: Campaign, rows: Sequence[CampaignTarget]) -> None:
    """Delete the campaign's target rows and insert these."""
    for old in await targets(session, campaign.id):
        await session.delete(old)
    await session.flush()
    session.add_all(rows)


async def coverage_by_category(session: AsyncSession, covered: CTE, effective: CTE, root: Unit) -> dict[str, Counts]:
    """Per category: active units in the subtree, how many are covered, how many by an effective model."""
    query = (
        select(K.category_code, func.count(Unit.id), _covered_count(covered), _covered_count(effective))
        .select_from(Unit)
        .join(K, K.kind_code == Unit.kind_code)
        .where(_in_subtree(Unit.path, root.path), Unit.is_active.is_(True))
        .group_by(K.category_code)
    )
    return {
        code: Counts(units, with_model, effective)
        for code, units, with_model, effective in await session.execute(query)
    }


async def coverage_by_kind(session: AsyncSession, covered: CTE, root: Unit) -> dict[str, Counts]:
    """Per unit kind: active units in the subtree and how many are covered (for the plan's indicators)."""
    query = (
        select(Unit.kind_code, func.count(Unit.id), _covered_count(covered))
        .where(_in_subtree(Unit.path, root.path), Unit.is_active.is_(True))
        .group_by(Unit.kind_code)
    )
    return {kind: Counts(units, with_model) for kind, units, with_model in await session.execute(query)}


async def children(session: AsyncSession, root: Unit) -> Sequence[Unit]:
    """The root's active direct children, by code."""
    query = select(Unit).where(Unit.parent_id == root.id, Unit.is_active.is_(True)).order_by(Unit.code)
    return (await session.scalars(query)).all()


async def coverage_by_child(
    session: AsyncSession, covered: CTE, effective: CTE, root: Unit
) -> dict[tuple[int, str], Counts]:
    """Per (direct child, category): active units in the child's subtree, how many are covered, how many by an
    effective model."""
    top = aliased(Unit)
    query = (
        select(top.id, K.category_code, func.count(Unit.id), _covered_count(covered), _covered_count(effective))
        .select_from(top)
        .join(Unit, Unit.path.like(top.path + "%"))
        .join(K, K.kind_code == Unit.kind_code)
        # The constant prefix lets the subtree's units come from one index range; the per-child LIKE
        # alone (a pattern built from a column) would compare every unit of the country with every child.
        .where(
            top.parent_id == root.id,
            top.is_active.is_(True),
            Unit.is_active.is_(True),
            _in_subtree(Unit.path, root.path),
        )
        .group_by(top.id, K.category_code)
    )
    return {
        (child, code): Counts(units, with_model, with_effective)
        for child, code, units, with_model, with_effective in await session.execute(query)
    }


async def covered_among(session: AsyncSession, covered: CTE, unit_ids: Sequence[int]) -> set[int]:
    """Which of these units are covered."""
    if not unit_ids:
        return set()
    return set((await session.scalars(select(covered.c.id).where(covered.c.id.in_(unit_ids)))).all())


async def units_without_model(
    session: AsyncSession, covered: CTE, root: Unit, limit: int
) -> Sequence[tuple[int, str, str, str, str]]:
    """The first `limit` (unit, category) rows with no covering model, by category order then unit code."""
    query = (
        select(Unit.id, Unit.code, Unit.name, Unit.kind_code, K.category_code)
        .select_from(Unit)
        .join(K, K.kind_code == Unit.kind_code)
        .join(UnitCategory, UnitCategory.code == K.category_code)
        .where(_in_subtree(Unit.path, root.path), Unit.is_active.is_(True), ~_covered(covered))
        .order_by(UnitCategory.sort_order, K.category_code, Unit.code, Unit.id)
        .limit(limit)
    )
    return [tuple(row) for row in await session.execute(query)]  # type: ignore[misc]


async def counting_models(session: AsyncSession, campaign_id: uuid.UUID, year: int, root: Unit) -> int:
    """How many models of the subtree count."""
    query = select(func.count()).where(*_models(campaign_id, year, root), M.state.in_(COUNTING_STATES))
    return int(await session.scalar(query) or 0)


async def effective_models(
    session: AsyncSession, campaign_id: uuid.UUID, year: int, root: Unit, effective: ColumnElement[bool]
) -> int:
    """How many models of the subtree are effective."""
    query = select(func.count()).where(*_models(campaign_id, year, root), effective)
    return int(await session.scalar(query) or 0)


async def models_by_child(
    session: AsyncSession, campaign_id: uuid.UUID, year: int, root: Unit, effective: ColumnElement[bool]
) -> dict[int, tuple[int, int]]:
    """Per direct child: the models of its subtree that count, and those that are effective."""
    top = aliased(Unit)
    query = (
        select(top.id, func.count(case((M.state.in_(COUNTING_STATES), 1))), func.count(case((effective, 1))))
        .select_from(top)
        .join(M, M.unit_path.like(top.path + "%"))
        .where(top.parent_id == root.id, top.is_active.is_(True), *_models(campaign_id, year, root))
        .group_by(top.id)
    )
    return {child: (models, good) for child, models, good in await session.execute(query)}


async def standard_candidates(
    session: AsyncSession, campaign_id: uuid.UUID, year: int, root: Unit
) -> dict[uuid.UUID, list[dict[str, Any]]]:
    """The latest survey's scores of each model of the subtree that is surveyed and reported its results on
    time (the models whose effectiveness the recognition standard decides)."""
    query = (
        select(Survey.model_id, Survey.scores)
        .join(M, M.id == Survey.model_id)
        .where(
            *_models(campaign_id, year, root),
            M.state == State.SURVEYED.value,
            M.reported_at.is_not(None),
            M.is_late.is_(False),
        )
        .order_by(Survey.model_id, Survey.created_at, Survey.id)
    )
    latest: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for model_id, scores in await session.execute(query):
        latest[model_id] = list(scores)  # the last row of a model is its latest survey
    return latest


def effective_condition(passing: Sequence[uuid.UUID]) -> ColumnElement[bool]:
    """The effective models: recognised ones, and these (surveyed, on time, at the standard). The ids are
    written into the statement (no bind parameter per id, so no driver limit on their number)."""
    recognised = M.state.in_(RECOGNISED)
    if not passing:
        return recognised
    ids = bindparam(None, sorted(passing), type_=M.id.type, expanding=True, literal_execute=True)
    return or_(recognised, M.id.in_(ids))


async def category_unit_count(session: AsyncSession, root: Unit) -> int:
    """Active units of the subtree that belong to at least one category."""
    inner = _category_units(root).distinct().subquery()
    return int(await session.scalar(select(func.count()).select_from(inner)) or 0)


async def summary_rows(
    session: AsyncSession, campaign_id: uuid.UUID, year: int, root: Unit
) -> Sequence[tuple[str, str, str, str, int]]:
    """Model counts by field × state × registrant kind × level aimed at."""
    keys = (M.field_code, M.state, M.registrant_kind, M.level_aimed)
    query = select(*keys, func.count(M.id)).where(*_models(campaign_id, year, root)).group_by(*keys).order_by(*keys)
    return [tuple(row) for row in await session.execute(query)]  # type: ignore[misc]


async def late_reports(session: AsyncSession, campaign_id: uuid.UUID, year: int, root: Unit) -> int:
    """Models whose results report came late."""
    query = select(func.count(M.id)).where(*_models(campaign_id, year, root), M.is_late.is_(True))
    return int(await session.scalar(query) or 0)


async def replications(session: AsyncSession, campaign_id: uuid.UUID, year: int, root: Unit) -> int:
    """Counting models that replicate another model."""
    query = select(func.count(M.id)).where(
        *_models(campaign_id, year, root), M.state.in_(COUNTING_STATES), M.replicates_id.is_not(None)
    )
    return int(await session.scalar(query) or 0)


async def by_authority_case(
    session: AsyncSession, campaign_id: uuid.UUID, year: int, root: Unit
) -> Sequence[tuple[int | None, int]]:
    """Counting models per authority case."""
    query = (
        select(M.authority_case, func.count(M.id))
        .where(*_models(campaign_id, year, root), M.state.in_(COUNTING_STATES))
        .group_by(M.authority_case)
        .order_by(M.authority_case)
    )
    return [(case, count) for case, count in await session.execute(query)]
