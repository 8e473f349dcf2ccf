"""The state machine as a document (GET /workflow), built from the same table and state facts the
service runs on. Schemas and a pure builder; the route lives with the models' endpoints."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.workflow.states import STATE_FACTS, State
from app.workflow.table import TRANSITIONS


class Label(BaseModel):
    """A label in both languages."""

    vi: str
    en: str


class GuardDoc(BaseModel):
    """A guard of an action: a stable code and what it checks."""

    code: str
    label: Label


class ActionDoc(BaseModel):
    """One row of the transition table."""

    action: str
    label: Label
    from_states: list[str]
    to_state: str
    to_state_from: dict[str, str] = Field(
        description="Where the move leads from each source state (a revocation returns each state to where the "
        "decision found it; otherwise every source leads to `to_state`)."
    )
    roles: list[str]
    reason_required: bool
    payload: str | None
    guards: list[GuardDoc]
    via_api: bool = Field(description="Taken through POST /models/{id}/transitions; false: by a decision.")
    taken_through: str = Field(description="The endpoint that takes the move.")
    keeps_state: bool = Field(description="An honour (a commendation or its revocation): recorded, the state stays.")


class StateDoc(BaseModel):
    """A state, its facts, and who must act while a model is in it."""

    code: str
    label: Label
    waiting_on_role: str | None
    waiting_on_unit: str | None
    public: bool
    counted: bool
    recognised: bool
    editable: bool
    decided: bool
    terminal: bool
    followed_up: bool = Field(
        description="The boards record follow-ups of a model in this state (POST /models/{id}/follow-ups)."
    )


class WorkflowDoc(BaseModel):
    """The whole state machine."""

    states: list[StateDoc]
    actions: list[ActionDoc]


def _state(state: State) -> StateDoc:
    facts = STATE_FACTS[state]
    waiting = facts.waiting_on
    return StateDoc(
        code=state.value,
        label=Label(**facts.label.as_dict()),
        waiting_on_role=waiting.role.value if waiting else None,
        waiting_on_unit=waiting.unit if waiting else None,
        public=facts.public,
        counted=facts.counted,
        recognised=facts.recognised,
        editable=facts.editable,
        decided=facts.decided,
        terminal=facts.terminal,
        followed_up=facts.followed_up,
    )


def workflow_doc() -> WorkflowDoc:
    """States with their facts, and every row of the table with its sources, target, roles, guards and payload."""
    actions = [
        ActionDoc(
            action=t.action,
            label=Label(**t.label.as_dict()),
            from_states=sorted(s.value for s in t.sources),
            to_state=t.target.value,
            to_state_from={s.value: t.target_from(s).value for s in sorted(t.sources)},
            roles=[r.value for r in t.actors],
            reason_required=t.reason_required,
            payload=t.payload,
            via_api=t.via_api,
            taken_through=t.taken_through,
            keeps_state=t.keeps_state,
            guards=[GuardDoc(code=g.code, label=Label(**g.label.as_dict())) for g in t.guards],
        )
        for t in TRANSITIONS
    ]
    return WorkflowDoc(states=[_state(s) for s in State], actions=actions)
