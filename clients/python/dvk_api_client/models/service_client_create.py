from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_scope import ClientScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceClientCreate")


@_attrs_define
class ServiceClientCreate:
    """A system to let in: its name, the unit whose subtree it acts in, its scopes.

    Attributes:
        name (str):
        scopes (list[ClientScope]): Scopes from the catalogue, each once.
        unit_id (int): The client acts in this unit's subtree.
        description (str | Unset):  Default: ''.
    """

    name: str
    scopes: list[ClientScope]
    unit_id: int
    description: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        unit_id = self.unit_id

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "scopes": scopes,
                "unit_id": unit_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = ClientScope(scopes_item_data)

            scopes.append(scopes_item)

        unit_id = d.pop("unit_id")

        description = d.pop("description", UNSET)

        service_client_create = cls(
            name=name,
            scopes=scopes,
            unit_id=unit_id,
            description=description,
        )

        return service_client_create
