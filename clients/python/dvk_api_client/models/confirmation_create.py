from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confirmation_kind import ConfirmationKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfirmationCreate")


@_attrs_define
class ConfirmationCreate:
    """What the caller confirms: the model (`other_field`) or its achievement report (`achievement_report`).

    Attributes:
        kind (ConfirmationKind): What a confirmation act confirms: a model in field `other` (by its managing unit) or an
            achievement report (by the grassroots party committee).
        evidence_id (None | Unset | UUID): The file confirmed: required for `achievement_report` (a file of kind
            `achievement_report` of this model); for `other_field`, optionally the scanned confirmation (a file of kind
            `confirmation`).
        note (str | Unset):  Default: ''.
    """

    kind: ConfirmationKind
    evidence_id: None | Unset | UUID = UNSET
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        evidence_id: None | str | Unset
        if isinstance(self.evidence_id, Unset):
            evidence_id = UNSET
        elif isinstance(self.evidence_id, UUID):
            evidence_id = str(self.evidence_id)
        else:
            evidence_id = self.evidence_id

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if evidence_id is not UNSET:
            field_dict["evidence_id"] = evidence_id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ConfirmationKind(d.pop("kind"))

        def _parse_evidence_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evidence_id_type_0 = UUID(data)

                return evidence_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        evidence_id = _parse_evidence_id(d.pop("evidence_id", UNSET))

        note = d.pop("note", UNSET)

        confirmation_create = cls(
            kind=kind,
            evidence_id=evidence_id,
            note=note,
        )

        return confirmation_create
