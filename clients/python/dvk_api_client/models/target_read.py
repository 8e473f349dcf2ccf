from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_comparator import TargetComparator
from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetRead")


@_attrs_define
class TargetRead:
    """A share target: `gt` means more than `share_percent` ("trên 80%"), `gte` at least ("100%").

    Attributes:
        comparator (TargetComparator): How a coverage target compares: `gt` or `gte`.
        share_percent (float):
    """

    comparator: TargetComparator
    share_percent: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comparator = self.comparator.value

        share_percent = self.share_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comparator": comparator,
                "share_percent": share_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comparator = TargetComparator(d.pop("comparator"))

        share_percent = d.pop("share_percent")

        target_read = cls(
            comparator=comparator,
            share_percent=share_percent,
        )

        target_read.additional_properties = d
        return target_read

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
