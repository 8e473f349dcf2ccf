from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_change import CampaignChange
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignUpdatedPayload")


@_attrs_define
class CampaignUpdatedPayload:
    """A change to a campaign: its details, or one of its yearly cycles.

    Attributes:
        change (CampaignChange): What a `campaign.updated` event reports changed.
        fields (list[str] | None): For `details`: what changed.
        year (int | None): For a cycle's change: the cycle's year.
    """

    change: CampaignChange
    fields: list[str] | None
    year: int | None

    def to_dict(self) -> dict[str, Any]:
        change = self.change.value

        fields: list[str] | None
        if isinstance(self.fields, list):
            fields = self.fields

        else:
            fields = self.fields

        year: int | None
        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "change": change,
                "fields": fields,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change = CampaignChange(d.pop("change"))

        def _parse_fields(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fields_type_0 = cast(list[str], data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        fields = _parse_fields(d.pop("fields"))

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        campaign_updated_payload = cls(
            change=change,
            fields=fields,
            year=year,
        )

        return campaign_updated_payload
