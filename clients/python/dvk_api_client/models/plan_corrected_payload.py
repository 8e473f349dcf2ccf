from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanCorrectedPayload")


@_attrs_define
class PlanCorrectedPayload:
    """A recorded plan corrected: which fields the correction gave.

    Attributes:
        campaign_id (UUID):
        document_number (str): The plan's number (số kế hoạch), e.g. 45-KH/ĐU.
        fields (list[str]):
        unit_id (int):
    """

    campaign_id: UUID
    document_number: str
    fields: list[str]
    unit_id: int

    def to_dict(self) -> dict[str, Any]:
        campaign_id = str(self.campaign_id)

        document_number = self.document_number

        fields = self.fields

        unit_id = self.unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaign_id": campaign_id,
                "document_number": document_number,
                "fields": fields,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        document_number = d.pop("document_number")

        fields = cast(list[str], d.pop("fields"))

        unit_id = d.pop("unit_id")

        plan_corrected_payload = cls(
            campaign_id=campaign_id,
            document_number=document_number,
            fields=fields,
            unit_id=unit_id,
        )

        return plan_corrected_payload
