from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unit_without_model import UnitWithoutModel


T = TypeVar("T", bound="UnitsWithoutModel")


@_attrs_define
class UnitsWithoutModel:
    """The list officials chase, capped at `missing_limit` (ordered by category, then code).

    Attributes:
        count (int): How many (unit, category) rows there are in all.
        items (list[UnitWithoutModel]):
        truncated (bool):
    """

    count: int
    items: list[UnitWithoutModel]
    truncated: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unit_without_model import UnitWithoutModel  # noqa: PLC0415

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
        from ..models.unit_without_model import UnitWithoutModel  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = UnitWithoutModel.from_dict(items_item_data)

            items.append(items_item)

        truncated = d.pop("truncated")

        units_without_model = cls(
            count=count,
            items=items,
            truncated=truncated,
        )

        units_without_model.additional_properties = d
        return units_without_model

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
