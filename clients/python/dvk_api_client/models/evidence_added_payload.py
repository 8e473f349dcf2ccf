from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evidence_kind import EvidenceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvidenceAddedPayload")


@_attrs_define
class EvidenceAddedPayload:
    """A file filed in a model's dossier (by upload, or as a copy of a review's minutes or a decision).

    Attributes:
        decision_id (None | UUID): The decision whose document this copy is.
        kind (EvidenceKind): The kind of an evidence file (a paper of the dossier).
        model_id (UUID):
        review_id (None | UUID): The review whose minutes this copy is.
        sha256 (str): SHA-256 of the file's bytes (hex).
    """

    decision_id: None | UUID
    kind: EvidenceKind
    model_id: UUID
    review_id: None | UUID
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        decision_id: None | str
        if isinstance(self.decision_id, UUID):
            decision_id = str(self.decision_id)
        else:
            decision_id = self.decision_id

        kind = self.kind.value

        model_id = str(self.model_id)

        review_id: None | str
        if isinstance(self.review_id, UUID):
            review_id = str(self.review_id)
        else:
            review_id = self.review_id

        sha256 = self.sha256

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision_id": decision_id,
                "kind": kind,
                "model_id": model_id,
                "review_id": review_id,
                "sha256": sha256,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_decision_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_id_type_0 = UUID(data)

                return decision_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        decision_id = _parse_decision_id(d.pop("decision_id"))

        kind = EvidenceKind(d.pop("kind"))

        model_id = UUID(d.pop("model_id"))

        def _parse_review_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_id_type_0 = UUID(data)

                return review_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        review_id = _parse_review_id(d.pop("review_id"))

        sha256 = d.pop("sha256")

        evidence_added_payload = cls(
            decision_id=decision_id,
            kind=kind,
            model_id=model_id,
            review_id=review_id,
            sha256=sha256,
        )

        return evidence_added_payload
