"""Review meetings (bình xét): who may hold them, their members, candidates, ballot, minutes and closing.

Who may write: a mobiliser (REVIEW_MODELS) whose scope covers the holding unit, or an authority (DECIDE)
whose scope covers it. Everything is editable until the review closes; a closed review is immutable
(409 `review_closed`). Every change moves the review's version (its ETag).

Recusal is automatic: a member of the registrant unit of a candidate, the user who registered it, or (for an
individual registrant) a member with the registrant's name stands aside for that candidate and cannot vote
on it; such a recusal cannot be lifted. Members can also be recused by hand (and that can be lifted).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from fastapi import Request
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.dependencies import Caller
from app.campaigns import repository as campaigns
from app.core.config import get_settings
from app.core.errors import Conflict, Forbidden, NotFound, PayloadTooLarge, Unprocessable
from app.core.http import require_if_match, require_if_match_header
from app.core.i18n import Text
from app.core.search import fold
from app.events.service import record_event
from app.evidence import repository as evidence_repo
from app.evidence import service as evidence_service
from app.evidence.schemas import EvidenceCreate
from app.evidence.service import PreparedFile
from app.evidence.upload import ReceivedUpload
from app.models import Evidence, RegisteredModel, Review, ReviewCandidate, ReviewMember, ReviewVote, Unit, User
from app.models.base import utcnow
from app.policy.permissions import Permission
from app.registry.repository import visible_to as model_visible_to
from app.reviews import outcome as rules
from app.reviews import repository
from app.reviews.schemas import (
    BallotEntry,
    BallotUpdate,
    CandidateCreate,
    CandidateUpdate,
    MemberCreate,
    MemberUpdate,
    RecusalEntry,
    ReviewCreate,
    ReviewRead,
    ReviewUpdate,
)
from app.storage import BlobStore

MAX_MEMBERS = 100
MAX_CANDIDATES = 200

NOT_PERMITTED = Text(
    "Chỉ cán bộ dân vận hoặc cấp có thẩm quyền phụ trách đơn vị tổ chức mới được lập và sửa cuộc họp bình xét.",
    "Only a mass-mobilisation officer or the competent authority over the holding unit may hold and edit a review.",
)
CLOSED = Text("Cuộc họp bình xét đã kết thúc; không thể thay đổi.", "The review is closed; it cannot be changed.")
UNKNOWN_UNIT = Text("Không tìm thấy đơn vị {unit_id} trong phạm vi của bạn.", "Unit {unit_id} is not in your scope.")
UNKNOWN_CAMPAIGN = Text("Không tìm thấy phong trào (giai đoạn) này.", "The campaign was not found.")
UNKNOWN_CYCLE = Text("Phong trào không có chu kỳ năm {year}.", "The campaign has no cycle for {year}.")
PHASE_REQUIRED = Text("Vòng bình xét điển hình phải ghi rõ sơ kết (interim) hay tổng kết (final).",
                      "An exemplar review must say whether it is the interim or the final review.")
PHASE_FORBIDDEN = Text("Chỉ vòng bình xét điển hình mới có sơ kết/tổng kết.",
                       "Only exemplar reviews are interim or final reviews.")
MEMBER_UNIT = Text("Không tìm thấy đơn vị {unit_id}.", "Unit {unit_id} was not found.")
MEMBER_USER = Text("Không tìm thấy người dùng {user_id}.", "User {user_id} was not found.")
UNKNOWN_MODEL = Text("Không tìm thấy mô hình {model_id}.", "Model {model_id} was not found.")
CAMPAIGN_MISMATCH = Text("Mô hình {model} không thuộc phong trào này.", "Model {model} belongs to another campaign.")
YEAR_MISMATCH = Text("Mô hình {model} thuộc năm {model_year}, không phải năm {year} của cuộc họp.",
                     "Model {model} is of {model_year}, not the review's year {year}.")
WRONG_STATE = Text("Mô hình {model} đang ở trạng thái '{state}'; cuộc họp này chỉ bình xét mô hình '{expected}'.",
                   "Model {model} is '{state}'; this review only considers '{expected}' models.")
OUT_OF_SCOPE = Text("Mô hình {model} không thuộc phạm vi của đơn vị tổ chức họp.",
                    "Model {model} is outside the holding unit's remit.")
DUPLICATE = Text("Mô hình {model} đã có trong danh sách bình xét.", "Model {model} is already a candidate.")
NO_CANDIDATES = Text("Cuộc họp chưa có mô hình nào được bình xét.", "The review has no candidates.")
MINUTES_MISSING = Text("Chưa tải lên biên bản họp bình xét.", "The review's minutes have not been uploaded.")
MEMBER_NOT_FOUND = Text("Không tìm thấy thành viên này trong cuộc họp.", "No such member in this review.")
CANDIDATE_NOT_FOUND = Text("Không tìm thấy mô hình này trong cuộc họp.", "No such candidate in this review.")
LAST_MEMBER = Text("Cuộc họp phải có ít nhất một thành viên.", "A review needs at least one member.")
TOO_MANY_MEMBERS = Text("Cuộc họp có tối đa {max} thành viên.", "A review has at most {max} members.")
TOO_MANY_CANDIDATES = Text("Cuộc họp có tối đa {max} mô hình.", "A review has at most {max} candidates.")
BALLOT_MEMBER = Text("Thành viên không thuộc cuộc họp này.", "The member is not part of this review.")
BALLOT_CANDIDATE = Text("Mô hình không có trong cuộc họp này.", "The candidate is not part of this review.")
BALLOT_DUPLICATE = Text("Một thành viên chỉ có một phiếu cho mỗi mô hình.",
                        "A member has one ballot per candidate.")
MEMBER_RECUSED = Text("Thành viên {name} không được biểu quyết mô hình này: {reason}",
                      "{name} is recused for this candidate and cannot vote on it: {reason}")
MEMBER_ABSENT = Text("Thành viên {name} vắng mặt nên không biểu quyết.", "{name} is absent and cannot vote.")
RECUSAL_AUTOMATIC = Text("Không thể bỏ việc không biểu quyết tự động của thành viên {name}.",
                         "The automatic recusal of {name} cannot be lifted.")
QUOTA = Text("Hồ sơ của mô hình vượt dung lượng cho phép ({quota} byte).",
             "The model's files would exceed its quota ({quota} bytes).")

# Automatic recusals, stored in Vietnamese (the record of the meeting is in Vietnamese).
AUTO_UNIT = "Thành viên thuộc đơn vị đăng ký mô hình nên tự động không biểu quyết."
AUTO_USER = "Thành viên là người đăng ký mô hình nên tự động không biểu quyết."
AUTO_NAME = "Thành viên là cá nhân đăng ký mô hình nên tự động không biểu quyết."
AUTO_REASONS = frozenset({AUTO_UNIT, AUTO_USER, AUTO_NAME})
MANUAL_DEFAULT = "Thành viên xin không biểu quyết."

EXPECTED_STATE = {"model": "surveyed", "exemplar": "nominated"}


def _error(code: str, pointer: str, text: Text, **params: Any) -> dict[str, Any]:
    return {"code": code, "pointer": pointer, "detail": text.render(**params)}


def _refuse(code: str, pointer: str, text: Text, **params: Any) -> Unprocessable:
    return Unprocessable(text, code=code, errors=[_error(code, pointer, text, **params)],
                         **{f"_{k}": v for k, v in params.items()})


def _refuse_all(errors: list[dict[str, Any]]) -> None:
    """422 listing every problem; the top-level code is the first problem's."""
    if errors:
        first = errors[0]
        raise Unprocessable(Text(first["detail"], first["detail"]), code=first["code"], errors=errors)


