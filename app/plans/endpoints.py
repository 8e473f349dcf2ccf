"""/units/{id}/plans and /plans: units' "Dân vận khéo" plans (seed 000 §2.1) and the plan document."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, cast

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse
from starlette.background import BackgroundTask

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute, accepts_upload
from app.core.db import SessionDep
from app.core.http import (
    IfMatch,
    RequestCtx,
    etag,
    not_modified,
    not_modified_response,
    page_params,
    request_context,
    require_if_match_header,
    set_etag,
)
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import problems
from app.core.pagination import PageParams
from app.core.types import UnitIdParam
from app.evidence import download, edge
from app.evidence.endpoints import _DOWNLOAD_RESPONSES, _UPLOAD_ERRORS
from app.evidence.schemas import EvidenceCreate
from app.evidence.service import PreparedFile, collect_blob
from app.evidence.upload import ReceivedUpload
from app.plans import document, service
from app.plans.dependencies import VisiblePlan
from app.plans.repository import PlanFilters
from app.plans.schemas import PlanCreate, PlanPage, PlanRead, PlanUpdate
from app.storage import get_store

router = APIRouter(tags=["plans"], route_class=GuardedRoute)

CampaignFilter = Annotated[uuid.UUID | None, Query(description="Plans for this campaign only.")]
DOCUMENT_REQUEST_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "description": "The plan document (pdf, docx, a scan …); its type is detected from the bytes.",
                    }
                },
            }
        }
    },
}


def _json(read: PlanRead, status: int = 200, location: str | None = None) -> JSONResponse:
    headers = {"ETag": etag(read.version), **({"Location": location} if location else {})}
    return JSONResponse(read.model_dump(mode="json"), status_code=status, headers=headers)


def _collect(sha256: str | None) -> BackgroundTask | None:
    """After the commit: remove bytes no file or plan references any more."""
    return BackgroundTask(collect_blob, sha256) if sha256 else None


@router.post(
    "/units/{unit_id}/plans",
    operation_id="plans_create",
    summary="Record a unit's plan for a campaign",
    status_code=201,
    response_model=PlanRead,
    responses=problems(400, 401, 403, 404, 409, 413, 422),
    description="A registrant, mobiliser or administrator of the unit (or of a unit above it) records its "
    "“Dân vận khéo” plan for a campaign: number, title, the day it was issued and by whom, and when it was "
    "disseminated (quán triệt, triển khai). One plan per unit and campaign: 409 `plan_exists` (correct it with "
    "`PATCH /plans/{id}` instead). 404 when the unit is outside your read scope or the campaign is not visible; "
    "403 `not_plan_recorder` for a viewer; 422 `unit_outside_campaign` (the unit is not under the campaign's "
    "owning unit), `unit_closed`, `date_in_future` (judged in the campaign's time zone), "
    "`disseminated_before_issued`. `Idempotency-Key` makes a retry safe.",
)
async def create_plan(
    unit_id: UnitIdParam,
    body: PlanCreate,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
) -> Response:
    """Record the unit's plan; answers it with its ETag and Location."""

    async def produce() -> Response:
        found = await service.record(session, ctx, caller, unit_id, body)
        read = service.to_read(found.plan, found.unit)
        return _json(read, 201, f"/api/v1/plans/{read.id}")

    return await idempotent(request, session, caller.id, produce)


@router.get(
    "/units/{unit_id}/plans",
    operation_id="plans_unit_list",
    summary="A unit's plans",
    response_model=PlanPage,
    responses=problems(400, 401, 404, 422),
)
async def list_unit_plans(
    unit_id: UnitIdParam,
    caller: CurrentCaller,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    campaign: CampaignFilter = None,
) -> PlanPage:
    """The unit's own plans (one per campaign), oldest first; 404 when the unit is outside your read scope."""
    await service.unit_in_scope(session, caller, unit_id)
    filters = PlanFilters(campaign_id=campaign, unit_id=unit_id)
    items, next_cursor = await service.list_plans(session, caller, filters, page)
    return PlanPage(items=items, next_cursor=next_cursor, limit=page.limit)


@router.get(
    "/plans",
    operation_id="plans_list",
    summary="Plans of the units you see",
    response_model=PlanPage,
    responses=problems(400, 401, 404, 422),
)
async def list_plans(
    caller: CurrentCaller,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    campaign: CampaignFilter = None,
    unit: Annotated[UnitIdParam | None, Query(description="A unit: the plans of its whole subtree.")] = None,
    disseminated: Annotated[bool | None, Query(description="true: plans already disseminated; false: not yet.")] = None,
) -> PlanPage:
    """Plans of the units in your read scope, by unit code then issue date; `unit` narrows to a subtree (404 when
    it is outside your read scope). Which units still have no plan: `GET /reports/coverage` (`plans`)."""
    path = (await service.unit_in_scope(session, caller, unit)).path if unit is not None else None
    filters = PlanFilters(campaign_id=campaign, subtree_path=path, disseminated=disseminated)
    items, next_cursor = await service.list_plans(session, caller, filters, page)
    return PlanPage(items=items, next_cursor=next_cursor, limit=page.limit)


