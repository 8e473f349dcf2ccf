from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_scope import ClientScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScopeRead")


@_attrs_define
class ScopeRead:
    """One scope of the catalogue: its label, and the role a client holding it acts with at its unit.

    Attributes:
        code (ClientScope): A scope a service client holds (GET /service-client-scopes lists each with its label).
        label (str):
        role (str): `viewer` (reads) or `registrant` (writes), at the client's unit.
    """

    code: ClientScope
    label: str
    role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        label = self.label

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label": label,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = ClientScope(d.pop("code"))

        label = d.pop("label")

        role = d.pop("role")

        scope_read = cls(
            code=code,
            label=label,
            role=role,
        )

        scope_read.additional_properties = d
        return scope_read

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
