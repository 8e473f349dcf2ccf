from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_assignment_read import RoleAssignmentRead


T = TypeVar("T", bound="UserRead")


@_attrs_define
class UserRead:
    """An account, its roles and its version (also sent as ETag).

    Attributes:
        created_at (datetime.datetime):
        email (None | str):
        full_name (str):
        home_unit_id (int):
        id (UUID):
        is_active (bool):
        position (str):
        roles (list[RoleAssignmentRead]):
        updated_at (datetime.datetime):
        username (str):
        version (int):
    """

    created_at: datetime.datetime
    email: None | str
    full_name: str
    home_unit_id: int
    id: UUID
    is_active: bool
    position: str
    roles: list[RoleAssignmentRead]
    updated_at: datetime.datetime
    username: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.role_assignment_read import RoleAssignmentRead  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        email: None | str
        email = self.email

        full_name = self.full_name

        home_unit_id = self.home_unit_id

        id = str(self.id)

        is_active = self.is_active

        position = self.position

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        updated_at = self.updated_at.isoformat()

        username = self.username

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "email": email,
                "full_name": full_name,
                "home_unit_id": home_unit_id,
                "id": id,
                "is_active": is_active,
                "position": position,
                "roles": roles,
                "updated_at": updated_at,
                "username": username,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_assignment_read import RoleAssignmentRead  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        full_name = d.pop("full_name")

        home_unit_id = d.pop("home_unit_id")

        id = UUID(d.pop("id"))

        is_active = d.pop("is_active")

        position = d.pop("position")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = RoleAssignmentRead.from_dict(roles_item_data)

            roles.append(roles_item)

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        username = d.pop("username")

        version = d.pop("version")

        user_read = cls(
            created_at=created_at,
            email=email,
            full_name=full_name,
            home_unit_id=home_unit_id,
            id=id,
            is_active=is_active,
            position=position,
            roles=roles,
            updated_at=updated_at,
            username=username,
            version=version,
        )

        user_read.additional_properties = d
        return user_read

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