# ---- rules ---------------------------------------------------------------------------------------------------


def may_edit(caller: Caller, holding_unit_path: str) -> bool:
    """A mobiliser or an authority whose scope covers the holding unit."""
    return (caller.scope.covers(holding_unit_path, Permission.REVIEW_MODELS)
            or caller.scope.covers(holding_unit_path, Permission.DECIDE))


def require_editor(caller: Caller, review: Review) -> None:
    """403 unless the caller may write this (visible) review."""
    if not may_edit(caller, review.holding_unit_path):
        raise Forbidden(NOT_PERMITTED, code="review_not_permitted")


def require_open(review: Review) -> None:
    """409 once the review is closed."""
    if review.status == "closed":
        raise Conflict(CLOSED, code="review_closed")


def guard_write(request: Request, caller: Caller, review: Review) -> None:
    """The checks every write makes, in order: role (403), If-Match (428 without it, 412 when stale), open (409)."""
    require_editor(caller, review)
    require_if_match(request, review.version)
    require_open(review)


def precheck_write(request: Request, caller: Caller, review: Review) -> None:
    """guard_write before an upload's body is read: the version is compared only once the review is locked,
    after the Idempotency-Key's replay (a retry of a stored upload replays its answer, not 412)."""
    require_editor(caller, review)
    require_if_match_header(request)
    require_open(review)


