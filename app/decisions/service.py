"""Issuing, revoking and reading decisions; filing their signed document.

Issuing checks, in order, and writes nothing unless all pass: the body's own rules (422), the issuing
unit (422 `unknown_unit`), the caller's authority role at it (403), the models (422 `unknown_model`),
the policy's competence for each model (403 with the policy's explanation), the models' states (409),
the review it rests on (422/409), the dates (422; an administrator may override the recognition
period), the number's uniqueness (409). Then, in one transaction: the decision, one row per model,
each model's move with its history row and event, and the `decision.issued` event.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from app.campaigns.schedule import local_today
from app.core.errors import AppError, Conflict, Forbidden, PreconditionFailed, Unprocessable
from app.core.http import require_if_match
from app.core.i18n import Text, current_language
from app.decisions.numbers import parse_number
from app.decisions.schemas import (
    AWARD_FORM_LABELS,
    AWARD_LEVEL_LABELS,
    KIND_LABELS,
    Bilingual,
    CoveredModel,
    DecisionCreate,
    DecisionRead,
    DecisionSummary,
    DocumentRead,
    ModelRef,
    OverrideRead,
    ReviewRef,
    UnitRef,
)
from app.events.service import record_event
from app.models import (
    Campaign,
    CampaignCycle,
    Decision,
    DecisionModel,
    Evidence,
    RegisteredModel,
    Review,
    ReviewCandidate,
    Unit,
)
from app.policy.authority_service import authority_for_unit
from app.policy.permissions import Permission, Role
from app.policy.principal import Caller
from app.registry.repository import visible_to as model_visible_to
from app.reviews import repository as reviews_repository
from app.units.schemas import path_ids
from app.workflow.service import record_move
from app.workflow.table import BY_ACTION, DECISION_MOVES

M = RegisteredModel

# The state each kind needs its models in, and the review purpose and outcome it rests on.
REQUIRED_STATE: dict[str, str] = {
    "model_recognition": "surveyed", "model_non_recognition": "surveyed",
    "exemplar_recognition": "nominated", "commendation": "exemplar",
}
REVIEW_PURPOSE: dict[str, str] = {
    "model_recognition": "model", "model_non_recognition": "model", "exemplar_recognition": "exemplar",
}
REVIEW_OUTCOME: dict[str, str] = {
    "model_recognition": "approved", "model_non_recognition": "rejected", "exemplar_recognition": "approved",
}
PERIOD_KINDS = frozenset({"model_recognition", "model_non_recognition"})
PUBLISH_DEFAULT: dict[str, bool] = {
    "model_recognition": False, "model_non_recognition": False, "exemplar_recognition": True, "commendation": True,
}
DEFAULT_PUBLIC_KINDS = ["model_photo"]
DOCUMENT_KIND = "decision_document"
MAX_PARTY_HOPS = 12


# --- errors -----------------------------------------------------------------------------------------

class InvalidDecisionNumber(Unprocessable):
    code = "invalid_decision_number"
    message = Text(
        "Số quyết định “{number}” không đúng cách viết (ví dụ 125-QĐ/HU hoặc 125/QĐ-UBND).",
        "The decision number “{number}” is not written as officials do (e.g. 125-QĐ/HU or 125/QĐ-UBND).",
    )


class UnknownUnit(Unprocessable):
    code = "unknown_unit"
    message = Text("Không tìm thấy đơn vị ban hành {unit_id}.", "Issuing unit {unit_id} was not found.")


class NotCompetentAuthority(Forbidden):
    code = "not_competent_authority"
    message = Text(
        "Bạn không giữ vai trò cấp có thẩm quyền (authority) tại đơn vị ban hành “{unit}”.",
        "You hold no `authority` role at the issuing unit “{unit}”.",
    )


NOT_COMPETENT_FOR_MODELS = Text(
    "Đơn vị “{unit}” không có thẩm quyền quyết định đối với {count} mô hình; xem danh sách lỗi.",
    "“{unit}” is not competent to decide on {count} of the models; see the errors.",
)


class UnknownModel(Unprocessable):
    code = "unknown_model"
    message = Text("Không tìm thấy {count} mô hình trong phạm vi của bạn.",
                   "{count} of the models were not found in your scope.")


class ModelStateConflict(Conflict):
    code = "model_state_conflict"
    message = Text(
        "Quyết định loại này chỉ áp dụng cho mô hình ở trạng thái “{required}”; {count} mô hình không ở trạng thái đó.",
        "This kind of decision needs models in “{required}”; {count} of them are not.",
    )


class UnknownReview(Unprocessable):
    code = "unknown_review"
    message = Text("Không tìm thấy cuộc họp bình xét.", "The review meeting was not found.")


class ReviewNotClosed(Conflict):
    code = "review_not_closed"
    message = Text("Cuộc họp bình xét chưa kết thúc; chỉ quyết định dựa trên cuộc họp đã kết thúc.",
                   "The review meeting is still open; decisions rest on a closed review.")


class ReviewPurposeMismatch(Unprocessable):
    code = "review_purpose_mismatch"
    message = Text("Cuộc họp bình xét có mục đích “{purpose}”, quyết định loại này cần “{needed}”.",
                   "The review's purpose is “{purpose}”; this kind of decision needs “{needed}”.")


class NotACandidate(Unprocessable):
    code = "not_a_candidate"
    message = Text("{count} mô hình không có trong danh sách bình xét của cuộc họp.",
                   "{count} of the models were not candidates at the review.")


class ContradictsReview(Conflict):
    code = "contradicts_review"
    message = Text("Quyết định trái với kết quả bình xét của {count} mô hình.",
                   "The decision contradicts the review's outcome for {count} of the models.")


class IssuedInFuture(Unprocessable):
    code = "issued_in_future"
    message = Text("Ngày ban hành {issued_on} sau ngày hôm nay ({today}).",
                   "The issue date {issued_on} is after today ({today}).")


class OutsideRecognitionPeriod(Unprocessable):
    code = "outside_recognition_period"
    message = Text(
        "Ngày ban hành {issued_on} nằm ngoài thời gian xét công nhận của chu kỳ {year} (từ {starts} đến {ends}).",
        "The issue date {issued_on} is outside the cycle {year}'s recognition period ({starts} to {ends}).",
    )


class OverrideNotPermitted(Forbidden):
    code = "override_not_permitted"
    message = Text(
        "Chỉ quản trị viên phụ trách đơn vị ban hành mới được cho phép ban hành ngoài thời gian xét công nhận.",
        "Only an administrator covering the issuing unit may allow a date outside the recognition period.",
    )


class DuplicateDecisionNumber(Conflict):
    code = "duplicate_decision_number"
    message = Text("Đơn vị đã có quyết định số {serial} năm {year} ({number}).",
                   "The unit already has a decision numbered {serial} in {year} ({number}).")


class DecisionRevoked(Conflict):
    code = "decision_revoked"
    message = Text("Quyết định đã bị thu hồi.", "The decision is already revoked.")


class DecisionSuperseded(Conflict):
    code = "decision_superseded"
    message = Text(
        "Không thể thu hồi: {count} mô hình đã chuyển bước sau quyết định này; hãy thu hồi quyết định sau trước.",
        "Cannot revoke: {count} of the models moved on after this decision; revoke the later decision first.",
    )


class DocumentAlreadyAttached(Conflict):
    code = "document_already_attached"
    message = Text("Quyết định đã có văn bản ký.", "The decision already has its signed document.")


# --- issuing ------------------------------------------------------------------------------------------

def _err(code: str, pointer: str, text: Text, **params: Any) -> dict[str, Any]:
    return {"code": code, "pointer": pointer, "detail": text.render(**params)}


def _body_problems(body: DecisionCreate) -> list[dict[str, Any]]:
    """The body's own rules, beyond the schema: kind-dependent fields, unique models."""
    errors: list[dict[str, Any]] = []
    if body.kind != "commendation" and body.review_id is None:
        errors.append(_err("review_required", "#/review_id", Text(
            "Cần cuộc họp bình xét mà quyết định dựa vào.", "The review meeting the decision rests on is required.")))
    if body.kind == "commendation":
        for name in ("award_form", "award_level"):
            if getattr(body, name) is None:
                errors.append(_err("award_required", f"#/{name}", Text(
                    "Quyết định khen thưởng cần hình thức và cấp khen thưởng.",
                    "A commendation needs the form and level of the award.")))
    else:
        for name in ("award_form", "award_level"):
            if getattr(body, name) is not None:
                errors.append(_err("award_not_allowed", f"#/{name}", Text(
                    "Chỉ quyết định khen thưởng mới có hình thức, cấp khen thưởng.",
                    "Only a commendation has an award form and level.")))
    if body.kind == "model_non_recognition" and body.publish:
        errors.append(_err("publish_not_allowed", "#/publish", Text(
            "Không công khai quyết định không công nhận.", "A non-recognition decision is never published.")))
    if body.period_override is not None and body.kind not in PERIOD_KINDS:
        errors.append(_err("override_not_applicable", "#/period_override", Text(
            "Chỉ quyết định (không) công nhận mô hình mới gắn với thời gian xét công nhận.",
            "Only model (non-)recognition is bound to the recognition period.")))
    seen: set[uuid.UUID] = set()
    for i, item in enumerate(body.models):
        if item.model_id in seen:
            errors.append(_err("duplicate_model", f"#/models/{i}/model_id", Text(
                "Mô hình được nêu hai lần.", "The model is listed twice.")))
        seen.add(item.model_id)
    return errors


