"""Review meetings (bình xét): opening one, its details, its minutes, closing it, and reading it in full.

Members, candidates and the ballot are in reviews.members, reviews.candidates and reviews.ballots; the
checks every write makes in reviews.guards, automatic recusal in reviews.recusals.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns import repository as campaigns
from app.campaigns.messages import CAMPAIGN_NOT_FOUND, CYCLE_NOT_FOUND
from app.core import messages
from app.core.context import RequestContext
from app.core.errors import Conflict, Forbidden, Unprocessable
from app.core.i18n import Text
from app.events.service import record_event
from app.evidence import service as evidence_service
from app.evidence.schemas import EvidenceCreate
from app.evidence.service import PreparedFile
from app.evidence.upload import ReceivedUpload
from app.models import RegisteredModel, Review, ReviewCandidate, ReviewMember
from app.models.base import utcnow
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.reviews import outcome as rules
from app.reviews import repository
from app.reviews.ballots import tallies
from app.reviews.candidates import DUPLICATE, EXPECTED_STATE, WRONG_STATE, candidate_model, scores_of
from app.reviews.guards import NOT_PERMITTED, check_members, guard_write, may_edit, record, refuse, touch
from app.reviews.recusals import sync_recusals
from app.reviews.schemas import (
    ReviewCreate,
    ReviewRead,
    ReviewUpdate,
)
from app.storage import BlobStore
from app.units import repository as units

PHASE_REQUIRED = Text(
    "Vòng bình xét điển hình phải ghi rõ sơ kết (interim) hay tổng kết (final).",
    "An exemplar review must say whether it is the interim or the final review.",
)
PHASE_FORBIDDEN = Text(
    "Chỉ vòng bình xét điển hình mới có sơ kết/tổng kết.", "Only exemplar reviews are interim or final reviews."
)
NO_CANDIDATES = Text("Cuộc họp chưa có mô hình nào được bình xét.", "The review has no candidates.")
MINUTES_MISSING = Text("Chưa tải lên biên bản họp bình xét.", "The review's minutes have not been uploaded.")


async def create_review(session: AsyncSession, ctx: RequestContext, caller: Caller, data: ReviewCreate) -> Review:
    """Open a review with its members and (optionally) its first candidates."""
    holding = await units.get_unit(session, data.holding_unit_id)
    if holding is None or not holding.is_active or not caller.scope.covers(holding.path, Permission.READ):
        raise refuse("unknown_unit", "#/holding_unit_id", messages.UNIT_NOT_IN_SCOPE, unit_id=data.holding_unit_id)
    if not may_edit(caller, holding.path):
        raise Forbidden(NOT_PERMITTED, code="review_not_permitted")
    campaign = await campaigns.get_campaign(session, data.campaign_id, caller)
    if campaign is None:
        raise refuse("unknown_campaign", "#/campaign_id", CAMPAIGN_NOT_FOUND)
    if data.year not in {c.year for c in campaign.cycles}:
        raise refuse("unknown_cycle", "#/year", CYCLE_NOT_FOUND, year=data.year)
    _check_phase(data.purpose, data.phase_review)
    await check_members(session, [(f"#/members/{i}", m.unit_id, m.user_id) for i, m in enumerate(data.members)])
    review = Review(
        holding_unit_id=holding.id,
        holding_unit_path=holding.path,
        campaign_id=campaign.id,
        year=data.year,
        purpose=data.purpose,
        phase_review=data.phase_review,
        title=data.title,
        held_on=data.held_on,
        place=data.place,
        chair=data.chair,
        secretary=data.secretary,
        outcome_rule=data.outcome_rule,
        level=data.level,
        status="open",
        created_by_id=caller.id,
    )
    models: list[RegisteredModel] = []
    seen: set[uuid.UUID] = set()
    for i, c in enumerate(data.candidates):
        model = await candidate_model(session, caller, review, holding, c.model_id, f"#/candidates/{i}")
        if model.id in seen:
            raise refuse("duplicate_candidate", f"#/candidates/{i}/model_id", DUPLICATE, model=model.code)
        seen.add(model.id)
        models.append(model)
    session.add(review)
    await session.flush()
    for i, m in enumerate(data.members):
        session.add(ReviewMember(review_id=review.id, position=i, **m.model_dump()))
    for i, (c, model) in enumerate(zip(data.candidates, models, strict=True)):
        scores, total = await scores_of(session, model, c, f"#/candidates/{i}")
        session.add(
            ReviewCandidate(
                review_id=review.id, model_id=model.id, position=i, scores=scores, total_score=total, note=c.note
            )
        )
    await sync_recusals(session, review)
    await record(
        session,
        ctx,
        caller,
        review,
        "review.opened",
        {"title": review.title, "purpose": review.purpose, "candidate_count": len(models)},
    )
    return review


def _check_phase(purpose: str, phase_review: str | None) -> None:
    if purpose == "exemplar" and phase_review is None:
        raise refuse("phase_review_required", "#/phase_review", PHASE_REQUIRED)
    if purpose == "model" and phase_review is not None:
        raise refuse("phase_review_forbidden", "#/phase_review", PHASE_FORBIDDEN)


async def update_review(
    session: AsyncSession, ctx: RequestContext, caller: Caller, review: Review, data: ReviewUpdate
) -> Review:
    """Change the meeting's details (If-Match required)."""
    guard_write(ctx, caller, review)
    changes = {k: v for k, v in data.model_dump(exclude_unset=True).items() if v is not None or k == "phase_review"}
    if "phase_review" in changes:
        _check_phase(review.purpose, changes["phase_review"])
    if "place" in changes and changes["place"] is None:
        changes["place"] = ""
    for key, value in changes.items():
        setattr(review, key, value)
    touch(review)
    await session.flush()
    await record(session, ctx, caller, review, "review.updated", {"fields": sorted(changes)})
    return review


