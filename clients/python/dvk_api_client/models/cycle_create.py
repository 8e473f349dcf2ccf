from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registration_window import RegistrationWindow


T = TypeVar("T", bound="CycleCreate")


@_attrs_define
class CycleCreate:
    """One year of a campaign. Omitted dates take the seed's defaults for that year.

    Attributes:
        year (int): A calendar year, 2000–2100.
        lists_due_on (datetime.date | None | Unset): Units send their registration list (`POST /registrations/lists`)
            before this day, judged in the campaign's time zone (seed 002: "trước ngày 06/3"); a list sent on or after it is
            late. Null: no deadline.
        recognition_ends_on (datetime.date | None | Unset): End of it (default 31 October).
        recognition_starts_on (datetime.date | None | Unset): Start of the recognition period (default 1 October: Mass-
            Mobilisation Month).
        registration_windows (list[RegistrationWindow] | None | Unset): Default: `Đăng ký chính` 1–31 August of the year
            and `Mô hình phát sinh` all of February of the next year (seed 000). Windows may not overlap.
        results_due_on (datetime.date | None | Unset): Results are reported by this date (default 1 October of the
            year).
    """

    year: int
    lists_due_on: datetime.date | None | Unset = UNSET
    recognition_ends_on: datetime.date | None | Unset = UNSET
    recognition_starts_on: datetime.date | None | Unset = UNSET
    registration_windows: list[RegistrationWindow] | None | Unset = UNSET
    results_due_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.registration_window import RegistrationWindow  # noqa: PLC0415

        year = self.year

        lists_due_on: None | str | Unset
        if isinstance(self.lists_due_on, Unset):
            lists_due_on = UNSET
        elif isinstance(self.lists_due_on, datetime.date):
            lists_due_on = self.lists_due_on.isoformat()
        else:
            lists_due_on = self.lists_due_on

        recognition_ends_on: None | str | Unset
        if isinstance(self.recognition_ends_on, Unset):
            recognition_ends_on = UNSET
        elif isinstance(self.recognition_ends_on, datetime.date):
            recognition_ends_on = self.recognition_ends_on.isoformat()
        else:
            recognition_ends_on = self.recognition_ends_on

        recognition_starts_on: None | str | Unset
        if isinstance(self.recognition_starts_on, Unset):
            recognition_starts_on = UNSET
        elif isinstance(self.recognition_starts_on, datetime.date):
            recognition_starts_on = self.recognition_starts_on.isoformat()
        else:
            recognition_starts_on = self.recognition_starts_on

        registration_windows: list[dict[str, Any]] | None | Unset
        if isinstance(self.registration_windows, Unset):
            registration_windows = UNSET
        elif isinstance(self.registration_windows, list):
            registration_windows = []
            for registration_windows_type_0_item_data in self.registration_windows:
                registration_windows_type_0_item = registration_windows_type_0_item_data.to_dict()
                registration_windows.append(registration_windows_type_0_item)

        else:
            registration_windows = self.registration_windows

        results_due_on: None | str | Unset
        if isinstance(self.results_due_on, Unset):
            results_due_on = UNSET
        elif isinstance(self.results_due_on, datetime.date):
            results_due_on = self.results_due_on.isoformat()
        else:
            results_due_on = self.results_due_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
            }
        )
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

        def _parse_recognition_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recognition_ends_on_type_0 = datetime.date.fromisoformat(data)

                return recognition_ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        recognition_ends_on = _parse_recognition_ends_on(d.pop("recognition_ends_on", UNSET))

        def _parse_recognition_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recognition_starts_on_type_0 = datetime.date.fromisoformat(data)

                return recognition_starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        recognition_starts_on = _parse_recognition_starts_on(d.pop("recognition_starts_on", UNSET))

        def _parse_registration_windows(data: object) -> list[RegistrationWindow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                registration_windows_type_0 = []
                _registration_windows_type_0 = data
                for registration_windows_type_0_item_data in _registration_windows_type_0:
                    registration_windows_type_0_item = RegistrationWindow.from_dict(
                        registration_windows_type_0_item_data
                    )

                    registration_windows_type_0.append(registration_windows_type_0_item)

                return registration_windows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RegistrationWindow] | None | Unset, data)

        registration_windows = _parse_registration_windows(d.pop("registration_windows", UNSET))

        def _parse_results_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                results_due_on_type_0 = datetime.date.fromisoformat(data)

                return results_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        results_due_on = _parse_results_due_on(d.pop("results_due_on", UNSET))

        cycle_create = cls(
            year=year,
            lists_due_on=lists_due_on,
            recognition_ends_on=recognition_ends_on,
            recognition_starts_on=recognition_starts_on,
            registration_windows=registration_windows,
            results_due_on=results_due_on,
        )

        return cycle_create
