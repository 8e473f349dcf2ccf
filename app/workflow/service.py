"""Applying a workflow move: the only code that changes a model's state.

Every move is a row of the transition table (`app/workflow/table.py`); a move the table lacks, or one
not allowed from the model's state, is refused. Three doors, one record:
- `apply_transition`: a move a user asks for through POST /models/{id}/transitions. Checks, in order:
  the action exists (422), the caller may take it on this model (403; the model is already known
  visible, else 404 earlier), the move is legal from the current state (409 with the allowed actions),
  If-Match (428 without it, 412 when stale), the reason and payload, the guards (422 with each reason).
- `apply_decided`: a decision's move (recognition, commendation, their revocation), once the decisions
  service has judged the decision itself (the issuing unit's competence, the review, the dates).
- `replay`: a move of recorded history (the demo loader), table-checked, with its own time, no event.
Then the state changes and the history row (and the event) are written in the caller's transaction.
An act that moves nothing (a confirmation, its withdrawal: `codes.ACT_CODES`) gets its history row from
`record_act`; its domain writes its own event.

What the guards need from outside the workflow (the cycle's calendar) comes from the caller; the
dossier's files (and, for a survey, the criteria the campaign added) are read here and handed to the pure
engine.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from app.core.context import RequestContext
from app.core.errors import AppError, Conflict, Forbidden, PreconditionFailed, Unprocessable
from app.core.i18n import Text
from app.events.moves import MOVE_EVENTS
from app.events.service import record_event
from app.models import ModelHistory, RegisteredModel
from app.policy.permissions import Role
from app.policy.principal import Caller
from app.workflow import engine
from app.workflow.codes import ACT_CODES
from app.workflow.repository import criteria_facts, dossier_facts
from app.workflow.roles import acting_roles
from app.workflow.scoring import CriteriaFacts
from app.workflow.states import State
from app.workflow.table import BY_ACTION, G_SURVEY_VALID, Transition


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
    message = Text(
        "Vai trò của bạn không được thực hiện '{action}' với mô hình này.",
        "Your roles do not allow '{action}' on this model.",
    )


class GuardsFailed(Unprocessable):
    code = "guard_failed"
    message = Text("Chưa đáp ứng điều kiện để thực hiện '{action}'.", "'{action}' is not possible yet.")


REASON_REQUIRED = Text("Cần nêu lý do.", "A reason is required.")
RESULTS_REQUIRED = Text("Cần kết quả theo từng chỉ tiêu.", "Results per target are required.")
SURVEY_REQUIRED = Text("Cần biên bản khảo sát.", "A survey is required.")


@dataclass(frozen=True)
class Schedule:
    """What the cycle's calendar says on the day of the move (gathered by the caller from the campaign)."""

    today: date
    window_open: bool
    windows_text: str
    late: bool


@dataclass(frozen=True)
class MoveRequest:
    """A move asked for: the action, the reason, and the request's body as JSON (the guards read it)."""

    action: str
    reason: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Actor:
    """Who made a move, as the history records them."""

    id: uuid.UUID
    name: str

    @classmethod
    def of(cls, caller: Caller) -> Actor:
        """The signed-in caller as an actor."""
        return cls(caller.id, caller.user.full_name)


# What a move changes besides the state (the results, the survey …), applied by the domain that owns the
# payload once every check passed; returns the details the history row records.
Effects = Callable[[Transition], Awaitable[dict[str, Any]]]


def model_facts(model: RegisteredModel) -> dict[str, Any]:
    """The model's content as the guards see it."""
    return {c.key: getattr(model, c.key) for c in RegisteredModel.__table__.columns}


def _row(action: str, state: State, *, via_api: bool) -> Transition:
    """The table's row for an action from a state; refuses a move the table lacks."""
    row = BY_ACTION.get(action)
    if row is None or row.via_api != via_api:
        raise UnknownAction(_action=action, allowed_actions=engine.actions_from(state))
    return row


def _refuse_if_illegal(row: Transition, state: State, allowed: list[str]) -> None:
    if state not in row.sources:
        raise TransitionNotAllowed(_action=row.action, _state=state.value, state=state.value, allowed_actions=allowed)


async def apply_transition(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    model: RegisteredModel,
    move: MoveRequest,
    schedule: Schedule,
    effects: Effects | None = None,
) -> ModelHistory:
    """Validate and apply a move asked for through the API; returns its history row."""
    state = State(model.state)
    row = _row(move.action, state, via_api=True)
    roles = acting_roles(caller, model)
    if not roles.intersection(row.actors):
        raise ActionNotPermitted(_action=move.action)
    _refuse_if_illegal(row, state, engine.allowed_actions(state, roles))
    ctx.require_version(model.version)
    failures = _payload_failures(row, move)
    guard_ctx = engine.GuardContext(
        model=model_facts(model),
        today=schedule.today,
        window_open=schedule.window_open,
        windows_text=schedule.windows_text,
        payload=move.payload,
        evidence=await dossier_facts(session, model),
        criteria=await criteria_facts(session, model) if G_SURVEY_VALID in row.guards else CriteriaFacts(),
    )
    failures.extend(e.as_problem_error() for e in engine.check_guards(row, guard_ctx))
    if failures:
        raise GuardsFailed(_action=move.action, errors=failures)
    details = await effects(row) if effects is not None else {}
    return await _record(session, model, row, state, Actor.of(caller), move.reason, details, ctx.request_id)


