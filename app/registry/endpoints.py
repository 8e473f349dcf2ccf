"""/models: register, read, list, edit; transitions, history, authority and surveys."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from pydantic_core import to_json

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import IfMatch, RequestCtx, etag, not_modified, not_modified_response, page_params
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import problems
from app.core.pagination import Page, PageParams
from app.core.types import UnitIdParam
from app.policy.authority_schemas import AuthorityAnswerRead
from app.registry import honours, model_read, moves, repository, service
from app.registry.dependencies import LockedModel, VisibleModel
from app.registry.schemas import (
    HistoryEntry,
    ModelCreate,
    ModelRead,
    ModelSummary,
    ModelUpdate,
    ReplicationPage,
    SurveyCreate,
    SurveyRead,
    TransitionRequest,
)
from app.units import repository as units
from app.workflow.states import StateCode as State
from app.workflow.table import describe_table

router = APIRouter(tags=["models"], route_class=GuardedRoute)


def _json(data: object, status: int = 200, version: int | None = None, location: str | None = None) -> Response:
    headers = {}
    if version is not None:
        headers["ETag"] = etag(version)
    if location:
        headers["Location"] = location
    if isinstance(data, BaseModel):  # pydantic-core writes the JSON itself (no jsonable_encoder walk)
        return Response(data.model_dump_json(), status_code=status, headers=headers, media_type="application/json")
    return JSONResponse(jsonable_encoder(data), status_code=status, headers=headers)


@router.post(
    "/models",
    operation_id="models_create",
    summary="Register a model (as a draft)",
    status_code=201,
    response_model=ModelRead,
    responses=problems(401, 403, 404, 422),
)
async def create_model(
    body: ModelCreate,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
) -> Response:
    """Register a model for a unit in the caller's scope; it starts as a draft with a new code."""

    async def produce() -> Response:
        model = await service.create_model(session, ctx, caller, body)
        read = await model_read.to_read(session, caller, model)
        return _json(read, 201, model.version, f"/api/v1/models/{model.id}")

    return await idempotent(request, session, caller.id, produce)


@router.get(
    "/models",
    operation_id="models_list",
    summary="List and search models",
    response_model=Page[ModelSummary],
    responses=problems(400, 401, 404, 422),
)
async def list_models(
    caller: CurrentCaller,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    campaign: uuid.UUID | None = None,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    unit: Annotated[UnitIdParam | None, Query(description="A unit: its whole subtree.")] = None,
    registrant_unit: Annotated[UnitIdParam | None, Query(description="Exactly this registrant unit.")] = None,
    field: Annotated[str | None, Query(max_length=40)] = None,
    model_type: Literal["comprehensive", "field_specific"] | None = None,
    state: Annotated[list[State] | None, Query(description="Repeat for several states.")] = None,
    registrant_kind: Literal["collective", "individual"] | None = None,
    late: bool | None = None,
    authority_case: Annotated[int | None, Query(ge=1, le=6)] = None,
    deciding_unit: Annotated[UnitIdParam | None, Query(description="Exactly this deciding unit.")] = None,
    replicates: Annotated[uuid.UUID | None, Query(description="Models that replicate this model.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Search name and summary, ignoring diacritics.")] = None,
    sort: Literal["code", "-code", "updated_at", "-updated_at", "name", "-name"] = "-code",
) -> Response:
    """Models the caller may see, filtered, in a stable order, one page at a time."""
    unit_path = await units.filter_path(session, unit)
    filters = repository.ModelFilters(
        campaign_id=campaign,
        year=year,
        unit_path=unit_path,
        registrant_unit_id=registrant_unit,
        field_code=field,
        model_type=model_type,
        states=tuple(state or ()),
        registrant_kind=registrant_kind,
        is_late=late,
        authority_case=authority_case,
        deciding_unit_id=deciding_unit,
        replicates_id=replicates,
        q=q or None,
    )
    rows, next_cursor = await repository.list_models(session, caller, filters, sort, page)
    for row in rows:  # asyncpg's UUID class misses pydantic-core's fast path (profile-2026-12.md): as text
        for name in _UUID_FIELDS:
            if row[name] is not None:
                row[name] = str(row[name])
    # The hot path of the API: rows are already exactly ModelSummary's fields (read from the database, typed
    # by it), so they are serialised straight to JSON (pydantic-core) without building models twice.
    return Response(
        to_json({"items": rows, "next_cursor": next_cursor, "limit": page.limit}), media_type="application/json"
    )


_UUID_FIELDS = tuple(
    name for name, field in ModelSummary.model_fields.items() if field.annotation in (uuid.UUID, uuid.UUID | None)
)


def _summaries(rows: Sequence[dict[str, Any]]) -> list[ModelSummary]:
    return [ModelSummary.model_validate(r) for r in rows]


