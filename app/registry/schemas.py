"""Bodies of the /models endpoints: what a caller may write, and what they read back."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.core.codes import AwardFormCode, AwardLevelCode
from app.core.types import UnitId
from app.criteria.catalogue import CODE_BY_POSITION, POSITION_BY_CODE, CriterionCode
from app.workflow.codes import ActionCode, HistoryActionCode, RoleCode, StateCode

RegistrantKind = Literal["collective", "individual"]
ModelType = Literal["comprehensive", "field_specific"]
LevelAimed = Literal["grassroots", "district"]

Short = Field(max_length=500)


class Target(BaseModel):
    """A target of the model: what, how it is measured, the value aimed at and its unit."""

    model_config = ConfigDict(extra="forbid")
    what: str = Field(min_length=1, max_length=500, examples=["Hộ nghèo thoát nghèo"])
    indicator: str = Field(default="", max_length=500, examples=["Số hộ thoát nghèo trong năm"])
    target_value: float = Field(ge=0, le=1e12, allow_inf_nan=False, examples=[15])
    unit_of_measure: str = Field(default="", max_length=100, examples=["hộ"])


class CoreMember(BaseModel):
    """A core member assigned to the model."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    role: str = Field(default="", max_length=200)


class _Content(BaseModel):
    """The content of a registration form (Mẫu 1); shared by create and update."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    individual_name: str | None = Field(default=None, max_length=200)
    individual_position: str | None = Field(default=None, max_length=200)
    summary: str | None = Field(default=None, max_length=4000)
    field_code: str | None = Field(default=None, max_length=40, examples=["economy"])
    model_type: ModelType | None = None
    situation: str | None = Field(default=None, max_length=20000)
    objectives: str | None = Field(default=None, max_length=20000)
    targets: list[Target] | None = Field(default=None, max_length=50)
    content_methods: str | None = Field(default=None, max_length=20000)
    area_and_target_group: str | None = Field(default=None, max_length=5000)
    implementing_forces: str | None = Field(default=None, max_length=5000)
    core_members: list[CoreMember] | None = Field(default=None, max_length=100)
    resources: str | None = Field(default=None, max_length=5000)
    start_date: date | None = None
    end_date: date | None = None
    expected_outputs: str | None = Field(default=None, max_length=5000)
    sustainability: str | None = Field(default=None, max_length=5000)
    address: str | None = Field(default=None, max_length=500)
    level_aimed: LevelAimed | None = None
    continues_from_id: uuid.UUID | None = None
    replicates_id: uuid.UUID | None = Field(
        default=None,
        description="The recognised model (recognized, nominated or exemplar) this one replicates "
        "(nhân rộng); null clears it.",
    )

    @model_validator(mode="after")
    def _dates_in_order(self) -> _Content:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError("end_date must not be before start_date / ngày kết thúc trước ngày bắt đầu")
        return self


class ModelCreate(_Content):
    """Register a model (it starts as a draft)."""

    campaign_id: uuid.UUID
    year: int = Field(ge=2000, le=2100, examples=[2025])
    registrant_unit_id: UnitId
    registrant_kind: RegistrantKind = "collective"
    name: str = Field(min_length=1, max_length=500, examples=["Dân vận khéo trong giảm nghèo bền vững"])
    field_code: str = Field(max_length=40, examples=["economy"])
    model_type: ModelType = "field_specific"

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "campaign_id": "6a1f0c7e-2b1d-4c39-9a53-0d6e7f0a1b2c",
                    "year": 2025,
                    "registrant_unit_id": 42,
                    "registrant_kind": "collective",
                    "name": "Dân vận khéo trong giảm nghèo bền vững ở thôn Tân Lập",
                    "summary": "Vận động hội viên giúp nhau phát triển chăn nuôi, thoát nghèo.",
                    "field_code": "economy",
                    "model_type": "field_specific",
                    "objectives": "Giảm 15 hộ nghèo trong năm 2025.",
                    "targets": [
                        {
                            "what": "Hộ nghèo thoát nghèo",
                            "indicator": "Số hộ",
                            "target_value": 15,
                            "unit_of_measure": "hộ",
                        }
                    ],
                    "content_methods": "Tổ chức tổ hợp tác chăn nuôi; vay vốn ưu đãi; tập huấn kỹ thuật.",
                    "start_date": "2025-03-01",
                    "end_date": "2025-12-31",
                    "level_aimed": "grassroots",
                }
            ]
        },
    )

    @model_validator(mode="after")
    def _individual_named(self) -> ModelCreate:
        if self.registrant_kind == "collective" and (self.individual_name or self.individual_position):
            raise ValueError("individual_name/individual_position are only for individual registrants")
        return self


class ModelUpdate(_Content):
    """Edit a draft or returned model; only the fields sent change (null clears an optional field)."""

    name: str | None = Field(default=None, min_length=1, max_length=500)


class ResultItem(BaseModel):
    """The value achieved for one registered target (by its index in `targets`)."""

    model_config = ConfigDict(extra="forbid")
    target_index: int = Field(ge=0, le=49)
    achieved_value: float = Field(ge=0, le=1e12, allow_inf_nan=False)
    note: str = Field(default="", max_length=2000)


class CriterionScore(BaseModel):
    """A 0–10 score for one of the five general criteria (seed 001 §II, `GET /criteria`).

    Name the criterion by its code (`code`, e.g. `consent`) or by its position in the seed (`criterion`, 1–5,
    the older form, still accepted); the other is filled in, and both are recorded."""

    model_config = ConfigDict(extra="forbid")
    criterion: int = Field(ge=1, le=5, description="The criterion's position in seed 001 §II (1–5).")
    code: CriterionCode | None = Field(default=None, description="The criterion's code (`GET /criteria`).")
    score: float = Field(ge=0, le=10, allow_inf_nan=False)
    comment: str = Field(default="", max_length=2000)

    @model_validator(mode="before")
    @classmethod
    def _position_from_code(cls, data: Any) -> Any:
        if isinstance(data, dict) and "criterion" not in data and data.get("code") in POSITION_BY_CODE:
            return {**data, "criterion": POSITION_BY_CODE[data["code"]]}
        return data

    @model_validator(mode="after")
    def _code_from_position(self) -> CriterionScore:
        expected = CODE_BY_POSITION[self.criterion]
        if self.code is not None and self.code != expected:
            raise ValueError(f"criterion {self.criterion} is `{expected}`, not `{self.code}`")
        self.code = expected
        return self


class SurveyCreate(BaseModel):
    """An on-site survey: date, officers, findings, the five criterion scores, optional location."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "surveyed_on": "2025-09-20",
                    "officers": ["Lê Văn Cường", "Nguyễn Thị Hoa"],
                    "findings": "Mô hình được nhân dân đồng tình; 16 hộ đã thoát nghèo.",
                    "scores": [{"criterion": c, "score": 8.5, "comment": ""} for c in range(1, 6)],
                    "latitude": 17.0355,
                    "longitude": 107.0458,
                }
            ]
        },
    )
    surveyed_on: date
    officers: list[str] = Field(min_length=1, max_length=20)
    findings: str = Field(min_length=1, max_length=20000)
    scores: list[CriterionScore] = Field(min_length=5, max_length=5)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)

    @model_validator(mode="after")
    def _each_criterion_once(self) -> SurveyCreate:
        if sorted(s.criterion for s in self.scores) != [1, 2, 3, 4, 5]:
            raise ValueError("scores must give each of the five criteria exactly once")
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude go together")
        return self


