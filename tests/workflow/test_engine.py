"""The transition table and the pure engine, without a database."""

from __future__ import annotations

from datetime import date

from app.policy.permissions import Role
from app.workflow import engine
from app.workflow.dossier import DOSSIERS, ConfirmationFact, EvidenceFact, EvidenceFacts
from app.workflow.states import STATE_FACTS, STATE_LABELS, State
from app.workflow.table import BY_ACTION, TRANSITIONS

FORM = EvidenceFacts((EvidenceFact("f1", "registration_form"),))


def _files(
    *kinds: str, confirmed: tuple[str, ...] = (), other_field: bool = False, acts: tuple[str, ...] = ()
) -> EvidenceFacts:
    """Files of these kinds; those of a `confirmed` kind confirmed by the grassroots committee's act; `acts`:
    confirmation acts on the model itself (`other_field`)."""
    files = [EvidenceFact(f"e{i}", k) for i, k in enumerate(kinds)]
    confirmations = [
        ConfirmationFact(f"c{i}", "achievement_report", f"e{i}") for i, k in enumerate(kinds) if k in confirmed
    ]
    confirmations += [ConfirmationFact(f"a{i}", kind) for i, kind in enumerate(acts)]
    return EvidenceFacts(tuple(files), field_requires_confirmation=other_field, confirmations=tuple(confirmations))


def _ctx(
    evidence: EvidenceFacts = FORM, payload: dict[str, object] | None = None, **model: object
) -> engine.GuardContext:
    base = {
        "name": "Mô hình",
        "objectives": "x",
        "content_methods": "y",
        "start_date": date(2025, 1, 1),
        "end_date": date(2025, 12, 31),
        "targets": [{"what": "Hộ thoát nghèo"}],
        "registrant_kind": "collective",
    }
    base.update(model)
    return engine.GuardContext(
        model=base,
        today=date(2025, 8, 10),
        window_open=True,
        windows_text="01/08–31/08",
        payload=dict(payload or {}),
        evidence=evidence,
    )


def test_every_state_has_labels_in_both_languages_and_a_waiting_rule() -> None:
    for state in State:
        assert STATE_LABELS[state].vi and STATE_LABELS[state].en
        assert state in STATE_FACTS  # each state's facts include who is waited on


def test_the_happy_path_draft_to_surveyed() -> None:
    path = [
        ("submit", State.REGISTERED),
        ("accept", State.IMPLEMENTING),
        ("report_results", State.REPORTED),
        ("record_survey", State.SURVEYED),
    ]
    state = State.DRAFT
    for action, expected in path:
        state = engine.next_state(state, action) or state
        assert state is expected


def test_illegal_moves_have_no_next_state() -> None:
    assert engine.next_state(State.DRAFT, "accept") is None
    assert engine.next_state(State.WITHDRAWN, "submit") is None
    assert engine.next_state(State.DRAFT, "no_such_action") is None


def test_allowed_actions_depend_on_the_callers_roles() -> None:
    assert engine.allowed_actions(State.DRAFT, {Role.REGISTRANT}) == ["submit", "withdraw"]
    assert engine.allowed_actions(State.DRAFT, {Role.MOBILISER}) == []
    assert engine.allowed_actions(State.REGISTERED, {Role.MOBILISER}) == ["accept", "return"]
    assert engine.allowed_actions(State.REGISTERED, {Role.VIEWER}) == []


def test_a_returned_model_can_be_resubmitted_and_withdrawn() -> None:
    assert engine.allowed_actions(State.RETURNED, {Role.REGISTRANT}) == ["submit", "withdraw"]


def test_no_withdrawal_after_a_decision() -> None:
    for state in (State.RECOGNIZED, State.NOT_RECOGNIZED, State.NOMINATED, State.EXEMPLAR):
        assert "withdraw" not in engine.actions_from(state)


def test_return_and_withdraw_require_a_reason() -> None:
    assert BY_ACTION["return"].reason_required
    assert BY_ACTION["withdraw"].reason_required
    assert not BY_ACTION["accept"].reason_required


