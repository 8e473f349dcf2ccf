from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionDocumentPayload")


@_attrs_define
class DecisionDocumentPayload:
    """The signed decision filed (a copy in each covered model's dossier).

    Attributes:
        number (str):
        sha256 (str): SHA-256 of the file's bytes (hex).
    """

    number: str
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        sha256 = self.sha256

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
                "sha256": sha256,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        sha256 = d.pop("sha256")

        decision_document_payload = cls(
            number=number,
            sha256=sha256,
        )

        return decision_document_payload