def auto_recusal(member: ReviewMember, model: RegisteredModel) -> str | None:
    """Why a member must stand aside for a model, or None."""
    if member.unit_id is not None and member.unit_id == model.registrant_unit_id:
        return AUTO_UNIT
    if member.user_id is not None and member.user_id == model.created_by_id:
        return AUTO_USER
    if (model.registrant_kind == "individual" and model.individual_name
            and fold(member.full_name) == fold(model.individual_name)):
        return AUTO_NAME
    return None


def _touch(review: Review) -> None:
    """Mark the review changed: the next flush moves its version."""
    review.updated_at = utcnow()


async def _event(session: AsyncSession, request: Request, caller: Caller, review: Review, type_: str,
                 data: dict[str, Any]) -> None:
    await record_event(session, type_, resource_type="review", resource_id=review.id,
                       unit_path=review.holding_unit_path, actor_id=caller.id,
                       request_id=getattr(request.state, "request_id", None), data=data)


# ---- checks on members and candidates ---------------------------------------------------------------------------


async def _check_members(session: AsyncSession, members: list[tuple[str, int | None, uuid.UUID | None]]) -> None:
    """422 for member units or users that do not exist; members are (pointer prefix, unit_id, user_id)."""
    unit_ids = {u for _, u, _ in members if u is not None}
    user_ids = {u for _, _, u in members if u is not None}
    units = set(await session.scalars(select(Unit.id).where(Unit.id.in_(unit_ids)))) if unit_ids else set()
    users = set(await session.scalars(select(User.id).where(User.id.in_(user_ids)))) if user_ids else set()
    errors: list[dict[str, Any]] = []
    for prefix, unit_id, user_id in members:
        if unit_id is not None and unit_id not in units:
            errors.append(_error("unknown_unit", f"{prefix}/unit_id", MEMBER_UNIT, unit_id=unit_id))
        if user_id is not None and user_id not in users:
            errors.append(_error("unknown_user", f"{prefix}/user_id", MEMBER_USER, user_id=user_id))
    _refuse_all(errors)


async def _candidate_model(session: AsyncSession, caller: Caller, review: Review, holding: Unit,
                           model_id: uuid.UUID, pointer: str) -> RegisteredModel:
    """The model a new candidate stands for, once it fits the review; 422/409 otherwise."""
    model = (await session.execute(
        select(RegisteredModel).where(RegisteredModel.id == model_id, model_visible_to(caller))
    )).scalar_one_or_none()
    if model is None:
        raise _refuse("unknown_model", f"{pointer}/model_id", UNKNOWN_MODEL, model_id=model_id)
    if model.campaign_id != review.campaign_id:
        raise _refuse("candidate_campaign_mismatch", f"{pointer}/model_id", CAMPAIGN_MISMATCH, model=model.code)
    if review.purpose == "model" and model.year != review.year:
        raise _refuse("candidate_campaign_mismatch", f"{pointer}/model_id", YEAR_MISMATCH, model=model.code,
                      model_year=model.year, year=review.year)
    expected = EXPECTED_STATE[review.purpose]
    if model.state != expected:
        raise Conflict(WRONG_STATE, code="candidate_state", _model=model.code, _state=model.state,
                       _expected=expected, model_id=str(model.id), state=model.state, expected_state=expected,
                       pointer=f"{pointer}/model_id")
    if not (model.unit_path.startswith(holding.path) or model.deciding_unit_id == holding.id):
        raise _refuse("candidate_out_of_scope", f"{pointer}/model_id", OUT_OF_SCOPE, model=model.code)
    return model


