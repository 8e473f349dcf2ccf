from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_scope import ClientScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceClientUpdate")


@_attrs_define
class ServiceClientUpdate:
    """Changes to a client; omitted fields stay as they are. Send the client's ETag in If-Match.

    Attributes:
        description (str | Unset):
        is_active (bool | Unset): false suspends the client: its tokens and token requests are refused.
        name (str | Unset):
        scopes (list[ClientScope] | Unset): The whole new set; a scope removed ends at once, in tokens already issued
            too.
    """

    description: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    name: str | Unset = UNSET
    scopes: list[ClientScope] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        is_active = self.is_active

        name = self.name

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.value
                scopes.append(scopes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if name is not UNSET:
            field_dict["name"] = name
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        is_active = d.pop("is_active", UNSET)

        name = d.pop("name", UNSET)

        _scopes = d.pop("scopes", UNSET)
        scopes: list[ClientScope] | Unset = UNSET
        if _scopes is not UNSET:
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = ClientScope(scopes_item_data)

                scopes.append(scopes_item)

        service_client_update = cls(
            description=description,
            is_active=is_active,
            name=name,
            scopes=scopes,
        )

        return service_client_update
