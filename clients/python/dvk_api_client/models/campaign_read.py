from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cycle_read import CycleRead
    from ..models.reminder_settings import ReminderSettings


T = TypeVar("T", bound="CampaignRead")


@_attrs_define
class CampaignRead:
    """A campaign, its cycles and its version (also sent as ETag).

    Attributes:
        authority_profile (str):
        created_at (datetime.datetime):
        cycles (list[CycleRead]):
        description (str):
        end_year (int):
        id (UUID):
        local_today (datetime.date): Today's date in the campaign's time zone.
        name (str):
        owning_unit_code (str):
        owning_unit_id (int):
        owning_unit_name (str):
        reminders (ReminderSettings): A campaign's reminder lead times, in days; omitted ones take the defaults (7, 14
            and 7).
        start_year (int):
        timezone (str):
        updated_at (datetime.datetime):
        version (int):
    """

    authority_profile: str
    created_at: datetime.datetime
    cycles: list[CycleRead]
    description: str
    end_year: int
    id: UUID
    local_today: datetime.date
    name: str
    owning_unit_code: str
    owning_unit_id: int
    owning_unit_name: str
    reminders: ReminderSettings
    start_year: int
    timezone: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cycle_read import CycleRead  # noqa: PLC0415
        from ..models.reminder_settings import ReminderSettings  # noqa: PLC0415

        authority_profile = self.authority_profile

        created_at = self.created_at.isoformat()

        cycles = []
        for cycles_item_data in self.cycles:
            cycles_item = cycles_item_data.to_dict()
            cycles.append(cycles_item)

        description = self.description

        end_year = self.end_year

        id = str(self.id)

        local_today = self.local_today.isoformat()

        name = self.name

        owning_unit_code = self.owning_unit_code

        owning_unit_id = self.owning_unit_id

        owning_unit_name = self.owning_unit_name

        reminders = self.reminders.to_dict()

        start_year = self.start_year

        timezone = self.timezone

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authority_profile": authority_profile,
                "created_at": created_at,
                "cycles": cycles,
                "description": description,
                "end_year": end_year,
                "id": id,
                "local_today": local_today,
                "name": name,
                "owning_unit_code": owning_unit_code,
                "owning_unit_id": owning_unit_id,
                "owning_unit_name": owning_unit_name,
                "reminders": reminders,
                "start_year": start_year,
                "timezone": timezone,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cycle_read import CycleRead  # noqa: PLC0415
        from ..models.reminder_settings import ReminderSettings  # noqa: PLC0415

        d = dict(src_dict)
        authority_profile = d.pop("authority_profile")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        cycles = []
        _cycles = d.pop("cycles")
        for cycles_item_data in _cycles:
            cycles_item = CycleRead.from_dict(cycles_item_data)

            cycles.append(cycles_item)

        description = d.pop("description")

        end_year = d.pop("end_year")

        id = UUID(d.pop("id"))

        local_today = datetime.date.fromisoformat(d.pop("local_today"))

        name = d.pop("name")

        owning_unit_code = d.pop("owning_unit_code")

        owning_unit_id = d.pop("owning_unit_id")

        owning_unit_name = d.pop("owning_unit_name")

        reminders = ReminderSettings.from_dict(d.pop("reminders"))

        start_year = d.pop("start_year")

        timezone = d.pop("timezone")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        campaign_read = cls(
            authority_profile=authority_profile,
            created_at=created_at,
            cycles=cycles,
            description=description,
            end_year=end_year,
            id=id,
            local_today=local_today,
            name=name,
            owning_unit_code=owning_unit_code,
            owning_unit_id=owning_unit_id,
            owning_unit_name=owning_unit_name,
            reminders=reminders,
            start_year=start_year,
            timezone=timezone,
            updated_at=updated_at,
            version=version,
        )

        campaign_read.additional_properties = d
        return campaign_read

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
