"""Applying a workflow move: the only code that changes a model's state.

Checks, in order: the action exists (422), the caller may take it on this model (403; the model
is already known visible, else 404 earlier), the move is legal from the current state (409 with the
allowed actions), If-Match (428 without it, 412 when stale), the reason and payload, the guards (422
with each reason). Then it changes the state, writes the history row and the event in the request's
transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from app.campaigns.service import is_late, local_today, open_window, windows_text
from app.core.errors import AppError, Conflict, Forbidden, PreconditionFailed, Unprocessable
from app.core.http import require_if_match
from app.core.i18n import Text
from app.events.service import record_event
from app.evidence.repository import dossier_facts
from app.models import Campaign, CampaignCycle, ModelHistory, RegisteredModel, Survey
from app.policy.principal import Caller
from app.registry.honours import replications_changed
from app.registry.schemas import SurveyCreate, TransitionRequest
from app.workflow import engine
from app.workflow.roles import acting_roles
from app.workflow.states import State
from app.workflow.table import BY_ACTION, Transition


class UnknownAction(AppError):
    status, code = 422, "unknown_action"
    message = Text("Thao tác không tồn tại: {action}.", "No such action: {action}.")


class TransitionNotAllowed(Conflict):
    code = "transition_not_allowed"
    message = Text(
        "Không thể thực hiện '{action}' khi mô hình ở trạng thái '{state}'.",
        "'{action}' is not allowed while the model is '{state}'.",
    )


class ActionNotPermitted(Forbidden):
    code = "action_not_permitted"
    message = Text("Vai trò của bạn không được thực hiện '{action}' với mô hình này.",
                   "Your roles do not allow '{action}' on this model.")


class GuardsFailed(Unprocessable):
    code = "guard_failed"
    message = Text("Chưa đáp ứng điều kiện để thực hiện '{action}'.", "'{action}' is not possible yet.")


REASON_REQUIRED = Text("Cần nêu lý do.", "A reason is required.")


def model_facts(model: RegisteredModel) -> dict[str, Any]:
    """The model's content as the guards see it."""
    return {c.key: getattr(model, c.key) for c in RegisteredModel.__table__.columns}


async def apply_transition(
    session: AsyncSession,
    request: Request,
    caller: Caller,
    model: RegisteredModel,
    body: TransitionRequest,
) -> tuple[RegisteredModel, ModelHistory]:
    """Validate and apply one move; returns the model and its new history row."""
    row = BY_ACTION.get(body.action)
    if row is None or not row.via_api:
        raise UnknownAction(_action=body.action, allowed_actions=engine.actions_from(State(model.state)))
    roles = acting_roles(caller, model)
    if not roles.intersection(row.actors):
        raise ActionNotPermitted(_action=body.action)
    state = State(model.state)
    if state not in row.sources:
        raise TransitionNotAllowed(
            _action=body.action, _state=state.value, state=state.value,
            allowed_actions=engine.allowed_actions(state, roles),
        )
    require_if_match(request, model.version)
    cycle = await session.get(CampaignCycle, model.cycle_id)
    campaign = await session.get(Campaign, model.campaign_id)
    assert cycle is not None and campaign is not None
    now = datetime.now(UTC)
    today = local_today(campaign, now)
    failures = _payload_failures(row, body)
    ctx = engine.GuardContext(
        model=model_facts(model), today=today, window_open=open_window(cycle, today) is not None,
        windows_text=windows_text(cycle), payload=body.model_dump(mode="json"),
        evidence=await dossier_facts(session, model),
    )
    guard_failures, pending = engine.check_guards(row, ctx)
    failures.extend(e.as_problem_error() for e in guard_failures)
    if failures:
        raise GuardsFailed(_action=body.action, errors=failures)
    details = await _side_effects(session, caller, model, row, body, cycle, today, now)
    if pending:
        details["pending_guards"] = [g.code for g in pending]
    entry = await _record(session, request, caller, model, row, state, body.reason, details)
    return model, entry


