from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vote import Vote
from ..types import UNSET, Unset

T = TypeVar("T", bound="BallotEntry")


@_attrs_define
class BallotEntry:
    """One member's vote on one candidate (null clears it).

    Attributes:
        candidate_id (UUID):
        member_id (UUID):
        vote (None | Vote):
    """

    candidate_id: UUID
    member_id: UUID
    vote: None | Vote

    def to_dict(self) -> dict[str, Any]:
        candidate_id = str(self.candidate_id)

        member_id = str(self.member_id)

        vote: None | str
        if isinstance(self.vote, Vote):
            vote = self.vote.value
        else:
            vote = self.vote

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "candidate_id": candidate_id,
                "member_id": member_id,
                "vote": vote,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        candidate_id = UUID(d.pop("candidate_id"))

        member_id = UUID(d.pop("member_id"))

        def _parse_vote(data: object) -> None | Vote:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vote_type_0 = Vote(data)

                return vote_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Vote, data)

        vote = _parse_vote(d.pop("vote"))

        ballot_entry = cls(
            candidate_id=candidate_id,
            member_id=member_id,
            vote=vote,
        )

        return ballot_entry
