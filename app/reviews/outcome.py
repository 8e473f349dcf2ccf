"""The outcome of a review meeting for one candidate: a pure function of the rule and the tally.

eligible = members present and not recused for the candidate. Rules:
- majority_of_present (default): more than half of the eligible members approve (approve * 2 > eligible);
- two_thirds_of_present: at least two thirds of the eligible members approve (approve * 3 >= eligible * 2);
- majority_of_votes_cast: more approvals than rejections among the votes cast, abstentions not counted,
  and at least one approval.
No eligible member → rejected, whatever the rule.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Outcome = Literal["approved", "rejected"]
RULES = ("majority_of_present", "two_thirds_of_present", "majority_of_votes_cast")


@dataclass(frozen=True)
class Tally:
    """The count of one candidate's ballot."""

    eligible: int = 0
    approve: int = 0
    reject: int = 0
    abstain: int = 0
    not_voted: int = 0
    recused: int = 0

    def as_dict(self) -> dict[str, int]:
        """The tally as stored (ReviewCandidate.tally) and returned."""
        return asdict(self)


def outcome(rule: str, tally: Tally) -> Outcome:
    """approved or rejected under the rule; ValueError for an unknown rule."""
    if rule not in RULES:
        raise ValueError(f"unknown outcome rule: {rule}")
    if tally.eligible <= 0:
        return "rejected"
    if rule == "majority_of_present":
        passed = tally.approve * 2 > tally.eligible
    elif rule == "two_thirds_of_present":
        passed = tally.approve * 3 >= tally.eligible * 2
    else:
        passed = tally.approve > 0 and tally.approve * 2 > tally.approve + tally.reject
    return "approved" if passed else "rejected"


def count(votes: list[str | None], *, recused: int) -> Tally:
    """The tally of the eligible members' ballots (one entry per eligible member, None = not voted)."""
    approve = sum(1 for v in votes if v == "approve")
    reject = sum(1 for v in votes if v == "reject")
    abstain = sum(1 for v in votes if v == "abstain")
    return Tally(
        eligible=len(votes),
        approve=approve,
        reject=reject,
        abstain=abstain,
        not_voted=len(votes) - approve - reject - abstain,
        recused=recused,
    )
