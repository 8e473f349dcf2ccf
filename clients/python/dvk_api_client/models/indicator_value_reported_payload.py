from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorValueReportedPayload")


@_attrs_define
class IndicatorValueReportedPayload:
    """A value a unit reported for one of the year's indicators.

    Attributes:
        indicator_code (str):
        indicator_id (UUID):
        occurred_on (datetime.date):
        unit_id (int):
        value (float):
        year (int):
    """

    indicator_code: str
    indicator_id: UUID
    occurred_on: datetime.date
    unit_id: int
    value: float
    year: int

    def to_dict(self) -> dict[str, Any]:
        indicator_code = self.indicator_code

        indicator_id = str(self.indicator_id)

        occurred_on = self.occurred_on.isoformat()

        unit_id = self.unit_id

        value = self.value

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indicator_code": indicator_code,
                "indicator_id": indicator_id,
                "occurred_on": occurred_on,
                "unit_id": unit_id,
                "value": value,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator_code = d.pop("indicator_code")

        indicator_id = UUID(d.pop("indicator_id"))

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        unit_id = d.pop("unit_id")

        value = d.pop("value")

        year = d.pop("year")

        indicator_value_reported_payload = cls(
            indicator_code=indicator_code,
            indicator_id=indicator_id,
            occurred_on=occurred_on,
            unit_id=unit_id,
            value=value,
            year=year,
        )

        return indicator_value_reported_payload
