from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitCreatedPayload")


@_attrs_define
class UnitCreatedPayload:
    """A unit added to the tree.

    Attributes:
        code (str):
        kind_code (str):
        level_code (str):
        name (str):
        parent_id (int):
    """

    code: str
    kind_code: str
    level_code: str
    name: str
    parent_id: int

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind_code = self.kind_code

        level_code = self.level_code

        name = self.name

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "kind_code": kind_code,
                "level_code": level_code,
                "name": name,
                "parent_id": parent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        kind_code = d.pop("kind_code")

        level_code = d.pop("level_code")

        name = d.pop("name")

        parent_id = d.pop("parent_id")

        unit_created_payload = cls(
            code=code,
            kind_code=kind_code,
            level_code=level_code,
            name=name,
            parent_id=parent_id,
        )

        return unit_created_payload
