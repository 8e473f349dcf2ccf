from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome_rule import OutcomeRule
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewClosedPayload")


@_attrs_define
class ReviewClosedPayload:
    """A review closed: each candidate's tally and outcome are frozen (GET /reviews/{id} shows them).

    Attributes:
        candidate_count (int):
        outcome_rule (OutcomeRule): How a review's votes decide a candidate's outcome.
    """

    candidate_count: int
    outcome_rule: OutcomeRule

    def to_dict(self) -> dict[str, Any]:
        candidate_count = self.candidate_count

        outcome_rule = self.outcome_rule.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "candidate_count": candidate_count,
                "outcome_rule": outcome_rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_count = d.pop("candidate_count")

        outcome_rule = OutcomeRule(d.pop("outcome_rule"))

        review_closed_payload = cls(
            candidate_count=candidate_count,
            outcome_rule=outcome_rule,
        )

        return review_closed_payload
