from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TallyRead")


@_attrs_define
class TallyRead:
    """The count of a candidate's ballot.

    Attributes:
        abstain (int):
        approve (int):
        eligible (int):
        not_voted (int):
        recused (int):
        reject (int):
    """

    abstain: int
    approve: int
    eligible: int
    not_voted: int
    recused: int
    reject: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        abstain = self.abstain

        approve = self.approve

        eligible = self.eligible

        not_voted = self.not_voted

        recused = self.recused

        reject = self.reject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "abstain": abstain,
                "approve": approve,
                "eligible": eligible,
                "not_voted": not_voted,
                "recused": recused,
                "reject": reject,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        abstain = d.pop("abstain")

        approve = d.pop("approve")

        eligible = d.pop("eligible")

        not_voted = d.pop("not_voted")

        recused = d.pop("recused")

        reject = d.pop("reject")

        tally_read = cls(
            abstain=abstain,
            approve=approve,
            eligible=eligible,
            not_voted=not_voted,
            recused=recused,
            reject=reject,
        )

        tally_read.additional_properties = d
        return tally_read

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
