from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reminder_settings_update import ReminderSettingsUpdate


T = TypeVar("T", bound="CampaignUpdate")


@_attrs_define
class CampaignUpdate:
    """Changes to a campaign; omitted fields stay. Send its ETag in If-Match.

    Attributes:
        authority_profile (str | Unset): Authority rule profile deciding recognitions: `district_2023` or
            `province_2016`.
        description (str | Unset):
        end_year (int | Unset): Not before start_year or any existing cycle's year.
        name (str | Unset):
        reminders (ReminderSettingsUpdate | Unset): Changes to a campaign's reminder lead times; omitted ones stay, null
            is refused.
        timezone (str | Unset): IANA time zone in which the campaign's dates are judged.
    """

    authority_profile: str | Unset = UNSET
    description: str | Unset = UNSET
    end_year: int | Unset = UNSET
    name: str | Unset = UNSET
    reminders: ReminderSettingsUpdate | Unset = UNSET
    timezone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.reminder_settings_update import ReminderSettingsUpdate  # noqa: PLC0415

        authority_profile = self.authority_profile

        description = self.description

        end_year = self.end_year

        name = self.name

        reminders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reminders, Unset):
            reminders = self.reminders.to_dict()

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
        if reminders is not UNSET:
            field_dict["reminders"] = reminders
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reminder_settings_update import ReminderSettingsUpdate  # noqa: PLC0415

        d = dict(src_dict)
        authority_profile = d.pop("authority_profile", UNSET)

        description = d.pop("description", UNSET)

        end_year = d.pop("end_year", UNSET)

        name = d.pop("name", UNSET)

        _reminders = d.pop("reminders", UNSET)
        reminders: ReminderSettingsUpdate | Unset
        if isinstance(_reminders, Unset):
            reminders = UNSET
        else:
            reminders = ReminderSettingsUpdate.from_dict(_reminders)

        timezone = d.pop("timezone", UNSET)

        campaign_update = cls(
            authority_profile=authority_profile,
            description=description,
            end_year=end_year,
            name=name,
            reminders=reminders,
            timezone=timezone,
        )

        return campaign_update
