"""A review's candidates (the models on its agenda): which models fit, their scores, and their copies of
the minutes."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.core.context import RequestContext
from app.core.errors import Conflict, NotFound, PayloadTooLarge
from app.core.i18n import Text
from app.criteria.schemas import general_total, sorted_scores
from app.events.service import record_event
from app.evidence import repository as evidence_repo
from app.evidence.messages import QUOTA
from app.models import Evidence, RegisteredModel, Review, ReviewCandidate, Unit
from app.policy.principal import Caller
from app.reviews import repository
from app.reviews.guards import guard_write, record, refuse, refuse_all, touch
from app.reviews.recusals import sync_recusals
from app.reviews.schemas import (
    CandidateCreate,
    CandidateUpdate,
)
from app.units import repository as units
from app.workflow.repository import criteria_facts
from app.workflow.scoring import score_problems

MAX_CANDIDATES = 200
UNKNOWN_MODEL = Text("Không tìm thấy mô hình {model_id}.", "Model {model_id} was not found.")
CAMPAIGN_MISMATCH = Text("Mô hình {model} không thuộc phong trào này.", "Model {model} belongs to another campaign.")
YEAR_MISMATCH = Text(
    "Mô hình {model} thuộc năm {model_year}, không phải năm {year} của cuộc họp.",
    "Model {model} is of {model_year}, not the review's year {year}.",
)
WRONG_STATE = Text(
    "Mô hình {model} đang ở trạng thái '{state}'; cuộc họp này chỉ bình xét mô hình '{expected}'.",
    "Model {model} is '{state}'; this review only considers '{expected}' models.",
)
OUT_OF_SCOPE = Text(
    "Mô hình {model} không thuộc phạm vi của đơn vị tổ chức họp.", "Model {model} is outside the holding unit's remit."
)
LEVEL_MISMATCH = Text(
    "Theo phân cấp thẩm quyền, đơn vị tổ chức họp là {roles} đối với mô hình {model}, không phải {level}.",
    "Under the authority policy the holding unit is the {roles} for model {model}, not the {level}.",
)
DUPLICATE = Text("Mô hình {model} đã có trong danh sách bình xét.", "Model {model} is already a candidate.")
CANDIDATE_NOT_FOUND = Text("Không tìm thấy mô hình này trong cuộc họp.", "No such candidate in this review.")
TOO_MANY_CANDIDATES = Text("Cuộc họp có tối đa {max} mô hình.", "A review has at most {max} candidates.")
EXPECTED_STATE = {"model": "surveyed", "exemplar": "nominated"}
# A review's level and the stored authority unit of a model that holds it at that level (derivation order).
LEVEL_ROLES = (
    ("deciding_body", "deciding_unit_id"),
    ("cell", "reviewing_unit_id"),
    ("standing_board", "proposing_unit_id"),
)


async def candidate_model(
    session: AsyncSession, caller: Caller, review: Review, holding: Unit, model_id: uuid.UUID, pointer: str
) -> RegisteredModel:
    """The model a new candidate stands for, once it fits the review; 422/409 otherwise."""
    model = await repository.visible_model(session, caller, model_id)
    if model is None:
        raise refuse("unknown_model", f"{pointer}/model_id", UNKNOWN_MODEL, model_id=model_id)
    if model.campaign_id != review.campaign_id:
        raise refuse("candidate_campaign_mismatch", f"{pointer}/model_id", CAMPAIGN_MISMATCH, model=model.code)
    if review.purpose == "model" and model.year != review.year:
        raise refuse(
            "candidate_campaign_mismatch",
            f"{pointer}/model_id",
            YEAR_MISMATCH,
            model=model.code,
            model_year=model.year,
            year=review.year,
        )
    expected = EXPECTED_STATE[review.purpose]
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
            pointer=f"{pointer}/model_id",
        )
    levels = levels_held(model, holding.id)
    if not (model.unit_path.startswith(holding.path) or levels):
        raise refuse("candidate_out_of_scope", f"{pointer}/model_id", OUT_OF_SCOPE, model=model.code)
    _check_level(review, model, levels, pointer)
    return model


def levels_held(model: RegisteredModel, unit_id: int) -> list[str]:
    """The levels a unit holding a review of this model is at, from the model's stored authority answer:
    `deciding_body` (it decides), `cell` (it reviews), `standing_board` (it proposes), in that order."""
    return [level for level, column in LEVEL_ROLES if getattr(model, column) == unit_id]


def _check_level(review: Review, model: RegisteredModel, levels: list[str], pointer: str) -> None:
    """A review without a level takes the first one its holding unit plays for a candidate; a candidate for
    which the holding unit plays roles, none of them the review's level, is refused (422)."""
    if not levels:
        return
    if review.level is None:
        review.level = levels[0]
    elif review.level not in levels:
        raise refuse(
            "review_level_mismatch",
            f"{pointer}/model_id",
            LEVEL_MISMATCH,
            model=model.code,
            roles=", ".join(levels),
            level=review.level,
        )


async def scores_of(
    session: AsyncSession, model: RegisteredModel | None, data: CandidateCreate | CandidateUpdate, pointer: str
) -> tuple[list[dict[str, Any]] | None, float | None]:
    """A candidate's scores as stored (general by position, then the campaign's own) and the general total
    (None, None when not given); a code the campaign does not score the model's field on is refused (422)."""
    if data.scores is None:
        return None, None
    scores = [s.model_dump(mode="json") for s in data.scores]
    if model is not None:
        facts = await criteria_facts(session, model)
        refuse_all(
            [
                {
                    "code": "invalid_criterion_score",
                    "pointer": f"{pointer}/scores/{p.index}",
                    "detail": p.message.render(**p.params),
                }
                for p in score_problems(scores, facts, complete=False)
            ]
        )
    return sorted_scores(scores), general_total(scores)


