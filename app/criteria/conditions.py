"""The extra conditions of a comprehensive model (seed 000 §2.2(1), "Mô hình “Dân vận khéo” toàn diện"), as data.

A collective's unit: every organisation of its political system and mass associations rated "hoàn thành tốt
nhiệm vụ" or better in the yearly rating; its schools "tiên tiến" or better; the unit meets the cultural
standard ("đạt chuẩn văn hoá"); its villages hold the cultural title ("đạt văn hoá"); at least 90 % of the
party members, cadres, civil servants, public employees and workers complete tasks well or better. An
individual: rated "hoàn thành xuất sắc nhiệm vụ" or better by the competent level. A unit with no school, or
with no village under it (an agency), records those two as not applicable, with a note saying why.

What was recorded for a model is judged here (`status`); the recognition guard (`comprehensive_conditions_met`,
app/workflow/engine.py) refuses a comprehensive model with a condition neither met nor inapplicable. The
labels are in app/core/labels.py (COMPREHENSIVE_CONDITIONS).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from app.core.i18n import Text
from app.core.labels import COMPREHENSIVE_CONDITIONS

Measure = Literal["yes_no", "percentage"]
Status = Literal["met", "not_met", "not_applicable", "not_recorded"]


@dataclass(frozen=True)
class Condition:
    """One condition: its code, which registrants it binds, how it is measured, its threshold (a percentage:
    at least this), and whether a unit may record it as not applicable."""

    code: str
    registrant_kind: Literal["collective", "individual"]
    measure: Measure = "yes_no"
    threshold: float | None = None
    may_not_apply: bool = False

    @property
    def label(self) -> Text:
        """The seed's words for it."""
        return COMPREHENSIVE_CONDITIONS[self.code]


CONDITIONS: tuple[Condition, ...] = (
    Condition("organisations_rated_well", "collective"),
    Condition("schools_advanced", "collective", may_not_apply=True),
    Condition("unit_cultural_standard", "collective"),
    Condition("villages_cultural", "collective", may_not_apply=True),
    Condition("members_completing_well", "collective", "percentage", 90.0),
    Condition("individual_rated_excellent", "individual"),
)
BY_CODE: dict[str, Condition] = {c.code: c for c in CONDITIONS}


def applying_to(registrant_kind: str) -> list[Condition]:
    """The conditions a comprehensive model of this kind of registrant must meet, in the seed's order."""
    return [c for c in CONDITIONS if c.registrant_kind == registrant_kind]


def is_met(condition: Condition, met: bool | None, percentage: float | None) -> bool:
    """A yes/no condition as recorded; a percentage one when it reaches the threshold."""
    if condition.measure == "percentage":
        return percentage is not None and condition.threshold is not None and percentage >= condition.threshold
    return bool(met)


def status(condition: Condition, entry: Mapping[str, Any] | None) -> Status:
    """What a recorded entry (or its absence) says of the condition."""
    if entry is None:
        return "not_recorded"
    if not entry.get("applies", True):
        return "not_applicable"
    return "met" if is_met(condition, entry.get("met"), entry.get("percentage")) else "not_met"
