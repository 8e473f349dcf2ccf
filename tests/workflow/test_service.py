"""The workflow service refuses any move the transition table lacks, before it touches the database.

No HTTP and no database: the refusals come before the first query, so a transient model will do."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from app.core.context import RequestContext
from app.models import RegisteredModel
from app.policy.permissions import Role
from app.workflow import service as workflow
from app.workflow.states import State

ACTOR = workflow.Actor(uuid.uuid4(), "Người thử")
NO_SESSION: Any = None  # never reached: every refusal comes first


def _model(state: State) -> RegisteredModel:
    return RegisteredModel(id=uuid.uuid4(), state=state.value, version=1)


async def _decided(model: RegisteredModel, action: str, role: Role = Role.AUTHORITY) -> None:
    await workflow.apply_decided(
        NO_SESSION,
        RequestContext(),
        None,
        model,
        action,  # type: ignore[arg-type]
        acting_as=role,
        reason=None,
        details={},
        event_data={},
    )


async def test_a_decision_cannot_make_a_move_the_table_lacks() -> None:
    with pytest.raises(workflow.UnknownAction):
        await _decided(_model(State.SURVEYED), "promote_to_national_hero")


async def test_a_decision_cannot_take_a_users_move() -> None:
    # `accept` is a row, but one taken through POST /transitions, never by a decision.
    with pytest.raises(workflow.UnknownAction):
        await _decided(_model(State.REGISTERED), "accept")


async def test_a_decision_move_from_the_wrong_state_is_refused() -> None:
    with pytest.raises(workflow.TransitionNotAllowed):
        await _decided(_model(State.DRAFT), "recognize")
    with pytest.raises(workflow.TransitionNotAllowed):
        await _decided(_model(State.RECOGNIZED), "commend")  # only an exemplar is commended


async def test_a_decision_move_needs_the_rows_role() -> None:
    with pytest.raises(workflow.ActionNotPermitted):
        await _decided(_model(State.SURVEYED), "recognize", Role.MOBILISER)


async def test_a_revocation_must_return_where_the_table_says() -> None:
    with pytest.raises(workflow.TransitionNotAllowed):
        await workflow.apply_decided(
            NO_SESSION,
            RequestContext(),
            None,
            _model(State.EXEMPLAR),  # type: ignore[arg-type]
            "revoke_decision",
            acting_as=Role.AUTHORITY,
            reason="x",
            details={},
            event_data={},
            expected_target=State.SURVEYED,
        )


async def test_an_api_move_the_table_lacks_is_refused() -> None:
    move = workflow.MoveRequest("recognize")  # a decision's row: not through POST /transitions
    schedule: Any = None
    with pytest.raises(workflow.UnknownAction):
        await workflow.apply_transition(
            NO_SESSION,
            RequestContext(),
            None,
            _model(State.SURVEYED),  # type: ignore[arg-type]
            move,
            schedule,
        )


async def test_replayed_history_is_checked_against_the_table() -> None:
    with pytest.raises(workflow.UnknownAction):
        await workflow.replay(NO_SESSION, ACTOR, _model(State.DRAFT), "decide")
    with pytest.raises(workflow.TransitionNotAllowed):
        await workflow.replay(NO_SESSION, ACTOR, _model(State.WITHDRAWN), "submit")
