"""/campaigns/{id}/criteria: the catalogue a campaign scores its models on (the five general criteria and its
own per field, seed 001 §II), and the administrators' changes to its own."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from app.auth.dependencies import CurrentCaller
from app.campaigns.dependencies import ManagedCampaign, VisibleCampaign
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import IfMatch, etag, not_modified, not_modified_response, require_if_match, set_etag
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import problems
from app.criteria import own
from app.criteria.dependencies import OwnCriterion
from app.criteria.own_schemas import CampaignCriteriaRead, OwnCriterionRead, OwnCriterionUpdate, OwnCriterionWrite

router = APIRouter(tags=["criteria"], route_class=GuardedRoute)

_CHANGE = (401, 403, 404, 409, 412, 413, 422, 428)
_CREATED = {"description": "Created", "headers": {"ETag": {"schema": {"type": "string"}}}}


@router.get(
    "/campaigns/{campaign_id}/criteria",
    operation_id="campaign_criteria_list",
    summary="The criteria a campaign scores its models on",
    response_model=CampaignCriteriaRead,
    responses=problems(401, 404, 422),
)
async def list_campaign_criteria(
    campaign: VisibleCampaign,
    session: SessionDep,
    field_code: Annotated[
        str | None, Query(min_length=1, max_length=40, description="Only the campaign's own criteria of this field.")
    ] = None,
    include_retired: Annotated[bool, Query(description="Also the retired ones (kept for scores given).")] = False,
) -> CampaignCriteriaRead:
    """The five general criteria (every model) and the campaign's own per field: a survey of a model scores the
    general ones and those in force for its field; a minimum joins the recognition standard."""
    return await own.catalogue(session, campaign, field_code=field_code, include_retired=include_retired)


@router.post(
    "/campaigns/{campaign_id}/criteria",
    operation_id="campaign_criteria_create",
    summary="Add a criterion for a field",
    status_code=201,
    response_model=OwnCriterionRead,
    responses={201: _CREATED, **problems(400, 401, 403, 404, 409, 413, 422)},
)
async def create_campaign_criterion(
    body: OwnCriterionWrite,
    campaign: ManagedCampaign,
    caller: CurrentCaller,
    session: SessionDep,
    request: Request,
    _key: IdempotencyKey = None,
) -> Response:
    """A locality's own criterion for the models of one field (administrators of the launching unit): 409
    `criterion_exists` for a code in use, 422 `criterion_code_reserved` for a general code, 409
    `too_many_criteria` past 20 in force per field."""

    async def produce() -> Response:
        criterion = await own.add(session, caller, campaign, body)
        location = request.url_for("get_campaign_criterion", campaign_id=str(campaign.id), code=criterion.code).path
        return JSONResponse(
            own.own_read(criterion).model_dump(mode="json"),
            status_code=201,
            headers={"ETag": etag(criterion.version), "Location": location},
        )

    return await idempotent(request, session, caller.id, produce)


@router.get(
    "/campaigns/{campaign_id}/criteria/{code}",
    operation_id="campaign_criteria_get",
    summary="One of a campaign's own criteria",
    response_model=OwnCriterionRead,
    responses=problems(304, 401, 404, 422),
)
async def get_campaign_criterion(
    criterion: OwnCriterion, request: Request, response: Response
) -> OwnCriterionRead | Response:
    """The criterion with its ETag (If-None-Match → 304)."""
    if not_modified(request, criterion.version):
        return not_modified_response(criterion.version)
    set_etag(response, criterion.version)
    return own.own_read(criterion)


@router.patch(
    "/campaigns/{campaign_id}/criteria/{code}",
    operation_id="campaign_criteria_update",
    summary="Change one of a campaign's own criteria",
    response_model=OwnCriterionRead,
    responses=problems(*_CHANGE),
)
async def update_campaign_criterion(
    body: OwnCriterionUpdate,
    campaign: ManagedCampaign,
    criterion: OwnCriterion,
    caller: CurrentCaller,
    session: SessionDep,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> OwnCriterionRead:
    """Texts, minimum (null: none), order, or the top while nobody scored it (409 `criterion_in_use` after);
    administrators of the launching unit, If-Match."""
    require_if_match(request, criterion.version)
    await own.change(session, caller, campaign, criterion, body)
    set_etag(response, criterion.version)
    return own.own_read(criterion)


@router.post(
    "/campaigns/{campaign_id}/criteria/{code}/retire",
    operation_id="campaign_criteria_retire",
    summary="Retire one of a campaign's own criteria",
    response_model=OwnCriterionRead,
    responses=problems(401, 403, 404, 409, 412, 422, 428),
)
async def retire_campaign_criterion(
    campaign: ManagedCampaign,
    criterion: OwnCriterion,
    caller: CurrentCaller,
    session: SessionDep,
    request: Request,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """No longer asked for by surveys nor judged at recognition; the scores already given keep naming it
    (409 `criterion_retired` if it is). If-Match; `Idempotency-Key` makes a retry answer the first response."""

    async def produce() -> Response:
        require_if_match(request, criterion.version)
        await own.retire(session, caller, campaign, criterion)
        return JSONResponse(own.own_read(criterion).model_dump(mode="json"), headers={"ETag": etag(criterion.version)})

    return await idempotent(request, session, caller.id, produce)


@router.delete(
    "/campaigns/{campaign_id}/criteria/{code}",
    operation_id="campaign_criteria_delete",
    summary="Delete one of a campaign's own criteria",
    status_code=204,
    responses=problems(401, 403, 404, 409, 412, 422, 428),
)
async def delete_campaign_criterion(
    campaign: ManagedCampaign,
    criterion: OwnCriterion,
    caller: CurrentCaller,
    session: SessionDep,
    request: Request,
    _if_match: IfMatch = None,
) -> Response:
    """Delete a criterion nobody scored (409 `criterion_in_use` otherwise: retire it); If-Match."""
    require_if_match(request, criterion.version)
    await own.delete(session, caller, campaign, criterion)
    return Response(status_code=204)
