"""/campaigns and /campaigns/{id}/cycles: phases of the movement and their yearly calendars."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.dependencies import CurrentCaller
from app.campaigns import service
from app.campaigns.dependencies import CampaignAdmin, ManagedCampaign, VisibleCampaign
from app.campaigns.schemas import CampaignCreate, CampaignRead, CampaignUpdate, CycleCreate, CycleRead, CycleUpdate
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import IfMatch, etag, not_modified, not_modified_response, page_params, require_if_match, set_etag
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import problems
from app.core.pagination import Page, PageParams
from app.core.types import IsoDate
from app.models import Campaign
from app.models.base import utcnow

router = APIRouter(tags=["campaigns"], route_class=GuardedRoute)

CycleYear = Annotated[int, Path(ge=2000, le=2100, description="The cycle's year.")]

_WRITE = (401, 403, 404, 409, 413, 422)
_CHANGE = (401, 403, 404, 412, 413, 422, 428)


async def _read(session: AsyncSession, campaign: Campaign) -> CampaignRead:
    """The response body of one campaign."""
    units = await service.owning_units(session, [campaign])
    return CampaignRead.build(campaign, units[campaign.owning_unit_id], utcnow())


def _json(body: BaseModel, status: int, version: int, location: str) -> JSONResponse:
    """A created resource: its body, ETag and Location."""
    return JSONResponse(
        body.model_dump(mode="json"), status_code=status, headers={"ETag": etag(version), "Location": location}
    )


def _cycle_read(campaign: Campaign, year: int) -> CycleRead:
    """The response body of one cycle, with today's open window in the campaign's time zone."""
    return CycleRead.build(service.find_cycle(campaign, year), service.local_today(campaign, utcnow()))


@router.get(
    "/campaigns",
    operation_id="campaigns_list",
    summary="List campaigns you can see",
    response_model=Page[CampaignRead],
    responses=problems(400, 401, 422),
)
async def list_campaigns(
    caller: CurrentCaller,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    year: Annotated[int | None, Query(ge=2000, le=2100, description="Campaigns whose years include this one.")] = None,
    owning_unit: Annotated[
        int | None, Query(ge=1, le=2**53 - 1, description="Campaigns launched by this unit.")
    ] = None,
    active_on: Annotated[
        IsoDate | None, Query(description="Campaigns whose years include this date's year (YYYY-MM-DD).")
    ] = None,
) -> Page[CampaignRead]:
    """Campaigns launched in your subtrees or above them, by (start_year, id), one page at a time."""
    campaigns, next_cursor = await service.list_campaigns(
        session, caller, page, year=year, active_on=active_on, owning_unit_id=owning_unit
    )
    units, now = await service.owning_units(session, campaigns), utcnow()
    return Page[CampaignRead](
        items=[CampaignRead.build(c, units[c.owning_unit_id], now) for c in campaigns],
        next_cursor=next_cursor,
        limit=page.limit,
    )


@router.post(
    "/campaigns",
    operation_id="campaigns_create",
    summary="Create a campaign",
    status_code=201,
    response_model=CampaignRead,
    responses=problems(400, *_WRITE),
)
async def create_campaign(
    body: CampaignCreate, caller: CampaignAdmin, session: SessionDep, request: Request, _key: IdempotencyKey = None
) -> Response:
    """Create a phase for a unit you administer; without `cycles`, one default cycle per year."""

    async def produce() -> Response:
        campaign, unit = await service.create_campaign(session, caller, body)
        location = request.url_for("get_campaign", campaign_id=str(campaign.id)).path
        return _json(CampaignRead.build(campaign, unit, utcnow()), 201, campaign.version, location)

    return await idempotent(request, session, caller.id, produce)


@router.get(
    "/campaigns/{campaign_id}",
    operation_id="campaigns_get",
    summary="One campaign",
    response_model=CampaignRead,
    responses=problems(304, 401, 404, 422),
)
async def get_campaign(
    campaign: VisibleCampaign, session: SessionDep, request: Request, response: Response
) -> CampaignRead | Response:
    """A campaign with its cycles; the ETag is its version (If-None-Match → 304)."""
    if not_modified(request, campaign.version):
        return not_modified_response(campaign.version)
    set_etag(response, campaign.version)
    return await _read(session, campaign)


@router.patch(
    "/campaigns/{campaign_id}",
    operation_id="campaigns_update",
    summary="Change a campaign",
    response_model=CampaignRead,
    responses=problems(*_CHANGE),
)
async def update_campaign(
    body: CampaignUpdate,
    campaign: ManagedCampaign,
    caller: CampaignAdmin,
    session: SessionDep,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> CampaignRead:
    """Change name, description, time zone, authority profile, end year or reminder lead times; needs If-Match."""
    require_if_match(request, campaign.version)
    await service.update_campaign(session, caller, campaign, body)
    set_etag(response, campaign.version)
    return await _read(session, campaign)


@router.get(
    "/campaigns/{campaign_id}/cycles/{year}",
    operation_id="campaign_cycles_get",
    summary="One yearly cycle",
    response_model=CycleRead,
    responses=problems(304, 401, 404, 422),
)
async def get_campaign_cycle(
    campaign: VisibleCampaign, year: CycleYear, request: Request, response: Response
) -> CycleRead | Response:
    """A cycle's windows and dates; the ETag is the campaign's version (If-None-Match → 304)."""
    body = _cycle_read(campaign, year)
    if not_modified(request, campaign.version):
        return not_modified_response(campaign.version)
    set_etag(response, campaign.version)
    return body


@router.post(
    "/campaigns/{campaign_id}/cycles",
    operation_id="campaign_cycles_create",
    summary="Add a yearly cycle",
    status_code=201,
    response_model=CycleRead,
    responses=problems(400, *_WRITE, 412, 428),
)
async def create_campaign_cycle(
    body: CycleCreate,
    campaign: ManagedCampaign,
    caller: CampaignAdmin,
    session: SessionDep,
    request: Request,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Add a year within the campaign's years; needs If-Match with the campaign's ETag (a new version)."""

    async def produce() -> Response:
        require_if_match(request, campaign.version)
        cycle = await service.add_cycle(session, caller, campaign, body)
        location = request.url_for("get_campaign_cycle", campaign_id=str(campaign.id), year=str(cycle.year)).path
        return _json(_cycle_read(campaign, cycle.year), 201, campaign.version, location)

    return await idempotent(request, session, caller.id, produce)


