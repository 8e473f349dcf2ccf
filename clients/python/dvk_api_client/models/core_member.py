from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoreMember")


@_attrs_define
class CoreMember:
    """A core member assigned to the model.

    Attributes:
        name (str):
        role (str | Unset):  Default: ''.
    """

    name: str
    role: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        role = d.pop("role", UNSET)

        core_member = cls(
            name=name,
            role=role,
        )

        return core_member
