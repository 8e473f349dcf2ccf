from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionEntry")


@_attrs_define
class ConditionEntry:
    """What a model records for one condition: `met` (a yes/no condition) or `percentage` (the 90 % one), or
    `applies: false` with a note (a unit with no school or no village), and the files that prove it.

        Attributes:
            code (str):
            applies (bool | Unset):  Default: True.
            evidence_ids (list[UUID] | Unset):
            met (bool | None | Unset):
            note (str | Unset):  Default: ''.
            percentage (float | None | Unset):
    """

    code: str
    applies: bool | Unset = True
    evidence_ids: list[UUID] | Unset = UNSET
    met: bool | None | Unset = UNSET
    note: str | Unset = ""
    percentage: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        applies = self.applies

        evidence_ids: list[str] | Unset = UNSET
        if not isinstance(self.evidence_ids, Unset):
            evidence_ids = []
            for evidence_ids_item_data in self.evidence_ids:
                evidence_ids_item = str(evidence_ids_item_data)
                evidence_ids.append(evidence_ids_item)

        met: bool | None | Unset
        if isinstance(self.met, Unset):
            met = UNSET
        else:
            met = self.met

        note = self.note

        percentage: float | None | Unset
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        else:
            percentage = self.percentage

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
            }
        )
        if applies is not UNSET:
            field_dict["applies"] = applies
        if evidence_ids is not UNSET:
            field_dict["evidence_ids"] = evidence_ids
        if met is not UNSET:
            field_dict["met"] = met
        if note is not UNSET:
            field_dict["note"] = note
        if percentage is not UNSET:
            field_dict["percentage"] = percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        applies = d.pop("applies", UNSET)

        _evidence_ids = d.pop("evidence_ids", UNSET)
        evidence_ids: list[UUID] | Unset = UNSET
        if _evidence_ids is not UNSET:
            evidence_ids = []
            for evidence_ids_item_data in _evidence_ids:
                evidence_ids_item = UUID(evidence_ids_item_data)

                evidence_ids.append(evidence_ids_item)

        def _parse_met(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        met = _parse_met(d.pop("met", UNSET))

        note = d.pop("note", UNSET)

        def _parse_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percentage = _parse_percentage(d.pop("percentage", UNSET))

        condition_entry = cls(
            code=code,
            applies=applies,
            evidence_ids=evidence_ids,
            met=met,
            note=note,
            percentage=percentage,
        )

        return condition_entry
