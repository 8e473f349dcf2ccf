"""The outcome rules of a review meeting, as a pure function of the rule and the tally."""

from __future__ import annotations

import pytest

from app.reviews.outcome import RULES, Tally, count, outcome


def t(eligible: int, approve: int = 0, reject: int = 0, abstain: int = 0, recused: int = 0) -> Tally:
    return Tally(
        eligible=eligible,
        approve=approve,
        reject=reject,
        abstain=abstain,
        not_voted=eligible - approve - reject - abstain,
        recused=recused,
    )


@pytest.mark.parametrize(
    ("tally", "expected"),
    [
        (t(5, approve=3, reject=2), "approved"),
        (t(5, approve=2, reject=3), "rejected"),
        (t(4, approve=2, reject=2), "rejected"),  # a tie is not more than half
        (t(4, approve=3, reject=1), "approved"),
        (t(5, approve=2, abstain=3), "rejected"),  # abstentions count against: half of the present is needed
        (t(5, approve=3), "approved"),  # members who did not vote still count as present
        (t(6, approve=3), "rejected"),
        (t(1, approve=1), "approved"),
        (t(1), "rejected"),
        (t(0, recused=3), "rejected"),  # nobody eligible
    ],
)
def test_majority_of_present(tally: Tally, expected: str) -> None:
    assert outcome("majority_of_present", tally) == expected


@pytest.mark.parametrize(
    ("tally", "expected"),
    [
        (t(3, approve=2, reject=1), "approved"),  # exactly two thirds
        (t(6, approve=4, reject=2), "approved"),
        (t(6, approve=3, reject=3), "rejected"),
        (t(7, approve=4, reject=3), "rejected"),  # 4/7 < 2/3
        (t(7, approve=5, abstain=2), "approved"),
        (t(9, approve=6, abstain=3), "approved"),
        (t(9, approve=5, abstain=4), "rejected"),
        (t(0), "rejected"),
    ],
)
def test_two_thirds_of_present(tally: Tally, expected: str) -> None:
    assert outcome("two_thirds_of_present", tally) == expected


@pytest.mark.parametrize(
    ("tally", "expected"),
    [
        (t(10, approve=2, reject=1, abstain=7), "approved"),  # abstentions are not counted
        (t(10, approve=2, reject=2, abstain=6), "rejected"),  # a tie among the votes cast
        (t(10, approve=1), "approved"),  # one approval, nobody against
        (t(10, abstain=10), "rejected"),  # no approval at all
        (t(10), "rejected"),  # nobody voted
        (t(3, approve=1, reject=2), "rejected"),
        (t(0, recused=2), "rejected"),
    ],
)
def test_majority_of_votes_cast(tally: Tally, expected: str) -> None:
    assert outcome("majority_of_votes_cast", tally) == expected


@pytest.mark.parametrize("rule", RULES)
def test_no_eligible_member_is_always_rejected(rule: str) -> None:
    assert outcome(rule, Tally(eligible=0, recused=4)) == "rejected"


def test_the_rules_differ_on_one_ballot() -> None:
    ballot = t(6, approve=3, reject=1, abstain=2)
    assert outcome("majority_of_present", ballot) == "rejected"  # 3 of 6 is not more than half
    assert outcome("two_thirds_of_present", ballot) == "rejected"
    assert outcome("majority_of_votes_cast", ballot) == "approved"  # 3 against 1


def test_unknown_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown outcome rule"):
        outcome("unanimity", t(3, approve=3))


def test_count_tallies_ballots() -> None:
    tally = count(["approve", "approve", "reject", "abstain", None], recused=2)
    assert tally == Tally(eligible=5, approve=2, reject=1, abstain=1, not_voted=1, recused=2)
    assert tally.as_dict() == {"eligible": 5, "approve": 2, "reject": 1, "abstain": 1, "not_voted": 1, "recused": 2}
    assert count([], recused=0) == Tally()
