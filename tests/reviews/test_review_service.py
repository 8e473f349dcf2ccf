"""The review services called directly, without HTTP: a session, a Caller and a RequestContext built by hand.

The models under review are set up through the API (the registry's helpers); everything after that is a
plain function call, as a script or another service would make it.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.core.context import RequestContext, etag
from app.core.errors import Conflict, PreconditionFailed, PreconditionRequired, Unprocessable
from app.evidence import service as evidence_service
from app.evidence.schemas import EvidenceCreate
from app.evidence.upload import ReceivedUpload
from app.models import Event, Review, RoleAssignment, Unit, User
from app.policy.principal import Caller, CallerUser
from app.policy.scope import Grant, Scope
from app.reviews import ballots, members, repository, service
from app.reviews.schemas import BallotUpdate, MemberCreate, ReviewCreate
from tests.reviews.review_support import MINUTES_PDF

pytestmark = pytest.mark.anyio


async def caller_of(session: Any, user_id: uuid.UUID) -> Caller:
    """The Caller the bearer-token dependency would build, read straight from the tables."""
    user = await session.get(User, user_id)
    rows = (
        await session.execute(
            select(RoleAssignment.role, Unit.id, Unit.path)
            .join(Unit, Unit.id == RoleAssignment.unit_id)
            .where(RoleAssignment.user_id == user_id, Unit.is_active.is_(True))
        )
    ).all()
    return Caller(
        CallerUser(user.id, user.username, user.full_name, user.position, user.email, user.home_unit_id),
        Scope(tuple(Grant(r.role, r.id, r.path) for r in rows)),
        None,
    )


def current(review: Review, request_id: str = "svc-test-0001") -> RequestContext:
    """A context whose If-Match names the review's current version."""
    return RequestContext(request_id=request_id, if_match=etag(review.version))


async def open_review(rv: Any, session: Any, models: list[dict[str, Any]]) -> tuple[Caller, Review]:
    """demo.mobiliser opens a review of Huyện Vĩnh Linh with the given candidates (by a direct call)."""
    caller = await caller_of(session, rv.demo.users["demo.mobiliser"])
    data = ReviewCreate.model_validate(rv.body(models))
    review = await service.create_review(session, RequestContext(request_id="svc-test-create"), caller, data)
    await session.flush()
    return caller, review


async def file_minutes(
    session: Any, ctx: RequestContext, caller: Caller, review: Review, store: Any, tmp_path: Path
) -> None:
    """Upload the minutes through the service, from a file on disk (no multipart body)."""
    path = tmp_path / "bien-ban.pdf"
    path.write_bytes(MINUTES_PDF)
    upload = ReceivedUpload(
        path=path,
        size=len(MINUTES_PDF),
        sha256=hashlib.sha256(MINUTES_PDF).hexdigest(),
        filename="bien-ban.pdf",
        declared_type="application/pdf",
    )
    form = EvidenceCreate(kind="review_minutes", title="Biên bản họp bình xét")
    prepared = await evidence_service.prepare(upload, form)
    try:
        await service.upload_minutes(session, ctx, caller, review, form, upload, prepared, store)
    finally:
        prepared.cleanup()
    await session.flush()


async def test_create_review_opens_it_with_its_members_and_records_the_request_id(rv: Any, session: Any) -> None:
    model = await rv.surveyed()
    caller, review = await open_review(rv, session, [model])
    loaded = await repository.load(session, review.id)
    assert review.status == "open"
    assert review.created_by_id == caller.id
    assert [m.full_name for m in loaded.members] == ["Lê Văn Cường", "Nguyễn Văn Tân", "Hoàng Văn Em", "Võ Thị Hạnh"]
    assert [str(m.id) for _, m, _ in loaded.candidates] == [model["id"]]
    event = (
        await session.scalars(select(Event).where(Event.type == "review.opened", Event.resource_id == str(review.id)))
    ).one()
    assert event.request_id == "svc-test-create"
    assert event.actor_id == caller.id