async def _check_quota(session: AsyncSession, model_id: uuid.UUID, size: int) -> None:
    quota = get_settings().model_quota_bytes
    used = await evidence_repo.total_size(session, model_id)
    if used + size > quota:
        raise PayloadTooLarge(
            QUOTA, code="model_quota_exceeded", _quota=quota, quota_bytes=quota, used_bytes=used, file_bytes=size
        )


async def _candidate(session: AsyncSession, review: Review, candidate_id: uuid.UUID) -> ReviewCandidate:
    candidate = await repository.candidate_by_id(session, candidate_id)
    if candidate is None or candidate.review_id != review.id:
        raise NotFound(CANDIDATE_NOT_FOUND, code="candidate_not_found")
    return candidate


async def add_candidate(
    session: AsyncSession, ctx: RequestContext, caller: Caller, review: Review, data: CandidateCreate
) -> ReviewCandidate:
    """Put a model on the agenda; recusals follow and the minutes (if any) are filed in its dossier too."""
    guard_write(ctx, caller, review)
    holding = await units.get_unit(session, review.holding_unit_id)
    assert holding is not None
    model = await candidate_model(session, caller, review, holding, data.model_id, "#")
    loaded = await repository.load(session, review.id)
    if any(m.id == model.id for _, m, _ in loaded.candidates):
        raise refuse("duplicate_candidate", "#/model_id", DUPLICATE, model=model.code)
    if len(loaded.candidates) >= MAX_CANDIDATES:
        raise refuse("too_many_candidates", "#", TOO_MANY_CANDIDATES, max=MAX_CANDIDATES)
    scores, total = await scores_of(session, model, data, "#")
    position = max((c.position for c, _, _ in loaded.candidates), default=-1) + 1
    candidate = ReviewCandidate(
        review_id=review.id, model_id=model.id, position=position, scores=scores, total_score=total, note=data.note
    )
    session.add(candidate)
    await sync_recusals(session, review)
    minutes = await repository.minutes_rows(session, review.id)
    if minutes:
        template = minutes[0]
        await _check_quota(session, model.id, template.size)
        copy = Evidence(
            model_id=model.id,
            kind="review_minutes",
            title=template.title,
            description=template.description,
            original_filename=template.original_filename,
            media_type=template.media_type,
            size=template.size,
            sha256=template.sha256,
            uploaded_by_id=template.uploaded_by_id,
            model_state=model.state,
            review_id=review.id,
        )
        session.add(copy)
        await session.flush()
        await record_event(
            session,
            "evidence.added",
            resource_type="evidence",
            resource_id=copy.id,
            unit_path=model.unit_path,
            actor_id=caller.id,
            request_id=ctx.request_id,
            data={
                "model_id": str(model.id),
                "kind": "review_minutes",
                "sha256": copy.sha256,
                "review_id": str(review.id),
                "decision_id": None,
            },
        )
    touch(review)
    await session.flush()
    await record(
        session,
        ctx,
        caller,
        review,
        "review.updated",
        {"change": "candidate_added", "candidate_id": str(candidate.id)},
    )
    return candidate


async def update_candidate(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    review: Review,
    candidate_id: uuid.UUID,
    data: CandidateUpdate,
) -> ReviewCandidate:
    """Change a candidate's agreed scores or note (If-Match required)."""
    guard_write(ctx, caller, review)
    candidate = await _candidate(session, review, candidate_id)
    changes = data.model_dump(exclude_unset=True)
    if "scores" in changes:
        model = await repository.visible_model(session, caller, candidate.model_id)
        candidate.scores, candidate.total_score = await scores_of(session, model, data, "#")
    if "note" in changes:
        candidate.note = data.note or ""
    touch(review)
    await session.flush()
    await record(
        session,
        ctx,
        caller,
        review,
        "review.updated",
        {"change": "candidate_updated", "candidate_id": str(candidate.id), "fields": sorted(changes)},
    )
    return candidate


async def remove_candidate(
    session: AsyncSession, ctx: RequestContext, caller: Caller, review: Review, candidate_id: uuid.UUID
) -> list[str]:
    """Take a model off the agenda with its ballots and its copy of the minutes; returns SHA-256s to collect."""
    guard_write(ctx, caller, review)
    candidate = await _candidate(session, review, candidate_id)
    copies = await repository.minutes_copies(session, review.id, candidate.model_id)
    loaded = await repository.load(session, review.id)
    model = next(m for c, m, _ in loaded.candidates if c.id == candidate.id)
    for row in copies:
        await session.delete(row)
        await record_event(
            session,
            "evidence.deleted",
            resource_type="evidence",
            resource_id=row.id,
            unit_path=model.unit_path,
            actor_id=caller.id,
            request_id=ctx.request_id,
            data={"model_id": row.model_id, "kind": row.kind, "sha256": row.sha256},
            flush=False,
        )
    await repository.delete_candidate_votes(session, candidate.id)
    await session.delete(candidate)
    touch(review)
    await session.flush()
    await record(
        session,
        ctx,
        caller,
        review,
        "review.updated",
        {"change": "candidate_removed", "candidate_id": str(candidate_id)},
    )
    return sorted({row.sha256 for row in copies})
