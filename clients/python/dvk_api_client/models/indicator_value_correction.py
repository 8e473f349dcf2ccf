from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorValueCorrection")


@_attrs_define
class IndicatorValueCorrection:
    """A correction of a reported value: the fields that change (the others stay) and why.

    Attributes:
        reason (str): Why the value is corrected (kept in its history).
        attendance (int | None | Unset):
        document_ref (None | str | Unset):
        held_by (None | str | Unset):
        minutes (None | str | Unset):
        note (None | str | Unset):
        occurred_on (datetime.date | Unset): The corrected date (in the year).
        value (float | Unset): The corrected value.
    """

    reason: str
    attendance: int | None | Unset = UNSET
    document_ref: None | str | Unset = UNSET
    held_by: None | str | Unset = UNSET
    minutes: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    occurred_on: datetime.date | Unset = UNSET
    value: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        attendance: int | None | Unset
        if isinstance(self.attendance, Unset):
            attendance = UNSET
        else:
            attendance = self.attendance

        document_ref: None | str | Unset
        if isinstance(self.document_ref, Unset):
            document_ref = UNSET
        else:
            document_ref = self.document_ref

        held_by: None | str | Unset
        if isinstance(self.held_by, Unset):
            held_by = UNSET
        else:
            held_by = self.held_by

        minutes: None | str | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        else:
            minutes = self.minutes

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        occurred_on: str | Unset = UNSET
        if not isinstance(self.occurred_on, Unset):
            occurred_on = self.occurred_on.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if attendance is not UNSET:
            field_dict["attendance"] = attendance
        if document_ref is not UNSET:
            field_dict["document_ref"] = document_ref
        if held_by is not UNSET:
            field_dict["held_by"] = held_by
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if note is not UNSET:
            field_dict["note"] = note
        if occurred_on is not UNSET:
            field_dict["occurred_on"] = occurred_on
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_attendance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attendance = _parse_attendance(d.pop("attendance", UNSET))

        def _parse_document_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_ref = _parse_document_ref(d.pop("document_ref", UNSET))

        def _parse_held_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        held_by = _parse_held_by(d.pop("held_by", UNSET))

        def _parse_minutes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        _occurred_on = d.pop("occurred_on", UNSET)
        occurred_on: datetime.date | Unset
        if isinstance(_occurred_on, Unset):
            occurred_on = UNSET
        else:
            occurred_on = datetime.date.fromisoformat(_occurred_on)

        value = d.pop("value", UNSET)

        indicator_value_correction = cls(
            reason=reason,
            attendance=attendance,
            document_ref=document_ref,
            held_by=held_by,
            minutes=minutes,
            note=note,
            occurred_on=occurred_on,
            value=value,
        )

        return indicator_value_correction
