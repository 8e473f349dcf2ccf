"""/criteria (the five general criteria of a model, seed 001 §II) and /campaigns/{id}/standard (the minimums
a campaign's recognitions need, seed 001 §I.2.1 "đúng tiêu chuẩn")."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from app.auth.dependencies import CurrentCaller
from app.campaigns import service as campaigns
from app.campaigns.dependencies import CampaignAdmin, VisibleCampaign
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import IfMatch, not_modified, not_modified_response, require_if_match, set_etag
from app.core.openapi_docs import problems
from app.criteria import repository, service
from app.criteria.schemas import CriterionRead, StandardRead, StandardWrite
from app.models import Criterion

router = APIRouter(tags=["reference"], route_class=GuardedRoute)


@router.get(
    "/criteria",
    operation_id="criteria_list",
    summary="The five general criteria",
    response_model=list[CriterionRead],
    responses=problems(401),
)
async def list_criteria(_caller: CurrentCaller, session: SessionDep) -> list[Criterion]:
    """The criteria every model must meet (seed 001 §II), in the seed's order. A survey's or a review's
    score gives `criterion` as the position (1–5); recognition checks them against the campaign's standard."""
    return await repository.list_criteria(session)


@router.get(
    "/campaigns/{campaign_id}/standard",
    operation_id="campaign_standard_get",
    summary="A campaign's recognition standard",
    response_model=StandardRead,
    responses=problems(304, 401, 404, 422),
)
async def get_standard(campaign: VisibleCampaign, request: Request, response: Response) -> StandardRead | Response:
    """The minimum score per criterion and the minimum total a model's latest survey needs to be recognised
    (default 5/10 each and 35/50); the ETag is the campaign's."""
    if not_modified(request, campaign.version):
        return not_modified_response(campaign.version)
    set_etag(response, campaign.version)
    return service.standard_read(campaign)


@router.put(
    "/campaigns/{campaign_id}/standard",
    operation_id="campaign_standard_put",
    summary="Set a campaign's recognition standard",
    response_model=StandardRead,
    responses=problems(401, 403, 404, 412, 413, 422, 428),
)
async def put_standard(
    body: StandardWrite,
    campaign: VisibleCampaign,
    caller: CampaignAdmin,
    session: SessionDep,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> StandardRead:
    """Replace the standard (admins of the launching unit; If-Match with the campaign's ETag); a null keeps
    the default. A model below it is recognised only with an exception and its reason on the decision."""
    campaigns.ensure_manager(caller, campaign)
    require_if_match(request, campaign.version)
    await service.set_standard(session, campaign, body)
    set_etag(response, campaign.version)
    return service.standard_read(campaign)
