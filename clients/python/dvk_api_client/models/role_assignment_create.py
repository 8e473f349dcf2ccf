from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleAssignmentCreate")


@_attrs_define
class RoleAssignmentCreate:
    """A role to grant, bound to a unit; its scope is that unit's subtree.

    Attributes:
        role (Role): A role a user holds at a unit.
        unit_id (int): A unit id.
    """

    role: Role
    unit_id: int

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        unit_id = self.unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = Role(d.pop("role"))

        unit_id = d.pop("unit_id")

        role_assignment_create = cls(
            role=role,
            unit_id=unit_id,
        )

        return role_assignment_create
