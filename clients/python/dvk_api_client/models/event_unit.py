from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventUnit")


@_attrs_define
class EventUnit:
    """The unit the event belongs to (a model's registrant unit, a review's holding unit, a decision's issuing
    unit, …), with its path in the tree when the event was written.

        Attributes:
            id (int):
            path (str): The ids from the root, e.g. `/1/9/31/`; `unit_id` filters by it.
    """

    id: int
    path: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        path = self.path

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        path = d.pop("path")

        event_unit = cls(
            id=id,
            path=path,
        )

        return event_unit
