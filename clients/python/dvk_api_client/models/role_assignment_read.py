from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleAssignmentRead")


@_attrs_define
class RoleAssignmentRead:
    """One role held at one unit.

    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        role (Role): A role a user holds at a unit.
        role_label (str): The role's name in the response language.
        unit_code (str):
        unit_id (int):
        unit_name (str):
    """

    created_at: datetime.datetime
    id: UUID
    role: Role
    role_label: str
    unit_code: str
    unit_id: int
    unit_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        role = self.role.value

        role_label = self.role_label

        unit_code = self.unit_code

        unit_id = self.unit_id

        unit_name = self.unit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "role": role,
                "role_label": role_label,
                "unit_code": unit_code,
                "unit_id": unit_id,
                "unit_name": unit_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        role = Role(d.pop("role"))

        role_label = d.pop("role_label")

        unit_code = d.pop("unit_code")

        unit_id = d.pop("unit_id")

        unit_name = d.pop("unit_name")

        role_assignment_read = cls(
            created_at=created_at,
            id=id,
            role=role,
            role_label=role_label,
            unit_code=unit_code,
            unit_id=unit_id,
            unit_name=unit_name,
        )

        role_assignment_read.additional_properties = d
        return role_assignment_read

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
