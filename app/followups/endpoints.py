"""/models/{id}/follow-ups and /follow-ups: the boards' follow-ups of registered models (theo dõi, kiểm tra)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import RequestCtx, page_params
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import problems
from app.core.pagination import Page, PageParams
from app.core.types import IsoDate, UnitIdParam
from app.followups import service
from app.followups.dependencies import VisibleFollowUp
from app.followups.repository import FollowUpFilters
from app.followups.schemas import FollowUpCreate, FollowUpKindParam, FollowUpRead
from app.registry.dependencies import VisibleModel
from app.units import repository as units

router = APIRouter(tags=["follow-ups"], route_class=GuardedRoute)

Kind = Annotated[FollowUpKindParam | None, Query(description="Only follow-ups of this kind.")]
Open = Annotated[
    bool | None,
    Query(
        description="`true`: only requests not yet found done on models the boards still follow up "
        "(registered, implementing, reported); `false`: the others."
    ),
]


@router.post(
    "/models/{model_id}/follow-ups",
    operation_id="follow_ups_create",
    summary="Record a follow-up of a model (theo dõi, kiểm tra)",
    status_code=201,
    response_model=FollowUpRead,
    responses=problems(401, 403, 404, 422),
    description="A mass-mobilisation officer (role `mobiliser`) or an administrator of the model's unit or a "
    "unit above it records a visit or check of the model between its registration and its survey (states "
    "registered, implementing, reported; else 422 `follow_up_not_allowed` with the state): the day, the kind "
    "(monitoring, inspection, praise, guidance, reminder), who else took part, what was found, what the "
    "registrant is asked to do and by when, the model's files it cites, and earlier open requests it found "
    "done (`resolves`, closed by this one). The caller is the officer. The model's state does not change: the "
    "history shows the entry as action `follow_up` with from_state = to_state, and the event log "
    "`model.followed-up`. No `If-Match` (the model's content is not changed), but the model gets a new "
    "version (its read counts follow-ups): read it again before the next write to it. Other roles that see "
    "the model: 403; a model you do not see: 404. `Idempotency-Key` makes a retry safe.",
)
async def create_follow_up(
    found: VisibleModel,
    body: FollowUpCreate,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
) -> Response:
    """Record a follow-up of a model the caller's board follows; the model's state stays."""

    async def produce() -> Response:
        follow_up = await service.record_follow_up(session, ctx, caller, found, body)
        read = await service.read_visible(session, caller, follow_up.id)
        location = f"/api/v1/follow-ups/{follow_up.id}"
        return Response(
            read.model_dump_json(), status_code=201, headers={"Location": location}, media_type="application/json"
        )

    return await idempotent(request, session, caller.id, produce)


@router.get(
    "/models/{model_id}/follow-ups",
    operation_id="follow_ups_of_model",
    summary="A model's follow-ups",
    response_model=Page[FollowUpRead],
    responses=problems(400, 401, 404, 422),
)
async def list_model_follow_ups(
    model: VisibleModel,
    caller: CurrentCaller,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    kind: Kind = None,
    open: Open = None,
) -> Page[FollowUpRead]:
    """The boards' follow-ups of a model you see (the registrant reads what was found and asked), oldest visit
    first, one page at a time."""
    filters = FollowUpFilters(model_id=model.id, kind=kind, open=open)
    items, next_cursor = await service.list_visible(session, caller, filters, page)
    return Page[FollowUpRead](items=items, next_cursor=next_cursor, limit=page.limit)


@router.get(
    "/follow-ups",
    operation_id="follow_ups_list",
    summary="Follow-ups in your scope (open requests to chase)",
    response_model=Page[FollowUpRead],
    responses=problems(400, 401, 404, 422),
    description="The follow-ups of every model you see, oldest visit first. `open=true&due_before=<today>` "
    "lists the requests left open past their due date, for the boards to chase (đôn đốc); `unit` narrows to "
    "the models of a unit's subtree.",
)
async def list_follow_ups(
    caller: CurrentCaller,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    unit: Annotated[UnitIdParam | None, Query(description="A unit: the models of its whole subtree.")] = None,
    model_id: Annotated[uuid.UUID | None, Query(description="One model's follow-ups.")] = None,
    kind: Kind = None,
    open: Open = None,
    due_before: Annotated[
        IsoDate | None, Query(description="Only requests due before this day (YYYY-MM-DD): past due when today.")
    ] = None,
) -> Page[FollowUpRead]:
    """Follow-ups the caller sees, filtered, one page at a time."""
    unit_path = await units.filter_path(session, unit)
    filters = FollowUpFilters(model_id=model_id, unit_path=unit_path, kind=kind, open=open, due_before=due_before)
    items, next_cursor = await service.list_visible(session, caller, filters, page)
    return Page[FollowUpRead](items=items, next_cursor=next_cursor, limit=page.limit)


@router.get(
    "/follow-ups/{follow_up_id}",
    operation_id="follow_ups_get",
    summary="One follow-up",
    response_model=FollowUpRead,
    responses=problems(401, 404, 422),
)
async def get_follow_up(follow_up: VisibleFollowUp) -> FollowUpRead:
    """A follow-up of a model you see (404 otherwise)."""
    return follow_up
