"""Bodies of /comprehensive-conditions and /models/{id}/conditions: the extra conditions of a comprehensive
model (seed 000 §2.2(1)) and what a model recorded for them, with the evidence files."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.criteria.conditions import CONDITIONS, Measure, Status
from app.criteria.schemas import CODE_PATTERN

# The registry's value sets, written out (the registry imports this package, not the other way round).
ModelType = Literal["comprehensive", "field_specific"]
RegistrantKind = Literal["collective", "individual"]


class ConditionDefinition(BaseModel):
    """A condition of the catalogue: whom it binds, how it is measured, its threshold and the seed's words."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "code": "members_completing_well",
                    "registrant_kind": "collective",
                    "measure": "percentage",
                    "threshold": 90,
                    "may_not_apply": False,
                    "label_vi": "90% đảng viên, cán bộ, công chức, viên chức (CBCC-VC) người lao động trong chi bộ "
                    "đơn vị hoàn thành tốt nhiệm vụ trở lên",
                    "label_en": "90 % of the party members, cadres, civil servants, public employees and workers in "
                    "the unit's party cell completed tasks well or better",
                }
            ]
        }
    )

    code: str
    registrant_kind: RegistrantKind
    measure: Measure
    threshold: float | None
    may_not_apply: bool
    label_vi: str
    label_en: str


class ConditionEntry(BaseModel):
    """What a model records for one condition: `met` (a yes/no condition) or `percentage` (the 90 % one), or
    `applies: false` with a note (a unit with no school or no village), and the files that prove it."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    code: str = Field(min_length=2, max_length=40, pattern=CODE_PATTERN, examples=["organisations_rated_well"])
    applies: bool = Field(default=True, strict=True)
    met: bool | None = Field(default=None, strict=True)
    percentage: float | None = Field(default=None, ge=0, le=100, allow_inf_nan=False, strict=True)
    evidence_ids: list[uuid.UUID] = Field(default_factory=list, max_length=20)
    note: str = Field(default="", max_length=2000)


class ConditionsWrite(BaseModel):
    """The conditions of a comprehensive model, replaced as a whole (a condition left out is unrecorded)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "conditions": [
                        {
                            "code": "organisations_rated_well",
                            "met": True,
                            "evidence_ids": ["3f1c2b7a-9d4e-4b8a-8c21-5e6f7a8b9c0d"],
                            "note": "Quyết định xếp loại năm 2024: 7/7 tổ chức hoàn thành tốt nhiệm vụ trở lên.",
                        },
                        {"code": "schools_advanced", "applies": False, "note": "Đơn vị không có trường học."},
                        {
                            "code": "members_completing_well",
                            "percentage": 93.5,
                            "evidence_ids": ["3f1c2b7a-9d4e-4b8a-8c21-5e6f7a8b9c0d"],
                        },
                    ]
                }
            ]
        },
    )

    conditions: list[ConditionEntry] = Field(max_length=len(CONDITIONS))


class RecordedBy(BaseModel):
    """Who recorded a condition."""

    id: uuid.UUID
    name: str


class ConditionRead(BaseModel):
    """A condition as the model recorded it (`status`: met, not_met, not_applicable or not_recorded)."""

    code: str
    label_vi: str
    label_en: str
    measure: Measure
    threshold: float | None
    may_not_apply: bool
    status: Status
    applies: bool | None
    met: bool | None
    percentage: float | None
    evidence_ids: list[uuid.UUID]
    note: str
    recorded_by: RecordedBy | None
    recorded_at: datetime | None


class ModelConditionsRead(BaseModel):
    """A model's conditions: `required` for a comprehensive model, each condition of its kind of registrant with
    what was recorded, and `all_met` (recognition needs it when required). The ETag is `version` (0: none yet)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "model_id": "d049a836-fe75-4cb4-a507-460a8fb52505",
                    "model_type": "comprehensive",
                    "registrant_kind": "individual",
                    "required": True,
                    "all_met": True,
                    "unmet": [],
                    "conditions": [
                        {
                            "code": "individual_rated_excellent",
                            "label_vi": "Cá nhân được cấp có thẩm quyền đánh giá hoàn thành xuất sắc nhiệm vụ trở lên",
                            "label_en": "The individual is rated 'excellently completed tasks' or better by the "
                            "competent level",
                            "measure": "yes_no",
                            "threshold": None,
                            "may_not_apply": False,
                            "status": "met",
                            "applies": True,
                            "met": True,
                            "percentage": None,
                            "evidence_ids": ["3f1c2b7a-9d4e-4b8a-8c21-5e6f7a8b9c0d"],
                            "note": "",
                            "recorded_by": {"id": "0b7c9f3e-4d2a-4f6b-9c1d-2e3f4a5b6c7d", "name": "Lê Văn Cường"},
                            "recorded_at": "2025-09-20T02:00:00Z",
                        }
                    ],
                    "version": 1,
                    "updated_at": "2025-09-20T02:00:00Z",
                }
            ]
        }
    )

    model_id: uuid.UUID
    model_type: ModelType
    registrant_kind: RegistrantKind
    required: bool
    all_met: bool
    unmet: list[str]
    conditions: list[ConditionRead]
    version: int
    updated_at: datetime | None
