from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignCreatedPayload")


@_attrs_define
class CampaignCreatedPayload:
    """A campaign launched by a unit.

    Attributes:
        end_year (int):
        name (str):
        start_year (int):
    """

    end_year: int
    name: str
    start_year: int

    def to_dict(self) -> dict[str, Any]:
        end_year = self.end_year

        name = self.name

        start_year = self.start_year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end_year": end_year,
                "name": name,
                "start_year": start_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_year = d.pop("end_year")

        name = d.pop("name")

        start_year = d.pop("start_year")

        campaign_created_payload = cls(
            end_year=end_year,
            name=name,
            start_year=start_year,
        )

        return campaign_created_payload