def _has_authority_at(caller: Caller, unit_id: int) -> bool:
    return any(g.role == Role.AUTHORITY and g.unit_id == unit_id for g in caller.scope.grants)


async def _issuing_unit(session: AsyncSession, caller: Caller, unit_id: int) -> Unit:
    unit = await session.get(Unit, unit_id)
    if unit is None or not caller.scope.covers(unit.path, Permission.READ):
        raise UnknownUnit(_unit_id=unit_id, errors=[_err("unknown_unit", "#/issuing_unit_id", UnknownUnit.message,
                                                          unit_id=unit_id)])
    if not _has_authority_at(caller, unit.id):
        raise NotCompetentAuthority(_unit=unit.name, issuing_unit=_unit_ref(unit))
    return unit


async def _load_models(session: AsyncSession, caller: Caller, ids: Sequence[uuid.UUID], *, lock: bool
                       ) -> dict[uuid.UUID, RegisteredModel]:
    query = select(M).where(M.id.in_(list(ids)), model_visible_to(caller)).order_by(M.id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    return {m.id: m for m in (await session.scalars(query)).all()}


def _unit_ref(unit: Unit) -> dict[str, Any]:
    return {"id": unit.id, "code": unit.code, "name": unit.name}


async def _party_chain(session: AsyncSession, unit: Unit) -> set[int]:
    """The party organisations above a unit (its party organisation, that one's, …)."""
    found: set[int] = set()
    current: Unit | None = unit
    for _ in range(MAX_PARTY_HOPS):
        if current is None or current.party_org_id is None or current.party_org_id in found:
            break
        found.add(current.party_org_id)
        current = await session.get(Unit, current.party_org_id)
    return found


async def _competent(session: AsyncSession, kind: str, issuing: Unit, model: RegisteredModel) -> bool:
    if model.deciding_unit_id is None:
        return False
    if model.deciding_unit_id == issuing.id:
        return True
    if kind != "commendation":
        return False
    deciding = await session.get(Unit, model.deciding_unit_id)
    if deciding is None:
        return False
    return issuing.id in path_ids(deciding.path) or issuing.id in await _party_chain(session, deciding)


async def _competence_error(session: AsyncSession, index: int, model: RegisteredModel, campaign: Campaign
                            ) -> dict[str, Any]:
    """One model's entry in the 403: the policy's explanation and the competent unit."""
    entry: dict[str, Any] = {"code": "not_competent_for_model", "pointer": f"#/models/{index}/model_id",
                             "model_id": str(model.id), "model_code": model.code}
    try:
        answer = await authority_for_unit(session, campaign.authority_profile, model.registrant_kind,
                                          model.registrant_unit_id)
    except AppError:
        answer = None
    if answer is not None:
        unit = answer.deciding_unit
        entry.update(detail=answer.explanation.get(current_language.get(), ""),
                     explanation=answer.explanation, case_number=answer.case_number,
                     competent_unit={"id": unit.id, "code": unit.code, "name": unit.name})
    else:
        deciding = await session.get(Unit, model.deciding_unit_id) if model.deciding_unit_id else None
        entry.update(detail=Text("Chính sách thẩm quyền không xác định được đơn vị quyết định cho mô hình này.",
                                 "The authority policy names no deciding unit for this model.").render(),
                     explanation=None, case_number=model.authority_case,
                     competent_unit=_unit_ref(deciding) if deciding else None)
    return entry


@dataclass
class _Context:
    """What the checks load once: campaigns and cycles by id."""

    campaigns: dict[uuid.UUID, Campaign]
    cycles: dict[uuid.UUID, CampaignCycle]


async def _context(session: AsyncSession, models: list[RegisteredModel]) -> _Context:
    campaign_ids = {m.campaign_id for m in models}
    cycle_ids = {m.cycle_id for m in models}
    campaigns = {c.id: c for c in (await session.scalars(select(Campaign).where(Campaign.id.in_(campaign_ids))))}
    cycles = {c.id: c for c in (await session.scalars(select(CampaignCycle).where(CampaignCycle.id.in_(cycle_ids))))}
    return _Context(campaigns, cycles)


async def _check_review(session: AsyncSession, caller: Caller, body: DecisionCreate,
                        models: list[RegisteredModel]) -> Review | None:
    if body.review_id is None:
        return None
    review = (await session.execute(
        select(Review).where(Review.id == body.review_id, reviews_repository.visible_to(caller)))).scalar_one_or_none()
    if review is None:
        raise UnknownReview(errors=[_err("unknown_review", "#/review_id", UnknownReview.message)])
    if review.status != "closed":
        raise ReviewNotClosed(review_id=str(review.id))
    if body.kind == "commendation":
        return review
    needed = REVIEW_PURPOSE[body.kind]
    if review.purpose != needed:
        raise ReviewPurposeMismatch(_purpose=review.purpose, _needed=needed, purpose=review.purpose, needed=needed)
    candidates = {c.model_id: c for c in (await session.scalars(
        select(ReviewCandidate).where(ReviewCandidate.review_id == review.id))).all()}
    missing = [_err("not_a_candidate", f"#/models/{i}/model_id", Text(
        "Mô hình {model_code} không có trong danh sách bình xét.", "Model {model_code} was not a candidate."),
        model_code=m.code)
        | {"model_id": str(m.id)} for i, m in enumerate(models) if m.id not in candidates]
    if missing:
        raise NotACandidate(_count=len(missing), errors=missing)
    wanted = REVIEW_OUTCOME[body.kind]
    contradicting = [_err("contradicts_review", f"#/models/{i}/model_id", Text(
        "Kết quả bình xét mô hình {model_code} là “{outcome}”.",
        "The review's outcome for model {model_code} is “{outcome}”."),
        model_code=m.code, outcome=candidates[m.id].outcome or "—")
        | {"model_id": str(m.id), "outcome": candidates[m.id].outcome, "tally": candidates[m.id].tally}
        for i, m in enumerate(models) if candidates[m.id].outcome != wanted]
    if contradicting:
        raise ContradictsReview(_count=len(contradicting), required_outcome=wanted, errors=contradicting)
    return review


def _check_dates(caller: Caller, body: DecisionCreate, issuing: Unit, models: list[RegisteredModel],
                 ctx: _Context) -> str | None:
    """422 for a future date or one outside the recognition period; the override reason when one applies."""
    now = datetime.now(UTC)
    for campaign in ctx.campaigns.values():
        today = local_today(campaign, now)
        if body.issued_on > today:
            raise IssuedInFuture(_issued_on=body.issued_on.isoformat(), _today=today.isoformat(),
                                 today=today.isoformat(),
                                 errors=[_err("issued_in_future", "#/issued_on", IssuedInFuture.message,
                                              issued_on=body.issued_on.isoformat(), today=today.isoformat())])
    if body.kind not in PERIOD_KINDS:
        return None
    if body.period_override is not None and not caller.scope.covers(issuing.path, Permission.MANAGE_UNITS):
        raise OverrideNotPermitted()
    outside: list[dict[str, Any]] = []
    first: CampaignCycle | None = None
    for i, model in enumerate(models):
        cycle = ctx.cycles[model.cycle_id]
        if not (cycle.recognition_starts_on <= body.issued_on <= cycle.recognition_ends_on):
            first = first or cycle
            outside.append(_err("outside_recognition_period", f"#/models/{i}/model_id",
                                OutsideRecognitionPeriod.message, issued_on=body.issued_on.isoformat(),
                                year=cycle.year, starts=cycle.recognition_starts_on.isoformat(),
                                ends=cycle.recognition_ends_on.isoformat())
                           | {"model_id": str(model.id), "recognition_starts_on": cycle.recognition_starts_on,
                              "recognition_ends_on": cycle.recognition_ends_on})
    if not outside:
        return None
    if body.period_override is not None:
        return body.period_override.reason
    assert first is not None
    raise OutsideRecognitionPeriod(
        _issued_on=body.issued_on.isoformat(), _year=first.year, _starts=first.recognition_starts_on.isoformat(),
        _ends=first.recognition_ends_on.isoformat(), recognition_starts_on=first.recognition_starts_on.isoformat(),
        recognition_ends_on=first.recognition_ends_on.isoformat(),
        errors=[{**e, "recognition_starts_on": e["recognition_starts_on"].isoformat(),
                 "recognition_ends_on": e["recognition_ends_on"].isoformat()} for e in outside])


async def _number_taken(session: AsyncSession, unit_id: int, year: int, serial: int) -> Decision | None:
    return (await session.scalars(select(Decision).where(
        Decision.issuing_unit_id == unit_id, Decision.year == year, Decision.serial == serial))).first()


async def issue(session: AsyncSession, request: Request, caller: Caller, body: DecisionCreate) -> Decision:
    """Check everything, then issue the decision and move its models, all in the request's transaction."""
    parsed = parse_number(body.number)
    if parsed is None:
        raise InvalidDecisionNumber(_number=body.number[:60], errors=[_err(
            "invalid_decision_number", "#/number", InvalidDecisionNumber.message, number=body.number[:60])])
    number, serial = parsed
    problems = _body_problems(body)
    if problems:
        raise Unprocessable(Text("Dữ liệu gửi lên không hợp lệ.", "The submitted data is not valid."),
                            code=problems[0]["code"], errors=problems)
    issuing = await _issuing_unit(session, caller, body.issuing_unit_id)
    ids = [item.model_id for item in body.models]
    found = await _load_models(session, caller, ids, lock=True)
    unknown = [_err("unknown_model", f"#/models/{i}/model_id", Text("Không tìm thấy mô hình.", "Model not found."))
               for i, model_id in enumerate(ids) if model_id not in found]
    if unknown:
        raise UnknownModel(_count=len(unknown), errors=unknown)
    models = [found[i] for i in ids]
    ctx = await _context(session, models)
    incompetent = [await _competence_error(session, i, m, ctx.campaigns[m.campaign_id])
                   for i, m in enumerate(models) if not await _competent(session, body.kind, issuing, m)]
    if incompetent:
        raise NotCompetentAuthority(NOT_COMPETENT_FOR_MODELS, _unit=issuing.name, _count=len(incompetent),
                                    issuing_unit=_unit_ref(issuing), errors=incompetent)
    required = REQUIRED_STATE[body.kind]
    wrong_state = [_err("model_state_conflict", f"#/models/{i}/model_id", Text(
        "Mô hình {model_code} đang ở trạng thái “{state}”.", "Model {model_code} is in “{state}”."),
        model_code=m.code, state=m.state)
        | {"model_id": str(m.id), "state": m.state} for i, m in enumerate(models) if m.state != required]
    if wrong_state:
        raise ModelStateConflict(_required=required, _count=len(wrong_state), required_state=required,
                                 errors=wrong_state)
    review = await _check_review(session, caller, body, models)
    override_reason = _check_dates(caller, body, issuing, models, ctx)
    year = body.issued_on.year
    taken = await _number_taken(session, issuing.id, year, serial)
    if taken is not None:
        raise DuplicateDecisionNumber(_serial=serial, _year=year, _number=taken.number, existing_id=str(taken.id))
    return await _write(session, request, caller, body, issuing, models, review, number, serial, override_reason)


async def _write(session: AsyncSession, request: Request, caller: Caller, body: DecisionCreate, issuing: Unit,
                 models: list[RegisteredModel], review: Review | None, number: str, serial: int,
                 override_reason: str | None) -> Decision:
    request_id = getattr(request.state, "request_id", None)
    decision = Decision(
        kind=body.kind, number=number, serial=serial, year=body.issued_on.year, issued_on=body.issued_on,
        issuing_unit_id=issuing.id, issuing_unit_path=issuing.path, signer_name=body.signer_name,
        signer_title=body.signer_title, review_id=review.id if review else None,
        phase_review=review.phase_review if review is not None and body.kind == "exemplar_recognition" else None,
        award_form=body.award_form, award_level=body.award_level, note=body.note,
        publish=PUBLISH_DEFAULT[body.kind] if body.publish is None else body.publish,
        public_evidence_kinds=list(dict.fromkeys(body.public_evidence_kinds))
        if body.public_evidence_kinds is not None else list(DEFAULT_PUBLIC_KINDS),
        period_override_reason=override_reason, period_override_by_id=caller.id if override_reason else None,
        status="issued", created_by_id=caller.id,
    )
    try:
        async with session.begin_nested():
            session.add(decision)
    except IntegrityError:
        # Another request took the number between our check and our insert.
        raise DuplicateDecisionNumber(_serial=serial, _year=decision.year, _number=number) from None
    action = DECISION_MOVES.get(body.kind, "commend")
    notes = {item.model_id: item.note for item in body.models}
    details: dict[str, Any] = {"decision_id": str(decision.id), "number": number, "kind": body.kind}
    if override_reason:
        details["override"] = {"reason": override_reason, "by_id": str(caller.id)}
    for position, model in enumerate(models):
        from_state = model.state
        to_state = BY_ACTION[action].target.value if action in BY_ACTION else from_state
        session.add(DecisionModel(decision_id=decision.id, model_id=model.id, position=position,
                                  note=notes.get(model.id, ""), from_state=from_state, to_state=to_state))
        await record_move(session, caller, model, action, from_state, to_state, None, details, request_id,
                          {"decision_id": str(decision.id), "number": number})
    await record_event(session, "decision.issued", resource_type="decision", resource_id=decision.id,
                       unit_path=issuing.path, actor_id=caller.id, request_id=request_id,
                       data={"number": number, "kind": body.kind, "issuing_unit_id": issuing.id,
                             "models": [str(m.id) for m in models]})
    return decision


# --- revoking -----------------------------------------------------------------------------------------

def require_issuing_authority(caller: Caller, decision: Decision) -> None:
    """403 unless the caller holds `authority` at the decision's issuing unit."""
    if not _has_authority_at(caller, decision.issuing_unit_id):
        raise Forbidden(Text("Chỉ cấp có thẩm quyền của đơn vị ban hành mới thực hiện được.",
                             "Only an authority of the issuing unit may do this."), code="not_competent_authority")


async def _covered(session: AsyncSession, decision_id: uuid.UUID) -> list[DecisionModel]:
    return list((await session.scalars(select(DecisionModel).where(DecisionModel.decision_id == decision_id)
                                       .order_by(DecisionModel.position))).all())


async def revoke(session: AsyncSession, request: Request, caller: Caller, decision: Decision, reason: str) -> Decision:
    """Revoke an issued decision: its models go back to where they were; history keeps both moves."""
    require_issuing_authority(caller, decision)
    require_if_match(request, decision.version)
    if decision.status == "revoked":
        raise DecisionRevoked(revoked_at=decision.revoked_at.isoformat() if decision.revoked_at else None)
    rows = await _covered(session, decision.id)
    locked = {m.id: m for m in (await session.scalars(
        select(M).where(M.id.in_([r.model_id for r in rows])).order_by(M.id)
        .with_for_update().execution_options(populate_existing=True))).all()}
    later = set()
    if decision.kind != "commendation":
        later = set((await session.scalars(
            select(DecisionModel.model_id).join(Decision, Decision.id == DecisionModel.decision_id)
            .where(DecisionModel.model_id.in_(list(locked)), Decision.kind == "commendation",
                   Decision.status == "issued", Decision.id != decision.id))).all())
    def superseded_entry(row: DecisionModel, text: Text) -> dict[str, Any]:
        model = locked[row.model_id]
        return {"code": "decision_superseded", "model_id": str(row.model_id), "model_code": model.code,
                "state": model.state, "expected_state": row.to_state,
                "detail": text.render(code=model.code, state=model.state, expected=row.to_state)}

    superseded = [superseded_entry(r, Text("Mô hình {code} đang ở trạng thái “{state}”, không còn “{expected}”.",
                                           "Model {code} is now “{state}”, no longer “{expected}”."))
                  for r in rows if locked[r.model_id].state != r.to_state]
    superseded += [superseded_entry(r, Text("Mô hình {code} đã được khen thưởng sau quyết định này.",
                                            "Model {code} was commended after this decision."))
                   for r in rows if r.model_id in later and locked[r.model_id].state == r.to_state]
    if superseded:
        raise DecisionSuperseded(_count=len(superseded), errors=superseded)
    request_id = getattr(request.state, "request_id", None)
    action = "revoke_commendation" if decision.kind == "commendation" else "revoke_decision"
    details = {"decision_id": str(decision.id), "number": decision.number, "reason": reason}
    for row in rows:
        await record_move(session, caller, locked[row.model_id], action, row.to_state, row.from_state, reason,
                          details, request_id, {"decision_id": str(decision.id), "number": decision.number})
    decision.status = "revoked"
    decision.revoked_at = datetime.now(UTC)
    decision.revoked_by_id = caller.id
    decision.revoke_reason = reason
    try:
        await session.flush()
    except StaleDataError:
        raise PreconditionFailed(code="concurrent_update") from None
    await record_event(session, "decision.revoked", resource_type="decision", resource_id=decision.id,
                       unit_path=decision.issuing_unit_path, actor_id=caller.id, request_id=request_id,
                       data={"number": decision.number, "kind": decision.kind, "reason": reason})
    return decision


# --- the signed document ------------------------------------------------------------------------------

async def document_of(session: AsyncSession, decision_id: uuid.UUID) -> Evidence | None:
    """The decision's signed document (the first of its copies), if any."""
    return (await session.scalars(select(Evidence).where(Evidence.decision_id == decision_id,
                                                         Evidence.kind == DOCUMENT_KIND)
                                  .order_by(Evidence.uploaded_at, Evidence.id).limit(1))).first()


async def require_no_document(session: AsyncSession, decision: Decision) -> None:
    """409 when the decision already has its signed document."""
    if await document_of(session, decision.id) is not None:
        raise DocumentAlreadyAttached()


async def covered_models(session: AsyncSession, decision_id: uuid.UUID) -> list[RegisteredModel]:
    """The models a decision covers, in its order."""
    rows = await session.execute(select(M).join(DecisionModel, DecisionModel.model_id == M.id)
                                 .where(DecisionModel.decision_id == decision_id).order_by(DecisionModel.position))
    return [m for (m,) in rows]


# --- reading ------------------------------------------------------------------------------------------

def _label(text: Text | None) -> Bilingual | None:
    return Bilingual(**text.as_dict()) if text is not None else None


def _summary_fields(decision: Decision, unit: Unit, count: int) -> dict[str, Any]:
    return {
        "id": decision.id, "kind": decision.kind, "kind_label": _label(KIND_LABELS[decision.kind]),
        "number": decision.number, "issued_on": decision.issued_on, "year": decision.year,
        "issuing_unit": UnitRef(id=unit.id, code=unit.code, name=unit.name), "signer_name": decision.signer_name,
        "signer_title": decision.signer_title, "status": decision.status, "model_count": count,
        "award_form": decision.award_form, "award_level": decision.award_level, "publish": decision.publish,
        "version": decision.version,
    }


async def to_summaries(session: AsyncSession, rows: list[Decision]) -> list[DecisionSummary]:
    """List items, with units and model counts fetched in two queries."""
    if not rows:
        return []
    units = {u.id: u for u in (await session.scalars(
        select(Unit).where(Unit.id.in_({d.issuing_unit_id for d in rows})))).all()}
    counts: dict[uuid.UUID, int] = {decision_id: int(n) for decision_id, n in await session.execute(
        select(DecisionModel.decision_id, func.count()).where(DecisionModel.decision_id.in_([d.id for d in rows]))
        .group_by(DecisionModel.decision_id))}
    return [DecisionSummary(**_summary_fields(d, units[d.issuing_unit_id], counts.get(d.id, 0))) for d in rows]


async def to_read(session: AsyncSession, decision: Decision) -> DecisionRead:
    """Everything the decision records, with its models, review and document."""
    unit = await session.get(Unit, decision.issuing_unit_id)
    assert unit is not None
    rows = [(dm, m) for dm, m in await session.execute(
        select(DecisionModel, M).join(M, M.id == DecisionModel.model_id)
        .where(DecisionModel.decision_id == decision.id).order_by(DecisionModel.position))]
    review = await session.get(Review, decision.review_id) if decision.review_id else None
    document = await document_of(session, decision.id)
    return DecisionRead(
        **_summary_fields(decision, unit, len(rows)),
        serial=decision.serial,
        award_form_label=_label(AWARD_FORM_LABELS.get(decision.award_form or "")),
        award_level_label=_label(AWARD_LEVEL_LABELS.get(decision.award_level or "")),
        note=decision.note, public_evidence_kinds=list(decision.public_evidence_kinds or []),
        phase_review=decision.phase_review,
        review=ReviewRef(id=review.id, title=review.title, held_on=review.held_on, phase_review=review.phase_review)
        if review is not None else None,
        models=[CoveredModel(model=ModelRef(id=m.id, code=m.code, name=m.name, state=m.state), note=dm.note,
                             from_state=dm.from_state, to_state=dm.to_state) for dm, m in rows],
        document=DocumentRead(
            title=document.title, original_filename=document.original_filename, media_type=document.media_type,
            size=document.size, sha256=document.sha256, uploaded_at=document.uploaded_at,
            content_url=f"/api/v1/decisions/{decision.id}/document/content") if document is not None else None,
        override=OverrideRead(reason=decision.period_override_reason, by_id=decision.period_override_by_id)
        if decision.period_override_reason else None,
        revoked_at=decision.revoked_at, revoke_reason=decision.revoke_reason,
        created_at=decision.created_at, updated_at=decision.updated_at,
    )
