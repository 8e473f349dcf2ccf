"""HTTP routes of a review's agenda: its members, its candidates and the ballot (included by endpoints.py)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from starlette.background import BackgroundTasks

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import IfMatch, RequestCtx
from app.core.idempotency import IdempotencyKey, idempotent
from app.evidence import service as evidence_service
from app.reviews import ballots, candidates, members, repository
from app.reviews.dependencies import CandidateId, LockedReview, MemberId, VisibleReview
from app.reviews.http import RECUSAL_DOC, RULES_DOC, WRITE_ERRORS, answer
from app.reviews.schemas import BallotUpdate, CandidateCreate, CandidateUpdate, MemberCreate, MemberUpdate, ReviewRead

router = APIRouter(route_class=GuardedRoute)  # tagged `reviews` by the router that includes it


@router.post(
    "/reviews/{review_id}/members",
    operation_id="reviews_members_add",
    summary="Add a member",
    status_code=201,
    response_model=ReviewRead,
    responses=WRITE_ERRORS,
    description="Adds a member (present by default); their automatic recusals follow. " + RECUSAL_DOC,
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
        return await answer(session, caller, review, 201, f"/api/v1/reviews/{review.id}")

    return await idempotent(request, session, caller.id, produce)


@router.patch(
    "/reviews/{review_id}/members/{member_id}",
    operation_id="reviews_members_update",
    summary="Change a member",
    response_model=ReviewRead,
    responses=WRITE_ERRORS,
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
    return await answer(session, caller, review)


@router.delete(
    "/reviews/{review_id}/members/{member_id}",
    operation_id="reviews_members_remove",
    summary="Remove a member",
    response_model=ReviewRead,
    responses=WRITE_ERRORS,
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
    return await answer(session, caller, review)


@router.post(
    "/reviews/{review_id}/candidates",
    operation_id="reviews_candidates_add",
    summary="Add a candidate",
    status_code=201,
    response_model=ReviewRead,
    responses=WRITE_ERRORS,
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
        return await answer(session, caller, review, 201, f"/api/v1/reviews/{review.id}")

    return await idempotent(request, session, caller.id, produce)


@router.patch(
    "/reviews/{review_id}/candidates/{candidate_id}",
    operation_id="reviews_candidates_update",
    summary="Change a candidate's scores or note",
    response_model=ReviewRead,
    responses=WRITE_ERRORS,
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
    return await answer(session, caller, review)


@router.delete(
    "/reviews/{review_id}/candidates/{candidate_id}",
    operation_id="reviews_candidates_remove",
    summary="Remove a candidate",
    response_model=ReviewRead,
    responses=WRITE_ERRORS,
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
    return await answer(session, caller, review)


@router.put(
    "/reviews/{review_id}/votes",
    operation_id="reviews_ballot",
    summary="Record votes and recusals",
    response_model=ReviewRead,
    responses=WRITE_ERRORS,
    description="Bulk upsert of the ballot, all or nothing. A vote by a recused member answers 409 "
    "`member_recused`, by an absent member 422 `member_absent`; a member or candidate not of "
    "this review 422 with a pointer. `vote: null` clears a vote. `recusals` records members "
    "who stand aside by hand (`recused: false` lifts such a recusal; automatic ones cannot be "
    "lifted: 409 `recusal_automatic`). Needs If-Match (the review's ETag). " + RULES_DOC,
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
    return await answer(session, caller, review)
