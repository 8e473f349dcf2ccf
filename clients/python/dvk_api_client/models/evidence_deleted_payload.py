from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evidence_kind import EvidenceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvidenceDeletedPayload")


@_attrs_define
class EvidenceDeletedPayload:
    """A file removed from a draft or returned model's dossier.

    Attributes:
        kind (EvidenceKind): The kind of an evidence file (a paper of the dossier).
        model_id (UUID):
        sha256 (str): SHA-256 of the file's bytes (hex).
    """

    kind: EvidenceKind
    model_id: UUID
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        model_id = str(self.model_id)

        sha256 = self.sha256

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "model_id": model_id,
                "sha256": sha256,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = EvidenceKind(d.pop("kind"))

        model_id = UUID(d.pop("model_id"))

        sha256 = d.pop("sha256")

        evidence_deleted_payload = cls(
            kind=kind,
            model_id=model_id,
            sha256=sha256,
        )

        return evidence_deleted_payload
