from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_purpose import ReviewPurpose
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewOpenedPayload")


@_attrs_define
class ReviewOpenedPayload:
    """A review meeting opened.

    Attributes:
        candidate_count (int): How many models it considers (which: GET /reviews/{id}).
        purpose (ReviewPurpose): What a review session considers: models or exemplars.
        title (str):
    """

    candidate_count: int
    purpose: ReviewPurpose
    title: str

    def to_dict(self) -> dict[str, Any]:
        candidate_count = self.candidate_count

        purpose = self.purpose.value

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "candidate_count": candidate_count,
                "purpose": purpose,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_count = d.pop("candidate_count")

        purpose = ReviewPurpose(d.pop("purpose"))

        title = d.pop("title")

        review_opened_payload = cls(
            candidate_count=candidate_count,
            purpose=purpose,
            title=title,
        )

        return review_opened_payload
