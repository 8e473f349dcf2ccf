from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorValueCreate")


@_attrs_define
class IndicatorValueCreate:
    """A value a unit reports, with its evidence (for a dialogue: when, who held it, attendance, minutes).

    Attributes:
        occurred_on (datetime.date): When it happened or was assessed (YYYY-MM-DD), in the year.
        unit_id (int): A unit id.
        attendance (int | None | Unset): How many people took part.
        document_ref (None | str | Unset): Reference of the minutes or document.
        held_by (None | str | Unset): Who held it (e.g. the committee's secretary).
        minutes (None | str | Unset): The minutes' text or a summary.
        note (None | str | Unset):
        value (float | Unset): count: how many (default 1); yes_no: 1 or 0; percentage: percent. Default: 1.0.
    """

    occurred_on: datetime.date
    unit_id: int
    attendance: int | None | Unset = UNSET
    document_ref: None | str | Unset = UNSET
    held_by: None | str | Unset = UNSET
    minutes: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    value: float | Unset = 1.0

    def to_dict(self) -> dict[str, Any]:
        occurred_on = self.occurred_on.isoformat()

        unit_id = self.unit_id

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

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "occurred_on": occurred_on,
                "unit_id": unit_id,
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
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        unit_id = d.pop("unit_id")

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

        value = d.pop("value", UNSET)

        indicator_value_create = cls(
            occurred_on=occurred_on,
            unit_id=unit_id,
            attendance=attendance,
            document_ref=document_ref,
            held_by=held_by,
            minutes=minutes,
            note=note,
            value=value,
        )

        return indicator_value_create
