"""Recording a board's follow-up of a model (theo dõi, kiểm tra; seed 001 §III.2.1), and reading them.

A follow-up is not a move: the model's state never changes, so it is not in the transition table and does
not go through the workflow service. It is recorded in the model's history all the same (action
`follow_up`, from_state = to_state) and in the event log (`model.followed-up`), in the request's
transaction. The model's content does not change either, so no If-Match is needed; but its read shows the
number of follow-ups and the latest visit, so the model gets a new version (ETag; `updated_at` stays), as
for a new replication. A client that read the model before must read it again before its next write (412).

Who: a mobiliser (the boards) or an administrator whose scope covers the model's unit (its unit or an
ancestor). When: while the model is between registration and survey (the states whose fact `followed_up`
is set: registered, implementing, reported).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns import repository as campaigns
from app.campaigns.schedule import local_today
from app.core import labels, messages
from app.core.context import RequestContext
from app.core.errors import Forbidden, NotFound, Unprocessable
from app.core.i18n import Text
from app.core.pagination import PageParams
from app.events.service import record_event
from app.followups import repository
from app.followups.schemas import FollowedModel, FollowUpCreate, FollowUpRead
from app.models import FollowUp, ModelHistory, RegisteredModel
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.registry import repository as models
from app.registry.schemas import UnitRef
from app.workflow.codes import FOLLOW_UP_ACTION
from app.workflow.states import FOLLOWED_UP_STATES, State, state_codes

FOLLOW_UP_NOT_FOUND = Text("Không tìm thấy lần theo dõi, kiểm tra.", "Follow-up not found.")
NOT_PERMITTED = Text(
    "Chỉ cán bộ dân vận hoặc quản trị của đơn vị hay cấp trên mới ghi nhận việc theo dõi, kiểm tra mô hình.",
    "Only mass-mobilisation officers or administrators of the model's unit or above record follow-ups.",
)
NOT_FOLLOWED_UP = Text(
    "Chỉ theo dõi, kiểm tra mô hình từ khi đăng ký đến khi khảo sát (hiện tại: {state}).",
    "Follow-ups are recorded between registration and survey (now: {state}).",
)
VISIT_IN_FUTURE = Text("Ngày theo dõi, kiểm tra sau ngày hôm nay.", "The follow-up date is after today.")
DUE_WITHOUT_REQUEST = Text("Hạn thực hiện chỉ đi kèm một kiến nghị.", "A due date needs a request.")
DUE_BEFORE_VISIT = Text("Hạn thực hiện trước ngày theo dõi, kiểm tra.", "The due date is before the follow-up.")
UNKNOWN_FILE = Text("Tệp không thuộc hồ sơ của mô hình này.", "The file is not in this model's dossier.")
NOT_AN_OPEN_REQUEST = Text("Không phải một kiến nghị còn mở của mô hình này.", "Not an open request of this model.")


def _error(code: str, pointer: str, text: Text) -> dict[str, Any]:
    return {"code": code, "pointer": pointer, "detail": text.render()}


def _check_role_and_state(caller: Caller, model: RegisteredModel) -> None:
    """403 unless the caller follows up this model's unit; 422 unless the model is between registration and
    survey."""
    if not caller.scope.covers(model.unit_path, Permission.FOLLOW_UP):
        raise Forbidden(NOT_PERMITTED, code="action_not_permitted")
    if State(model.state) not in FOLLOWED_UP_STATES:
        raise Unprocessable(
            NOT_FOLLOWED_UP,
            code="follow_up_not_allowed",
            _state=model.state,
            model_id=str(model.id),
            state=model.state,
            required_state=list(state_codes(FOLLOWED_UP_STATES)),
        )


async def _check_body(
    session: AsyncSession, model: RegisteredModel, data: FollowUpCreate, now: datetime
) -> list[FollowUp]:
    """422 with one entry per fault (dates, files, requests to close); returns the follow-ups it resolves."""
    failures: list[dict[str, Any]] = []
    campaign = await campaigns.campaign_by_id(session, model.campaign_id)
    assert campaign is not None
    if data.visited_on > local_today(campaign, now):
        failures.append(_error("visit_in_future", "#/visited_on", VISIT_IN_FUTURE))
    if data.request_due_on is not None:
        if data.request is None:
            failures.append(_error("due_without_request", "#/request_due_on", DUE_WITHOUT_REQUEST))
        elif data.request_due_on < data.visited_on:
            failures.append(_error("due_before_visit", "#/request_due_on", DUE_BEFORE_VISIT))
    files = await repository.files_of_model(session, model.id, data.evidence_ids)
    failures += [
        _error("unknown_evidence", f"#/evidence_ids/{i}", UNKNOWN_FILE)
        for i, file_id in enumerate(data.evidence_ids)
        if file_id not in files
    ]
    resolved = await repository.open_requests_of_model(session, model.id, data.resolves)
    found = {f.id for f in resolved}
    failures += [
        _error("not_an_open_request", f"#/resolves/{i}", NOT_AN_OPEN_REQUEST)
        for i, follow_up_id in enumerate(data.resolves)
        if follow_up_id not in found
    ]
    if failures:
        raise Unprocessable(messages.INVALID_DATA, code="validation_failed", errors=failures)
    return resolved


def write_follow_up(
    session: AsyncSession,
    model: RegisteredModel,
    officer: tuple[uuid.UUID, str],
    data: FollowUpCreate,
    *,
    request_id: str | None = None,
    at: datetime | None = None,
) -> tuple[FollowUp, ModelHistory]:
    """Add the follow-up and its history row (no checks, no event, no new version): the service's last step,
    and the demo loader's way to record the boards' past visits."""
    officer_id, officer_name = officer
    when = at or datetime.now(UTC)
    follow_up = FollowUp(
        id=uuid.uuid4(),
        model_id=model.id,
        model_state=model.state,
        visited_on=data.visited_on,
        kind=data.kind,
        officer_id=officer_id,
        officer_name=officer_name,
        participants=list(data.participants),
        findings=data.findings,
        request=data.request,
        request_due_on=data.request_due_on,
        evidence_ids=list(dict.fromkeys(str(i) for i in data.evidence_ids)),
        created_at=when,
    )
    entry = ModelHistory(
        model_id=model.id,
        at=when,
        actor_id=officer_id,
        actor_name=officer_name,
        action=FOLLOW_UP_ACTION,
        from_state=model.state,
        to_state=model.state,
        request_id=request_id,
        details={
            "follow_up_id": str(follow_up.id),
            "kind": data.kind,
            "visited_on": data.visited_on.isoformat(),
            "request_due_on": data.request_due_on.isoformat() if data.request_due_on else None,
            "resolves": [str(i) for i in dict.fromkeys(data.resolves)],
        },
    )
    session.add_all([follow_up, entry])
    return follow_up, entry


async def record_follow_up(
    session: AsyncSession, ctx: RequestContext, caller: Caller, model: RegisteredModel, data: FollowUpCreate
) -> FollowUp:
    """Record a follow-up of a visible model: who may (403), in which state (422), the body's dates, files and
    requests to close (422); then the follow-up, its history row, the closed requests, the model's new version
    and the event, in the caller's transaction."""
    _check_role_and_state(caller, model)
    model = await models.lock(session, model)
    _check_role_and_state(caller, model)  # the state again, now that concurrent moves wait for us
    now = datetime.now(UTC)
    resolved = await _check_body(session, model, data, now)
    follow_up, _ = write_follow_up(
        session, model, (caller.id, caller.user.full_name), data, request_id=ctx.request_id, at=now
    )
    await session.flush()
    for earlier in resolved:
        earlier.resolved_at, earlier.resolved_by_id = now, follow_up.id
    await repository.followed_up(session, model.id)
    await record_event(
        session,
        "model.followed-up",
        resource_type="model",
        resource_id=model.id,
        unit_path=model.unit_path,
        actor_id=caller.id,
        request_id=ctx.request_id,
        data={
            "code": model.code,
            "follow_up_id": str(follow_up.id),
            "kind": follow_up.kind,
            "state": model.state,
            "visited_on": follow_up.visited_on.isoformat(),
            "request_due_on": follow_up.request_due_on.isoformat() if follow_up.request_due_on else None,
            "resolves": [str(f.id) for f in resolved],
        },
    )
    return follow_up


