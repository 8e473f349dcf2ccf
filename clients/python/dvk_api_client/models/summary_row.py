from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level_aimed import LevelAimed
from ..models.registrant_kind import RegistrantKind
from ..models.state import State
from ..types import UNSET, Unset

T = TypeVar("T", bound="SummaryRow")


@_attrs_define
class SummaryRow:
    """How many models share a field, state, registrant kind and level aimed at.

    Attributes:
        count (int):
        field_code (str):
        level_aimed (LevelAimed): The level of recognition a model aims at.
        registrant_kind (RegistrantKind): Who registers a model: a collective or a person.
        state (State): Where a model is in its workflow (GET /workflow lists each with its labels).
    """

    count: int
    field_code: str
    level_aimed: LevelAimed
    registrant_kind: RegistrantKind
    state: State
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        field_code = self.field_code

        level_aimed = self.level_aimed.value

        registrant_kind = self.registrant_kind.value

        state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "field_code": field_code,
                "level_aimed": level_aimed,
                "registrant_kind": registrant_kind,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        field_code = d.pop("field_code")

        level_aimed = LevelAimed(d.pop("level_aimed"))

        registrant_kind = RegistrantKind(d.pop("registrant_kind"))

        state = State(d.pop("state"))

        summary_row = cls(
            count=count,
            field_code=field_code,
            level_aimed=level_aimed,
            registrant_kind=registrant_kind,
            state=state,
        )

        summary_row.additional_properties = d
        return summary_row

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
