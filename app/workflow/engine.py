"""The pure workflow engine: allowed actions, the next state, guard results. Data in, data out: no database,
no HTTP; the caller gathers the facts (the model, the cycle's window, the dossier's files) into a GuardContext."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from app.core import messages
from app.core.i18n import Text
from app.policy.permissions import Role
from app.workflow import dossier
from app.workflow.scoring import CriteriaFacts, score_problems
from app.workflow.states import State
from app.workflow.table import BY_ACTION, TRANSITIONS, Transition


@dataclass(frozen=True)
class GuardFailure:
    """Why a guard refused: a stable code, a bilingual message and where (JSON pointer), if anywhere."""

    guard: str
    message: Text
    pointer: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def as_problem_error(self) -> dict[str, Any]:
        """An entry of a problem's `errors` list."""
        params: dict[str, Any] = {k: v.render() if isinstance(v, Text) else v for k, v in self.params.items()}
        entry: dict[str, Any] = {"code": self.guard, "detail": self.message.render(**params)}
        if self.pointer:
            entry["pointer"] = self.pointer
        return entry


ConditionStatus = Literal["met", "not_met", "not_applicable", "not_recorded"]


@dataclass(frozen=True)
class ConditionFact:
    """One extra condition of a comprehensive model (seed 000 §2.2(1)) as recorded: its code, label and status."""

    code: str
    label: Text
    status: ConditionStatus


@dataclass(frozen=True)
class ConditionFacts:
    """Whether the model is comprehensive, and the conditions that apply to its kind of registrant."""

    comprehensive: bool = False
    conditions: tuple[ConditionFact, ...] = ()


@dataclass(frozen=True)
class GuardContext:
    """What the guards look at: the model's content, its cycle, the payload, today's local date, the
    model's files (kinds, confirmations; whether its field needs a confirmation), the criteria its campaign
    scores it on and, for a comprehensive model, its recorded conditions."""

    model: dict[str, Any]
    today: date
    window_open: bool
    windows_text: str
    payload: dict[str, Any] = field(default_factory=dict)
    evidence: dossier.EvidenceFacts = field(default_factory=dossier.EvidenceFacts)
    criteria: CriteriaFacts = field(default_factory=CriteriaFacts)
    conditions: ConditionFacts = field(default_factory=ConditionFacts)


def allowed_actions(state: State, roles: Iterable[Role]) -> list[str]:
    """Actions available from this state to a caller acting with these roles (API order)."""
    held = set(roles)
    return [t.action for t in TRANSITIONS if t.via_api and state in t.sources and held.intersection(t.actors)]


def actions_from(state: State) -> list[str]:
    """Every API action the table allows from this state, whoever takes it."""
    return [t.action for t in TRANSITIONS if t.via_api and state in t.sources]


def next_state(state: State, action: str) -> State | None:
    """The state an action leads to from this state, or None if the move is illegal."""
    row = BY_ACTION.get(action)
    return row.target_from(state) if row and state in row.sources else None


_REQUIRED: tuple[tuple[str, Text], ...] = (
    ("name", messages.MODEL_NAME_MISSING),
    ("objectives", Text("Thiếu mục tiêu.", "Objectives are missing.")),
    ("content_methods", Text("Thiếu nội dung, cách thức thực hiện.", "Content and methods are missing.")),
    ("start_date", Text("Thiếu ngày bắt đầu.", "The start date is missing.")),
    ("end_date", Text("Thiếu ngày kết thúc.", "The end date is missing.")),
)


def _required_fields(ctx: GuardContext) -> list[GuardFailure]:
    model = ctx.model
    failures = [GuardFailure("required_fields", text, f"#/{name}") for name, text in _REQUIRED if not model.get(name)]
    if not model.get("targets"):
        failures.append(
            GuardFailure(
                "required_fields", Text("Cần ít nhất một chỉ tiêu.", "At least one target is needed."), "#/targets"
            )
        )
    if model.get("registrant_kind") == "individual" and not model.get("individual_name"):
        failures.append(
            GuardFailure(
                "required_fields",
                Text("Thiếu họ tên cá nhân đăng ký.", "The individual's name is missing."),
                "#/individual_name",
            )
        )
    return failures


