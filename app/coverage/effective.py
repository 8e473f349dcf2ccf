"""Models that work (seed 000 §2.1: "được đăng ký hồ sơ theo thẩm quyền và hoạt động hiệu quả").

A model counts once registered; it is **effective** when it also works, as the data shows it:
- it is recognised by the competent authority (recognized, nominated, exemplar), or
- it is surveyed, its results were reported on time (`is_late` false: before the cycle's results-due date) and
  its latest survey meets the campaign's recognition standard (every criterion at or above the minimum score
  and the total at or above the minimum total: app/criteria/standard.py).
A model not recognised, or still registered, implementing or reported (no survey yet), is not effective.

The standard is judged here, in Python, by the same function the decisions use (`shortfalls`), on the surveyed
models of the subtree only (those awaiting a decision); the rest of the rule is SQL.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession

from app.coverage import repository as repo
from app.criteria.standard import Standard, shortfalls
from app.models import Campaign, Unit

EFFECTIVE_RULE = (
    "A model is effective (hoạt động hiệu quả) when it is recognised (recognized, nominated, exemplar), or when it "
    "is surveyed, its results were reported on time (is_late false) and its latest survey meets the campaign's "
    "recognition standard (each criterion ≥ the minimum score, the total ≥ the minimum total)."
)


async def effective_condition(session: AsyncSession, campaign: Campaign, year: int, root: Unit) -> ColumnElement[bool]:
    """The SQL condition that picks the effective models of the campaign year in the root's subtree."""
    standard = Standard.of(campaign.standard_min_score, campaign.standard_min_total)
    candidates = await repo.standard_candidates(session, campaign.id, year, root)
    passing = [model_id for model_id, scores in candidates.items() if not shortfalls(standard, scores)]
    return repo.effective_condition(passing)
