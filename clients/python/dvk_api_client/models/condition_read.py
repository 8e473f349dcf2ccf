from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_measure import ConditionMeasure
from ..models.condition_status import ConditionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recorded_by import RecordedBy


T = TypeVar("T", bound="ConditionRead")


@_attrs_define
class ConditionRead:
    """A condition as the model recorded it (`status`: met, not_met, not_applicable or not_recorded).

    Attributes:
        applies (bool | None):
        code (str):
        evidence_ids (list[UUID]):
        label_en (str):
        label_vi (str):
        may_not_apply (bool):
        measure (ConditionMeasure): How a comprehensive model's condition is recorded: met or not, or a percentage
            against its threshold.
        met (bool | None):
        note (str):
        percentage (float | None):
        recorded_at (datetime.datetime | None):
        recorded_by (None | RecordedBy):
        status (ConditionStatus): A comprehensive model's condition: met, not met, not applicable (a note says why) or
            not recorded.
        threshold (float | None):
    """

    applies: bool | None
    code: str
    evidence_ids: list[UUID]
    label_en: str
    label_vi: str
    may_not_apply: bool
    measure: ConditionMeasure
    met: bool | None
    note: str
    percentage: float | None
    recorded_at: datetime.datetime | None
    recorded_by: None | RecordedBy
    status: ConditionStatus
    threshold: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recorded_by import RecordedBy  # noqa: PLC0415

        applies: bool | None
        applies = self.applies

        code = self.code

        evidence_ids = []
        for evidence_ids_item_data in self.evidence_ids:
            evidence_ids_item = str(evidence_ids_item_data)
            evidence_ids.append(evidence_ids_item)

        label_en = self.label_en

        label_vi = self.label_vi

        may_not_apply = self.may_not_apply

        measure = self.measure.value

        met: bool | None
        met = self.met

        note = self.note

        percentage: float | None
        percentage = self.percentage

        recorded_at: None | str
        if isinstance(self.recorded_at, datetime.datetime):
            recorded_at = self.recorded_at.isoformat()
        else:
            recorded_at = self.recorded_at

        recorded_by: dict[str, Any] | None
        if isinstance(self.recorded_by, RecordedBy):
            recorded_by = self.recorded_by.to_dict()
        else:
            recorded_by = self.recorded_by

        status = self.status.value

        threshold: float | None
        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applies": applies,
                "code": code,
                "evidence_ids": evidence_ids,
                "label_en": label_en,
                "label_vi": label_vi,
                "may_not_apply": may_not_apply,
                "measure": measure,
                "met": met,
                "note": note,
                "percentage": percentage,
                "recorded_at": recorded_at,
                "recorded_by": recorded_by,
                "status": status,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recorded_by import RecordedBy  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_applies(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        applies = _parse_applies(d.pop("applies"))

        code = d.pop("code")

        evidence_ids = []
        _evidence_ids = d.pop("evidence_ids")
        for evidence_ids_item_data in _evidence_ids:
            evidence_ids_item = UUID(evidence_ids_item_data)

            evidence_ids.append(evidence_ids_item)

        label_en = d.pop("label_en")

        label_vi = d.pop("label_vi")

        may_not_apply = d.pop("may_not_apply")

        measure = ConditionMeasure(d.pop("measure"))

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))

        note = d.pop("note")

        def _parse_percentage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        percentage = _parse_percentage(d.pop("percentage"))

        def _parse_recorded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_at_type_0 = datetime.datetime.fromisoformat(data)

                return recorded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        recorded_at = _parse_recorded_at(d.pop("recorded_at"))

        def _parse_recorded_by(data: object) -> None | RecordedBy:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recorded_by_type_0 = RecordedBy.from_dict(data)

                return recorded_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordedBy, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))

        status = ConditionStatus(d.pop("status"))

        def _parse_threshold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        threshold = _parse_threshold(d.pop("threshold"))

        condition_read = cls(
            applies=applies,
            code=code,
            evidence_ids=evidence_ids,
            label_en=label_en,
            label_vi=label_vi,
            may_not_apply=may_not_apply,
            measure=measure,
            met=met,
            note=note,
            percentage=percentage,
            recorded_at=recorded_at,
            recorded_by=recorded_by,
            status=status,
            threshold=threshold,
        )

        condition_read.additional_properties = d
        return condition_read

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
