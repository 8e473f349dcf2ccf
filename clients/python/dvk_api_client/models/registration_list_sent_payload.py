from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationListSentPayload")


@_attrs_define
class RegistrationListSentPayload:
    """A unit's registration list (Danh sách đăng ký) frozen and sent to the campaign's receiving unit.

    Attributes:
        campaign_id (UUID):
        late (bool):
        receiving_unit_id (int):
        total (int): Models on the list.
        unit_id (int):
        version (int): 1 for the first list a unit sends for the year, then 2, 3…
        year (int):
    """

    campaign_id: UUID
    late: bool
    receiving_unit_id: int
    total: int
    unit_id: int
    version: int
    year: int

    def to_dict(self) -> dict[str, Any]:
        campaign_id = str(self.campaign_id)

        late = self.late

        receiving_unit_id = self.receiving_unit_id

        total = self.total

        unit_id = self.unit_id

        version = self.version

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaign_id": campaign_id,
                "late": late,
                "receiving_unit_id": receiving_unit_id,
                "total": total,
                "unit_id": unit_id,
                "version": version,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        late = d.pop("late")

        receiving_unit_id = d.pop("receiving_unit_id")

        total = d.pop("total")

        unit_id = d.pop("unit_id")

        version = d.pop("version")

        year = d.pop("year")

        registration_list_sent_payload = cls(
            campaign_id=campaign_id,
            late=late,
            receiving_unit_id=receiving_unit_id,
            total=total,
            unit_id=unit_id,
            version=version,
            year=year,
        )

        return registration_list_sent_payload
