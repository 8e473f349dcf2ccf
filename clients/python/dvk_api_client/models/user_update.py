from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """Changes to an account; omitted fields stay as they are. Send the user's ETag in If-Match.

    Attributes:
        email (None | str | Unset): null removes the address.
        full_name (str | Unset):
        home_unit_id (int | Unset): Must lie in the caller's scope.
        is_active (bool | Unset): false deactivates: sign-in refused, sessions and tokens end at once.
        password (str | Unset): Reset the password (10–256 characters); all sessions end.
        position (str | Unset):
    """

    email: None | str | Unset = UNSET
    full_name: str | Unset = UNSET
    home_unit_id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    password: str | Unset = UNSET
    position: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        full_name = self.full_name

        home_unit_id = self.home_unit_id

        is_active = self.is_active

        password = self.password

        position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if home_unit_id is not UNSET:
            field_dict["home_unit_id"] = home_unit_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if password is not UNSET:
            field_dict["password"] = password
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        full_name = d.pop("full_name", UNSET)

        home_unit_id = d.pop("home_unit_id", UNSET)

        is_active = d.pop("is_active", UNSET)

        password = d.pop("password", UNSET)

        position = d.pop("position", UNSET)

        user_update = cls(
            email=email,
            full_name=full_name,
            home_unit_id=home_unit_id,
            is_active=is_active,
            password=password,
            position=position,
        )

        return user_update
