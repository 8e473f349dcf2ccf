from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="WaitingOn")


@_attrs_define
class WaitingOn:
    """Who must act next: a role at a unit, and what they must do.

    Attributes:
        description (str):
        role (Role): A role a user holds at a unit.
        unit (None | UnitRef):
    """

    description: str
    role: Role
    unit: None | UnitRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        description = self.description

        role = self.role.value

        unit: dict[str, Any] | None
        if isinstance(self.unit, UnitRef):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "role": role,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        role = Role(d.pop("role"))

        def _parse_unit(data: object) -> None | UnitRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_type_0 = UnitRef.from_dict(data)

                return unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnitRef, data)

        unit = _parse_unit(d.pop("unit"))

        waiting_on = cls(
            description=description,
            role=role,
            unit=unit,
        )

        waiting_on.additional_properties = d
        return waiting_on

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
