"""Bodies of /criteria and /campaigns/{id}/standard."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, StrictFloat

from app.criteria.catalogue import CODES, MAX_SCORE
from app.criteria.standard import DEFAULT_MIN_SCORE, DEFAULT_MIN_TOTAL

MAX_TOTAL = MAX_SCORE * len(CODES)


class CriterionRead(BaseModel):
    """One general criterion: its stable code, the seed's number, its text and the top score."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "code": "sustainability",
                    "position": 5,
                    "label_vi": "Mô hình có tính bền vững, sức lan tỏa, kế thừa và phát triển (có thể nhân rộng "
                    "được ở địa phương, cơ quan, đơn vị).",
                    "label_en": "Sustainable, spreading, carried on and developed (can be replicated in the "
                    "locality, agency or unit).",
                    "max_score": 10,
                }
            ]
        },
    )

    code: str
    position: int
    label_vi: str
    label_en: str
    max_score: int


class StandardDefaults(BaseModel):
    """The standard a campaign has when it sets none."""

    min_score: float = DEFAULT_MIN_SCORE
    min_total: float = DEFAULT_MIN_TOTAL


class StandardWrite(BaseModel):
    """A campaign's standard: the minimum score of each criterion and the minimum total; null keeps the default."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"min_score": 6, "min_total": 40}]})

    min_score: StrictFloat | None = Field(default=None, ge=0, le=MAX_SCORE)
    min_total: StrictFloat | None = Field(default=None, ge=0, le=MAX_TOTAL)


class StandardRead(BaseModel):
    """The standard in force for the campaign's recognitions, what the campaign set and the defaults."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "min_score": 6,
                    "min_total": 35,
                    "min_score_set": 6,
                    "min_total_set": None,
                    "defaults": {"min_score": 5, "min_total": 35},
                }
            ]
        }
    )

    min_score: float
    min_total: float
    min_score_set: float | None
    min_total_set: float | None
    defaults: StandardDefaults = StandardDefaults()
