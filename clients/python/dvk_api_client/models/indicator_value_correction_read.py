from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indicator_value_evidence import IndicatorValueEvidence


T = TypeVar("T", bound="IndicatorValueCorrectionRead")


@_attrs_define
class IndicatorValueCorrectionRead:
    """One correction of a value: what it replaced, who made it, when and why.

    Attributes:
        corrected_at (datetime.datetime):
        corrected_by_id (UUID):
        previous (IndicatorValueEvidence): A value's fields as they stood before a correction.
        reason (str):
        version (int): The value's version the correction produced.
    """

    corrected_at: datetime.datetime
    corrected_by_id: UUID
    previous: IndicatorValueEvidence
    reason: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.indicator_value_evidence import IndicatorValueEvidence  # noqa: PLC0415

        corrected_at = self.corrected_at.isoformat()

        corrected_by_id = str(self.corrected_by_id)

        previous = self.previous.to_dict()

        reason = self.reason

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "corrected_at": corrected_at,
                "corrected_by_id": corrected_by_id,
                "previous": previous,
                "reason": reason,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_value_evidence import IndicatorValueEvidence  # noqa: PLC0415

        d = dict(src_dict)
        corrected_at = datetime.datetime.fromisoformat(d.pop("corrected_at"))

        corrected_by_id = UUID(d.pop("corrected_by_id"))

        previous = IndicatorValueEvidence.from_dict(d.pop("previous"))

        reason = d.pop("reason")

        version = d.pop("version")

        indicator_value_correction_read = cls(
            corrected_at=corrected_at,
            corrected_by_id=corrected_by_id,
            previous=previous,
            reason=reason,
            version=version,
        )

        indicator_value_correction_read.additional_properties = d
        return indicator_value_correction_read

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
