from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_entry import ConditionEntry


T = TypeVar("T", bound="ConditionsWrite")


@_attrs_define
class ConditionsWrite:
    """The conditions of a comprehensive model, replaced as a whole (a condition left out is unrecorded).

    Attributes:
        conditions (list[ConditionEntry]):
    """

    conditions: list[ConditionEntry]

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_entry import ConditionEntry  # noqa: PLC0415

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conditions": conditions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_entry import ConditionEntry  # noqa: PLC0415

        d = dict(src_dict)
        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = ConditionEntry.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        conditions_write = cls(
            conditions=conditions,
        )

        return conditions_write