def _scores(data: CandidateCreate | CandidateUpdate) -> tuple[list[dict[str, Any]] | None, float | None]:
    if data.scores is None:
        return None, None
    scores = sorted((s.model_dump(mode="json") for s in data.scores), key=lambda s: s["criterion"])
    return scores, float(sum(s["score"] for s in scores))


async def _check_quota(session: AsyncSession, model_id: uuid.UUID, size: int) -> None:
    quota = get_settings().model_quota_bytes
    used = await evidence_repo.total_size(session, model_id)
    if used + size > quota:
        raise PayloadTooLarge(QUOTA, code="model_quota_exceeded", _quota=quota, quota_bytes=quota, used_bytes=used,
                              file_bytes=size)


async def sync_recusals(session: AsyncSession, review: Review) -> None:
    """Make the automatic recusals match the members and candidates as they are now.

    A pair that must stand aside gets a recused row (any vote is dropped); a pair that no longer must
    (a member's unit changed) loses its automatic recusal. Recusals made by hand are left alone.
    """
    await session.flush()
    loaded = await repository.load(session, review.id)
    rows = {(v.candidate_id, v.member_id): v for v in loaded.votes}
    for candidate, model, _ in loaded.candidates:
        for member in loaded.members:
            reason = auto_recusal(member, model)
            row = rows.get((candidate.id, member.id))
            if reason is not None:
                if row is None:
                    session.add(ReviewVote(review_id=review.id, candidate_id=candidate.id, member_id=member.id,
                                           vote=None, recused=True, recusal_reason=reason))
                elif not row.recused or row.recusal_reason != reason:
                    row.vote, row.recused, row.recusal_reason = None, True, reason
            elif row is not None and row.recused and row.recusal_reason in AUTO_REASONS:
                await session.delete(row)
    await session.flush()


# ---- create / update ----------------------------------------------------------------------------------------


async def create_review(session: AsyncSession, request: Request, caller: Caller, data: ReviewCreate) -> Review:
    """Open a review with its members and (optionally) its first candidates."""
    holding = await session.get(Unit, data.holding_unit_id)
    if holding is None or not holding.is_active or not caller.scope.covers(holding.path, Permission.READ):
        raise _refuse("unknown_unit", "#/holding_unit_id", UNKNOWN_UNIT, unit_id=data.holding_unit_id)
    if not may_edit(caller, holding.path):
        raise Forbidden(NOT_PERMITTED, code="review_not_permitted")
    campaign = await campaigns.get_campaign(session, data.campaign_id, caller.scope.paths(Permission.READ))
    if campaign is None:
        raise _refuse("unknown_campaign", "#/campaign_id", UNKNOWN_CAMPAIGN)
    if data.year not in {c.year for c in campaign.cycles}:
        raise _refuse("unknown_cycle", "#/year", UNKNOWN_CYCLE, year=data.year)
    _check_phase(data.purpose, data.phase_review)
    await _check_members(session, [(f"#/members/{i}", m.unit_id, m.user_id) for i, m in enumerate(data.members)])
    review = Review(
        holding_unit_id=holding.id, holding_unit_path=holding.path, campaign_id=campaign.id, year=data.year,
        purpose=data.purpose, phase_review=data.phase_review, title=data.title, held_on=data.held_on,
        place=data.place, chair=data.chair, secretary=data.secretary, outcome_rule=data.outcome_rule,
        status="open", created_by_id=caller.id,
    )
    models: list[RegisteredModel] = []
    seen: set[uuid.UUID] = set()
    for i, c in enumerate(data.candidates):
        model = await _candidate_model(session, caller, review, holding, c.model_id, f"#/candidates/{i}")
        if model.id in seen:
            raise _refuse("duplicate_candidate", f"#/candidates/{i}/model_id", DUPLICATE, model=model.code)
        seen.add(model.id)
        models.append(model)
    session.add(review)
    await session.flush()
    for i, m in enumerate(data.members):
        session.add(ReviewMember(review_id=review.id, position=i, **m.model_dump()))
    for i, (c, model) in enumerate(zip(data.candidates, models, strict=True)):
        scores, total = _scores(c)
        session.add(ReviewCandidate(review_id=review.id, model_id=model.id, position=i, scores=scores,
                                    total_score=total, note=c.note))
    await sync_recusals(session, review)
    await _event(session, request, caller, review, "review.created",
                 {"title": review.title, "purpose": review.purpose, "candidates": [str(m.id) for m in models]})
    return review


