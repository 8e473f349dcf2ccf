from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.window_read import WindowRead


T = TypeVar("T", bound="CycleRead")


@_attrs_define
class CycleRead:
    """One year of a campaign, with the window open today in the campaign's time zone.

    Attributes:
        id (UUID):
        open_window_today (None | WindowRead): The registration window open today in the campaign's time zone; null if
            none.
        recognition_ends_on (datetime.date):
        recognition_starts_on (datetime.date):
        registration_windows (list[WindowRead]):
        results_due_on (datetime.date):
        year (int):
        lists_due_on (datetime.date | None | Unset): Units send their registration list (`POST /registrations/lists`)
            before this day, judged in the campaign's time zone (seed 002: "trước ngày 06/3"); a list sent on or after it is
            late. Null: no deadline.
    """

    id: UUID
    open_window_today: None | WindowRead
    recognition_ends_on: datetime.date
    recognition_starts_on: datetime.date
    registration_windows: list[WindowRead]
    results_due_on: datetime.date
    year: int
    lists_due_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.window_read import WindowRead  # noqa: PLC0415

        id = str(self.id)

        open_window_today: dict[str, Any] | None
        if isinstance(self.open_window_today, WindowRead):
            open_window_today = self.open_window_today.to_dict()
        else:
            open_window_today = self.open_window_today

        recognition_ends_on = self.recognition_ends_on.isoformat()

        recognition_starts_on = self.recognition_starts_on.isoformat()

        registration_windows = []
        for registration_windows_item_data in self.registration_windows:
            registration_windows_item = registration_windows_item_data.to_dict()
            registration_windows.append(registration_windows_item)

        results_due_on = self.results_due_on.isoformat()

        year = self.year

        lists_due_on: None | str | Unset
        if isinstance(self.lists_due_on, Unset):
            lists_due_on = UNSET
        elif isinstance(self.lists_due_on, datetime.date):
            lists_due_on = self.lists_due_on.isoformat()
        else:
            lists_due_on = self.lists_due_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "open_window_today": open_window_today,
                "recognition_ends_on": recognition_ends_on,
                "recognition_starts_on": recognition_starts_on,
                "registration_windows": registration_windows,
                "results_due_on": results_due_on,
                "year": year,
            }
        )
        if lists_due_on is not UNSET:
            field_dict["lists_due_on"] = lists_due_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.window_read import WindowRead  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_open_window_today(data: object) -> None | WindowRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                open_window_today_type_0 = WindowRead.from_dict(data)

                return open_window_today_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WindowRead, data)

        open_window_today = _parse_open_window_today(d.pop("open_window_today"))

        recognition_ends_on = datetime.date.fromisoformat(d.pop("recognition_ends_on"))

        recognition_starts_on = datetime.date.fromisoformat(d.pop("recognition_starts_on"))

        registration_windows = []
        _registration_windows = d.pop("registration_windows")
        for registration_windows_item_data in _registration_windows:
            registration_windows_item = WindowRead.from_dict(registration_windows_item_data)

            registration_windows.append(registration_windows_item)

        results_due_on = datetime.date.fromisoformat(d.pop("results_due_on"))

        year = d.pop("year")

        def _parse_lists_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lists_due_on_type_0 = datetime.date.fromisoformat(data)

                return lists_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        lists_due_on = _parse_lists_due_on(d.pop("lists_due_on", UNSET))

        cycle_read = cls(
            id=id,
            open_window_today=open_window_today,
            recognition_ends_on=recognition_ends_on,
            recognition_starts_on=recognition_starts_on,
            registration_windows=registration_windows,
            results_due_on=results_due_on,
            year=year,
            lists_due_on=lists_due_on,
        )

        cycle_read.additional_properties = d
        return cycle_read

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
