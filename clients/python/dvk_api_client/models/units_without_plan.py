from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unit_with_kind import UnitWithKind


T = TypeVar("T", bound="UnitsWithoutPlan")


@_attrs_define
class UnitsWithoutPlan:
    """The units still without a plan, capped at `missing_limit` (by unit code).

    Attributes:
        count (int): How many units expected to have a plan have none.
        items (list[UnitWithKind]):
        truncated (bool):
    """

    count: int
    items: list[UnitWithKind]
    truncated: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unit_with_kind import UnitWithKind  # noqa: PLC0415

        count = self.count

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        truncated = self.truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "items": items,
                "truncated": truncated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_with_kind import UnitWithKind  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = UnitWithKind.from_dict(items_item_data)

            items.append(items_item)

        truncated = d.pop("truncated")

        units_without_plan = cls(
            count=count,
            items=items,
            truncated=truncated,
        )

        units_without_plan.additional_properties = d
        return units_without_plan

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