@router.get(
    "/models/{model_id}/replications",
    operation_id="models_replications",
    summary="Models that replicate this model",
    response_model=ReplicationPage,
    responses=problems(400, 401, 404, 422),
    description="The models you can see that declare they replicate this one (nhân rộng; withdrawn ones "
    "left out), by code, one page at a time; `total` counts every replication in the country "
    "(not withdrawn), visible or not. The model itself must be visible to you or recognised "
    "(a public fact), else 404.",
)
async def list_replications(
    model_id: uuid.UUID, caller: CurrentCaller, session: SessionDep, page: Annotated[PageParams, Depends(page_params)]
) -> ReplicationPage:
    """Visible replications of a model, and their number across the country."""
    model = await service.replicated_model(session, caller, model_id)
    filters = repository.ModelFilters(replicates_id=model.id, states=honours.LIVE_STATE_CODES)
    rows, next_cursor = await repository.list_models(session, caller, filters, "code", page)
    return ReplicationPage(
        items=_summaries(rows),
        next_cursor=next_cursor,
        limit=page.limit,
        total=await repository.replication_count(session, model.id),
    )


@router.get(
    "/models/{model_id}",
    operation_id="models_get",
    summary="One model",
    response_model=ModelRead,
    responses=problems(304, 401, 404, 422),
)
async def get_model(model_id: uuid.UUID, request: Request, caller: CurrentCaller, session: SessionDep) -> Response:
    """A model with its allowed actions for the caller and who it waits on; ETag for caching."""
    read = await model_read.read_visible(session, caller, model_id)
    if not_modified(request, read.version):
        return not_modified_response(read.version)
    return _json(read, version=read.version)


@router.patch(
    "/models/{model_id}",
    operation_id="models_update",
    summary="Edit a draft or returned model",
    response_model=ModelRead,
    responses=problems(401, 403, 404, 409, 412, 422, 428),
)
async def update_model(
    model: LockedModel,
    body: ModelUpdate,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _if_match: IfMatch = None,
) -> Response:
    """Change a draft's or returned model's content; needs If-Match. Later changes go through the workflow."""
    # Locked, so concurrent edits with one If-Match compare it one after another: one wins, the rest 412.
    model = await service.update_model(session, ctx, caller, model, body)
    return _json(await model_read.to_read(session, caller, model), version=model.version)


@router.post(
    "/models/{model_id}/transitions",
    operation_id="models_transition",
    summary="Move a model in the workflow",
    response_model=ModelRead,
    responses=problems(401, 403, 404, 409, 412, 422, 428),
    description="Apply a workflow action. 409 lists the allowed actions, 422 the failed guards, 403 a "
    "role that may not act, 404 a model outside the caller's scope. Needs `If-Match` with the "
    "model's ETag (428 without it, 412 when stale: checked after the role and the state); "
    "`Idempotency-Key` makes a retry safe.\n\n" + describe_table(),
)
async def transition(
    found: VisibleModel,
    body: TransitionRequest,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Apply a workflow action (see GET /workflow); 409 lists the allowed actions, 422 the failed guards."""

    async def produce() -> Response:
        model = await repository.lock(session, found)
        await moves.transition(session, ctx, caller, model, body)
        return _json(await model_read.to_read(session, caller, model), version=model.version)

    return await idempotent(request, session, caller.id, produce)


@router.get(
    "/models/{model_id}/history",
    operation_id="models_history",
    summary="The model's audit trail",
    response_model=list[HistoryEntry],
    responses=problems(401, 404, 422),
)
async def model_history(model: VisibleModel, caller: CurrentCaller, session: SessionDep) -> list[HistoryEntry]:
    """Every move of the model (who, when, from, to, reason, request id), oldest first. Append-only."""
    return [
        HistoryEntry.model_validate(h, from_attributes=True) for h in await service.history(session, caller, model.id)
    ]


@router.get(
    "/models/{model_id}/authority",
    operation_id="models_authority",
    summary="Who reviews, proposes and decides on this model",
    response_model=AuthorityAnswerRead,
    responses=problems(401, 404, 422),
)
async def model_authority(model: VisibleModel, session: SessionDep) -> Response:
    """The authority policy's answer for the model (case 1–6), with its explanation (as GET /authority/resolve)."""
    return _json(AuthorityAnswerRead.build(await service.authority(session, model)))


@router.get(
    "/models/{model_id}/surveys",
    operation_id="models_surveys_list",
    summary="The model's surveys",
    response_model=list[SurveyRead],
    responses=problems(401, 404, 422),
)
async def list_surveys(model: VisibleModel, caller: CurrentCaller, session: SessionDep) -> list[SurveyRead]:
    """On-site surveys recorded for the model, oldest first."""
    return [
        SurveyRead.model_validate(s, from_attributes=True)
        for s in await repository.surveys_of(session, caller, model.id)
    ]


@router.post(
    "/models/{model_id}/surveys",
    operation_id="models_surveys_create",
    summary="Record an on-site survey (the record_survey action)",
    status_code=201,
    response_model=ModelRead,
    responses=problems(401, 403, 404, 409, 412, 422, 428),
)
async def create_survey(
    found: VisibleModel,
    body: SurveyCreate,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Record a survey of a reported model; the model moves to `surveyed` (same as the transition): needs
    If-Match with the model's ETag."""

    async def produce() -> Response:
        model = await repository.lock(session, found)
        await moves.transition(session, ctx, caller, model, TransitionRequest(action="record_survey", survey=body))
        return _json(await model_read.to_read(session, caller, model), 201, model.version)

    return await idempotent(request, session, caller.id, produce)
