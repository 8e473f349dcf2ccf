from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResultItem")


@_attrs_define
class ResultItem:
    """The value achieved for one registered target (by its index in `targets`).

    Attributes:
        achieved_value (float):
        target_index (int):
        note (str | Unset):  Default: ''.
    """

    achieved_value: float
    target_index: int
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        achieved_value = self.achieved_value

        target_index = self.target_index

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "achieved_value": achieved_value,
                "target_index": target_index,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        achieved_value = d.pop("achieved_value")

        target_index = d.pop("target_index")

        note = d.pop("note", UNSET)

        result_item = cls(
            achieved_value=achieved_value,
            target_index=target_index,
            note=note,
        )

        return result_item
