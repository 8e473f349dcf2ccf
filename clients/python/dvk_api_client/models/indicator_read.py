from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_target_kind import IndicatorTargetKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorRead")


@_attrs_define
class IndicatorRead:
    """One indicator of a campaign year.

    Attributes:
        campaign_id (UUID):
        code (str):
        created_at (datetime.datetime):
        id (UUID):
        label_en (str):
        label_vi (str):
        sort_order (int):
        source (str):
        target_kind (IndicatorTargetKind): How a yearly indicator is measured: a count reached, yes or no, or a
            percentage reached.
        target_value (float):
        unit_kinds (list[str]):
        updated_at (datetime.datetime):
        version (int):
        year (int):
    """

    campaign_id: UUID
    code: str
    created_at: datetime.datetime
    id: UUID
    label_en: str
    label_vi: str
    sort_order: int
    source: str
    target_kind: IndicatorTargetKind
    target_value: float
    unit_kinds: list[str]
    updated_at: datetime.datetime
    version: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = str(self.campaign_id)

        code = self.code

        created_at = self.created_at.isoformat()

        id = str(self.id)

        label_en = self.label_en

        label_vi = self.label_vi

        sort_order = self.sort_order

        source = self.source

        target_kind = self.target_kind.value

        target_value = self.target_value

        unit_kinds = self.unit_kinds

        updated_at = self.updated_at.isoformat()

        version = self.version

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "code": code,
                "created_at": created_at,
                "id": id,
                "label_en": label_en,
                "label_vi": label_vi,
                "sort_order": sort_order,
                "source": source,
                "target_kind": target_kind,
                "target_value": target_value,
                "unit_kinds": unit_kinds,
                "updated_at": updated_at,
                "version": version,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        label_en = d.pop("label_en")

        label_vi = d.pop("label_vi")

        sort_order = d.pop("sort_order")

        source = d.pop("source")

        target_kind = IndicatorTargetKind(d.pop("target_kind"))

        target_value = d.pop("target_value")

        unit_kinds = cast(list[str], d.pop("unit_kinds"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        year = d.pop("year")

        indicator_read = cls(
            campaign_id=campaign_id,
            code=code,
            created_at=created_at,
            id=id,
            label_en=label_en,
            label_vi=label_vi,
            sort_order=sort_order,
            source=source,
            target_kind=target_kind,
            target_value=target_value,
            unit_kinds=unit_kinds,
            updated_at=updated_at,
            version=version,
            year=year,
        )

        indicator_read.additional_properties = d
        return indicator_read

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
