"""Bodies of /criteria and /campaigns/{id}/standard, and a criterion's score (surveys and reviews)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, model_validator

from app.criteria.catalogue import CODE_BY_POSITION, CODES, MAX_SCORE, POSITION_BY_CODE, CriterionCode
from app.criteria.standard import DEFAULT_MIN_SCORE, DEFAULT_MIN_TOTAL

MAX_TOTAL = MAX_SCORE * len(CODES)
CODE_PATTERN = r"^[a-z][a-z0-9_]{1,39}$"
# A campaign sets at most this many criteria in force per field, so a survey gives at most MAX_SCORES scores.
MAX_SPECIFIC_PER_FIELD = 20
MAX_SCORES = len(CODES) + MAX_SPECIFIC_PER_FIELD


class CriterionScore(BaseModel):
    """A 0–10 score for one criterion: one of the five general ones (seed 001 §II, `GET /criteria`) or one the
    campaign set for the model's field (`GET /campaigns/{id}/criteria`, up to its `max_score`).

    Name a general criterion by its code (`code`, e.g. `consent`) or by its position in the seed (`criterion`,
    1–5, the older form, still accepted); the other is filled in, and both are recorded. A campaign's own
    criterion is named by its code alone (`criterion` stays null)."""

    model_config = ConfigDict(extra="forbid")
    criterion: StrictInt | None = Field(
        default=None, ge=1, le=5, description="A general criterion's position in seed 001 §II (1–5); null otherwise."
    )
    code: str | None = Field(
        default=None,
        min_length=2,
        max_length=40,
        pattern=CODE_PATTERN,
        description="The criterion's code: a general one (`GET /criteria`) or the campaign's own for the field.",
    )
    score: StrictFloat = Field(ge=0, le=10, allow_inf_nan=False)
    comment: str = Field(default="", max_length=2000)

    @model_validator(mode="before")
    @classmethod
    def _position_from_code(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("criterion") is None and data.get("code") in POSITION_BY_CODE:
            return {**data, "criterion": POSITION_BY_CODE[data["code"]]}
        return data

    @model_validator(mode="after")
    def _code_from_position(self) -> CriterionScore:
        if self.criterion is None:
            if self.code is None:
                raise ValueError("name the criterion by `code` (or a general one by `criterion`, 1–5)")
            return self
        expected = CODE_BY_POSITION[self.criterion]
        if self.code is not None and self.code != expected:
            raise ValueError(f"criterion {self.criterion} is `{expected}`, not `{self.code}`")
        self.code = expected
        return self


def each_scored_once(scores: Sequence[CriterionScore], *, all_general: bool) -> None:
    """ValueError unless each criterion is scored at most once (with `all_general`: each general one exactly
    once)."""
    positions = sorted(s.criterion for s in scores if s.criterion is not None)
    own = [s.code for s in scores if s.criterion is None]
    if len(set(positions)) != len(positions) or len(set(own)) != len(own):
        raise ValueError("each criterion may be scored once / mỗi tiêu chí chỉ chấm một lần")
    if all_general and positions != sorted(CODE_BY_POSITION):
        raise ValueError("scores must give each of the five general criteria exactly once")


def sorted_scores(scores: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Scores as stored: the general criteria by position, then the campaign's own by code."""
    return sorted(
        (dict(s) for s in scores),
        key=lambda s: (s.get("criterion") is None, s.get("criterion") or 0, str(s.get("code"))),
    )


def general_total(scores: Iterable[Mapping[str, Any]]) -> float:
    """The total of the five general criteria (what the standard's minimum total is judged on)."""
    return round(sum(float(s["score"]) for s in scores if s.get("criterion") is not None), 2)


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

    code: CriterionCode
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
