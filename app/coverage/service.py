"""The rules of coverage (DOMAIN §7) and the reports.

A model **counts** when its state is registered, implementing, reported, surveyed, recognized,
not_recognized, nominated or exemplar — submitted and not withdrawn or returned; drafts do not count.
A unit **has a model** when it, or a unit in its subtree, registered a model that counts, for that
campaign and year; it **has an effective model** likewise with a model that works (coverage/effective.py).
Only active units are counted; a category counts the units of its kinds (data: unit_category_kinds). A campaign
with no target row for a category uses the seed-000 default (coverage/targets.py). Plans: coverage/plans.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import CTE, ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns.service import find_cycle, get_campaign
from app.core import messages
from app.core.errors import NotFound
from app.core.i18n import Text
from app.coverage import repository as repo
from app.coverage.effective import effective_condition
from app.coverage.plans import children_plans, plan_coverage
from app.coverage.repository import Counts
from app.coverage.schemas import (
    AuthorityCaseCount,
    CategoryCoverage,
    ChildCoverage,
    CoverageReport,
    IndicatorCoverage,
    ModelsPerUnit,
    SummaryReport,
    SummaryRow,
    SummaryTotals,
    TargetRead,
    UnitsWithoutModel,
    UnitWithKind,
    UnitWithoutModel,
)
from app.coverage.targets import category_label, targets_by_category
from app.models import Campaign, Unit, UnitCategory
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.units import repository as units

COUNTING_RULE = (
    "A model counts when its state is registered, implementing, reported, surveyed, recognized, not_recognized, "
    "nominated or exemplar (submitted and not withdrawn or returned; drafts do not count). A unit has a model "
    "when it or a unit in its subtree registered a model that counts, for that campaign and year. Only active "
    "units are counted."
)


@dataclass(frozen=True)
class Indicator:
    """A countable commune-plan indicator: every unit of these kinds builds at least one model."""

    code: str
    label: Text
    kinds: tuple[str, ...]


# Seed 003 §1.6: "Các cơ quan, đơn vị, Mặt trận và các đoàn thể, các chi bộ trực thuộc xây dựng mỗi đơn vị
# ít nhất 01 mô hình".
INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "agencies_each_one_model",
        Text("Mỗi cơ quan, đơn vị ít nhất 01 mô hình", "Each agency and unit builds at least one model"),
        (
            "state_agency",
            "public_service_unit",
            "enterprise",
            "armed_forces_unit",
            "peoples_committee",
            "peoples_council",
            "mass_mobilisation_board",
        ),
    ),
    Indicator(
        "front_one_model",
        Text("Mặt trận xây dựng ít nhất 01 mô hình", "The Fatherland Front builds at least one model"),
        ("fatherland_front",),
    ),
    Indicator(
        "organisations_each_one_model",
        Text("Mỗi đoàn thể ít nhất 01 mô hình", "Each mass organisation builds at least one model"),
        ("youth_union", "womens_union", "farmers_union", "veterans_association", "trade_union", "mass_association"),
    ),
    Indicator(
        "party_cells_each_one_model",
        Text("Mỗi chi bộ trực thuộc ít nhất 01 mô hình", "Each party cell builds at least one model"),
        ("party_cell_under_grassroots", "grassroots_party_cell"),
    ),
)


async def _report_scope(
    session: AsyncSession, caller: Caller, campaign_id: uuid.UUID, year: int, unit_id: int
) -> tuple[Campaign, Unit]:
    """The campaign (visible, with a cycle that year) and the unit (in the caller's READ scope); 404 otherwise."""
    campaign = await get_campaign(session, caller, campaign_id)
    find_cycle(campaign, year)
    unit = await units.get_unit(session, unit_id)
    if unit is None or not caller.scope.covers(unit.path, Permission.READ):
        raise NotFound(messages.UNIT_ID_NOT_FOUND, code="unit_not_found", _unit_id=unit_id)
    return campaign, unit


def _ref(unit: Unit) -> UnitWithKind:
    return UnitWithKind(id=unit.id, code=unit.code, name=unit.name, kind_code=unit.kind_code)


def _met(units: int, achieved: int, target: TargetRead | None) -> bool | None:
    """Compare exactly (achieved / units against the percent), not the rounded share."""
    if target is None or units == 0:
        return None
    done, wanted = achieved * 100, target.share_percent * units
    return done > wanted if target.comparator == "gt" else done >= wanted


def _share(part: int, whole: int) -> float | None:
    return round(part * 100 / whole, 1) if whole else None


def _category_rows(
    categories: Sequence[UnitCategory], counts: Mapping[str, Counts], targets: Mapping[str, tuple[TargetRead, bool]]
) -> list[CategoryCoverage]:
    rows = []
    for category in categories:
        found = counts.get(category.code, Counts(0, 0))
        target = targets[category.code][0] if category.code in targets else None
        rows.append(
            CategoryCoverage(
                category_code=category.code,
                label=category_label(category),
                units=found.units,
                with_model=found.with_model,
                share=_share(found.with_model, found.units),
                target=target,
                met=_met(found.units, found.with_model, target),
                with_effective_model=found.with_effective,
                effective_share=_share(found.with_effective, found.units),
                effective_met=_met(found.units, found.with_effective, target),
            )
        )
    return rows


def _indicators(by_kind: Mapping[str, Counts]) -> list[IndicatorCoverage]:
    rows = []
    for indicator in INDICATORS:
        units = sum(by_kind[k].units for k in indicator.kinds if k in by_kind)
        with_model = sum(by_kind[k].with_model for k in indicator.kinds if k in by_kind)
        rows.append(
            IndicatorCoverage(
                code=indicator.code,
                label=indicator.label.render(),
                kinds=list(indicator.kinds),
                units=units,
                with_model=with_model,
                without_model=units - with_model,
                met=(with_model == units) if units else None,
            )
        )
    return rows


@dataclass(frozen=True)
class _Scope:
    """What every part of one coverage report is computed over."""

    campaign: Campaign
    year: int
    root: Unit
    covered: CTE
    effective: CTE
    is_effective: ColumnElement[bool]
    targets: Mapping[str, tuple[TargetRead, bool]]
    categories: Sequence[UnitCategory]


async def _children(session: AsyncSession, scope: _Scope) -> list[ChildCoverage]:
    """The drill-down: each direct child's models, effective models, own plan and categories."""
    kids = list(await repo.children(session, scope.root))
    ids = [k.id for k in kids]
    by_child = await repo.coverage_by_child(session, scope.covered, scope.effective, scope.root)
    covered = await repo.covered_among(session, scope.covered, ids)
    effective = await repo.covered_among(session, scope.effective, ids)
    models = await repo.models_by_child(session, scope.campaign.id, scope.year, scope.root, scope.is_effective)
    plans = await children_plans(session, scope.campaign, kids)
    return [
        ChildCoverage(
            unit=_ref(kid),
            has_model=kid.id in covered,
            has_effective_model=kid.id in effective,
            models=models.get(kid.id, (0, 0))[0],
            effective_models=models.get(kid.id, (0, 0))[1],
            has_plan=plans[kid.id],
            categories=_category_rows(
                scope.categories, {code: c for (child, code), c in by_child.items() if child == kid.id}, scope.targets
            ),
        )
        for kid in kids
    ]


async def _models_per_unit(session: AsyncSession, scope: _Scope) -> ModelsPerUnit:
    campaign, year, root = scope.campaign, scope.year, scope.root
    units = await repo.category_unit_count(session, root)
    models = await repo.counting_models(session, campaign.id, year, root)
    return ModelsPerUnit(
        models=models,
        units=units,
        average=round(models / units, 2) if units else None,
        min=campaign.models_per_unit_min,
        max=campaign.models_per_unit_max,
        met=(models >= campaign.models_per_unit_min * units) if units else None,
        effective_models=await repo.effective_models(session, campaign.id, year, root, scope.is_effective),
    )


async def _units_without_model(
    session: AsyncSession, scope: _Scope, by_category: Mapping[str, Counts], limit: int
) -> UnitsWithoutModel:
    missing = await repo.units_without_model(session, scope.covered, scope.root, limit)
    count = sum(c.units - c.with_model for c in by_category.values())
    return UnitsWithoutModel(
        count=count,
        truncated=count > len(missing),
        items=[
            UnitWithoutModel(id=i, code=code, name=name, kind_code=kind, category_code=category)
            for i, code, name, kind, category in missing
        ],
    )


async def coverage(
    session: AsyncSession, caller: Caller, campaign_id: uuid.UUID, year: int, unit_id: int, missing_limit: int
) -> CoverageReport:
    """Coverage of the unit's subtree against the campaign's targets: categories (models and effective models),
    models per unit, the commune plan's indicators, the units' plans, the drill-down and the chase lists."""
    campaign, root = await _report_scope(session, caller, campaign_id, year, unit_id)
    is_effective = await effective_condition(session, campaign, year, root)
    scope = _Scope(
        campaign=campaign,
        year=year,
        root=root,
        covered=repo.covered_units(campaign.id, year, root),
        effective=repo.covered_units(campaign.id, year, root, is_effective, name="effective"),
        is_effective=is_effective,
        targets=await targets_by_category(session, campaign),
        categories=await repo.categories(session),
    )
    by_category = await repo.coverage_by_category(session, scope.covered, scope.effective, root)
    return CoverageReport(
        campaign_id=campaign.id,
        year=year,
        unit=_ref(root),
        categories=_category_rows(scope.categories, by_category, scope.targets),
        models_per_unit=await _models_per_unit(session, scope),
        indicators=_indicators(await repo.coverage_by_kind(session, scope.covered, root)),
        plans=await plan_coverage(session, campaign, root, missing_limit),
        children=await _children(session, scope),
        units_without_model=await _units_without_model(session, scope, by_category, missing_limit),
    )


async def summary(
    session: AsyncSession, caller: Caller, campaign_id: uuid.UUID, year: int, unit_id: int
) -> SummaryReport:
    """Model counts of the unit's subtree by field × state × registrant kind × level, late reports, effective
    models, cases."""
    campaign, root = await _report_scope(session, caller, campaign_id, year, unit_id)
    rows = [
        SummaryRow(field_code=f, state=s, registrant_kind=k, level_aimed=lv, count=n)
        for f, s, k, lv, n in await repo.summary_rows(session, campaign.id, year, root)
    ]
    cases = [
        AuthorityCaseCount(authority_case=case, count=n)
        for case, n in await repo.by_authority_case(session, campaign.id, year, root)
    ]
    is_effective = await effective_condition(session, campaign, year, root)
    totals = SummaryTotals(
        models=sum(r.count for r in rows),
        counting=sum(r.count for r in rows if r.state in repo.COUNTING_STATES),
        late_result_reports=await repo.late_reports(session, campaign.id, year, root),
        replications=await repo.replications(session, campaign.id, year, root),
        effective=await repo.effective_models(session, campaign.id, year, root, is_effective),
    )
    return SummaryReport(
        campaign_id=campaign.id, year=year, unit=_ref(root), rows=rows, totals=totals, by_authority_case=cases
    )
