from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitMovedPayload")


@_attrs_define
class UnitMovedPayload:
    """A unit (with its whole subtree) put under another parent. The event's unit path is the new one;
    `from_path` is the one it left (a subtree filter on either side sees the move).

        Attributes:
            from_parent_id (int):
            from_path (str):
            to_parent_id (int):
            to_path (str):
    """

    from_parent_id: int
    from_path: str
    to_parent_id: int
    to_path: str

    def to_dict(self) -> dict[str, Any]:
        from_parent_id = self.from_parent_id

        from_path = self.from_path

        to_parent_id = self.to_parent_id

        to_path = self.to_path

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from_parent_id": from_parent_id,
                "from_path": from_path,
                "to_parent_id": to_parent_id,
                "to_path": to_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_parent_id = d.pop("from_parent_id")

        from_path = d.pop("from_path")

        to_parent_id = d.pop("to_parent_id")

        to_path = d.pop("to_path")

        unit_moved_payload = cls(
            from_parent_id=from_parent_id,
            from_path=from_path,
            to_parent_id=to_parent_id,
            to_path=to_path,
        )

        return unit_moved_payload