@router.get(
    "/plans/{plan_id}",
    operation_id="plans_get",
    summary="One plan",
    response_model=PlanRead,
    responses=problems(304, 401, 404, 422),
)
async def get_plan(found: VisiblePlan, request: Request, response: Response) -> PlanRead | Response:
    """A plan of a unit in your read scope (404 for the rest); the ETag is its version (If-None-Match → 304)."""
    if not_modified(request, found.plan.version):
        return not_modified_response(found.plan.version)
    set_etag(response, found.plan.version)
    return service.to_read(found.plan, found.unit)


@router.patch(
    "/plans/{plan_id}",
    operation_id="plans_update",
    summary="Correct a plan",
    response_model=PlanRead,
    responses=problems(401, 403, 404, 412, 413, 422, 428),
)
async def update_plan(
    body: PlanUpdate,
    found: VisiblePlan,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    response: Response,
    _if_match: IfMatch = None,
) -> PlanRead:
    """Change what was recorded — e.g. the dissemination once it happened (recorders of the unit, 403; If-Match,
    428/412; the same date rules, 422). The campaign and the unit stay."""
    await service.correct(session, ctx, caller, found, body)
    set_etag(response, found.plan.version)
    return service.to_read(found.plan, found.unit)


@router.delete(
    "/plans/{plan_id}",
    operation_id="plans_delete",
    summary="Delete a mistaken plan record",
    status_code=204,
    response_class=Response,
    responses=problems(401, 403, 404, 412, 422, 428),
)
async def delete_plan(
    found: VisiblePlan, ctx: RequestCtx, caller: CurrentCaller, session: SessionDep, _if_match: IfMatch = None
) -> Response:
    """Remove a plan recorded by mistake (recorders of the unit, 403; If-Match, 428/412); the event log keeps
    that it was recorded and deleted. The unit then has no plan for the campaign again."""
    sha256 = await service.remove(session, ctx, caller, found)
    return Response(status_code=204, background=_collect(sha256))


@router.post(
    "/plans/{plan_id}/document",
    operation_id="plans_document_upload",
    summary="Attach the plan document",
    status_code=201,
    response_model=PlanRead,
    responses={**_UPLOAD_ERRORS, **problems(412, 428)},
    openapi_extra={"requestBody": DOCUMENT_REQUEST_BODY},
    description="Multipart upload (the part `file` only), streamed to storage; the type is detected from the "
    "bytes, within the evidence limits. Recorders of the unit only (403 `not_plan_recorder`, before the body "
    "is read). A second upload replaces the document (a correction). The plan gets a new version, so it needs "
    "`If-Match` with the plan's ETag (428 without it, checked before the body is read; 412 when stale). "
    "`Idempotency-Key` makes a retry safe.",
)
@accepts_upload
async def upload_plan_document(
    found: VisiblePlan,
    request: Request,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Attach (or replace) the plan document; answers the plan with its document."""
    plan_id = found.plan.id
    service.require_recorder(caller, found.unit)
    require_if_match_header(request)
    # End the read-only transaction before the body arrives (SQLite's write lock); nothing written yet.
    await session.commit()

    async def produce(_form: EvidenceCreate, upload: ReceivedUpload, prepared: PreparedFile) -> Response:
        current = await service.locate(session, caller, plan_id)
        replaced = await document.attach(
            session, request_context(request), caller, current, upload, prepared, get_store()
        )
        answer = _json(service.to_read(current.plan, current.unit), 201, f"/api/v1/plans/{plan_id}/document/content")
        answer.background = _collect(replaced)
        return answer

    return await edge.idempotent_upload(request, session, caller, document.parse_form, produce)


@router.get(
    "/plans/{plan_id}/document/content",
    operation_id="plans_document_content",
    summary="Download the plan document",
    response_class=Response,
    responses=_DOWNLOAD_RESPONSES,
)
async def plan_document_content(found: VisiblePlan, request: Request) -> Response:
    """The bytes, for anyone who sees the plan; ETag is the SHA-256, `Range` answers 206. 404
    `plan_document_not_found` when none is attached."""
    stored = document.stored_document(found.plan)
    return download.content_response(request, cast(Any, stored), get_store())