def _check_phase(purpose: str, phase_review: str | None) -> None:
    if purpose == "exemplar" and phase_review is None:
        raise _refuse("phase_review_required", "#/phase_review", PHASE_REQUIRED)
    if purpose == "model" and phase_review is not None:
        raise _refuse("phase_review_forbidden", "#/phase_review", PHASE_FORBIDDEN)


async def update_review(session: AsyncSession, request: Request, caller: Caller, review: Review,
                        data: ReviewUpdate) -> Review:
    """Change the meeting's details (If-Match required)."""
    guard_write(request, caller, review)
    changes = {k: v for k, v in data.model_dump(exclude_unset=True).items()
               if v is not None or k == "phase_review"}
    if "phase_review" in changes:
        _check_phase(review.purpose, changes["phase_review"])
    if "place" in changes and changes["place"] is None:
        changes["place"] = ""
    for key, value in changes.items():
        setattr(review, key, value)
    _touch(review)
    await session.flush()
    await _event(session, request, caller, review, "review.updated", {"fields": sorted(changes)})
    return review


# ---- members ------------------------------------------------------------------------------------------------


async def _member(session: AsyncSession, review: Review, member_id: uuid.UUID) -> ReviewMember:
    member = await session.get(ReviewMember, member_id)
    if member is None or member.review_id != review.id:
        raise NotFound(MEMBER_NOT_FOUND, code="member_not_found")
    return member


async def add_member(session: AsyncSession, request: Request, caller: Caller, review: Review,
                     data: MemberCreate) -> ReviewMember:
    """Add a member; their automatic recusals follow."""
    guard_write(request, caller, review)
    await _check_members(session, [("#", data.unit_id, data.user_id)])
    loaded = await repository.load(session, review.id)
    if len(loaded.members) >= MAX_MEMBERS:
        raise _refuse("too_many_members", "#", TOO_MANY_MEMBERS, max=MAX_MEMBERS)
    position = max((m.position for m in loaded.members), default=-1) + 1
    member = ReviewMember(review_id=review.id, position=position, **data.model_dump())
    session.add(member)
    await sync_recusals(session, review)
    _touch(review)
    await session.flush()
    await _event(session, request, caller, review, "review.updated",
                 {"change": "member_added", "member_id": str(member.id)})
    return member


async def update_member(session: AsyncSession, request: Request, caller: Caller, review: Review,
                        member_id: uuid.UUID, data: MemberUpdate) -> ReviewMember:
    """Change a member (If-Match required); an absent member's votes are cleared, recusals follow."""
    guard_write(request, caller, review)
    member = await _member(session, review, member_id)
    changes = data.model_dump(exclude_unset=True)
    for key in ("full_name", "present"):
        if key in changes and changes[key] is None:
            changes.pop(key)
    for key in ("title", "absence_reason"):
        if key in changes and changes[key] is None:
            changes[key] = ""
    await _check_members(session, [("#", changes.get("unit_id"), changes.get("user_id"))])
    for key, value in changes.items():
        setattr(member, key, value)
    if changes.get("present") is False:
        await session.execute(delete(ReviewVote).where(ReviewVote.member_id == member.id,
                                                       ReviewVote.recused.is_(False)))
    await sync_recusals(session, review)
    _touch(review)
    await session.flush()
    await _event(session, request, caller, review, "review.updated",
                 {"change": "member_updated", "member_id": str(member.id), "fields": sorted(changes)})
    return member


async def remove_member(session: AsyncSession, request: Request, caller: Caller, review: Review,
                        member_id: uuid.UUID) -> None:
    """Remove a member and their ballots (at least one member stays)."""
    guard_write(request, caller, review)
    member = await _member(session, review, member_id)
    loaded = await repository.load(session, review.id)
    if len(loaded.members) <= 1:
        raise Unprocessable(LAST_MEMBER, code="last_member")
    await session.execute(delete(ReviewVote).where(ReviewVote.member_id == member.id))
    await session.delete(member)
    _touch(review)
    await session.flush()
    await _event(session, request, caller, review, "review.updated",
                 {"change": "member_removed", "member_id": str(member_id)})


