from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vote import Vote
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoteRead")


@_attrs_define
class VoteRead:
    """One member's ballot on one candidate (vote null: not voted, or recused).

    Attributes:
        member_id (UUID):
        recusal_reason (str):
        recused (bool):
        vote (None | Vote):
    """

    member_id: UUID
    recusal_reason: str
    recused: bool
    vote: None | Vote
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_id = str(self.member_id)

        recusal_reason = self.recusal_reason

        recused = self.recused

        vote: None | str
        if isinstance(self.vote, Vote):
            vote = self.vote.value
        else:
            vote = self.vote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member_id": member_id,
                "recusal_reason": recusal_reason,
                "recused": recused,
                "vote": vote,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_id = UUID(d.pop("member_id"))

        recusal_reason = d.pop("recusal_reason")

        recused = d.pop("recused")

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

        vote_read = cls(
            member_id=member_id,
            recusal_reason=recusal_reason,
            recused=recused,
            vote=vote,
        )

        vote_read.additional_properties = d
        return vote_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
