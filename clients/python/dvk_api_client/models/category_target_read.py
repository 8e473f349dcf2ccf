from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_comparator import TargetComparator
from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryTargetRead")


@_attrs_define
class CategoryTargetRead:
    """A category's target as the campaign applies it.

    Attributes:
        category_code (str):
        comparator (TargetComparator): How a coverage target compares: `gt` or `gte`.
        is_default (bool): True when the campaign sets none and the seed-000 default applies.
        label (str):
        share_percent (float):
    """

    category_code: str
    comparator: TargetComparator
    is_default: bool
    label: str
    share_percent: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_code = self.category_code

        comparator = self.comparator.value

        is_default = self.is_default

        label = self.label

        share_percent = self.share_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_code": category_code,
                "comparator": comparator,
                "is_default": is_default,
                "label": label,
                "share_percent": share_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category_code = d.pop("category_code")

        comparator = TargetComparator(d.pop("comparator"))

        is_default = d.pop("is_default")

        label = d.pop("label")

        share_percent = d.pop("share_percent")

        category_target_read = cls(
            category_code=category_code,
            comparator=comparator,
            is_default=is_default,
            label=label,
            share_percent=share_percent,
        )

        category_target_read.additional_properties = d
        return category_target_read

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