# ---- candidates ---------------------------------------------------------------------------------------------


async def _candidate(session: AsyncSession, review: Review, candidate_id: uuid.UUID) -> ReviewCandidate:
    candidate = await session.get(ReviewCandidate, candidate_id)
    if candidate is None or candidate.review_id != review.id:
        raise NotFound(CANDIDATE_NOT_FOUND, code="candidate_not_found")
    return candidate


async def add_candidate(session: AsyncSession, request: Request, caller: Caller, review: Review,
                        data: CandidateCreate) -> ReviewCandidate:
    """Put a model on the agenda; recusals follow and the minutes (if any) are filed in its dossier too."""
    guard_write(request, caller, review)
    holding = await session.get(Unit, review.holding_unit_id)
    assert holding is not None
    model = await _candidate_model(session, caller, review, holding, data.model_id, "#")
    loaded = await repository.load(session, review.id)
    if any(m.id == model.id for _, m, _ in loaded.candidates):
        raise _refuse("duplicate_candidate", "#/model_id", DUPLICATE, model=model.code)
    if len(loaded.candidates) >= MAX_CANDIDATES:
        raise _refuse("too_many_candidates", "#", TOO_MANY_CANDIDATES, max=MAX_CANDIDATES)
    scores, total = _scores(data)
    position = max((c.position for c, _, _ in loaded.candidates), default=-1) + 1
    candidate = ReviewCandidate(review_id=review.id, model_id=model.id, position=position, scores=scores,
                                total_score=total, note=data.note)
    session.add(candidate)
    await sync_recusals(session, review)
    minutes = await repository.minutes_rows(session, review.id)
    if minutes:
        template = minutes[0]
        await _check_quota(session, model.id, template.size)
        copy = Evidence(
            model_id=model.id, kind="review_minutes", title=template.title, description=template.description,
            original_filename=template.original_filename, media_type=template.media_type, size=template.size,
            sha256=template.sha256, uploaded_by_id=template.uploaded_by_id, model_state=model.state,
            review_id=review.id,
        )
        session.add(copy)
        await session.flush()
        await record_event(session, "evidence.added", resource_type="evidence", resource_id=copy.id,
                           unit_path=model.unit_path, actor_id=caller.id,
                           request_id=getattr(request.state, "request_id", None),
                           data={"model_id": str(model.id), "kind": "review_minutes", "sha256": copy.sha256,
                                 "review_id": str(review.id), "decision_id": None})
    _touch(review)
    await session.flush()
    await _event(session, request, caller, review, "review.updated",
                 {"change": "candidate_added", "candidate_id": str(candidate.id), "model_id": str(model.id)})
    return candidate


async def update_candidate(session: AsyncSession, request: Request, caller: Caller, review: Review,
                           candidate_id: uuid.UUID, data: CandidateUpdate) -> ReviewCandidate:
    """Change a candidate's agreed scores or note (If-Match required)."""
    guard_write(request, caller, review)
    candidate = await _candidate(session, review, candidate_id)
    changes = data.model_dump(exclude_unset=True)
    if "scores" in changes:
        candidate.scores, candidate.total_score = _scores(data)
    if "note" in changes:
        candidate.note = data.note or ""
    _touch(review)
    await session.flush()
    await _event(session, request, caller, review, "review.updated",
                 {"change": "candidate_updated", "candidate_id": str(candidate.id), "fields": sorted(changes)})
    return candidate


async def remove_candidate(session: AsyncSession, request: Request, caller: Caller, review: Review,
                           candidate_id: uuid.UUID) -> list[str]:
    """Take a model off the agenda with its ballots and its copy of the minutes; returns SHA-256s to collect."""
    guard_write(request, caller, review)
    candidate = await _candidate(session, review, candidate_id)
    copies = list(await session.scalars(select(Evidence).where(
        Evidence.review_id == review.id, Evidence.model_id == candidate.model_id)))
    for row in copies:
        await session.delete(row)
    await session.execute(delete(ReviewVote).where(ReviewVote.candidate_id == candidate.id))
    await session.delete(candidate)
    _touch(review)
    await session.flush()
    await _event(session, request, caller, review, "review.updated",
                 {"change": "candidate_removed", "candidate_id": str(candidate_id),
                  "model_id": str(candidate.model_id)})
    return sorted({row.sha256 for row in copies})


