"""Each state declares its facts once (app/workflow/states.py); every set of states is derived from them."""

from __future__ import annotations

import re

from app.models import RegisteredModel
from app.workflow import states as st
from app.workflow.states import STATE_FACTS, State
from app.workflow.table import TRANSITIONS


def test_every_state_has_its_facts_and_labels() -> None:
    assert set(STATE_FACTS) == set(State)
    for state, facts in STATE_FACTS.items():
        assert facts.label.vi and facts.label.en, state


def test_public_is_exactly_recognised() -> None:
    assert st.PUBLIC_STATES == st.RECOGNISED_STATES == {State.RECOGNIZED, State.NOMINATED, State.EXEMPLAR}


def test_the_derived_sets_read_the_facts() -> None:
    assert {State.DRAFT, State.RETURNED} == st.EDITABLE_STATES
    assert {State.RECOGNIZED, State.NOT_RECOGNIZED, State.NOMINATED, State.EXEMPLAR} == st.DECIDED_STATES
    assert set(State) - {State.WITHDRAWN} == st.LIVE_STATES
    # A model counts for coverage once submitted, unless returned or withdrawn.
    assert set(State) - {State.DRAFT, State.RETURNED, State.WITHDRAWN} == st.COUNTED_STATES
    assert all(f.terminal == (f.waiting_on is None) for f in STATE_FACTS.values())
    assert st.state_codes(st.PUBLIC_STATES) == ("recognized", "nominated", "exemplar")


def test_recognised_states_are_decided_and_editable_ones_are_not_counted() -> None:
    assert st.RECOGNISED_STATES <= st.DECIDED_STATES
    assert not st.EDITABLE_STATES & st.COUNTED_STATES
    assert not st.EDITABLE_STATES & st.DECIDED_STATES


def test_whoever_is_waited_on_has_a_move_out_of_the_state() -> None:
    for state, facts in STATE_FACTS.items():
        if facts.waiting_on is None:
            continue
        rows = [t for t in TRANSITIONS if state in t.sources and facts.waiting_on.role in t.actors]
        assert rows, f"{state} waits on {facts.waiting_on.role} but no row lets them move it"


def test_no_withdrawal_once_decided() -> None:
    withdraw = next(t for t in TRANSITIONS if t.action == "withdraw")
    assert not withdraw.sources & st.DECIDED_STATES


def test_the_orm_check_constraint_lists_exactly_the_states() -> None:
    # The ORM may not import the workflow (a package cycle), so its CHECK is written out: pinned here.
    [check] = [c for c in RegisteredModel.__table__.constraints if "state IN" in str(getattr(c, "sqltext", ""))]
    listed = re.findall(r"'([a-z_]+)'", str(check.sqltext))  # type: ignore[attr-defined]
    assert sorted(listed) == sorted(s.value for s in State)
