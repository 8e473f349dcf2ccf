from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_grant import RoleGrant


T = TypeVar("T", bound="MeResponse")


@_attrs_define
class MeResponse:
    """The caller: who they are, their roles and the units those roles reach.

    Attributes:
        email (None | str):
        full_name (str):
        home_unit_id (int):
        id (UUID):
        permissions (list[str]): Permissions some role grants (where: see `roles`).
        position (str):
        roles (list[RoleGrant]):
        username (str):
    """

    email: None | str
    full_name: str
    home_unit_id: int
    id: UUID
    permissions: list[str]
    position: str
    roles: list[RoleGrant]
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.role_grant import RoleGrant  # noqa: PLC0415

        email: None | str
        email = self.email

        full_name = self.full_name

        home_unit_id = self.home_unit_id

        id = str(self.id)

        permissions = self.permissions

        position = self.position

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "full_name": full_name,
                "home_unit_id": home_unit_id,
                "id": id,
                "permissions": permissions,
                "position": position,
                "roles": roles,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_grant import RoleGrant  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        full_name = d.pop("full_name")

        home_unit_id = d.pop("home_unit_id")

        id = UUID(d.pop("id"))

        permissions = cast(list[str], d.pop("permissions"))

        position = d.pop("position")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = RoleGrant.from_dict(roles_item_data)

            roles.append(roles_item)

        username = d.pop("username")

        me_response = cls(
            email=email,
            full_name=full_name,
            home_unit_id=home_unit_id,
            id=id,
            permissions=permissions,
            position=position,
            roles=roles,
            username=username,
        )

        me_response.additional_properties = d
        return me_response

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