# ---- the ballot ---------------------------------------------------------------------------------------------


async def record_ballot(session: AsyncSession, request: Request, caller: Caller, review: Review,
                        data: BallotUpdate) -> None:
    """Upsert votes and recusals, all or nothing: every entry is checked before anything is written."""
    guard_write(request, caller, review)
    loaded = await repository.load(session, review.id)
    members = {m.id: m for m in loaded.members}
    models = {c.id: m for c, m, _ in loaded.candidates}
    errors: list[dict[str, Any]] = []
    groups: list[tuple[str, Sequence[BallotEntry | RecusalEntry]]] = [("recusals", data.recusals),
                                                                        ("votes", data.votes)]
    for name, entries in groups:
        seen: set[tuple[uuid.UUID, uuid.UUID]] = set()
        for i, entry in enumerate(entries):
            if entry.member_id not in members:
                errors.append(_error("unknown_member", f"#/{name}/{i}/member_id", BALLOT_MEMBER))
            if entry.candidate_id not in models:
                errors.append(_error("unknown_candidate", f"#/{name}/{i}/candidate_id", BALLOT_CANDIDATE))
            pair = (entry.candidate_id, entry.member_id)
            if pair in seen:
                errors.append(_error("duplicate_ballot_entry", f"#/{name}/{i}", BALLOT_DUPLICATE))
            seen.add(pair)
    _refuse_all(errors)

    # (candidate, member) -> (vote, recused, reason): the ballot as it will be.
    rows = {(v.candidate_id, v.member_id): v for v in loaded.votes}
    state = {key: (v.vote, v.recused, v.recusal_reason) for key, v in rows.items()}
    for i, r in enumerate(data.recusals):
        key = (r.candidate_id, r.member_id)
        member = members[r.member_id]
        automatic = auto_recusal(member, models[r.candidate_id])
        if r.recused:
            if automatic is None:
                state[key] = (None, True, r.reason or MANUAL_DEFAULT)
        elif automatic is not None:
            raise Conflict(RECUSAL_AUTOMATIC, code="recusal_automatic", _name=member.full_name,
                           pointer=f"#/recusals/{i}")
        elif key in state and state[key][1]:
            state[key] = (None, False, "")
    for i, v in enumerate(data.votes):
        key = (v.candidate_id, v.member_id)
        member = members[v.member_id]
        current = state.get(key)
        if current is not None and current[1]:
            if v.vote is None:
                continue
            raise Conflict(MEMBER_RECUSED, code="member_recused", _name=member.full_name, _reason=current[2],
                           member_id=str(member.id), candidate_id=str(v.candidate_id), pointer=f"#/votes/{i}")
        if not member.present and v.vote is not None:
            raise _refuse("member_absent", f"#/votes/{i}/member_id", MEMBER_ABSENT, name=member.full_name)
        state[key] = (v.vote, False, "")

    for key, (vote, recused, reason) in state.items():
        row = rows.get(key)
        if vote is None and not recused:
            if row is not None:
                await session.delete(row)
        elif row is None:
            session.add(ReviewVote(review_id=review.id, candidate_id=key[0], member_id=key[1], vote=vote,
                                   recused=recused, recusal_reason=reason))
        elif (row.vote, row.recused, row.recusal_reason) != (vote, recused, reason):
            row.vote, row.recused, row.recusal_reason = vote, recused, reason
    _touch(review)
    await session.flush()
    await _event(session, request, caller, review, "review.updated",
                 {"change": "ballot", "votes": len(data.votes), "recusals": len(data.recusals)})


