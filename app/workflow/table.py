"""The transition table: every move, its from-states, to-state, who may take it, its guards, its payload
and the endpoint that takes it (decisions, revocations and commendations included). This table is the
single source of truth: the workflow service refuses any move it lacks, and the engine, the API's
`allowed_actions` and `GET /workflow` are computed from it. Who is waited on in each state is a fact of
the state (`app/workflow/states.py`).

Actor kinds say how the caller's scope is judged for a move:
- registrant: a `registrant` role whose scope covers the model's registrant unit;
- mobiliser: a `mobiliser` role whose scope covers the model's registrant unit (the officer of the
  mass-mobilisation board that received the registration);
- authority: an `authority` role held at the deciding unit the authority policy names (for a decision's
  moves, the decisions service judges the issuing unit's competence: a commendation may come from above).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.i18n import Text
from app.policy.permissions import Role
from app.workflow.states import State

S = State


TRANSITIONS_ENDPOINT = "POST /models/{id}/transitions"
DECISIONS_ENDPOINT = "POST /decisions"
REVOKE_ENDPOINT = "POST /decisions/{id}/revoke"


@dataclass(frozen=True)
class GuardSpec:
    """A named precondition of a move."""

    code: str
    label: Text


@dataclass(frozen=True)
class Transition:
    """One move of the workflow: from which states, to which, who takes it, what it checks, where it is taken."""

    action: str
    sources: frozenset[State]
    target: State
    actors: tuple[Role, ...]
    label: Text
    guards: tuple[GuardSpec, ...] = ()
    reason_required: bool = False
    payload: str | None = None  # name of the payload schema (documented in the contract)
    taken_through: str = TRANSITIONS_ENDPOINT  # the endpoint that takes it; decisions take theirs elsewhere
    # A revocation returns each state to the one the decision found the model in: {source: target}.
    returns_to: tuple[tuple[State, State], ...] = ()
    keeps_state: bool = False  # an honour (a commendation or its revocation): a history row, the state stays

    @property
    def via_api(self) -> bool:
        """Taken through POST /models/{id}/transitions (False: a decision takes it)."""
        return self.taken_through == TRANSITIONS_ENDPOINT

    def target_from(self, state: State) -> State:
        """The state this move leads to from a given source state."""
        return dict(self.returns_to).get(state, self.target)


G_REQUIRED_FIELDS = GuardSpec(
    "required_fields",
    Text(
        "Đủ các nội dung bắt buộc của bảng đăng ký (tên, lĩnh vực, mục tiêu, chỉ tiêu, nội dung, thời gian…)",
        "The registration's required content is complete (name, field, objectives, targets, content, timeline…)",
    ),
)
G_WINDOW_OPEN = GuardSpec(
    "registration_window_open",
    Text("Trong thời gian đăng ký của chu kỳ", "Within one of the cycle's registration windows"),
)
# File guards: what files each one needs is data in app/workflow/dossier.py (DOSSIERS).
G_OTHER_CONFIRMED = GuardSpec(
    "other_field_confirmed",
    Text(
        "Mô hình lĩnh vực khác được đơn vị trực tiếp quản lý xác nhận: thao tác của một người dùng thuộc đơn vị "
        "đó, chưa thu hồi (POST /models/{id}/confirmations)",
        "A model in field `other` is confirmed by its managing unit: the act of a user of that unit, not withdrawn "
        "(POST /models/{id}/confirmations)",
    ),
)
G_REGISTRATION_FORM = GuardSpec(
    "registration_form_attached",
    Text(
        "Có Bảng đăng ký mô hình (Mẫu 1) đính kèm (tệp loại registration_form)",
        "The registration form (Mẫu 1) is attached (a `registration_form` file)",
    ),
)
G_RESULT_REPORT = GuardSpec(
    "result_report_given",
    Text(
        "Có báo cáo kết quả: tệp loại result_report hoặc nội dung báo cáo (results_report)",
        "A results report: a `result_report` file or the report as text (`results_report`)",
    ),
)
G_RESULTS_COMPLETE = GuardSpec(
    "results_for_every_target", Text("Có kết quả cho từng chỉ tiêu đã đăng ký", "A result for every registered target")
)
G_EXEMPLAR_DOSSIER = GuardSpec(
    "exemplar_dossier_complete",
    Text(
        "Đủ hồ sơ đề nghị điển hình: biên bản họp xét, tờ trình, báo cáo thành tích có xác nhận của cấp ủy cơ sở, "
        "02 ảnh mô hình, 02 ảnh chân dung",
        "A complete exemplar dossier: review minutes, submission, achievement report confirmed by the grassroots "
        "party committee, 2 photos of the model, 2 portraits",
    ),
)
G_DECISION = GuardSpec(
    "decision_issued",
    Text(
        "Quyết định của cấp có thẩm quyền (POST /decisions), dựa trên cuộc họp bình xét đã kết thúc",
        "A decision by the competent unit (POST /decisions), resting on a closed review meeting",
    ),
)
G_STANDARD = GuardSpec(
    "meets_standard",
    Text(
        "Đúng tiêu chuẩn: lần khảo sát gần nhất đạt mức tối thiểu của chiến dịch cho từng tiêu chí và tổng điểm "
        "(mặc định mỗi tiêu chí ≥ 5/10, tổng ≥ 35/50), hoặc cấp có thẩm quyền ghi ngoại lệ có lý do",
        "Meets the standard: the latest survey reaches the campaign's minimum for each criterion and the total "
        "(default each ≥ 5/10, total ≥ 35/50), or the competent unit records an exception with a reason",
    ),
)
# Seed 000 §2.2(1): a comprehensive model's unit (or person) meets the extra conditions; the catalogue of
# conditions is app/criteria/conditions.py, the values are recorded through PUT /models/{id}/conditions.
G_CONDITIONS = GuardSpec(
    "comprehensive_conditions_met",
    Text(
        "Mô hình toàn diện đạt các điều kiện: từng tổ chức trong hệ thống chính trị và hội quần chúng xếp loại "
        "hoàn thành tốt nhiệm vụ trở lên; trường học tiên tiến trở lên; đơn vị đạt chuẩn văn hoá; thôn, bản, "
        "khu phố đạt văn hoá; 90% đảng viên, CBCC-VC, người lao động hoàn thành tốt nhiệm vụ trở lên (cá nhân: "
        "hoàn thành xuất sắc nhiệm vụ trở lên); ngoại lệ về tiêu chuẩn không miễn các điều kiện này",
        "A comprehensive model meets its conditions: every organisation of the political system and mass "
        "association rated 'completed tasks well' or better; schools 'advanced' or better; the unit meets the "
        "cultural standard; villages hold the cultural title; 90 % of members complete tasks well or better (an "
        "individual: 'excellently completed tasks'); a standard exception does not waive them",
    ),
)
G_DECISION_STANDS = GuardSpec(
    "decision_not_superseded",
    Text(
        "Quyết định chưa bị thu hồi và mô hình chưa chuyển bước sau quyết định (chưa có quyết định sau còn hiệu lực)",
        "The decision is not revoked and the model has not moved on since (no later decision in force)",
    ),
)
G_SURVEY_VALID = GuardSpec(
    "survey_complete",
    Text(
        "Biên bản khảo sát có ngày, nhận xét, điểm 0–10 cho cả năm tiêu chí chung và điểm cho từng tiêu chí cụ "
        "thể phong trào đặt cho lĩnh vực của mô hình",
        "The survey has a date, findings, a 0–10 score for each of the five general criteria and a score for each "
        "criterion the campaign set for the model's field",
    ),
)

TRANSITIONS: tuple[Transition, ...] = (
    Transition(
        "submit",
        frozenset({S.DRAFT, S.RETURNED}),
        S.REGISTERED,
        (Role.REGISTRANT,),
        Text("Gửi đăng ký", "Submit the registration"),
        guards=(G_REQUIRED_FIELDS, G_WINDOW_OPEN, G_OTHER_CONFIRMED, G_REGISTRATION_FORM),
    ),
    Transition(
        "accept",
        frozenset({S.REGISTERED}),
        S.IMPLEMENTING,
        (Role.MOBILISER,),
        Text("Tiếp nhận đăng ký", "Accept the registration"),
        guards=(G_OTHER_CONFIRMED,),
    ),
    Transition(
        "return",
        frozenset({S.REGISTERED, S.REPORTED, S.SURVEYED}),
        S.RETURNED,
        (Role.MOBILISER,),
        Text("Trả lại để bổ sung", "Return for correction"),
        reason_required=True,
    ),
    Transition(
        "report_results",
        frozenset({S.IMPLEMENTING}),
        S.REPORTED,
        (Role.REGISTRANT,),
        Text("Báo cáo kết quả thực hiện", "Report results"),
        guards=(G_RESULTS_COMPLETE, G_RESULT_REPORT),
        payload="ResultsReport",
    ),
    Transition(
        "record_survey",
        frozenset({S.REPORTED}),
        S.SURVEYED,
        (Role.MOBILISER,),
        Text("Ghi nhận kết quả khảo sát", "Record the on-site survey"),
        guards=(G_SURVEY_VALID,),
        payload="SurveyCreate",
    ),
    Transition(
        "withdraw",
        frozenset({S.DRAFT, S.REGISTERED, S.IMPLEMENTING, S.REPORTED, S.SURVEYED, S.RETURNED}),
        S.WITHDRAWN,
        (Role.REGISTRANT,),
        Text("Rút đăng ký", "Withdraw"),
        reason_required=True,
    ),
    Transition(
        "nominate",
        frozenset({S.RECOGNIZED}),
        S.NOMINATED,
        (Role.REGISTRANT, Role.MOBILISER),
        Text("Đề nghị công nhận điển hình", "Nominate as exemplar"),
        guards=(G_EXEMPLAR_DOSSIER,),
    ),
    # Taken by issuing a decision (POST /decisions) or revoking one, never through POST /models/{id}/transitions.
    Transition(
        "recognize",
        frozenset({S.SURVEYED}),
        S.RECOGNIZED,
        (Role.AUTHORITY,),
        Text("Quyết định công nhận mô hình", "Decide to recognise the model"),
        guards=(G_DECISION, G_STANDARD, G_CONDITIONS),
        taken_through=DECISIONS_ENDPOINT,
    ),
    Transition(
        "not_recognize",
        frozenset({S.SURVEYED}),
        S.NOT_RECOGNIZED,
        (Role.AUTHORITY,),
        Text("Quyết định không công nhận", "Decide not to recognise the model"),
        guards=(G_DECISION,),
        taken_through=DECISIONS_ENDPOINT,
    ),
    Transition(
        "recognize_exemplar",
        frozenset({S.NOMINATED}),
        S.EXEMPLAR,
        (Role.AUTHORITY,),
        Text("Quyết định công nhận điển hình", "Decide to recognise the exemplar"),
        guards=(G_DECISION,),
        taken_through=DECISIONS_ENDPOINT,
    ),
    Transition(
        "commend",
        frozenset({S.EXEMPLAR}),
        S.EXEMPLAR,
        (Role.AUTHORITY,),
        Text("Quyết định khen thưởng, biểu dương điển hình", "Commend the exemplar"),
        guards=(G_DECISION,),
        taken_through=DECISIONS_ENDPOINT,
        keeps_state=True,
    ),
    Transition(
        "revoke_decision",
        frozenset({S.RECOGNIZED, S.NOT_RECOGNIZED, S.EXEMPLAR}),
        S.SURVEYED,
        (Role.AUTHORITY,),
        Text(
            "Thu hồi quyết định (mô hình trở lại trạng thái trước quyết định)",
            "Revoke the decision (the model returns to where it was before)",
        ),
        guards=(G_DECISION_STANDS,),
        reason_required=True,
        taken_through=REVOKE_ENDPOINT,
        returns_to=((S.EXEMPLAR, S.NOMINATED),),
    ),
    Transition(
        "revoke_commendation",
        frozenset({S.EXEMPLAR}),
        S.EXEMPLAR,
        (Role.AUTHORITY,),
        Text("Thu hồi quyết định khen thưởng", "Revoke the commendation"),
        guards=(G_DECISION_STANDS,),
        reason_required=True,
        taken_through=REVOKE_ENDPOINT,
        keeps_state=True,
    ),
)

# The move each decision kind makes; revoking a decision of a kind makes its `REVOCATIONS` move.
DECISION_MOVES: dict[str, str] = {
    "model_recognition": "recognize",
    "model_non_recognition": "not_recognize",
    "exemplar_recognition": "recognize_exemplar",
    "commendation": "commend",
}
REVOCATIONS: dict[str, str] = {
    kind: "revoke_commendation" if kind == "commendation" else "revoke_decision" for kind in DECISION_MOVES
}

BY_ACTION: dict[str, Transition] = {t.action: t for t in TRANSITIONS}


def describe_table() -> str:
    """The transition table as Markdown, for the contract's description of the transitions operation."""
    lines = ["| action | from | to | who | reason | guards |", "|---|---|---|---|---|---|"]
    for t in TRANSITIONS:
        if not t.via_api:
            continue
        guards = ", ".join(f"`{g.code}`" for g in t.guards) or "—"
        lines.append(
            f"| `{t.action}` | {', '.join(sorted(s.value for s in t.sources))} | {t.target.value} | "
            f"{', '.join(r.value for r in t.actors)} | {'required' if t.reason_required else '—'} | {guards} |"
        )
    return "\n".join(lines)
