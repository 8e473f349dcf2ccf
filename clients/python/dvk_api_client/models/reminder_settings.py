from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReminderSettings")


@_attrs_define
class ReminderSettings:
    """A campaign's reminder lead times, in days; omitted ones take the defaults (7, 14 and 7).

    Attributes:
        list_due_days (int | Unset): Days before the registration lists are due (`lists_due_on`) that a unit yet to send
            is told. Default: 7.
        registration_closing_days (int | Unset): Days before a registration window closes that a unit which registered
            nothing is told. Default: 7.
        results_due_days (int | Unset): Days before results are due that the registrants of a model being implemented
            are told. Default: 14.
    """

    list_due_days: int | Unset = 7
    registration_closing_days: int | Unset = 7
    results_due_days: int | Unset = 14

    def to_dict(self) -> dict[str, Any]:
        list_due_days = self.list_due_days

        registration_closing_days = self.registration_closing_days

        results_due_days = self.results_due_days

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if list_due_days is not UNSET:
            field_dict["list_due_days"] = list_due_days
        if registration_closing_days is not UNSET:
            field_dict["registration_closing_days"] = registration_closing_days
        if results_due_days is not UNSET:
            field_dict["results_due_days"] = results_due_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_due_days = d.pop("list_due_days", UNSET)

        registration_closing_days = d.pop("registration_closing_days", UNSET)

        results_due_days = d.pop("results_due_days", UNSET)

        reminder_settings = cls(
            list_due_days=list_due_days,
            registration_closing_days=registration_closing_days,
            results_due_days=results_due_days,
        )

        return reminder_settings
