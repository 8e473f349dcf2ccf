from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indicator_read import IndicatorRead


T = TypeVar("T", bound="IndicatorCatalogue")


@_attrs_define
class IndicatorCatalogue:
    """A campaign year's indicators, by sort order then code.

    Attributes:
        campaign_id (UUID):
        indicators (list[IndicatorRead]):
        year (int):
    """

    campaign_id: UUID
    indicators: list[IndicatorRead]
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.indicator_read import IndicatorRead  # noqa: PLC0415

        campaign_id = str(self.campaign_id)

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "indicators": indicators,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_read import IndicatorRead  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = IndicatorRead.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        year = d.pop("year")

        indicator_catalogue = cls(
            campaign_id=campaign_id,
            indicators=indicators,
            year=year,
        )

        indicator_catalogue.additional_properties = d
        return indicator_catalogue

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