def test_no_guard_is_pending_any_more() -> None:
    assert not [g.code for t in TRANSITIONS for g in t.guards if hasattr(g, "pending")]
    failures = engine.check_guards(BY_ACTION["submit"], _ctx())
    assert failures == []


def test_submit_needs_the_registration_form() -> None:
    failures = engine.check_guards(BY_ACTION["submit"], _ctx(evidence=_files("implementation_document")))
    assert [f.guard for f in failures] == ["registration_form_attached"]
    assert "Mẫu 1" in failures[0].message.render("en", **failures[0].params)


def test_a_model_in_field_other_also_needs_the_managing_units_confirmation_act() -> None:
    failures = engine.check_guards(BY_ACTION["submit"], _ctx(evidence=_files("registration_form", other_field=True)))
    assert [f.guard for f in failures] == ["other_field_confirmed"]
    assert "POST /models/{id}/confirmations" in failures[0].message.render("en", **failures[0].params)
    # A scanned `confirmation` file is not the act: it does not satisfy the guard on its own.
    scanned = _files("registration_form", "confirmation", other_field=True)
    assert [f.guard for f in engine.check_guards(BY_ACTION["submit"], _ctx(evidence=scanned))] == [
        "other_field_confirmed"
    ]
    confirmed = _files("registration_form", other_field=True, acts=("other_field",))
    assert engine.check_guards(BY_ACTION["submit"], _ctx(evidence=confirmed)) == []
    # The board's acceptance checks it again (a confirmation withdrawn after the submission stops it).
    assert [f.guard for f in engine.check_guards(BY_ACTION["accept"], _ctx(evidence=scanned))] == [
        "other_field_confirmed"
    ]
    assert engine.check_guards(BY_ACTION["accept"], _ctx(evidence=confirmed)) == []
    # An act of the other kind does not stand in for it.
    wrong = _files("registration_form", other_field=True, acts=("achievement_report",))
    assert [f.guard for f in engine.check_guards(BY_ACTION["submit"], _ctx(evidence=wrong))] == [
        "other_field_confirmed"
    ]


def test_a_confirmation_is_not_asked_of_models_in_the_other_fields() -> None:
    assert engine.check_guards(BY_ACTION["submit"], _ctx(evidence=_files("registration_form"))) == []
    assert engine.check_guards(BY_ACTION["accept"], _ctx(evidence=_files())) == []


def test_report_results_needs_a_result_report_file_or_a_text_report() -> None:
    results = {"results": [{"target_index": 0}]}
    row = BY_ACTION["report_results"]
    failures = engine.check_guards(row, _ctx(evidence=_files(), payload=results))
    assert [f.guard for f in failures] == ["result_report_given"]
    assert engine.check_guards(row, _ctx(evidence=_files("result_report"), payload=results)) == []
    text = {**results, "results_report": "Đã giúp 16 hộ thoát nghèo."}
    assert engine.check_guards(row, _ctx(evidence=_files(), payload=text)) == []
    blank = {**results, "results_report": "   "}
    assert [f.guard for f in engine.check_guards(row, _ctx(evidence=_files(), payload=blank))] == [
        "result_report_given"
    ]


def test_the_exemplar_dossier_is_declared_for_nominate() -> None:
    kinds = {(r.kind, r.min_count, r.confirmed_by) for r in DOSSIERS["nominate"]}
    assert kinds == {
        ("review_minutes", 1, None),
        ("submission", 1, None),
        ("achievement_report", 1, "achievement_report"),
        ("model_photo", 2, None),
        ("portrait", 2, None),
    }
    check = engine.GUARD_CHECKS["exemplar_dossier_complete"]
    almost = _files(
        "review_minutes", "submission", "achievement_report", "model_photo", "model_photo", "portrait", "portrait"
    )
    failures = check(_ctx(evidence=almost))
    assert len(failures) == 1 and "grassroots" in failures[0].message.render("en", **failures[0].params)
    complete = _files(
        "review_minutes",
        "submission",
        "achievement_report",
        "model_photo",
        "model_photo",
        "portrait",
        "portrait",
        confirmed=("achievement_report",),
    )
    assert check(_ctx(evidence=complete)) == []
    one_portrait = _files(
        "review_minutes",
        "submission",
        "achievement_report",
        "model_photo",
        "model_photo",
        "portrait",
        confirmed=("achievement_report",),
    )
    [failure] = check(_ctx(evidence=one_portrait))
    assert failure.params["n"] == 2 and failure.params["have"] == 1


