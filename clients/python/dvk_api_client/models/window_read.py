from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WindowRead")


@_attrs_define
class WindowRead:
    """A registration window.

    Attributes:
        closes_on (datetime.date):
        label (str):
        opens_on (datetime.date):
    """

    closes_on: datetime.date
    label: str
    opens_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        closes_on = self.closes_on.isoformat()

        label = self.label

        opens_on = self.opens_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "closes_on": closes_on,
                "label": label,
                "opens_on": opens_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closes_on = datetime.date.fromisoformat(d.pop("closes_on"))

        label = d.pop("label")

        opens_on = datetime.date.fromisoformat(d.pop("opens_on"))

        window_read = cls(
            closes_on=closes_on,
            label=label,
            opens_on=opens_on,
        )

        window_read.additional_properties = d
        return window_read

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
