"""Bodies of /campaigns/{id}/criteria: the criteria a campaign adds per field (seed 001 §II "tiêu chí cụ thể
… trên từng lĩnh vực") beside the five general ones."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.criteria.catalogue import MAX_SCORE
from app.criteria.schemas import CODE_PATTERN, CriterionRead

_EXAMPLE: dict[str, Any] = {
    "code": "garden_income",
    "field_code": "economy",
    "label_vi": "Thu nhập bình quân của hộ tham gia mô hình tăng từ 10% trở lên so với năm trước",
    "label_en": "The average income of participating households rises by 10 % or more on the year before",
    "max_score": 10,
    "min_score": 5,
    "sort_order": 1,
}


class OwnCriterionWrite(BaseModel):
    """A criterion the campaign adds for the models of one field: its code (not a general one's), texts, top
    score (1–10) and, optionally, the minimum a model needs on it to be recognised."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [_EXAMPLE]})

    code: str = Field(min_length=2, max_length=40, pattern=CODE_PATTERN)
    field_code: str = Field(min_length=1, max_length=40, examples=["economy"])
    label_vi: str = Field(min_length=1, max_length=2000)
    label_en: str = Field(min_length=1, max_length=2000)
    max_score: int = Field(default=MAX_SCORE, ge=1, le=MAX_SCORE, strict=True)
    min_score: float | None = Field(default=None, ge=0, le=MAX_SCORE, allow_inf_nan=False, strict=True)
    sort_order: int = Field(default=0, ge=0, le=1000, strict=True)

    @model_validator(mode="after")
    def _minimum_within_top(self) -> OwnCriterionWrite:
        if self.min_score is not None and self.min_score > self.max_score:
            raise ValueError("min_score may not exceed max_score / điểm tối thiểu lớn hơn điểm tối đa")
        return self


class OwnCriterionUpdate(BaseModel):
    """Change a criterion's texts, top (not once scored), minimum (null: none) or order; only what is sent."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [{"min_score": 6}]}
    )

    label_vi: str | None = Field(default=None, min_length=1, max_length=2000)
    label_en: str | None = Field(default=None, min_length=1, max_length=2000)
    max_score: int | None = Field(default=None, ge=1, le=MAX_SCORE, strict=True)
    min_score: float | None = Field(default=None, ge=0, le=MAX_SCORE, allow_inf_nan=False, strict=True)
    sort_order: int | None = Field(default=None, ge=0, le=1000, strict=True)


class OwnCriterionRead(BaseModel):
    """A criterion of the campaign for one field; `retired` ones are kept for the scores already given."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    **_EXAMPLE,
                    "id": "5b0c7d2e-8a41-4c1f-9e63-2d7f0a1b3c4d",
                    "campaign_id": "6a1f0c7e-2b1d-4c39-9a53-0d6e7f0a1b2c",
                    "retired": False,
                    "retired_at": None,
                    "created_at": "2025-02-10T02:00:00Z",
                    "updated_at": "2025-02-10T02:00:00Z",
                    "version": 1,
                }
            ]
        },
    )

    id: uuid.UUID
    campaign_id: uuid.UUID
    code: str
    field_code: str
    label_vi: str
    label_en: str
    max_score: int
    min_score: float | None
    sort_order: int
    retired: bool
    retired_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int


class CampaignCriteriaRead(BaseModel):
    """The catalogue a campaign scores its models on: the five general criteria (every model) and its own per
    field (a model is scored on those of its field)."""

    campaign_id: uuid.UUID
    general: list[CriterionRead]
    specific: list[OwnCriterionRead]
