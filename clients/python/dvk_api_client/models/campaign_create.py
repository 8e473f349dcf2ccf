from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cycle_create import CycleCreate
    from ..models.reminder_settings import ReminderSettings


T = TypeVar("T", bound="CampaignCreate")


@_attrs_define
class CampaignCreate:
    """A new phase of the movement, launched by a unit the caller administers.

    Attributes:
        end_year (int): A calendar year, 2000–2100.
        name (str):
        owning_unit_id (int): The unit that launched the movement; in your admin scope.
        start_year (int): A calendar year, 2000–2100.
        authority_profile (None | str | Unset): Default: the default profile.
        cycles (list[CycleCreate] | None | Unset): Omitted: one cycle per year with the defaults. Given: exactly these
            cycles.
        description (str | Unset):  Default: ''.
        reminders (ReminderSettings | Unset): A campaign's reminder lead times, in days; omitted ones take the defaults
            (7, 14 and 7).
        timezone (str | Unset): IANA time zone in which the campaign's dates are judged. Default: 'Asia/Ho_Chi_Minh'.
    """

    end_year: int
    name: str
    owning_unit_id: int
    start_year: int
    authority_profile: None | str | Unset = UNSET
    cycles: list[CycleCreate] | None | Unset = UNSET
    description: str | Unset = ""
    reminders: ReminderSettings | Unset = UNSET
    timezone: str | Unset = "Asia/Ho_Chi_Minh"

    def to_dict(self) -> dict[str, Any]:
        from ..models.cycle_create import CycleCreate  # noqa: PLC0415
        from ..models.reminder_settings import ReminderSettings  # noqa: PLC0415

        end_year = self.end_year

        name = self.name

        owning_unit_id = self.owning_unit_id

        start_year = self.start_year

        authority_profile: None | str | Unset
        if isinstance(self.authority_profile, Unset):
            authority_profile = UNSET
        else:
            authority_profile = self.authority_profile

        cycles: list[dict[str, Any]] | None | Unset
        if isinstance(self.cycles, Unset):
            cycles = UNSET
        elif isinstance(self.cycles, list):
            cycles = []
            for cycles_type_0_item_data in self.cycles:
                cycles_type_0_item = cycles_type_0_item_data.to_dict()
                cycles.append(cycles_type_0_item)

        else:
            cycles = self.cycles

        description = self.description

        reminders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reminders, Unset):
            reminders = self.reminders.to_dict()

        timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end_year": end_year,
                "name": name,
                "owning_unit_id": owning_unit_id,
                "start_year": start_year,
            }
        )
        if authority_profile is not UNSET:
            field_dict["authority_profile"] = authority_profile
        if cycles is not UNSET:
            field_dict["cycles"] = cycles
        if description is not UNSET:
            field_dict["description"] = description
        if reminders is not UNSET:
            field_dict["reminders"] = reminders
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cycle_create import CycleCreate  # noqa: PLC0415
        from ..models.reminder_settings import ReminderSettings  # noqa: PLC0415

        d = dict(src_dict)
        end_year = d.pop("end_year")

        name = d.pop("name")

        owning_unit_id = d.pop("owning_unit_id")

        start_year = d.pop("start_year")

        def _parse_authority_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authority_profile = _parse_authority_profile(d.pop("authority_profile", UNSET))

        def _parse_cycles(data: object) -> list[CycleCreate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cycles_type_0 = []
                _cycles_type_0 = data
                for cycles_type_0_item_data in _cycles_type_0:
                    cycles_type_0_item = CycleCreate.from_dict(cycles_type_0_item_data)

                    cycles_type_0.append(cycles_type_0_item)

                return cycles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CycleCreate] | None | Unset, data)

        cycles = _parse_cycles(d.pop("cycles", UNSET))

        description = d.pop("description", UNSET)

        _reminders = d.pop("reminders", UNSET)
        reminders: ReminderSettings | Unset
        if isinstance(_reminders, Unset):
            reminders = UNSET
        else:
            reminders = ReminderSettings.from_dict(_reminders)

        timezone = d.pop("timezone", UNSET)

        campaign_create = cls(
            end_year=end_year,
            name=name,
            owning_unit_id=owning_unit_id,
            start_year=start_year,
            authority_profile=authority_profile,
            cycles=cycles,
            description=description,
            reminders=reminders,
            timezone=timezone,
        )

        return campaign_create
