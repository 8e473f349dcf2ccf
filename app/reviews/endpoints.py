"""HTTP routes of /api/v1/reviews: review meetings (bình xét), their members, candidates, ballot, minutes."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from http import HTTPStatus
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.background import BackgroundTasks

from app.auth.dependencies import CurrentCaller
from app.core import messages
from app.core.bodies import GuardedRoute, accepts_upload
from app.core.db import SessionDep
from app.core.errors import NotFound, Unprocessable, validation_errors
from app.core.http import IfMatch, RequestCtx, etag, not_modified, not_modified_response, page_params
from app.core.i18n import Text
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import Problem, problems
from app.core.pagination import Page, PageParams
from app.core.types import UnitId
from app.evidence import download, edge
from app.evidence import service as evidence_service
from app.evidence.endpoints import BODY_TOO_LARGE, FILE_REFUSED
from app.evidence.schemas import EvidenceCreate
from app.evidence.service import PreparedFile
from app.evidence.upload import ReceivedUpload
from app.models import Review
from app.policy.principal import Caller
from app.reviews import ballots, candidates, guards, members, repository, service
from app.reviews.dependencies import CandidateId, LockedReview, MemberId, VisibleReview
from app.reviews.schemas import (
    BallotUpdate,
    CandidateCreate,
    CandidateUpdate,
    MemberCreate,
    MemberUpdate,
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

_RULES_DOC = (
    "Outcome rules (per candidate; eligible = members present and not recused): `majority_of_present` "
    "(default) approve×2 > eligible; `two_thirds_of_present` approve×3 ≥ eligible×2; `majority_of_votes_cast` "
    "approve > reject (abstentions not counted) and approve ≥ 1. No eligible member → rejected."
)
_RECUSAL_DOC = (
    "A member whose `unit_id` is a candidate's registrant unit, whose `user_id` registered it, or whose name is "
    "the individual registrant's, is recused for that candidate automatically and cannot vote on it."
)


def _problem(status: int, code: str, detail: str, description: str) -> dict[str, Any]:
    example = {
        "type": f"https://dvk.gov.vn/problems/{code}",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "code": code,
        "detail": detail,
    }
    return {"description": description, "model": Problem, "content": {"application/problem+json": {"example": example}}}


_CLOSED_409 = _problem(
    409,
    "review_closed",
    "Cuộc họp bình xét đã kết thúc; không thể thay đổi.",
    "The review is closed (`review_closed`), or a model is not in the state the review "
    "considers (`candidate_state`), or a recused member was given a vote (`member_recused`).",
)
# Every write to a review needs If-Match with its ETag (428 without it, 412 when stale); creating one does not.
_WRITE_ERRORS = {**problems(401, 403, 404, 412, 422, 428), 409: _CLOSED_409}
_MINUTES_ERRORS = {
    **_WRITE_ERRORS,
    **problems(400),
    413: BODY_TOO_LARGE,
    422: FILE_REFUSED,
    415: _problem(
        415,
        "media_type_mismatch",
        "Nội dung tệp (application/pdf) không khớp với kiểu khai báo.",
        "The type is not allowed, or the bytes disagree with the filename or the declared type.",
    ),
    503: _problem(
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


def _json(data: object, status: int = 200, version: int | None = None, location: str | None = None) -> JSONResponse:
    headers = {}
    if version is not None:
        headers["ETag"] = etag(version)
    if location:
        headers["Location"] = location
    return JSONResponse(jsonable_encoder(data), status_code=status, headers=headers)


async def _answer(
    session: AsyncSession, caller: Caller, review: Review, status: int = 200, location: str | None = None
) -> JSONResponse:
    await session.flush()
    return _json(await service.to_read(session, caller, review), status, review.version, location)


@router.post(
    "/reviews",
    operation_id="reviews_create",
    summary="Open a review meeting (bình xét)",
    status_code=201,
    response_model=ReviewRead,
    responses={**problems(401, 403, 422), 409: _CLOSED_409},
    description="A meeting held by a unit: members present and absent, and (optionally) its first "
    "candidates — `surveyed` models for `purpose=model`, `nominated` ones for "
    "`purpose=exemplar` (which needs `phase_review`). Held by a mobiliser or an authority "
    "whose scope covers the holding unit (else 403 `review_not_permitted`); a unit outside "
    "the caller's scope answers 422 `unknown_unit`. " + _RECUSAL_DOC + " " + _RULES_DOC,
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
        return await _answer(session, caller, review, 201, f"/api/v1/reviews/{review.id}")

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
    holding_unit_id: Annotated[UnitId | None, Query(description="Exactly this holding unit.")] = None,
    unit_id: Annotated[UnitId | None, Query(description="A unit: reviews held anywhere in its subtree.")] = None,
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
    return _json(await service.to_read(session, caller, review), version=review.version)


@router.patch(
    "/reviews/{review_id}",
    operation_id="reviews_update",
    summary="Edit a review meeting's details",
    response_model=ReviewRead,
    responses=_WRITE_ERRORS,
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
    return await _answer(session, caller, review)


@router.post(
    "/reviews/{review_id}/members",
    operation_id="reviews_members_add",
    summary="Add a member",
    status_code=201,
    response_model=ReviewRead,
    responses=_WRITE_ERRORS,
    description="Adds a member (present by default); their automatic recusals follow. " + _RECUSAL_DOC,
)
async def add_member(
    found: VisibleReview,
    body: MemberCreate,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Add a member to an open review; answers the whole review."""

    async def produce() -> Response:
        review = await repository.lock(session, found)
        await members.add_member(session, ctx, caller, review, body)
        return await _answer(session, caller, review, 201, f"/api/v1/reviews/{review.id}")

    return await idempotent(request, session, caller.id, produce)


