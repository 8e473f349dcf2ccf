from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorValueEvidence")


@_attrs_define
class IndicatorValueEvidence:
    """A value's fields as they stood before a correction.

    Attributes:
        attendance (int | None):
        document_ref (None | str):
        held_by (None | str):
        minutes (None | str):
        note (None | str):
        occurred_on (datetime.date):
        value (float):
    """

    attendance: int | None
    document_ref: None | str
    held_by: None | str
    minutes: None | str
    note: None | str
    occurred_on: datetime.date
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attendance: int | None
        attendance = self.attendance

        document_ref: None | str
        document_ref = self.document_ref

        held_by: None | str
        held_by = self.held_by

        minutes: None | str
        minutes = self.minutes

        note: None | str
        note = self.note

        occurred_on = self.occurred_on.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendance": attendance,
                "document_ref": document_ref,
                "held_by": held_by,
                "minutes": minutes,
                "note": note,
                "occurred_on": occurred_on,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_attendance(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        attendance = _parse_attendance(d.pop("attendance"))

        def _parse_document_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_ref = _parse_document_ref(d.pop("document_ref"))

        def _parse_held_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        held_by = _parse_held_by(d.pop("held_by"))

        def _parse_minutes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        minutes = _parse_minutes(d.pop("minutes"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        value = d.pop("value")

        indicator_value_evidence = cls(
            attendance=attendance,
            document_ref=document_ref,
            held_by=held_by,
            minutes=minutes,
            note=note,
            occurred_on=occurred_on,
            value=value,
        )

        indicator_value_evidence.additional_properties = d
        return indicator_value_evidence

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