def to_read(row: Row[Any]) -> FollowUpRead:
    """A read row (the follow-up, its model and registrant unit) as the API shows it."""
    f: FollowUp = row[0]
    current = State(row.model_current_state)
    return FollowUpRead(
        id=f.id,
        model=FollowedModel(
            id=f.model_id,
            code=row.model_code,
            name=row.model_name,
            state=current.value,
            registrant_unit=UnitRef(id=row.ru_id, code=row.ru_code, name=row.ru_name),
        ),
        model_state=f.model_state,
        visited_on=f.visited_on,
        kind=f.kind,
        kind_label=labels.label(labels.FOLLOW_UP_KINDS, f.kind) or f.kind,
        officer_id=f.officer_id,
        officer_name=f.officer_name,
        participants=list(f.participants or []),
        findings=f.findings,
        request=f.request,
        request_due_on=f.request_due_on,
        open=f.request is not None and f.resolved_at is None and current in FOLLOWED_UP_STATES,
        resolved_at=f.resolved_at,
        resolved_by_id=f.resolved_by_id,
        evidence_ids=[uuid.UUID(i) for i in f.evidence_ids or []],
        created_at=f.created_at,
    )


async def read_visible(session: AsyncSession, caller: Caller, follow_up_id: uuid.UUID) -> FollowUpRead:
    """One follow-up of a model the caller sees, or 404 (whether it exists elsewhere or not)."""
    row = await repository.get_visible(session, caller, follow_up_id)
    if row is None:
        raise NotFound(FOLLOW_UP_NOT_FOUND)
    return to_read(row)


async def list_visible(
    session: AsyncSession, caller: Caller, filters: repository.FollowUpFilters, page: PageParams
) -> tuple[list[FollowUpRead], str | None]:
    """One page of the follow-ups the caller sees, oldest visit first."""
    rows, next_cursor = await repository.list_visible(session, caller, filters, page)
    return [to_read(r) for r in rows], next_cursor
