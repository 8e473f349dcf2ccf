from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitMove")


@_attrs_define
class UnitMove:
    """The new parent of a unit being moved.

    Attributes:
        parent_id (int): A unit id.
    """

    parent_id: int

    def to_dict(self) -> dict[str, Any]:
        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "parent_id": parent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_id = d.pop("parent_id")

        unit_move = cls(
            parent_id=parent_id,
        )

        return unit_move
