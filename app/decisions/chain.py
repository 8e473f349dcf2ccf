"""The authority chain a decision cites (seed 000 §3(1)): the cell reviews and appraises, sends the list and
the minutes to the standing board, which proposes; the committee decides.

Besides the review whose outcome it follows (`review_id`), a decision may cite the reviewing body's review
(level `cell`) and the proposing body's (level `standing_board`). Each cited review must be one the caller
sees (422 `unknown_review`), closed (409 `review_not_closed`), of the purpose the kind needs (422
`review_purpose_mismatch`), a link of the chain (422 `review_not_in_chain`: its level is `cell` or
`standing_board`, each cited once: 422 `review_level_repeated`), held by the unit the policy names for that
role for every covered model (422 `review_wrong_body`), and have every model among its candidates (422
`not_a_candidate`) with the outcome the decision follows (409 `contradicts_review`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.decisions import messages as msg
from app.decisions.checks import err
from app.decisions.errors import (
    ContradictsReview,
    NotACandidate,
    ReviewLevelRepeated,
    ReviewNotClosed,
    ReviewNotInChain,
    ReviewPurposeMismatch,
    ReviewWrongBody,
    UnknownReview,
)
from app.decisions.rules import REVIEW_OUTCOME, REVIEW_PURPOSE
from app.decisions.schemas import DecisionCreate
from app.models import RegisteredModel, Review
from app.models.recognition import CHAIN_LEVELS
from app.policy.principal import Caller
from app.reviews import repository as reviews_repository
from app.reviews.repository import REVIEW_NOT_FOUND

# The model's stored authority unit that must hold a cited review of each level.
ROLE_OF_LEVEL = {"cell": "reviewing_unit_id", "standing_board": "proposing_unit_id"}


async def check_chain(
    session: AsyncSession, caller: Caller, body: DecisionCreate, models: list[RegisteredModel]
) -> list[Review]:
    """The cited reviews in the body's order, each checked (see the module's rules)."""
    cited: list[Review] = []
    for i, review_id in enumerate(body.cited_review_ids):
        pointer = f"#/cited_review_ids/{i}"
        review = await reviews_repository.find_visible(session, caller, review_id)
        if review is None:
            raise UnknownReview(errors=[err("unknown_review", pointer, REVIEW_NOT_FOUND)])
        _check_link(body, review, cited, pointer)
        _check_body(review, models, pointer)
        await _check_candidates(session, body.kind, review, models, pointer)
        cited.append(review)
    return cited


def _check_link(body: DecisionCreate, review: Review, cited: list[Review], pointer: str) -> None:
    """Closed, of the kind's purpose, a cell's or standing board's review, its level not cited already."""
    if review.status != "closed":
        raise ReviewNotClosed(review_id=str(review.id))
    needed = REVIEW_PURPOSE.get(body.kind)
    if needed is not None and review.purpose != needed:
        raise ReviewPurposeMismatch(_purpose=review.purpose, _needed=needed, purpose=review.purpose, needed=needed)
    if review.level not in CHAIN_LEVELS:
        level = review.level or "—"
        raise ReviewNotInChain(
            _title=review.title,
            _level=level,
            errors=[err("review_not_in_chain", pointer, msg.REVIEW_NOT_IN_CHAIN, title=review.title, level=level)],
        )
    if any(other.level == review.level for other in cited):
        raise ReviewLevelRepeated(
            _level=review.level,
            errors=[err("review_level_repeated", pointer, msg.REVIEW_LEVEL_REPEATED, level=review.level)],
        )


def _check_body(review: Review, models: list[RegisteredModel], pointer: str) -> None:
    """Held, for every model, by the unit the policy names for the review's level."""
    column = ROLE_OF_LEVEL[str(review.level)]
    wrong = [
        err("review_wrong_body", pointer, msg.REVIEW_WRONG_BODY, model_code=m.code, level=review.level)
        | {"model_id": str(m.id), "expected_unit_id": getattr(m, column)}
        for m in models
        if getattr(m, column) != review.holding_unit_id
    ]
    if wrong:
        first = next(m for m in models if getattr(m, column) != review.holding_unit_id)
        raise ReviewWrongBody(_model_code=first.code, _level=review.level, errors=wrong)


async def _check_candidates(
    session: AsyncSession, kind: str, review: Review, models: list[RegisteredModel], pointer: str
) -> None:
    """Every model a candidate, with the outcome the decision follows (a commendation: any outcome)."""
    candidates = {c.model_id: c for c in await reviews_repository.candidates_of(session, review.id)}
    missing = [
        err("not_a_candidate", pointer, msg.NOT_A_CANDIDATE, model_code=m.code) | {"model_id": str(m.id)}
        for m in models
        if m.id not in candidates
    ]
    if missing:
        raise NotACandidate(_count=len(missing), errors=missing)
    wanted = REVIEW_OUTCOME.get(kind)
    if wanted is None:
        return
    contradicting: list[dict[str, Any]] = [
        err("contradicts_review", pointer, msg.REVIEW_OUTCOME_WAS, model_code=m.code, outcome=c.outcome or "—")
        | {"model_id": str(m.id), "outcome": c.outcome, "tally": c.tally}
        for m in models
        if (c := candidates[m.id]).outcome != wanted
    ]
    if contradicting:
        raise ContradictsReview(_count=len(contradicting), required_outcome=wanted, errors=contradicting)