@router.patch(
    "/campaigns/{campaign_id}/cycles/{year}",
    operation_id="campaign_cycles_update",
    summary="Change a cycle",
    response_model=CycleRead,
    responses=problems(*_CHANGE),
)
async def update_campaign_cycle(
    body: CycleUpdate,
    campaign: ManagedCampaign,
    year: CycleYear,
    caller: CampaignAdmin,
    session: SessionDep,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> CycleRead:
    """Change a cycle's windows, results-due date or recognition period; If-Match: the campaign's ETag."""
    cycle = service.find_cycle(campaign, year)
    require_if_match(request, campaign.version)
    await service.update_cycle(session, caller, campaign, cycle, body)
    set_etag(response, campaign.version)
    return _cycle_read(campaign, year)


@router.delete(
    "/campaigns/{campaign_id}/cycles/{year}",
    operation_id="campaign_cycles_delete",
    summary="Delete a cycle",
    status_code=204,
    responses=problems(401, 403, 404, 409, 412, 422, 428),
)
async def delete_campaign_cycle(
    campaign: ManagedCampaign,
    year: CycleYear,
    caller: CampaignAdmin,
    session: SessionDep,
    request: Request,
    _if_match: IfMatch = None,
) -> Response:
    """Delete a cycle no model is registered in (409 cycle_in_use); needs If-Match with the campaign's ETag."""
    cycle = service.find_cycle(campaign, year)
    require_if_match(request, campaign.version)
    await service.delete_cycle(session, caller, campaign, cycle)
    return Response(status_code=204, headers={"ETag": etag(campaign.version)})
