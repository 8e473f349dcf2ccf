"""What a model is scored on, judged purely: the five general criteria of seed 001 §II (their positions and the
0–10 scale are checked by the score schema) and the criteria its campaign adds for the model's field.

The caller gathers the campaign's own criteria into `CriteriaFacts` (app/workflow/repository.py); a survey
(the `survey_complete` guard) must score each of the field's criteria in force once, and a review's agreed
scores may name them. A code of another field, a retired one or one the campaign lacks is refused, and so is
a score above the criterion's top.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.core.i18n import Text

UNKNOWN = Text(
    "Tiêu chí '{code}' không có trong bộ tiêu chí của phong trào.",
    "Criterion '{code}' is not in the campaign's catalogue.",
)
OTHER_FIELD = Text(
    "Tiêu chí '{code}' dành cho mô hình lĩnh vực '{field}', không áp dụng cho lĩnh vực '{model_field}'.",
    "Criterion '{code}' is for models of field '{field}', not of field '{model_field}'.",
)
RETIRED = Text("Tiêu chí '{code}' đã thôi áp dụng.", "Criterion '{code}' has been retired.")
ABOVE_TOP = Text(
    "Điểm của tiêu chí '{code}' ({score}) vượt quá điểm tối đa {max_score}.",
    "The score of criterion '{code}' ({score}) exceeds its top of {max_score}.",
)
MISSING = Text(
    "Thiếu điểm tiêu chí '{code}' của lĩnh vực '{field}'.", "No score for criterion '{code}' of field '{field}'."
)


@dataclass(frozen=True)
class SpecificCriterion:
    """A criterion the campaign added for one field."""

    code: str
    field_code: str
    max_score: int
    min_score: float | None = None
    retired: bool = False


@dataclass(frozen=True)
class CriteriaFacts:
    """The model's field and every criterion its campaign added (all fields, retired ones too)."""

    field_code: str = ""
    specific: tuple[SpecificCriterion, ...] = ()

    @property
    def in_force(self) -> list[SpecificCriterion]:
        """The campaign's criteria for the model's field that are not retired, in catalogue order."""
        return [c for c in self.specific if c.field_code == self.field_code and not c.retired]

    def minimums(self) -> dict[str, float]:
        """The minimum of each criterion in force that sets one, by code."""
        return {c.code: c.min_score for c in self.in_force if c.min_score is not None}


@dataclass(frozen=True)
class ScoreProblem:
    """Why a score is refused: which entry (its index, None for a missing criterion), a message and its values."""

    index: int | None
    message: Text
    params: dict[str, Any]


def _entry_problem(facts: CriteriaFacts, by_code: Mapping[str, SpecificCriterion], entry: Mapping[str, Any]) -> Any:
    code = str(entry.get("code"))
    found = by_code.get(code)
    if found is None:
        return UNKNOWN, {"code": code}
    if found.field_code != facts.field_code:
        return OTHER_FIELD, {"code": code, "field": found.field_code, "model_field": facts.field_code}
    if found.retired:
        return RETIRED, {"code": code}
    if float(entry.get("score", 0)) > found.max_score:
        return ABOVE_TOP, {"code": code, "score": entry.get("score"), "max_score": found.max_score}
    return None


def score_problems(scores: Iterable[Mapping[str, Any]], facts: CriteriaFacts, *, complete: bool) -> list[ScoreProblem]:
    """Each campaign-specific score the catalogue refuses; with `complete`, each criterion in force not scored.
    General scores (with a `criterion` position) are the schema's to check."""
    entries = list(scores)
    by_code = {c.code: c for c in facts.specific}
    problems: list[ScoreProblem] = []
    for index, entry in enumerate(entries):
        if entry.get("criterion") is not None:
            continue
        found = _entry_problem(facts, by_code, entry)
        if found is not None:
            problems.append(ScoreProblem(index, found[0], found[1]))
    if complete:
        given = {e.get("code") for e in entries}
        problems += [
            ScoreProblem(None, MISSING, {"code": c.code, "field": c.field_code})
            for c in facts.in_force
            if c.code not in given
        ]
    return problems