@router.patch(
    "/reviews/{review_id}/members/{member_id}",
    operation_id="reviews_members_update",
    summary="Change a member",
    response_model=ReviewRead,
    responses=_WRITE_ERRORS,
    description="Needs If-Match (the review's ETag). A member marked absent loses their votes; "
    "automatic recusals follow a change of unit, user or name.",
)
async def update_member(
    review: LockedReview,
    member_id: MemberId,
    body: MemberUpdate,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _if_match: IfMatch = None,
) -> Response:
    """Change a member of an open review."""
    await members.update_member(session, ctx, caller, review, member_id, body)
    return await _answer(session, caller, review)


@router.delete(
    "/reviews/{review_id}/members/{member_id}",
    operation_id="reviews_members_remove",
    summary="Remove a member",
    response_model=ReviewRead,
    responses=_WRITE_ERRORS,
)
async def remove_member(
    review: LockedReview,
    member_id: MemberId,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _if_match: IfMatch = None,
) -> Response:
    """Remove a member and their ballots (422 `last_member` for the only one); answers the review."""
    await members.remove_member(session, ctx, caller, review, member_id)
    return await _answer(session, caller, review)


@router.post(
    "/reviews/{review_id}/candidates",
    operation_id="reviews_candidates_add",
    summary="Add a candidate",
    status_code=201,
    response_model=ReviewRead,
    responses=_WRITE_ERRORS,
    description="Puts a visible model of the review's campaign on the agenda: `surveyed` (same year) "
    "for model reviews, `nominated` for exemplar rounds (409 `candidate_state` otherwise), "
    "registered under the holding unit or decided by it (422 `candidate_out_of_scope`). "
    "Minutes already uploaded are filed in its dossier too.",
)
async def add_candidate(
    found: VisibleReview,
    body: CandidateCreate,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Add a candidate to an open review; answers the whole review."""

    async def produce() -> Response:
        review = await repository.lock(session, found)
        await candidates.add_candidate(session, ctx, caller, review, body)
        return await _answer(session, caller, review, 201, f"/api/v1/reviews/{review.id}")

    return await idempotent(request, session, caller.id, produce)


@router.patch(
    "/reviews/{review_id}/candidates/{candidate_id}",
    operation_id="reviews_candidates_update",
    summary="Change a candidate's scores or note",
    response_model=ReviewRead,
    responses=_WRITE_ERRORS,
)
async def update_candidate(
    review: LockedReview,
    candidate_id: CandidateId,
    body: CandidateUpdate,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _if_match: IfMatch = None,
) -> Response:
    """The criteria scores the meeting agreed (0–10 each, one per criterion) and a note; needs If-Match."""
    await candidates.update_candidate(session, ctx, caller, review, candidate_id, body)
    return await _answer(session, caller, review)


@router.delete(
    "/reviews/{review_id}/candidates/{candidate_id}",
    operation_id="reviews_candidates_remove",
    summary="Remove a candidate",
    response_model=ReviewRead,
    responses=_WRITE_ERRORS,
)
async def remove_candidate(
    review: LockedReview,
    candidate_id: CandidateId,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    background: BackgroundTasks,
    _if_match: IfMatch = None,
) -> Response:
    """Take a model off the agenda, with its ballots and its copy of the minutes; answers the review."""
    shas = await candidates.remove_candidate(session, ctx, caller, review, candidate_id)
    for sha in shas:
        background.add_task(evidence_service.collect_blob, sha)
    return await _answer(session, caller, review)


@router.put(
    "/reviews/{review_id}/votes",
    operation_id="reviews_ballot",
    summary="Record votes and recusals",
    response_model=ReviewRead,
    responses=_WRITE_ERRORS,
    description="Bulk upsert of the ballot, all or nothing. A vote by a recused member answers 409 "
    "`member_recused`, by an absent member 422 `member_absent`; a member or candidate not of "
    "this review 422 with a pointer. `vote: null` clears a vote. `recusals` records members "
    "who stand aside by hand (`recused: false` lifts such a recusal; automatic ones cannot be "
    "lifted: 409 `recusal_automatic`). Needs If-Match (the review's ETag). " + _RULES_DOC,
)
async def record_ballot(
    review: LockedReview,
    body: BallotUpdate,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _if_match: IfMatch = None,
) -> Response:
    """Upsert the ballot of an open review; answers the review with live tallies."""
    await ballots.record_ballot(session, ctx, caller, review, body)
    return await _answer(session, caller, review)


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
        return await _answer(session, caller, locked, 201, f"/api/v1/reviews/{review.id}/minutes/content")

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
        416: _problem(
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
    responses=_WRITE_ERRORS,
    description="Freezes each candidate's tally and outcome under the review's rule; the review becomes "
    "immutable (409 `review_closed` afterwards, closing twice included). 422 `no_candidates` "
    "or `minutes_missing`. Needs If-Match; `Idempotency-Key` makes a retry safe. " + _RULES_DOC,
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
        return await _answer(session, caller, review)

    return await idempotent(request, session, caller.id, produce)
