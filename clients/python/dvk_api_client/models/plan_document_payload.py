from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanDocumentPayload")


@_attrs_define
class PlanDocumentPayload:
    """The plan's document filed (or replaced).

    Attributes:
        campaign_id (UUID):
        document_number (str): The plan's number (số kế hoạch), e.g. 45-KH/ĐU.
        sha256 (str): SHA-256 of the file's bytes (hex).
        unit_id (int):
    """

    campaign_id: UUID
    document_number: str
    sha256: str
    unit_id: int

    def to_dict(self) -> dict[str, Any]:
        campaign_id = str(self.campaign_id)

        document_number = self.document_number

        sha256 = self.sha256

        unit_id = self.unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaign_id": campaign_id,
                "document_number": document_number,
                "sha256": sha256,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        document_number = d.pop("document_number")

        sha256 = d.pop("sha256")

        unit_id = d.pop("unit_id")

        plan_document_payload = cls(
            campaign_id=campaign_id,
            document_number=document_number,
            sha256=sha256,
            unit_id=unit_id,
        )

        return plan_document_payload