def tallies(loaded: repository.Loaded) -> dict[uuid.UUID, rules.Tally]:
    """Each candidate's live tally."""
    by_pair = {(v.candidate_id, v.member_id): v for v in loaded.votes}
    out: dict[uuid.UUID, rules.Tally] = {}
    for candidate, _, _ in loaded.candidates:
        ballots: list[str | None] = []
        recused = 0
        for member in loaded.members:
            row = by_pair.get((candidate.id, member.id))
            if row is not None and row.recused:
                recused += 1
            elif member.present:
                ballots.append(row.vote if row is not None else None)
        out[candidate.id] = rules.count(ballots, recused=recused)
    return out


# ---- minutes and closing ------------------------------------------------------------------------------------


async def upload_minutes(session: AsyncSession, request: Request, caller: Caller, review: Review,
                         form: EvidenceCreate, upload: ReceivedUpload, file: PreparedFile, store: BlobStore
                         ) -> list[str]:
    """File the minutes in every candidate's dossier, replacing earlier minutes; returns SHA-256s to collect."""
    loaded = await repository.load(session, review.id)
    if not loaded.candidates:
        raise Unprocessable(NO_CANDIDATES, code="no_candidates")
    old = await repository.minutes_rows(session, review.id)
    for row in old:
        await session.delete(row)
    await session.flush()
    rows = await evidence_service.add_copies(session, request, caller, [m for _, m, _ in loaded.candidates],
                                             "review_minutes", form, upload, file, store, review_id=review.id)
    _touch(review)
    await session.flush()
    await _event(session, request, caller, review, "review.updated",
                 {"change": "minutes", "sha256": file.sha256, "evidence_ids": [str(e.id) for e in rows]})
    return sorted({row.sha256 for row in old})


async def close_review(session: AsyncSession, request: Request, caller: Caller, review: Review) -> Review:
    """Freeze each candidate's tally and outcome; the review becomes immutable."""
    guard_write(request, caller, review)
    loaded = await repository.load(session, review.id)
    if not loaded.candidates:
        raise Unprocessable(NO_CANDIDATES, code="no_candidates")
    if not await repository.minutes_rows(session, review.id):
        raise Unprocessable(MINUTES_MISSING, code="minutes_missing")
    expected = EXPECTED_STATE[review.purpose]
    for _, model, _ in loaded.candidates:
        if model.state != expected:
            raise Conflict(WRONG_STATE, code="candidate_state", _model=model.code, _state=model.state,
                           _expected=expected, model_id=str(model.id), state=model.state, expected_state=expected)
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
    await _event(session, request, caller, review, "review.closed",
                 {"outcome_rule": review.outcome_rule, "candidates": results})
    return review


# ---- reading ------------------------------------------------------------------------------------------------


async def to_read(session: AsyncSession, review: Review) -> ReviewRead:
    """The review in full: members, candidates with their ballots, tallies and outcomes, the minutes."""
    holding = await session.get(Unit, review.holding_unit_id)
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
            votes.append({"member_id": member.id, "vote": row.vote if row else None,
                          "recused": bool(row and row.recused), "recusal_reason": row.recusal_reason if row else ""})
        tally = candidate.tally if closed and candidate.tally is not None else live[candidate.id].as_dict()
        candidates.append({
            "id": candidate.id, "position": candidate.position,
            "model": {"id": model.id, "code": model.code, "name": model.name, "state": model.state,
                      "registrant_unit_name": unit_name},
            "scores": candidate.scores, "total_score": candidate.total_score, "note": candidate.note,
            "votes": votes, "tally": tally, "outcome": candidate.outcome if closed else None,
            "provisional_outcome": None if closed else rules.outcome(review.outcome_rule, live[candidate.id]),
        })
    minutes = await repository.minutes_rows(session, review.id)
    first = minutes[0] if minutes else None
    values: dict[str, Any] = {c.key: getattr(review, c.key) for c in Review.__table__.columns}
    values.update(
        holding_unit={"id": holding.id, "code": holding.code, "name": holding.name},
        members=[{c.key: getattr(m, c.key) for c in ReviewMember.__table__.columns} for m in loaded.members],
        candidates=candidates,
        minutes=None if first is None else {
            "title": first.title, "filename": first.original_filename, "media_type": first.media_type,
            "size": first.size, "sha256": first.sha256, "uploaded_at": first.uploaded_at,
            "content_url": f"/api/v1/reviews/{review.id}/minutes/content"},
    )
    return ReviewRead.model_validate(values)
