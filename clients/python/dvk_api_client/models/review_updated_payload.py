from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_change import ReviewChange
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewUpdatedPayload")


@_attrs_define
class ReviewUpdatedPayload:
    """A change to an open review: its details, minutes, members, candidates or ballot.

    Attributes:
        candidate_id (None | UUID):
        change (ReviewChange): What a `review.updated` event reports changed.
        fields (list[str] | None): For `details` and `*_updated`: what changed.
        member_id (None | UUID):
        recusals (int | None): For `ballot`: recusals recorded.
        sha256 (None | str): For `minutes`: the minutes file.
        votes (int | None): For `ballot`: votes recorded.
    """

    candidate_id: None | UUID
    change: ReviewChange
    fields: list[str] | None
    member_id: None | UUID
    recusals: int | None
    sha256: None | str
    votes: int | None

    def to_dict(self) -> dict[str, Any]:
        candidate_id: None | str
        if isinstance(self.candidate_id, UUID):
            candidate_id = str(self.candidate_id)
        else:
            candidate_id = self.candidate_id

        change = self.change.value

        fields: list[str] | None
        if isinstance(self.fields, list):
            fields = self.fields

        else:
            fields = self.fields

        member_id: None | str
        if isinstance(self.member_id, UUID):
            member_id = str(self.member_id)
        else:
            member_id = self.member_id

        recusals: int | None
        recusals = self.recusals

        sha256: None | str
        sha256 = self.sha256

        votes: int | None
        votes = self.votes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "candidate_id": candidate_id,
                "change": change,
                "fields": fields,
                "member_id": member_id,
                "recusals": recusals,
                "sha256": sha256,
                "votes": votes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_candidate_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candidate_id_type_0 = UUID(data)

                return candidate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        candidate_id = _parse_candidate_id(d.pop("candidate_id"))

        change = ReviewChange(d.pop("change"))

        def _parse_fields(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fields_type_0 = cast(list[str], data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        fields = _parse_fields(d.pop("fields"))

        def _parse_member_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                member_id_type_0 = UUID(data)

                return member_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        member_id = _parse_member_id(d.pop("member_id"))

        def _parse_recusals(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        recusals = _parse_recusals(d.pop("recusals"))

        def _parse_sha256(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sha256 = _parse_sha256(d.pop("sha256"))

        def _parse_votes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        votes = _parse_votes(d.pop("votes"))

        review_updated_payload = cls(
            candidate_id=candidate_id,
            change=change,
            fields=fields,
            member_id=member_id,
            recusals=recusals,
            sha256=sha256,
            votes=votes,
        )

        return review_updated_payload
