"""The plans part of the coverage report (seed 000 §2.1: "100% cấp ủy, tổ chức đảng, cơ quan, đơn vị, địa
phương … có kế hoạch … và phổ biến, tuyên truyền")."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.coverage import plan_repository as repo
from app.coverage.schemas import PlanCoverage, TargetRead, UnitsWithoutPlan, UnitWithKind
from app.models import Campaign, Unit

PLAN_RULE = (
    "A unit is expected to have a plan for the campaign when it is active, lies under the campaign's owning unit "
    "and its kind is listed in plan_unit_kinds (party organisations, agencies and units, provinces, districts and "
    "communes); the target is 100 %."
)
PLAN_TARGET = TargetRead(comparator="gte", share_percent=100.0)


def _share(part: int, whole: int) -> float | None:
    return round(part * 100 / whole, 1) if whole else None


async def plan_coverage(session: AsyncSession, campaign: Campaign, root: Unit, limit: int) -> PlanCoverage:
    """How many of the subtree's expected units have a plan and disseminated it, and the first `limit` without."""
    units, with_plan, disseminated = await repo.plan_counts(session, campaign, root)
    missing = await repo.units_without_plan(session, campaign, root, limit)
    return PlanCoverage(
        kinds=await repo.plan_kinds(session),
        units=units,
        with_plan=with_plan,
        share=_share(with_plan, units),
        disseminated=disseminated,
        disseminated_share=_share(disseminated, units),
        target=PLAN_TARGET,
        met=(with_plan == units) if units else None,
        disseminated_met=(disseminated == units) if units else None,
        units_without_plan=UnitsWithoutPlan(
            count=units - with_plan,
            truncated=units - with_plan > len(missing),
            items=[UnitWithKind(id=i, code=code, name=name, kind_code=kind) for i, code, name, kind in missing],
        ),
    )


async def children_plans(session: AsyncSession, campaign: Campaign, kids: list[Unit]) -> dict[int, bool | None]:
    """Each child's own plan: True/False, None when its kind is not expected to have one (or it lies outside
    the campaign's part of the tree)."""
    kinds = set(await repo.plan_kinds(session))
    expected = [k.id for k in kids if k.kind_code in kinds and k.path.startswith(campaign.owning_unit_path)]
    planned = await repo.planned_among(session, campaign.id, expected)
    return {k.id: (k.id in planned) if k.id in expected else None for k in kids}
