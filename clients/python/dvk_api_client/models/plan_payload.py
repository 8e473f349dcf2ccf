from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanPayload")


@_attrs_define
class PlanPayload:
    """A unit's plan for a campaign (seed 000 §2.1) recorded, corrected or deleted (read it: GET /plans/{id}).

    Attributes:
        campaign_id (UUID):
        document_number (str): The plan's number (số kế hoạch), e.g. 45-KH/ĐU.
        unit_id (int):
    """

    campaign_id: UUID
    document_number: str
    unit_id: int

    def to_dict(self) -> dict[str, Any]:
        campaign_id = str(self.campaign_id)

        document_number = self.document_number

        unit_id = self.unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaign_id": campaign_id,
                "document_number": document_number,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        document_number = d.pop("document_number")

        unit_id = d.pop("unit_id")

        plan_payload = cls(
            campaign_id=campaign_id,
            document_number=document_number,
            unit_id=unit_id,
        )

        return plan_payload
