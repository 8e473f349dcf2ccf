from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registration_window import RegistrationWindow


T = TypeVar("T", bound="CycleUpdate")


@_attrs_define
class CycleUpdate:
    """Changes to a cycle; omitted fields stay. Send the campaign's ETag in If-Match.

    Attributes:
        lists_due_on (datetime.date | Unset): Units send their registration list (`POST /registrations/lists`) before
            this day, judged in the campaign's time zone (seed 002: "trước ngày 06/3"); a list sent on or after it is late.
            Null: no deadline.
        recognition_ends_on (datetime.date | Unset):
        recognition_starts_on (datetime.date | Unset):
        registration_windows (list[RegistrationWindow] | Unset):
        results_due_on (datetime.date | Unset):
    """

    lists_due_on: datetime.date | Unset = UNSET
    recognition_ends_on: datetime.date | Unset = UNSET
    recognition_starts_on: datetime.date | Unset = UNSET
    registration_windows: list[RegistrationWindow] | Unset = UNSET
    results_due_on: datetime.date | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.registration_window import RegistrationWindow  # noqa: PLC0415

        lists_due_on: str | Unset = UNSET
        if not isinstance(self.lists_due_on, Unset):
            lists_due_on = self.lists_due_on.isoformat()

        recognition_ends_on: str | Unset = UNSET
        if not isinstance(self.recognition_ends_on, Unset):
            recognition_ends_on = self.recognition_ends_on.isoformat()

        recognition_starts_on: str | Unset = UNSET
        if not isinstance(self.recognition_starts_on, Unset):
            recognition_starts_on = self.recognition_starts_on.isoformat()

        registration_windows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.registration_windows, Unset):
            registration_windows = []
            for registration_windows_item_data in self.registration_windows:
                registration_windows_item = registration_windows_item_data.to_dict()
                registration_windows.append(registration_windows_item)

        results_due_on: str | Unset = UNSET
        if not isinstance(self.results_due_on, Unset):
            results_due_on = self.results_due_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if lists_due_on is not UNSET:
            field_dict["lists_due_on"] = lists_due_on
        if recognition_ends_on is not UNSET:
            field_dict["recognition_ends_on"] = recognition_ends_on
        if recognition_starts_on is not UNSET:
            field_dict["recognition_starts_on"] = recognition_starts_on
        if registration_windows is not UNSET:
            field_dict["registration_windows"] = registration_windows
        if results_due_on is not UNSET:
            field_dict["results_due_on"] = results_due_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registration_window import RegistrationWindow  # noqa: PLC0415

        d = dict(src_dict)
        _lists_due_on = d.pop("lists_due_on", UNSET)
        lists_due_on: datetime.date | Unset
        if isinstance(_lists_due_on, Unset):
            lists_due_on = UNSET
        else:
            lists_due_on = datetime.date.fromisoformat(_lists_due_on)

        _recognition_ends_on = d.pop("recognition_ends_on", UNSET)
        recognition_ends_on: datetime.date | Unset
        if isinstance(_recognition_ends_on, Unset):
            recognition_ends_on = UNSET
        else:
            recognition_ends_on = datetime.date.fromisoformat(_recognition_ends_on)

        _recognition_starts_on = d.pop("recognition_starts_on", UNSET)
        recognition_starts_on: datetime.date | Unset
        if isinstance(_recognition_starts_on, Unset):
            recognition_starts_on = UNSET
        else:
            recognition_starts_on = datetime.date.fromisoformat(_recognition_starts_on)

        _registration_windows = d.pop("registration_windows", UNSET)
        registration_windows: list[RegistrationWindow] | Unset = UNSET
        if _registration_windows is not UNSET:
            registration_windows = []
            for registration_windows_item_data in _registration_windows:
                registration_windows_item = RegistrationWindow.from_dict(registration_windows_item_data)

                registration_windows.append(registration_windows_item)

        _results_due_on = d.pop("results_due_on", UNSET)
        results_due_on: datetime.date | Unset
        if isinstance(_results_due_on, Unset):
            results_due_on = UNSET
        else:
            results_due_on = datetime.date.fromisoformat(_results_due_on)

        cycle_update = cls(
            lists_due_on=lists_due_on,
            recognition_ends_on=recognition_ends_on,
            recognition_starts_on=recognition_starts_on,
            registration_windows=registration_windows,
            results_due_on=results_due_on,
        )

        return cycle_update
