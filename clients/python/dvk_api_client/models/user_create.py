from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_assignment_create import RoleAssignmentCreate


T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """A new account, created by an administrator for a person of a unit in their scope.

    Attributes:
        full_name (str):
        home_unit_id (int): The unit the person works in; must lie in the caller's scope.
        password (str): 10–256 characters.
        username (str): Lower-case letters, digits, `.`, `_` and `-`; 3–64 characters; unique.
        email (None | str | Unset):
        position (str | Unset):  Default: ''.
        roles (list[RoleAssignmentCreate] | Unset):
    """

    full_name: str
    home_unit_id: int
    password: str
    username: str
    email: None | str | Unset = UNSET
    position: str | Unset = ""
    roles: list[RoleAssignmentCreate] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.role_assignment_create import RoleAssignmentCreate  # noqa: PLC0415

        full_name = self.full_name

        home_unit_id = self.home_unit_id

        password = self.password

        username = self.username

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        position = self.position

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "full_name": full_name,
                "home_unit_id": home_unit_id,
                "password": password,
                "username": username,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if position is not UNSET:
            field_dict["position"] = position
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_assignment_create import RoleAssignmentCreate  # noqa: PLC0415

        d = dict(src_dict)
        full_name = d.pop("full_name")

        home_unit_id = d.pop("home_unit_id")

        password = d.pop("password")

        username = d.pop("username")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        position = d.pop("position", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[RoleAssignmentCreate] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = RoleAssignmentCreate.from_dict(roles_item_data)

                roles.append(roles_item)

        user_create = cls(
            full_name=full_name,
            home_unit_id=home_unit_id,
            password=password,
            username=username,
            email=email,
            position=position,
            roles=roles,
        )

        return user_create
