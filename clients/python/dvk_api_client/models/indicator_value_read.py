from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indicator_value_correction_read import IndicatorValueCorrectionRead
    from ..models.unit_brief import UnitBrief


T = TypeVar("T", bound="IndicatorValueRead")


@_attrs_define
class IndicatorValueRead:
    """A reported value with its evidence, and its corrections, oldest first.

    Attributes:
        attendance (int | None):
        document_ref (None | str):
        held_by (None | str):
        id (UUID):
        indicator_code (str):
        indicator_id (UUID):
        minutes (None | str):
        note (None | str):
        occurred_on (datetime.date):
        reported_at (datetime.datetime):
        reported_by_id (UUID):
        unit (UnitBrief): A unit, briefly.
        value (float):
        version (int): Sent as the ETag; send it back in If-Match to correct the value.
        corrections (list[IndicatorValueCorrectionRead] | Unset):
    """

    attendance: int | None
    document_ref: None | str
    held_by: None | str
    id: UUID
    indicator_code: str
    indicator_id: UUID
    minutes: None | str
    note: None | str
    occurred_on: datetime.date
    reported_at: datetime.datetime
    reported_by_id: UUID
    unit: UnitBrief
    value: float
    version: int
    corrections: list[IndicatorValueCorrectionRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.indicator_value_correction_read import IndicatorValueCorrectionRead  # noqa: PLC0415
        from ..models.unit_brief import UnitBrief  # noqa: PLC0415

        attendance: int | None
        attendance = self.attendance

        document_ref: None | str
        document_ref = self.document_ref

        held_by: None | str
        held_by = self.held_by

        id = str(self.id)

        indicator_code = self.indicator_code

        indicator_id = str(self.indicator_id)

        minutes: None | str
        minutes = self.minutes

        note: None | str
        note = self.note

        occurred_on = self.occurred_on.isoformat()

        reported_at = self.reported_at.isoformat()

        reported_by_id = str(self.reported_by_id)

        unit = self.unit.to_dict()

        value = self.value

        version = self.version

        corrections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corrections, Unset):
            corrections = []
            for corrections_item_data in self.corrections:
                corrections_item = corrections_item_data.to_dict()
                corrections.append(corrections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendance": attendance,
                "document_ref": document_ref,
                "held_by": held_by,
                "id": id,
                "indicator_code": indicator_code,
                "indicator_id": indicator_id,
                "minutes": minutes,
                "note": note,
                "occurred_on": occurred_on,
                "reported_at": reported_at,
                "reported_by_id": reported_by_id,
                "unit": unit,
                "value": value,
                "version": version,
            }
        )
        if corrections is not UNSET:
            field_dict["corrections"] = corrections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_value_correction_read import IndicatorValueCorrectionRead  # noqa: PLC0415
        from ..models.unit_brief import UnitBrief  # noqa: PLC0415

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

        id = UUID(d.pop("id"))

        indicator_code = d.pop("indicator_code")

        indicator_id = UUID(d.pop("indicator_id"))

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

        reported_at = datetime.datetime.fromisoformat(d.pop("reported_at"))

        reported_by_id = UUID(d.pop("reported_by_id"))

        unit = UnitBrief.from_dict(d.pop("unit"))

        value = d.pop("value")

        version = d.pop("version")

        _corrections = d.pop("corrections", UNSET)
        corrections: list[IndicatorValueCorrectionRead] | Unset = UNSET
        if _corrections is not UNSET:
            corrections = []
            for corrections_item_data in _corrections:
                corrections_item = IndicatorValueCorrectionRead.from_dict(corrections_item_data)

                corrections.append(corrections_item)

        indicator_value_read = cls(
            attendance=attendance,
            document_ref=document_ref,
            held_by=held_by,
            id=id,
            indicator_code=indicator_code,
            indicator_id=indicator_id,
            minutes=minutes,
            note=note,
            occurred_on=occurred_on,
            reported_at=reported_at,
            reported_by_id=reported_by_id,
            unit=unit,
            value=value,
            version=version,
            corrections=corrections,
        )

        indicator_value_read.additional_properties = d
        return indicator_value_read

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
