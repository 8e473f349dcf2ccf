from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confirmation_kind import ConfirmationKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfirmedPayload")


@_attrs_define
class ConfirmedPayload:
    """A unit confirmed a model's field (`other_field`) or its achievement report (`achievement_report`): seed 000
    §2.2, §5. GET /models/{id}/confirmations reads who confirmed and the note.

        Attributes:
            code (str): The model's code.
            confirmation_id (UUID):
            confirming_unit_id (int):
            confirming_unit_name (str):
            evidence_id (None | UUID): The file confirmed (`achievement_report`).
            kind (ConfirmationKind): What a confirmation act confirms: a model in field `other` (by its managing unit) or an
                achievement report (by the grassroots party committee).
            model_id (UUID):
            relation (str): How the tree names the confirming unit for the model.
    """

    code: str
    confirmation_id: UUID
    confirming_unit_id: int
    confirming_unit_name: str
    evidence_id: None | UUID
    kind: ConfirmationKind
    model_id: UUID
    relation: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        confirmation_id = str(self.confirmation_id)

        confirming_unit_id = self.confirming_unit_id

        confirming_unit_name = self.confirming_unit_name

        evidence_id: None | str
        if isinstance(self.evidence_id, UUID):
            evidence_id = str(self.evidence_id)
        else:
            evidence_id = self.evidence_id

        kind = self.kind.value

        model_id = str(self.model_id)

        relation = self.relation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "confirmation_id": confirmation_id,
                "confirming_unit_id": confirming_unit_id,
                "confirming_unit_name": confirming_unit_name,
                "evidence_id": evidence_id,
                "kind": kind,
                "model_id": model_id,
                "relation": relation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        confirmation_id = UUID(d.pop("confirmation_id"))

        confirming_unit_id = d.pop("confirming_unit_id")

        confirming_unit_name = d.pop("confirming_unit_name")

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

        relation = d.pop("relation")

        confirmed_payload = cls(
            code=code,
            confirmation_id=confirmation_id,
            confirming_unit_id=confirming_unit_id,
            confirming_unit_name=confirming_unit_name,
            evidence_id=evidence_id,
            kind=kind,
            model_id=model_id,
            relation=relation,
        )

        return confirmed_payload
