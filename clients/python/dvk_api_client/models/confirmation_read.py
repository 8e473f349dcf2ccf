from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confirmation_kind import ConfirmationKind
from ..models.confirmation_status import ConfirmationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_ref import PersonRef
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="ConfirmationRead")


@_attrs_define
class ConfirmationRead:
    """A confirmation act: what was confirmed, by whom of which unit, when; and its withdrawal, if any.

    Attributes:
        confirmed_at (datetime.datetime):
        confirmed_by (None | PersonRef): The user who confirmed; null for a legacy record.
        confirming_unit (None | UnitRef): The unit that confirmed; null for a legacy record.
        counts (bool): The dossier rules count it now: not withdrawn, not legacy, and its unit is still the one that
            confirms this kind for the model.
        evidence_id (None | UUID): The file confirmed (or the scanned confirmation).
        id (UUID):
        kind (ConfirmationKind): What a confirmation act confirms: a model in field `other` (by its managing unit) or an
            achievement report (by the grassroots party committee).
        kind_label (str):
        legacy (bool): A file flagged “confirmed” at upload before confirmations were acts (migrated, dated at the
            upload): a record only, counted by no rule.
        model_id (UUID):
        note (str):
        status (ConfirmationStatus): A confirmation in force, or withdrawn.
        withdrawal_reason (None | str):
        withdrawn_at (datetime.datetime | None):
        withdrawn_by (None | PersonRef):
    """

    confirmed_at: datetime.datetime
    confirmed_by: None | PersonRef
    confirming_unit: None | UnitRef
    counts: bool
    evidence_id: None | UUID
    id: UUID
    kind: ConfirmationKind
    kind_label: str
    legacy: bool
    model_id: UUID
    note: str
    status: ConfirmationStatus
    withdrawal_reason: None | str
    withdrawn_at: datetime.datetime | None
    withdrawn_by: None | PersonRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.person_ref import PersonRef  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        confirmed_at = self.confirmed_at.isoformat()

        confirmed_by: dict[str, Any] | None
        if isinstance(self.confirmed_by, PersonRef):
            confirmed_by = self.confirmed_by.to_dict()
        else:
            confirmed_by = self.confirmed_by

        confirming_unit: dict[str, Any] | None
        if isinstance(self.confirming_unit, UnitRef):
            confirming_unit = self.confirming_unit.to_dict()
        else:
            confirming_unit = self.confirming_unit

        counts = self.counts

        evidence_id: None | str
        if isinstance(self.evidence_id, UUID):
            evidence_id = str(self.evidence_id)
        else:
            evidence_id = self.evidence_id

        id = str(self.id)

        kind = self.kind.value

        kind_label = self.kind_label

        legacy = self.legacy

        model_id = str(self.model_id)

        note = self.note

        status = self.status.value

        withdrawal_reason: None | str
        withdrawal_reason = self.withdrawal_reason

        withdrawn_at: None | str
        if isinstance(self.withdrawn_at, datetime.datetime):
            withdrawn_at = self.withdrawn_at.isoformat()
        else:
            withdrawn_at = self.withdrawn_at

        withdrawn_by: dict[str, Any] | None
        if isinstance(self.withdrawn_by, PersonRef):
            withdrawn_by = self.withdrawn_by.to_dict()
        else:
            withdrawn_by = self.withdrawn_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confirmed_at": confirmed_at,
                "confirmed_by": confirmed_by,
                "confirming_unit": confirming_unit,
                "counts": counts,
                "evidence_id": evidence_id,
                "id": id,
                "kind": kind,
                "kind_label": kind_label,
                "legacy": legacy,
                "model_id": model_id,
                "note": note,
                "status": status,
                "withdrawal_reason": withdrawal_reason,
                "withdrawn_at": withdrawn_at,
                "withdrawn_by": withdrawn_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_ref import PersonRef  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        confirmed_at = datetime.datetime.fromisoformat(d.pop("confirmed_at"))

        def _parse_confirmed_by(data: object) -> None | PersonRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                confirmed_by_type_0 = PersonRef.from_dict(data)

                return confirmed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonRef, data)

        confirmed_by = _parse_confirmed_by(d.pop("confirmed_by"))

        def _parse_confirming_unit(data: object) -> None | UnitRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                confirming_unit_type_0 = UnitRef.from_dict(data)

                return confirming_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnitRef, data)

        confirming_unit = _parse_confirming_unit(d.pop("confirming_unit"))

        counts = d.pop("counts")

        def _parse_evidence_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evidence_id_type_0 = UUID(data)

                return evidence_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        evidence_id = _parse_evidence_id(d.pop("evidence_id"))

        id = UUID(d.pop("id"))

        kind = ConfirmationKind(d.pop("kind"))

        kind_label = d.pop("kind_label")

        legacy = d.pop("legacy")

        model_id = UUID(d.pop("model_id"))

        note = d.pop("note")

        status = ConfirmationStatus(d.pop("status"))

        def _parse_withdrawal_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        withdrawal_reason = _parse_withdrawal_reason(d.pop("withdrawal_reason"))

        def _parse_withdrawn_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_at_type_0 = datetime.datetime.fromisoformat(data)

                return withdrawn_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        withdrawn_at = _parse_withdrawn_at(d.pop("withdrawn_at"))

        def _parse_withdrawn_by(data: object) -> None | PersonRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                withdrawn_by_type_0 = PersonRef.from_dict(data)

                return withdrawn_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonRef, data)

        withdrawn_by = _parse_withdrawn_by(d.pop("withdrawn_by"))

        confirmation_read = cls(
            confirmed_at=confirmed_at,
            confirmed_by=confirmed_by,
            confirming_unit=confirming_unit,
            counts=counts,
            evidence_id=evidence_id,
            id=id,
            kind=kind,
            kind_label=kind_label,
            legacy=legacy,
            model_id=model_id,
            note=note,
            status=status,
            withdrawal_reason=withdrawal_reason,
            withdrawn_at=withdrawn_at,
            withdrawn_by=withdrawn_by,
        )

        confirmation_read.additional_properties = d
        return confirmation_read

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
