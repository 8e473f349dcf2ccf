from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignUpdate")


@_attrs_define
class CampaignUpdate:
    """Changes to a campaign; omitted fields stay. Send its ETag in If-Match.

    Attributes:
        authority_profile (None | str | Unset):
        description (None | str | Unset):
        end_year (int | None | Unset): Not before start_year or any existing cycle's year.
        name (None | str | Unset):
        timezone (None | str | Unset):
    """

    authority_profile: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    end_year: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        authority_profile: None | str | Unset
        if isinstance(self.authority_profile, Unset):
            authority_profile = UNSET
        else:
            authority_profile = self.authority_profile

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        end_year: int | None | Unset
        if isinstance(self.end_year, Unset):
            end_year = UNSET
        else:
            end_year = self.end_year

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if authority_profile is not UNSET:
            field_dict["authority_profile"] = authority_profile
        if description is not UNSET:
            field_dict["description"] = description
        if end_year is not UNSET:
            field_dict["end_year"] = end_year
        if name is not UNSET:
            field_dict["name"] = name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_authority_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authority_profile = _parse_authority_profile(d.pop("authority_profile", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_end_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_year = _parse_end_year(d.pop("end_year", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        campaign_update = cls(
            authority_profile=authority_profile,
            description=description,
            end_year=end_year,
            name=name,
            timezone=timezone,
        )

        return campaign_update
