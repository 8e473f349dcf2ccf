from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ballot_entry import BallotEntry
    from ..models.recusal_entry import RecusalEntry


T = TypeVar("T", bound="BallotUpdate")


@_attrs_define
class BallotUpdate:
    """Record votes and recusals in one go (all or nothing).

    Attributes:
        recusals (list[RecusalEntry] | Unset):
        votes (list[BallotEntry] | Unset):
    """

    recusals: list[RecusalEntry] | Unset = UNSET
    votes: list[BallotEntry] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.ballot_entry import BallotEntry  # noqa: PLC0415
        from ..models.recusal_entry import RecusalEntry  # noqa: PLC0415

        recusals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recusals, Unset):
            recusals = []
            for recusals_item_data in self.recusals:
                recusals_item = recusals_item_data.to_dict()
                recusals.append(recusals_item)

        votes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.votes, Unset):
            votes = []
            for votes_item_data in self.votes:
                votes_item = votes_item_data.to_dict()
                votes.append(votes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if recusals is not UNSET:
            field_dict["recusals"] = recusals
        if votes is not UNSET:
            field_dict["votes"] = votes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ballot_entry import BallotEntry  # noqa: PLC0415
        from ..models.recusal_entry import RecusalEntry  # noqa: PLC0415

        d = dict(src_dict)
        _recusals = d.pop("recusals", UNSET)
        recusals: list[RecusalEntry] | Unset = UNSET
        if _recusals is not UNSET:
            recusals = []
            for recusals_item_data in _recusals:
                recusals_item = RecusalEntry.from_dict(recusals_item_data)

                recusals.append(recusals_item)

        _votes = d.pop("votes", UNSET)
        votes: list[BallotEntry] | Unset = UNSET
        if _votes is not UNSET:
            votes = []
            for votes_item_data in _votes:
                votes_item = BallotEntry.from_dict(votes_item_data)

                votes.append(votes_item)

        ballot_update = cls(
            recusals=recusals,
            votes=votes,
        )

        return ballot_update