def _payload_failures(row: Transition, body: TransitionRequest) -> list[dict[str, Any]]:
    failures: list[dict[str, Any]] = []
    if row.reason_required and not (body.reason and body.reason.strip()):
        failures.append({"code": "reason_required", "detail": REASON_REQUIRED.render(), "pointer": "#/reason"})
    if row.action == "report_results" and body.results is None and not body.results_report:
        failures.append({"code": "missing", "detail": Text("Cần kết quả theo từng chỉ tiêu.",
                                                            "Results per target are required.").render(),
                         "pointer": "#/results"})
    if row.action == "record_survey" and body.survey is None:
        failures.append({"code": "missing", "detail": Text("Cần biên bản khảo sát.", "A survey is required.").render(),
                         "pointer": "#/survey"})
    return failures


async def _side_effects(
    session: AsyncSession, caller: Caller, model: RegisteredModel, row: Transition, body: TransitionRequest,
    cycle: CampaignCycle, today: Any, now: datetime,
) -> dict[str, Any]:
    details: dict[str, Any] = {}
    if row.action == "submit":
        model.submitted_at = now
    elif row.action == "report_results":
        model.results = [r.model_dump(mode="json") for r in body.results or []]
        model.results_report = body.results_report
        model.reported_at = now
        model.is_late = is_late(cycle, today)
        details["late"] = model.is_late
    elif row.action == "record_survey":
        assert body.survey is not None
        survey = await add_survey(session, caller, model, body.survey)
        details["survey_id"] = str(survey.id)
        details["total_score"] = survey.total_score
    return details


async def add_survey(session: AsyncSession, caller: Caller, model: RegisteredModel, data: SurveyCreate) -> Survey:
    """Store a survey of the model (part of record_survey)."""
    survey = Survey(
        model_id=model.id, surveyed_on=data.surveyed_on, officers=data.officers, findings=data.findings,
        scores=[s.model_dump(mode="json") for s in sorted(data.scores, key=lambda s: s.criterion)],
        total_score=round(sum(s.score for s in data.scores), 2),
        latitude=data.latitude, longitude=data.longitude, recorded_by_id=caller.id,
    )
    session.add(survey)
    return survey


async def _record(
    session: AsyncSession, request: Request, caller: Caller, model: RegisteredModel, row: Transition,
    from_state: State, reason: str | None, details: dict[str, Any],
) -> ModelHistory:
    return await record_move(session, caller, model, row.action, from_state.value, row.target.value, reason, details,
                             getattr(request.state, "request_id", None))


async def record_move(
    session: AsyncSession, caller: Caller, model: RegisteredModel, action: str, from_state: str, to_state: str,
    reason: str | None, details: dict[str, Any], request_id: str | None, event_data: dict[str, Any] | None = None,
) -> ModelHistory:
    """Set the state, append the history row, flush (412 if someone else moved the model meanwhile) and
    record the event. Shared by transitions and decisions (which move several models at once); a move
    that keeps the state (a commendation) still gives the model a new version."""
    if to_state != model.state:
        model.state = to_state
    else:
        model.updated_at = datetime.now(UTC)
    entry = ModelHistory(
        model_id=model.id, actor_id=caller.id, actor_name=caller.user.full_name, action=action,
        from_state=from_state, to_state=to_state, reason=reason, request_id=request_id, details=details,
    )
    session.add(entry)
    try:
        await session.flush()
    except StaleDataError:
        # Someone else moved the model between our read and our write: exactly one wins.
        raise PreconditionFailed(code="concurrent_update") from None
    if to_state == State.WITHDRAWN.value != from_state:  # a withdrawn model no longer counts as a replication
        await replications_changed(session, model.replicates_id)
    await record_event(
        session, f"model.{action}", resource_type="model", resource_id=model.id, unit_path=model.unit_path,
        actor_id=caller.id, request_id=request_id,
        data={"code": model.code, "from": from_state, "to": to_state, "reason": reason, **(event_data or {})},
    )
    return entry