def _payload_failures(row: Transition, move: MoveRequest) -> list[dict[str, Any]]:
    failures: list[dict[str, Any]] = []
    payload = move.payload
    if row.reason_required and not (move.reason and move.reason.strip()):
        failures.append({"code": "reason_required", "detail": REASON_REQUIRED.render(), "pointer": "#/reason"})
    if row.action == "report_results" and payload.get("results") is None and not payload.get("results_report"):
        failures.append({"code": "missing", "detail": RESULTS_REQUIRED.render(), "pointer": "#/results"})
    if row.action == "record_survey" and payload.get("survey") is None:
        failures.append({"code": "missing", "detail": SURVEY_REQUIRED.render(), "pointer": "#/survey"})
    return failures


async def apply_decided(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    model: RegisteredModel,
    action: str,
    *,
    acting_as: Role,
    reason: str | None,
    details: dict[str, Any],
    event_data: dict[str, Any],
    expected_target: State | None = None,
) -> ModelHistory:
    """Apply a decision's move (the decisions service has judged the decision: competence, review, dates).

    `acting_as` is the role the decisions service found the caller competent in; `expected_target` (a
    revocation: where the decision found the model) must agree with the table."""
    state = State(model.state)
    row = _row(action, state, via_api=False)
    if acting_as not in row.actors:
        raise ActionNotPermitted(_action=action)
    _refuse_if_illegal(row, state, [])
    if expected_target is not None and row.target_from(state) is not expected_target:
        raise TransitionNotAllowed(_action=action, _state=state.value, state=state.value, allowed_actions=[])
    return await _record(session, model, row, state, Actor.of(caller), reason, details, ctx.request_id, event_data)


async def replay(
    session: AsyncSession,
    actor: Actor,
    model: RegisteredModel,
    action: str,
    at: datetime | None = None,
    *,
    reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> ModelHistory:
    """A move of recorded history (a data loader): checked against the table, dated `at`, no event."""
    state = State(model.state)
    row = BY_ACTION.get(action)
    if row is None:
        raise UnknownAction(_action=action, allowed_actions=engine.actions_from(state))
    _refuse_if_illegal(row, state, [])
    return await _record(session, model, row, state, actor, reason, details or {}, None, None, at=at, event=False)


async def record_act(
    session: AsyncSession,
    model: RegisteredModel,
    actor: Actor,
    action: str,
    *,
    reason: str | None = None,
    details: dict[str, Any],
    request_id: str | None,
    at: datetime | None = None,
) -> ModelHistory:
    """A history row for an act that moves nothing (`ACT_CODES`): the state and the version stay."""
    if action not in ACT_CODES:
        raise ValueError(f"{action!r} is not an act (one of {ACT_CODES})")
    entry = ModelHistory(
        model_id=model.id,
        actor_id=actor.id,
        actor_name=actor.name,
        action=action,
        from_state=model.state,
        to_state=model.state,
        reason=reason,
        request_id=request_id,
        details=details,
    )
    if at is not None:
        entry.at = at
    session.add(entry)
    await session.flush()
    return entry


async def _record(
    session: AsyncSession,
    model: RegisteredModel,
    row: Transition,
    from_state: State,
    actor: Actor,
    reason: str | None,
    details: dict[str, Any],
    request_id: str | None,
    event_data: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
    event: bool = True,
) -> ModelHistory:
    """Set the state, append the history row, flush (412 if someone else moved the model meanwhile) and
    record the event. A move that keeps the state (a commendation) still gives the model a new version."""
    to_state = row.target_from(from_state)
    if to_state.value != model.state:
        model.state = to_state.value
    else:
        model.updated_at = datetime.now(UTC)
    entry = ModelHistory(
        model_id=model.id,
        actor_id=actor.id,
        actor_name=actor.name,
        action=row.action,
        from_state=from_state.value,
        to_state=to_state.value,
        reason=reason,
        request_id=request_id,
        details=details,
    )
    if at is not None:
        entry.at = at
    session.add(entry)
    try:
        await session.flush()
    except StaleDataError:
        # Someone else moved the model between our read and our write: exactly one wins.
        raise PreconditionFailed(code="concurrent_update") from None
    if event:
        await record_event(
            session,
            MOVE_EVENTS[row.action],
            resource_type="model",
            resource_id=model.id,
            unit_path=model.unit_path,
            actor_id=actor.id,
            request_id=request_id,
            data={
                "code": model.code,
                "from": from_state.value,
                "to": to_state.value,
                "reason": reason,
                **(event_data or {}),
            },
        )
    return entry
