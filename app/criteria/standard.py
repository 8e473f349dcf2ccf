"""The recognition standard (seed 001 §I.2.1: a model is recognised only "đúng tiêu chuẩn").

Seed 001 §II says every model "phải đảm bảo được những tiêu chí chung": each of the five general criteria
must be met, so the standard has a minimum per criterion as well as a minimum total. The seeds give no
numbers; the defaults are half the scale per criterion (a criterion scored below 5/10 is not met) and 70 %
of the total (35/50, the usual "khá" threshold of the province's scoring sheets). A campaign may set its own
(`campaigns.standard_min_score`, `campaigns.standard_min_total`; NULL keeps the default).

A campaign's own criteria for a field (`campaign_criteria`) may carry a minimum each; those join the standard
for the models of that field.

The scores judged are those of the model's latest survey (the on-site scoring by the mass-mobilisation
board, which every model in `surveyed` has); the review meeting's agreed scores are optional and are not
used for the standard.

Pure functions: data in, data out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.criteria.catalogue import CODE_BY_POSITION

DEFAULT_MIN_SCORE = 5.0
DEFAULT_MIN_TOTAL = 35.0
TOTAL = "total"


@dataclass(frozen=True)
class Standard:
    """The minimum per criterion and the minimum total a campaign's recognitions need."""

    min_score: float = DEFAULT_MIN_SCORE
    min_total: float = DEFAULT_MIN_TOTAL

    @classmethod
    def of(cls, min_score: float | None, min_total: float | None) -> Standard:
        """A campaign's standard: its own values, the defaults where it sets none."""
        return cls(
            DEFAULT_MIN_SCORE if min_score is None else min_score,
            DEFAULT_MIN_TOTAL if min_total is None else min_total,
        )


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def shortfalls(
    standard: Standard, scores: Iterable[Mapping[str, Any]], minimums: Mapping[str, float] | None = None
) -> list[dict[str, Any]]:
    """Each criterion below the minimum, then the total if below: [{criterion, score, minimum}], in order.

    `scores` are a survey's [{"criterion": position or null, "code": …, "score": …}]; a general criterion
    without a score counts 0. `minimums` are those the campaign set for its own criteria of the model's field
    (in catalogue order): each is judged when the survey scored it (a criterion added after the survey applies
    from the next one). The total is the five general criteria's."""
    scores = list(scores)
    by_position = {int(s["criterion"]): float(s["score"]) for s in scores if s.get("criterion") is not None}
    by_code = {str(s.get("code")): float(s["score"]) for s in scores if s.get("criterion") is None}
    below: list[dict[str, Any]] = [
        {"criterion": code, "score": _number(by_position.get(pos, 0.0)), "minimum": _number(standard.min_score)}
        for pos, code in sorted(CODE_BY_POSITION.items())
        if by_position.get(pos, 0.0) < standard.min_score
    ]
    below += [
        {"criterion": code, "score": _number(by_code[code]), "minimum": _number(minimum)}
        for code, minimum in (minimums or {}).items()
        if code in by_code and by_code[code] < minimum
    ]
    total = sum(by_position.get(pos, 0.0) for pos in CODE_BY_POSITION)
    if total < standard.min_total:
        below.append({"criterion": TOTAL, "score": _number(total), "minimum": _number(standard.min_total)})
    return below
