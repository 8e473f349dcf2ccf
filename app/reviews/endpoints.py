"""HTTP routes of /api/v1/reviews: review meetings (bình xét), their members, candidates, ballot, minutes."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import ValidationError
from starlette.background import BackgroundTasks

from app.auth.dependencies import CurrentCaller
from app.core import messages
from app.core.bodies import GuardedRoute, accepts_upload
from app.core.db import SessionDep
from app.core.errors import NotFound, Unprocessable, validation_errors
from app.core.http import IfMatch, RequestCtx, not_modified, not_modified_response, page_params
from app.core.i18n import Text
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import documented_problem, problems
from app.core.pagination import Page, PageParams
from app.core.types import UnitIdParam
from app.evidence import download, edge
from app.evidence import service as evidence_service
from app.evidence.endpoints import BODY_TOO_LARGE, FILE_REFUSED
from app.evidence.schemas import EvidenceCreate
from app.evidence.service import PreparedFile
from app.evidence.upload import ReceivedUpload
from app.reviews import guards, repository, service
from app.reviews.agenda_endpoints import router as agenda_router
from app.reviews.dependencies import LockedReview, VisibleReview
from app.reviews.http import CLOSED_409, RECUSAL_DOC, RULES_DOC, WRITE_ERRORS, answer, json_answer
from app.reviews.schemas import (
    MinutesForm,
    Purpose,
    ReviewCreate,
    ReviewRead,
    ReviewSummary,
    ReviewUpdate,
    Status,
)
from app.storage import get_store
from app.units import repository as units

router = APIRouter(tags=["reviews"], route_class=GuardedRoute)

_MINUTES_ERRORS = {
    **WRITE_ERRORS,
    **problems(400),
    413: BODY_TOO_LARGE,
    422: FILE_REFUSED,
    415: documented_problem(
        415,
        "media_type_mismatch",
        "Nội dung tệp (application/pdf) không khớp với kiểu khai báo.",
        "The type is not allowed, or the bytes disagree with the filename or the declared type.",
    ),
    503: documented_problem(
        503,
        "storage_unavailable",
        "Kho lưu trữ tệp tạm thời không sẵn sàng; hãy thử lại.",
        "File storage is unavailable; retry with the same Idempotency-Key.",
    ),
}

_MINUTES_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file", "title"],
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "description": "The signed minutes (pdf, docx, odt, …).",
                    },
                    "title": {"type": "string", "maxLength": 300, "example": "Biên bản họp bình xét"},
                    "description": {"type": "string", "maxLength": 5000},
                },
            }
        }
    },
}


@router.post(
    "/reviews",
    operation_id="reviews_create",
    summary="Open a review meeting (bình xét)",
    status_code=201,
    response_model=ReviewRead,
    responses={**problems(401, 403, 422), 409: CLOSED_409},
    description="A meeting held by a unit: members present and absent, and (optionally) its first "
    "candidates — `surveyed` models for `purpose=model`, `nominated` ones for "
    "`purpose=exemplar` (which needs `phase_review`). Held by a mobiliser or an authority "
    "whose scope covers the holding unit (else 403 `review_not_permitted`); a unit outside "
    "the caller's scope answers 422 `unknown_unit`. " + RECUSAL_DOC + " " + RULES_DOC,
)
async def create_review(
    body: ReviewCreate,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
) -> Response:
    """Open a review with its members and candidates."""

    async def produce() -> Response:
        review = await service.create_review(session, ctx, caller, body)
        return await answer(session, caller, review, 201, f"/api/v1/reviews/{review.id}")

    return await idempotent(request, session, caller.id, produce)


@router.get(
    "/reviews",
    operation_id="reviews_list",
    summary="List review meetings",
    response_model=Page[ReviewSummary],
    responses=problems(400, 401, 404, 422),
)
async def list_reviews(
    caller: CurrentCaller,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    campaign_id: uuid.UUID | None = None,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    purpose: Purpose | None = None,
    status: Status | None = None,
    holding_unit_id: Annotated[UnitIdParam | None, Query(description="Exactly this holding unit.")] = None,
    unit_id: Annotated[UnitIdParam | None, Query(description="A unit: reviews held anywhere in its subtree.")] = None,
    model_id: Annotated[uuid.UUID | None, Query(description="Reviews that have this model as a candidate.")] = None,
) -> Page[ReviewSummary]:
    """Reviews the caller may see (held in their scope, or about a model they see), newest meeting first."""
    unit_path = await units.filter_path(session, unit_id)
    filters = repository.ReviewFilters(
        campaign_id=campaign_id,
        year=year,
        purpose=purpose,
        status=status,
        holding_unit_id=holding_unit_id,
        unit_path=unit_path,
        model_id=model_id,
    )
    rows, next_cursor = await repository.list_reviews(session, caller, filters, page)
    items = [
        ReviewSummary.model_validate(
            {
                **{c: getattr(r, c) for c in ReviewSummary.model_fields if c != "holding_unit"},
                "holding_unit": {"id": u.id, "code": u.code, "name": u.name},
            }
        )
        for r, u in rows
    ]
    return Page[ReviewSummary](items=items, next_cursor=next_cursor, limit=page.limit)


@router.get(
    "/reviews/{review_id}",
    operation_id="reviews_get",
    summary="One review meeting in full",
    response_model=ReviewRead,
    responses=problems(304, 401, 404, 422),
    description="Members, candidates with their scores and per-member ballots, each candidate's tally "
    "and outcome (frozen once closed; `provisional_outcome` computed live while open), the "
    "minutes. ETag; If-None-Match answers 304.",
)
async def get_review(review: VisibleReview, request: Request, caller: CurrentCaller, session: SessionDep) -> Response:
    """A review the caller may see."""
    if not_modified(request, review.version):
        return not_modified_response(review.version)
    return json_answer(await service.to_read(session, caller, review), version=review.version)


@router.patch(
    "/reviews/{review_id}",
    operation_id="reviews_update",
    summary="Edit a review meeting's details",
    response_model=ReviewRead,
    responses=WRITE_ERRORS,
)
async def update_review(
    review: LockedReview,
    body: ReviewUpdate,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _if_match: IfMatch = None,
) -> Response:
    """Change title, date, place, chair, secretary, phase or outcome rule while open; needs If-Match."""
    await service.update_review(session, ctx, caller, review, body)
    return await answer(session, caller, review)


def _minutes_form(fields: Mapping[str, str]) -> EvidenceCreate:
    try:
        form = MinutesForm.model_validate(dict(fields))
    except ValidationError as exc:
        errors = validation_errors([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()])
        raise Unprocessable(messages.INVALID_DATA, code="validation_failed", errors=errors) from None
    return EvidenceCreate(kind="review_minutes", title=form.title, description=form.description)


@router.post(
    "/reviews/{review_id}/minutes",
    operation_id="reviews_minutes_upload",
    summary="Upload the meeting's minutes",
    status_code=201,
    response_model=ReviewRead,
    responses=_MINUTES_ERRORS,
    openapi_extra={"requestBody": _MINUTES_BODY},
    description="Multipart (file, title, description), checked like any dossier file. Filed as "
    "`review_minutes` in the dossier of every current candidate (stored once); replaces "
    "earlier minutes of this review. 422 `no_candidates` without candidates. "
    "Needs If-Match (the review's ETag; 428 without it before the body is read). "
    "`Idempotency-Key` makes a retry safe.",
)
@accepts_upload
async def upload_minutes(
    review: VisibleReview,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    background: BackgroundTasks,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Upload (or replace) the minutes of an open review; answers the review."""
    guards.precheck_write(ctx, caller, review)
    # End the read-only transaction before the body arrives (SQLite's write lock); nothing is written yet.
    await session.commit()
    collect: list[str] = []

    async def produce(form: EvidenceCreate, upload: ReceivedUpload, prepared: PreparedFile) -> Response:
        locked = await repository.lock(session, review)
        guards.guard_write(ctx, caller, locked)
        collect.extend(await service.upload_minutes(session, ctx, caller, locked, form, upload, prepared, get_store()))
        return await answer(session, caller, locked, 201, f"/api/v1/reviews/{review.id}/minutes/content")

    response = await edge.idempotent_upload(request, session, caller, _minutes_form, produce)
    for sha in collect:
        background.add_task(evidence_service.collect_blob, sha)
    return response