async def upload_minutes(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    review: Review,
    form: EvidenceCreate,
    upload: ReceivedUpload,
    file: PreparedFile,
    store: BlobStore,
) -> list[str]:
    """File the minutes in every candidate's dossier, replacing earlier minutes; returns SHA-256s to collect."""
    loaded = await repository.load(session, review.id)
    if not loaded.candidates:
        raise Unprocessable(NO_CANDIDATES, code="no_candidates")
    old = await repository.minutes_rows(session, review.id)
    paths = {m.id: m.unit_path for _, m, _ in loaded.candidates}
    for row in old:
        await session.delete(row)
        await record_event(
            session,
            "evidence.deleted",
            resource_type="evidence",
            resource_id=row.id,
            unit_path=paths.get(row.model_id, review.holding_unit_path),
            actor_id=caller.id,
            request_id=ctx.request_id,
            data={"model_id": row.model_id, "kind": row.kind, "sha256": row.sha256},
            flush=False,
        )
    await session.flush()
    await evidence_service.add_copies(
        session,
        ctx,
        caller,
        [m for _, m, _ in loaded.candidates],
        "review_minutes",
        form,
        upload,
        file,
        store,
        review_id=review.id,
    )
    touch(review)
    await session.flush()
    await record(
        session,
        ctx,
        caller,
        review,
        "review.updated",
        {"change": "minutes", "sha256": file.sha256},
    )
    return sorted({row.sha256 for row in old})


async def close_review(session: AsyncSession, ctx: RequestContext, caller: Caller, review: Review) -> Review:
    """Freeze each candidate's tally and outcome; the review becomes immutable."""
    guard_write(ctx, caller, review)
    loaded = await repository.load(session, review.id)
    if not loaded.candidates:
        raise Unprocessable(NO_CANDIDATES, code="no_candidates")
    if not await repository.minutes_rows(session, review.id):
        raise Unprocessable(MINUTES_MISSING, code="minutes_missing")
    expected = EXPECTED_STATE[review.purpose]
    for _, model, _ in loaded.candidates:
        if model.state != expected:
            raise Conflict(
                WRONG_STATE,
                code="candidate_state",
                _model=model.code,
                _state=model.state,
                _expected=expected,
                model_id=str(model.id),
                state=model.state,
                expected_state=expected,
            )
    counted = tallies(loaded)
    results = []
    for candidate, model, _ in loaded.candidates:
        tally = counted[candidate.id]
        candidate.tally = tally.as_dict()
        candidate.outcome = rules.outcome(review.outcome_rule, tally)
        results.append({"model_id": str(model.id), "code": model.code, "outcome": candidate.outcome})
    review.status = "closed"
    review.closed_at = utcnow()
    review.closed_by_id = caller.id
    await session.flush()
    await record(
        session,
        ctx,
        caller,
        review,
        "review.closed",
        {"outcome_rule": review.outcome_rule, "candidate_count": len(results)},
    )
    return review


async def to_read(session: AsyncSession, caller: Caller, review: Review) -> ReviewRead:
    """The review in full as the caller sees it: members, the candidates whose model the caller sees (the
    others only counted) with their ballots, tallies and outcomes, the minutes."""
    holding = await units.get_unit(session, review.holding_unit_id)
    assert holding is not None
    loaded = await repository.load(session, review.id)
    live = tallies(loaded)
    by_pair = {(v.candidate_id, v.member_id): v for v in loaded.votes}
    closed = review.status == "closed"
    candidates = []
    for candidate, model, unit_name in loaded.candidates:
        votes = []
        for member in loaded.members:
            row = by_pair.get((candidate.id, member.id))
            votes.append(
                {
                    "member_id": member.id,
                    "vote": row.vote if row else None,
                    "recused": bool(row and row.recused),
                    "recusal_reason": row.recusal_reason if row else "",
                }
            )
        tally = candidate.tally if closed and candidate.tally is not None else live[candidate.id].as_dict()
        candidates.append(
            {
                "id": candidate.id,
                "position": candidate.position,
                "model": {
                    "id": model.id,
                    "code": model.code,
                    "name": model.name,
                    "state": model.state,
                    "registrant_unit_name": unit_name,
                },
                "scores": candidate.scores,
                "total_score": candidate.total_score,
                "note": candidate.note,
                "votes": votes,
                "tally": tally,
                "outcome": candidate.outcome if closed else None,
                "provisional_outcome": None if closed else rules.outcome(review.outcome_rule, live[candidate.id]),
            }
        )
    minutes = await repository.minutes_rows(session, review.id)
    first = minutes[0] if minutes else None
    values: dict[str, Any] = {c.key: getattr(review, c.key) for c in Review.__table__.columns}
    values.update(
        holding_unit={"id": holding.id, "code": holding.code, "name": holding.name},
        members=[{c.key: getattr(m, c.key) for c in ReviewMember.__table__.columns} for m in loaded.members],
        candidates=candidates,
        minutes=None
        if first is None
        else {
            "title": first.title,
            "filename": first.original_filename,
            "media_type": first.media_type,
            "size": first.size,
            "sha256": first.sha256,
            "uploaded_at": first.uploaded_at,
            "content_url": f"/api/v1/reviews/{review.id}/minutes/content",
        },
    )
    read = ReviewRead.model_validate(values)
    return read.seen_by(await repository.visible_model_ids(session, caller, review.id))