async def test_a_write_without_if_match_is_428_and_with_a_stale_one_412(rv: Any, session: Any) -> None:
    caller, review = await open_review(rv, session, [await rv.surveyed()])
    member = MemberCreate(full_name="Trần Thị Mai", title="Ủy viên")
    with pytest.raises(PreconditionRequired) as missing:
        await members.add_member(session, RequestContext(request_id="svc-test-0002"), caller, review, member)
    assert (missing.value.status, missing.value.code) == (428, "precondition_required")
    stale = RequestContext(if_match=etag(review.version + 1))
    with pytest.raises(PreconditionFailed) as failed:
        await members.add_member(session, stale, caller, review, member)
    assert (failed.value.status, failed.value.code) == (412, "precondition_failed")
    assert failed.value.extensions == {"current_etag": etag(review.version)}
    assert len((await repository.load(session, review.id)).members) == 4


async def test_add_member_with_the_current_etag_adds_them_and_moves_the_version(rv: Any, session: Any) -> None:
    caller, review = await open_review(rv, session, [await rv.surveyed()])
    before = review.version
    added = await members.add_member(
        session, current(review), caller, review, MemberCreate(full_name="Trần Thị Mai", title="Ủy viên")
    )
    await session.flush()
    assert added.review_id == review.id
    assert added.position == 4
    assert review.version == before + 1
    # The old ETag is now stale.
    with pytest.raises(PreconditionFailed):
        await members.add_member(
            session, RequestContext(if_match=etag(before)), caller, review, MemberCreate(full_name="Phan Văn Bình")
        )


async def test_record_ballot_counts_present_members_and_refuses_an_absent_ones_vote(rv: Any, session: Any) -> None:
    caller, review = await open_review(rv, session, [await rv.surveyed()])
    loaded = await repository.load(session, review.id)
    candidate = loaded.candidates[0][0]
    by_name = {m.full_name: m for m in loaded.members}
    voters = [
        m for m in loaded.members if m.present and not any(v.recused and v.member_id == m.id for v in loaded.votes)
    ]
    votes = [{"candidate_id": str(candidate.id), "member_id": str(m.id), "vote": "approve"} for m in voters]
    await ballots.record_ballot(session, current(review), caller, review, BallotUpdate.model_validate({"votes": votes}))
    await session.flush()
    tally = ballots.tallies(await repository.load(session, review.id))[candidate.id]
    assert tally.approve == len(voters) >= 1

    absent = by_name["Võ Thị Hạnh"]
    ballot = BallotUpdate.model_validate(
        {"votes": [{"candidate_id": str(candidate.id), "member_id": str(absent.id), "vote": "approve"}]}
    )
    with pytest.raises(Unprocessable) as refused:
        await ballots.record_ballot(session, current(review), caller, review, ballot)
    assert (refused.value.status, refused.value.code) == (422, "member_absent")
    with pytest.raises(PreconditionRequired):
        await ballots.record_ballot(session, RequestContext(), caller, review, ballot)


async def test_close_review_freezes_the_outcome_and_the_review_is_then_immutable(
    rv: Any, session: Any, store: Any, tmp_path: Path
) -> None:
    model = await rv.surveyed()
    caller, review = await open_review(rv, session, [model])
    loaded = await repository.load(session, review.id)
    candidate = loaded.candidates[0][0]
    recused = {v.member_id for v in loaded.votes if v.recused}
    votes = [
        {"candidate_id": str(candidate.id), "member_id": str(m.id), "vote": "approve"}
        for m in loaded.members
        if m.present and m.id not in recused
    ]
    await ballots.record_ballot(session, current(review), caller, review, BallotUpdate.model_validate({"votes": votes}))
    await session.flush()
    await file_minutes(session, current(review), caller, review, store, tmp_path)

    with pytest.raises(PreconditionFailed):
        await service.close_review(session, RequestContext(if_match=etag(review.version - 1)), caller, review)
    closed = await service.close_review(session, current(review, "svc-test-close"), caller, review)
    await session.flush()
    assert closed.status == "closed"
    assert closed.closed_by_id == caller.id
    assert candidate.outcome == "approved"
    assert candidate.tally is not None and candidate.tally["approve"] == len(votes)
    event = (
        await session.scalars(select(Event).where(Event.type == "review.closed", Event.resource_id == str(review.id)))
    ).one()
    assert event.request_id == "svc-test-close"
    # The outcomes are read from the review (its candidates are scoped to the reader), never from the event.
    assert event.data == {"outcome_rule": review.outcome_rule, "candidate_count": 1}

    with pytest.raises(Conflict) as again:
        await service.close_review(session, current(review), caller, review)
    assert (again.value.status, again.value.code) == (409, "review_closed")
    await session.rollback()
