from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_comparator import TargetComparator
from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryTargetWrite")


@_attrs_define
class CategoryTargetWrite:
    """One category's target.

    Attributes:
        category_code (str):
        comparator (TargetComparator): How a coverage target compares: `gt` or `gte`.
        share_percent (float):
    """

    category_code: str
    comparator: TargetComparator
    share_percent: float

    def to_dict(self) -> dict[str, Any]:
        category_code = self.category_code

        comparator = self.comparator.value

        share_percent = self.share_percent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "category_code": category_code,
                "comparator": comparator,
                "share_percent": share_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category_code = d.pop("category_code")

        comparator = TargetComparator(d.pop("comparator"))

        share_percent = d.pop("share_percent")

        category_target_write = cls(
            category_code=category_code,
            comparator=comparator,
            share_percent=share_percent,
        )

        return category_target_write