@router.get(
    "/reviews/{review_id}/minutes/content",
    operation_id="reviews_minutes_content",
    summary="Download the meeting's minutes",
    response_class=Response,
    responses={
        200: {"description": "The file.", "content": download.FILE_CONTENT},
        206: {"description": "The requested byte range.", "content": download.FILE_CONTENT},
        416: documented_problem(
            416,
            "range_not_satisfiable",
            "Khoảng byte yêu cầu nằm ngoài tệp (1024 byte).",
            "The range starts past the end of the file.",
        ),
        **problems(304, 401, 404, 422),
    },
)
async def minutes_content(
    review: VisibleReview, request: Request, caller: CurrentCaller, session: SessionDep
) -> Response:
    """The minutes' bytes for anyone who can see the review (404 when none were uploaded)."""
    rows = await repository.minutes_rows(session, review.id)
    if not rows:
        raise NotFound(Text("Cuộc họp chưa có biên bản.", "The review has no minutes."), code="minutes_not_found")
    return download.content_response(request, rows[0], get_store())


@router.post(
    "/reviews/{review_id}/close",
    operation_id="reviews_close",
    summary="Close the review",
    response_model=ReviewRead,
    responses=WRITE_ERRORS,
    description="Freezes each candidate's tally and outcome under the review's rule; the review becomes "
    "immutable (409 `review_closed` afterwards, closing twice included). 422 `no_candidates` "
    "or `minutes_missing`. Needs If-Match; `Idempotency-Key` makes a retry safe. " + RULES_DOC,
)
async def close_review(
    found: VisibleReview,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Close an open review."""

    async def produce() -> Response:
        review = await repository.lock(session, found)
        await service.close_review(session, ctx, caller, review)
        return await answer(session, caller, review)

    return await idempotent(request, session, caller.id, produce)


router.include_router(agenda_router)  # members, candidates, the ballot (agenda_endpoints.py)