def _window_open(ctx: GuardContext) -> list[GuardFailure]:
    if ctx.window_open:
        return []
    return [
        GuardFailure(
            "registration_window_open",
            Text("Ngoài thời gian đăng ký ({windows}).", "Outside the registration windows ({windows})."),
            params={"windows": ctx.windows_text or "—"},
        )
    ]


def _results_complete(ctx: GuardContext) -> list[GuardFailure]:
    targets = ctx.model.get("targets") or []
    given = {r.get("target_index") for r in ctx.payload.get("results") or []}
    return [
        GuardFailure(
            "results_for_every_target",
            Text("Thiếu kết quả cho chỉ tiêu số {n}: {what}.", "No result for target {n}: {what}."),
            "#/results",
            {"n": i + 1, "what": t.get("what", "")},
        )
        for i, t in enumerate(targets)
        if i not in given
    ]


def _no_check(_ctx: GuardContext) -> list[GuardFailure]:
    return []


def _survey_complete(ctx: GuardContext) -> list[GuardFailure]:
    """The five general scores are the schema's to check; here the campaign's criteria for the model's field:
    each in force scored once, no other field's, retired or unknown code, no score above its top."""
    scores = (ctx.payload.get("survey") or {}).get("scores") or []
    return [
        GuardFailure(
            "survey_complete",
            p.message,
            "#/survey/scores" if p.index is None else f"#/survey/scores/{p.index}",
            p.params,
        )
        for p in score_problems(scores, ctx.criteria, complete=True)
    ]


_CONDITION_UNMET = Text(
    "Mô hình toàn diện chưa đạt điều kiện: {label}.", "The comprehensive model does not meet the condition: {label}."
)
_CONDITION_UNRECORDED = Text(
    "Mô hình toàn diện chưa ghi nhận điều kiện: {label}.",
    "The comprehensive model has not recorded the condition: {label}.",
)


def conditions_failures(facts: ConditionFacts) -> list[GuardFailure]:
    """Each condition of a comprehensive model neither met nor inapplicable (seed 000 §2.2(1)); none for a
    field-specific model."""
    if not facts.comprehensive:
        return []
    return [
        GuardFailure(
            "comprehensive_conditions_met",
            _CONDITION_UNRECORDED if c.status == "not_recorded" else _CONDITION_UNMET,
            params={"condition": c.code, "status": c.status, "label": c.label},
        )
        for c in facts.conditions
        if c.status not in ("met", "not_applicable")
    ]


def _files(guard: str) -> Callable[[GuardContext], list[GuardFailure]]:
    """A guard that checks the dossier requirements it enforces (app/workflow/dossier.py)."""

    def check(ctx: GuardContext) -> list[GuardFailure]:
        failures = []
        for requirement in dossier.by_guard(guard):
            if not requirement.applies(ctx.evidence):
                continue
            status = dossier.evaluate(requirement, ctx.evidence, ctx.payload)
            if not status.satisfied:
                message, params = dossier.missing_message(status)
                failures.append(GuardFailure(guard, message, params=params))
        return failures

    return check


GUARD_CHECKS: dict[str, Callable[[GuardContext], list[GuardFailure]]] = {
    "required_fields": _required_fields,
    "registration_window_open": _window_open,
    "results_for_every_target": _results_complete,
    # The schema checks the date, findings and five 0–10 general scores; this, the campaign's own criteria.
    "survey_complete": _survey_complete,
    "registration_form_attached": _files("registration_form_attached"),
    "other_field_confirmed": _files("other_field_confirmed"),
    "result_report_given": _files("result_report_given"),
    "exemplar_dossier_complete": _files("exemplar_dossier_complete"),
    # Checked by the decisions service (competent unit, closed review, its outcome, the period).
    "decision_issued": _no_check,
    # Checked by the decisions service (the latest survey against the campaign's standard, or an exception).
    "meets_standard": _no_check,
    # Gathered by the decisions service for each comprehensive model of a recognition (app/decisions/conditions.py).
    "comprehensive_conditions_met": lambda ctx: conditions_failures(ctx.conditions),
    # Checked by the decisions service (not revoked yet, no later move or commendation).
    "decision_not_superseded": _no_check,
}


def check_guards(row: Transition, ctx: GuardContext) -> list[GuardFailure]:
    """Every failure of the row's guards (empty: the move may be made)."""
    return [failure for guard in row.guards for failure in GUARD_CHECKS[guard.code](ctx)]
