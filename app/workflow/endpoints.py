"""/workflow: the state machine, documented from the same table the engine runs on."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from app.core.bodies import GuardedRoute
from app.core.openapi_docs import problems
from app.workflow.states import STATE_LABELS
from app.workflow.table import TRANSITIONS, WAITING_ON

router = APIRouter(tags=["workflow"], route_class=GuardedRoute)


class Label(BaseModel):
    """A label in both languages."""

    vi: str
    en: str


class GuardDoc(BaseModel):
    """A guard of an action; pending guards are declared but not enforced yet."""

    code: str
    label: Label
    pending: bool
    pending_reason: str


class ActionDoc(BaseModel):
    """One row of the transition table."""

    action: str
    label: Label
    from_states: list[str]
    to_state: str
    roles: list[str]
    reason_required: bool
    payload: str | None
    guards: list[GuardDoc]
    via_api: bool


class StateDoc(BaseModel):
    """A state, and who must act while a model is in it."""

    code: str
    label: Label
    waiting_on_role: str | None
    waiting_on_unit: str | None


class WorkflowDoc(BaseModel):
    """The whole state machine."""

    states: list[StateDoc]
    actions: list[ActionDoc]


@router.get("/workflow", operation_id="workflow_get", summary="The workflow state machine",
            response_model=WorkflowDoc, responses=problems(422))
async def get_workflow() -> WorkflowDoc:
    """States with labels, and every action with its from-states, target, roles, guards and payload."""
    states = []
    for state, label in STATE_LABELS.items():
        waiting = WAITING_ON.get(state)
        states.append(StateDoc(code=state.value, label=Label(**label.as_dict()),
                               waiting_on_role=waiting[0].value if waiting else None,
                               waiting_on_unit=waiting[1] if waiting else None))
    actions = [
        ActionDoc(
            action=t.action, label=Label(**t.label.as_dict()), from_states=sorted(s.value for s in t.sources),
            to_state=t.target.value, roles=[r.value for r in t.actors], reason_required=t.reason_required,
            payload=t.payload, via_api=t.via_api,
            guards=[GuardDoc(code=g.code, label=Label(**g.label.as_dict()), pending=g.pending,
                             pending_reason=g.pending_reason) for g in t.guards],
        )
        for t in TRANSITIONS
    ]
    return WorkflowDoc(states=states, actions=actions)
