from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.state import State
from ..types import UNSET, Unset

T = TypeVar("T", bound="CandidateModelRef")


@_attrs_define
class CandidateModelRef:
    """The model a candidate stands for.

    Attributes:
        code (str):
        id (UUID):
        name (str):
        registrant_unit_name (str):
        state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
    """

    code: str
    id: UUID
    name: str
    registrant_unit_name: str
    state: State
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        id = str(self.id)

        name = self.name

        registrant_unit_name = self.registrant_unit_name

        state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "id": id,
                "name": name,
                "registrant_unit_name": registrant_unit_name,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        registrant_unit_name = d.pop("registrant_unit_name")

        state = State(d.pop("state"))

        candidate_model_ref = cls(
            code=code,
            id=id,
            name=name,
            registrant_unit_name=registrant_unit_name,
            state=state,
        )

        candidate_model_ref.additional_properties = d
        return candidate_model_ref

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
