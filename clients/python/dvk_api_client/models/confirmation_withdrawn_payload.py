from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confirmation_kind import ConfirmationKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfirmationWithdrawnPayload")


@_attrs_define
class ConfirmationWithdrawnPayload:
    """A confirmation withdrawn, with the reason; the guards that counted it fail again until a new act.

    Attributes:
        code (str): The model's code.
        confirmation_id (UUID):
        confirming_unit_id (int | None): Null for a legacy record.
        evidence_id (None | UUID):
        kind (ConfirmationKind): What a confirmation act confirms: a model in field `other` (by its managing unit) or an
            achievement report (by the grassroots party committee).
        model_id (UUID):
        reason (str):
    """

    code: str
    confirmation_id: UUID
    confirming_unit_id: int | None
    evidence_id: None | UUID
    kind: ConfirmationKind
    model_id: UUID
    reason: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        confirmation_id = str(self.confirmation_id)

        confirming_unit_id: int | None
        confirming_unit_id = self.confirming_unit_id

        evidence_id: None | str
        if isinstance(self.evidence_id, UUID):
            evidence_id = str(self.evidence_id)
        else:
            evidence_id = self.evidence_id

        kind = self.kind.value

        model_id = str(self.model_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "confirmation_id": confirmation_id,
                "confirming_unit_id": confirming_unit_id,
                "evidence_id": evidence_id,
                "kind": kind,
                "model_id": model_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        confirmation_id = UUID(d.pop("confirmation_id"))

        def _parse_confirming_unit_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        confirming_unit_id = _parse_confirming_unit_id(d.pop("confirming_unit_id"))

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

        kind = ConfirmationKind(d.pop("kind"))

        model_id = UUID(d.pop("model_id"))

        reason = d.pop("reason")

        confirmation_withdrawn_payload = cls(
            code=code,
            confirmation_id=confirmation_id,
            confirming_unit_id=confirming_unit_id,
            evidence_id=evidence_id,
            kind=kind,
            model_id=model_id,
            reason=reason,
        )

        return confirmation_withdrawn_payload
