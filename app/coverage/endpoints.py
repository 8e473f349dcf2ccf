"""/unit-categories, /campaigns/{id}/targets, /reports/coverage and /reports/summary."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.auth.dependencies import CurrentCaller
from app.campaigns import service as campaigns
from app.campaigns.dependencies import CampaignAdmin, VisibleCampaign
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import IfMatch, not_modified, not_modified_response, require_if_match, set_etag
from app.core.openapi_docs import problems
from app.core.types import MAX_ID
from app.coverage import service, targets
from app.coverage.effective import EFFECTIVE_RULE
from app.coverage.plans import PLAN_RULE
from app.coverage.schemas import (
    CampaignTargetsRead,
    CampaignTargetsWrite,
    CoverageReport,
    SummaryReport,
    UnitCategoryRead,
)

router = APIRouter(tags=["reports"], route_class=GuardedRoute)

CampaignQuery = Annotated[uuid.UUID, Query(description="The campaign (it must be visible to you).")]
YearQuery = Annotated[int, Query(ge=2000, le=2100, description="The year (the campaign must have a cycle for it).")]
UnitQuery = Annotated[int, Query(ge=1, le=MAX_ID, description="The unit whose subtree is reported (in your scope).")]

RULE_DOC = (
    f"\n\n**What counts.** {service.COUNTING_RULE} A category without a target of the campaign uses the "
    "seed-000 default (agencies_units > 80 %, communes_towns ≥ 100 %, villages_groups > 75 %). "
    f"**What works.** {EFFECTIVE_RULE}"
)


@router.get(
    "/unit-categories",
    operation_id="unit_categories_list",
    summary="Unit categories the targets count",
    response_model=list[UnitCategoryRead],
    responses=problems(401),
)
async def list_unit_categories(_caller: CurrentCaller, session: SessionDep) -> list[UnitCategoryRead]:
    """Categories (agencies and units, communes and towns, villages …) with their unit kinds and default target."""
    return await targets.unit_categories(session)


@router.get(
    "/campaigns/{campaign_id}/targets",
    operation_id="campaign_targets_get",
    summary="A campaign's targets",
    response_model=CampaignTargetsRead,
    responses=problems(304, 401, 404, 422),
)
async def get_targets(
    campaign: VisibleCampaign, session: SessionDep, request: Request, response: Response
) -> CampaignTargetsRead | Response:
    """Share targets per unit category and models per unit a year; the ETag is the campaign's."""
    if not_modified(request, campaign.version):
        return not_modified_response(campaign.version)
    set_etag(response, campaign.version)
    return await targets.campaign_targets(session, campaign)


@router.put(
    "/campaigns/{campaign_id}/targets",
    operation_id="campaign_targets_put",
    summary="Set a campaign's targets",
    response_model=CampaignTargetsRead,
    responses=problems(401, 403, 404, 412, 413, 422, 428),
)
async def put_targets(
    body: CampaignTargetsWrite,
    campaign: VisibleCampaign,
    caller: CampaignAdmin,
    session: SessionDep,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> CampaignTargetsRead:
    """Replace the targets (admins of the launching unit; If-Match with the campaign's ETag); version moves.

    Categories left out of `targets` use their seed-000 default.
    """
    campaigns.ensure_manager(caller, campaign)
    require_if_match(request, campaign.version)
    await targets.set_targets(session, caller, campaign, body)
    set_etag(response, campaign.version)
    return await targets.campaign_targets(session, campaign)


@router.get(
    "/reports/coverage",
    operation_id="reports_coverage",
    summary="Coverage of a subtree against the targets",
    response_model=CoverageReport,
    responses=problems(401, 404, 422),
    description=(
        "For the unit's subtree (404 if the unit is outside your read scope, or the campaign is not visible or "
        "has no cycle that year): per unit category, active units, those with a model that counts, the share "
        "(percent, 1 decimal), the target and whether it is met; counting models per unit of the categories "
        "against the campaign's min/max; the commune plan's countable indicators (seed 003 §1.6: each agency, "
        "unit, the Front, each organisation and each party cell builds at least one model); the same "
        "per-category numbers for each direct child unit; and `units_without_model`, the list officials "
        "chase: (unit, category) rows ordered by category then unit code, capped at `missing_limit` with the "
        "full `count` and `truncated` (drill into a child unit for the rest). Each category and child also "
        "counts the units with an *effective* model (`with_effective_model`, `effective_share`, `effective_met`: "
        "seed 000's “hoạt động hiệu quả”). `plans`: the units that should have a “Dân vận khéo” plan for the "
        f"campaign, those that have one and disseminated it, and `units_without_plan` to chase. {PLAN_RULE}" + RULE_DOC
    ),
)
async def coverage_report(
    caller: CurrentCaller,
    session: SessionDep,
    campaign: CampaignQuery,
    year: YearQuery,
    unit: UnitQuery,
    missing_limit: Annotated[int, Query(ge=1, le=1000, description="Most units_without_model items.")] = 100,
) -> CoverageReport:
    """Coverage of a unit's subtree for a campaign and year against the campaign's targets."""
    return await service.coverage(session, caller, campaign, year, unit, missing_limit)


@router.get(
    "/reports/summary",
    operation_id="reports_summary",
    summary="Model counts of a subtree",
    response_model=SummaryReport,
    responses=problems(401, 404, 422),
    description=(
        "Models of the unit's subtree (404 if outside your read scope) for a campaign and year: rows of "
        "{field_code, state, registrant_kind, level_aimed, count} over every state (drafts included); totals "
        "(all models, those that count, late results reports, counting models that replicate another, effective "
        "models); and "
        "counting models per authority case." + RULE_DOC
    ),
)
async def summary_report(
    caller: CurrentCaller,
    session: SessionDep,
    campaign: CampaignQuery,
    year: YearQuery,
    unit: UnitQuery,
) -> SummaryReport:
    """Counts by field × state × registrant kind × level, late reports and models per authority case."""
    return await service.summary(session, caller, campaign, year, unit)