def test_every_guard_of_the_table_has_a_check() -> None:
    for row in TRANSITIONS:
        for guard in row.guards:
            assert guard.code in engine.GUARD_CHECKS


def test_submit_refuses_incomplete_content_with_pointers() -> None:
    failures = engine.check_guards(BY_ACTION["submit"], _ctx(objectives="", targets=[]))
    pointers = {f.pointer for f in failures}
    assert pointers == {"#/objectives", "#/targets"}


def test_an_individual_registrant_needs_a_name() -> None:
    failures = engine.check_guards(BY_ACTION["submit"], _ctx(registrant_kind="individual", individual_name=None))
    assert [f.pointer for f in failures] == ["#/individual_name"]


def test_submit_outside_the_window_names_the_windows() -> None:
    ctx = engine.GuardContext(
        model=_ctx().model,
        today=date(2025, 9, 1),
        window_open=False,
        windows_text="01/08/2025–31/08/2025",
        evidence=FORM,
    )
    failures = engine.check_guards(BY_ACTION["submit"], ctx)
    assert [f.guard for f in failures] == ["registration_window_open"]
    assert "01/08/2025–31/08/2025" in failures[0].message.render("en", **failures[0].params)


def test_report_results_needs_a_result_for_every_target() -> None:
    targets = [{"what": "A"}, {"what": "B"}]
    ctx = engine.GuardContext(
        model=_ctx(targets=targets).model,
        today=date(2025, 9, 1),
        window_open=True,
        windows_text="",
        payload={"results": [{"target_index": 0}], "results_report": "x"},
    )
    failures = engine.check_guards(BY_ACTION["report_results"], ctx)
    assert len(failures) == 1 and failures[0].params == {"n": 2, "what": "B"}


def test_table_rows_are_consistent() -> None:
    actions = [t.action for t in TRANSITIONS]
    assert len(actions) == len(set(actions))
    for row in TRANSITIONS:
        assert row.sources and row.actors and row.label.vi and row.label.en
        # Every row moves the state, except an honour (a commendation or its revocation), declared as such.
        assert row.target not in row.sources or (row.keeps_state and row.sources == {row.target})


def test_the_engine_is_pure_data_in_data_out() -> None:
    # Read from the source (nothing imported): the engine reaches no database, evidence or HTTP module.
    from tests.core.test_layering import _reached

    reached = _reached("app.workflow.engine")
    impure = sorted(
        n
        for n in reached
        if n.split(".")[0] in ("sqlalchemy", "fastapi", "starlette")
        or n.startswith(
            ("app.evidence", "app.models", "app.core.db", "app.workflow.service", "app.workflow.repository")
        )
    )
    assert not impure, impure


def test_the_decisions_moves_are_rows_of_the_table() -> None:
    rows = {t.action: t for t in TRANSITIONS}
    assert not any(
        rows[a].via_api
        for a in (
            "recognize",
            "not_recognize",
            "recognize_exemplar",
            "commend",
            "revoke_decision",
            "revoke_commendation",
        )
    )
    revoke = rows["revoke_decision"]
    assert revoke.target_from(State.RECOGNIZED) is State.SURVEYED
    assert revoke.target_from(State.NOT_RECOGNIZED) is State.SURVEYED
    assert revoke.target_from(State.EXEMPLAR) is State.NOMINATED
    assert rows["commend"].keeps_state and rows["commend"].sources == {State.EXEMPLAR}
    assert engine.next_state(State.EXEMPLAR, "revoke_decision") is State.NOMINATED
