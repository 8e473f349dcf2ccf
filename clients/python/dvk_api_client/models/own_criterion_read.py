from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnCriterionRead")


@_attrs_define
class OwnCriterionRead:
    """A criterion of the campaign for one field; `retired` ones are kept for the scores already given.

    Attributes:
        campaign_id (UUID):
        code (str):
        created_at (datetime.datetime):
        field_code (str):
        id (UUID):
        label_en (str):
        label_vi (str):
        max_score (int):
        min_score (float | None):
        retired (bool):
        retired_at (datetime.datetime | None):
        sort_order (int):
        updated_at (datetime.datetime):
        version (int):
    """

    campaign_id: UUID
    code: str
    created_at: datetime.datetime
    field_code: str
    id: UUID
    label_en: str
    label_vi: str
    max_score: int
    min_score: float | None
    retired: bool
    retired_at: datetime.datetime | None
    sort_order: int
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = str(self.campaign_id)

        code = self.code

        created_at = self.created_at.isoformat()

        field_code = self.field_code

        id = str(self.id)

        label_en = self.label_en

        label_vi = self.label_vi

        max_score = self.max_score

        min_score: float | None
        min_score = self.min_score

        retired = self.retired

        retired_at: None | str
        if isinstance(self.retired_at, datetime.datetime):
            retired_at = self.retired_at.isoformat()
        else:
            retired_at = self.retired_at

        sort_order = self.sort_order

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "code": code,
                "created_at": created_at,
                "field_code": field_code,
                "id": id,
                "label_en": label_en,
                "label_vi": label_vi,
                "max_score": max_score,
                "min_score": min_score,
                "retired": retired,
                "retired_at": retired_at,
                "sort_order": sort_order,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        field_code = d.pop("field_code")

        id = UUID(d.pop("id"))

        label_en = d.pop("label_en")

        label_vi = d.pop("label_vi")

        max_score = d.pop("max_score")

        def _parse_min_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_score = _parse_min_score(d.pop("min_score"))

        retired = d.pop("retired")

        def _parse_retired_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retired_at_type_0 = datetime.datetime.fromisoformat(data)

                return retired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        retired_at = _parse_retired_at(d.pop("retired_at"))

        sort_order = d.pop("sort_order")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        own_criterion_read = cls(
            campaign_id=campaign_id,
            code=code,
            created_at=created_at,
            field_code=field_code,
            id=id,
            label_en=label_en,
            label_vi=label_vi,
            max_score=max_score,
            min_score=min_score,
            retired=retired,
            retired_at=retired_at,
            sort_order=sort_order,
            updated_at=updated_at,
            version=version,
        )

        own_criterion_read.additional_properties = d
        return own_criterion_read

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
