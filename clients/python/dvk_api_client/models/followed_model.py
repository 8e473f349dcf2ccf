from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state import State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="FollowedModel")


@_attrs_define
class FollowedModel:
    """The model a follow-up is about, briefly, as it is now.

    Attributes:
        code (str):
        id (UUID):
        name (str):
        registrant_unit (UnitRef): A unit, briefly.
        state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
    """

    code: str
    id: UUID
    name: str
    registrant_unit: UnitRef
    state: State
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        code = self.code

        id = str(self.id)

        name = self.name

        registrant_unit = self.registrant_unit.to_dict()

        state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "id": id,
                "name": name,
                "registrant_unit": registrant_unit,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        registrant_unit = UnitRef.from_dict(d.pop("registrant_unit"))

        state = State(d.pop("state"))

        followed_model = cls(
            code=code,
            id=id,
            name=name,
            registrant_unit=registrant_unit,
            state=state,
        )

        followed_model.additional_properties = d
        return followed_model

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