class TransitionRequest(BaseModel):
    """A workflow move: the action, a reason where required, and the action's payload."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"action": "submit"},
                {"action": "return", "reason": "Bổ sung chỉ tiêu cụ thể cho năm 2025."},
                {
                    "action": "report_results",
                    "results": [{"target_index": 0, "achieved_value": 16}],
                    "results_report": "Đã giúp 16 hộ thoát nghèo.",
                },
            ]
        },
    )
    action: ActionCode = Field(min_length=1, max_length=40)
    reason: str | None = Field(default=None, max_length=5000)
    results: list[ResultItem] | None = Field(default=None, max_length=50)
    results_report: str | None = Field(default=None, max_length=20000)
    survey: SurveyCreate | None = None


class UnitRef(BaseModel):
    """A unit, briefly."""

    id: int
    code: str
    name: str


class WaitingOn(BaseModel):
    """Who must act next: a role at a unit, and what they must do."""

    role: RoleCode
    unit: UnitRef | None
    description: str


class UnitName(BaseModel):
    """A unit, by id and name."""

    id: int
    name: str


class HonourRead(BaseModel):
    """An issued decision that recognises or commends the model."""

    decision_id: uuid.UUID
    kind: Literal["model_recognition", "exemplar_recognition", "commendation"]
    kind_label: str
    number: str = Field(examples=["125-QĐ/HU"])
    issued_on: date
    issuing_unit: UnitName
    award_form: AwardFormCode | None = Field(description="Commendations only.")
    award_form_label: str | None
    award_level: AwardLevelCode | None = Field(description="Commendations only.")
    award_level_label: str | None


class ReplicatedModelRef(BaseModel):
    """Another model, briefly."""

    id: uuid.UUID
    code: str
    name: str


class ModelRead(BaseModel):
    """A registered model as a client sees it, with what the caller may do next."""

    id: uuid.UUID
    code: str
    campaign_id: uuid.UUID
    cycle_id: uuid.UUID
    year: int
    registrant_unit: UnitRef
    registrant_kind: RegistrantKind
    individual_name: str | None
    individual_position: str | None
    name: str
    summary: str
    field_code: str
    model_type: ModelType
    situation: str
    objectives: str
    targets: list[dict[str, Any]]
    content_methods: str
    area_and_target_group: str
    implementing_forces: str
    core_members: list[dict[str, Any]]
    resources: str
    start_date: date | None
    end_date: date | None
    expected_outputs: str
    sustainability: str
    address: str
    level_aimed: LevelAimed
    continues_from_id: uuid.UUID | None
    replicates: ReplicatedModelRef | None = Field(description="The recognised model this one replicates, if any.")
    replication_count: int = Field(
        description="Models (anywhere, not withdrawn) that replicate this one. When it "
        "changes, the model gets a new version (ETag); `updated_at` stays."
    )
    honours: list[HonourRead] = Field(
        description="Issued (not revoked) recognition, exemplar and commendation "
        "decisions covering the model, oldest first."
    )
    follow_up_count: int = Field(
        description="The boards' follow-ups of the model (GET /models/{id}/follow-ups). A new one gives the "
        "model a new version (ETag); `updated_at` stays."
    )
    last_follow_up_on: date | None = Field(description="The day of the latest follow-up's visit, if any.")
    state: StateCode
    state_label: str
    submitted_at: datetime | None
    results: list[dict[str, Any]] | None
    results_report: str | None
    reported_at: datetime | None
    is_late: bool
    authority_case: int | None
    deciding_unit_id: int | None
    allowed_actions: list[ActionCode]
    waiting_on: WaitingOn | None
    version: int
    created_at: datetime
    updated_at: datetime


class ModelSummary(BaseModel):
    """A model in a list."""

    id: uuid.UUID
    code: str
    year: int
    registrant_unit_id: UnitId
    registrant_unit_name: str
    registrant_kind: RegistrantKind
    name: str
    field_code: str
    model_type: ModelType
    state: StateCode
    is_late: bool
    authority_case: int | None
    replicates_id: uuid.UUID | None
    updated_at: datetime


class ReplicationPage(BaseModel):
    """One page of the models (visible to the caller) that replicate a model, and how many there are in all."""

    items: list[ModelSummary]
    next_cursor: str | None = Field(description="Pass as `cursor` to get the next page; null on the last page.")
    limit: int
    total: int = Field(description="Every model (anywhere, not withdrawn) that replicates this one, visible or not.")


class HistoryEntry(BaseModel):
    """One workflow move."""

    id: int
    at: datetime
    actor_id: uuid.UUID | None
    actor_name: str
    action: HistoryActionCode
    from_state: StateCode | None
    to_state: StateCode
    reason: str | None
    request_id: str | None
    details: dict[str, Any]


class SurveyRead(BaseModel):
    """A recorded survey."""

    id: uuid.UUID
    model_id: uuid.UUID
    surveyed_on: date
    officers: list[str]
    findings: str
    scores: list[dict[str, Any]]
    total_score: float
    latitude: float | None
    longitude: float | None
    recorded_by_id: uuid.UUID
    created_at: datetime
