from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationWindow")


@_attrs_define
class RegistrationWindow:
    """A period in which units register models, judged in the campaign's time zone (both days included).

    Attributes:
        closes_on (datetime.date):
        label (str): e.g. `Đăng ký chính`; `Mô hình phát sinh` for models arising later.
        opens_on (datetime.date):
    """

    closes_on: datetime.date
    label: str
    opens_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        closes_on = self.closes_on.isoformat()

        label = self.label

        opens_on = self.opens_on.isoformat()

        field_dict: dict[str, Any] = {}

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

        registration_window = cls(
            closes_on=closes_on,
            label=label,
            opens_on=opens_on,
        )

        return registration_window
