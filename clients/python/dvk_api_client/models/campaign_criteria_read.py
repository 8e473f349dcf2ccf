from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.criterion_read import CriterionRead
    from ..models.own_criterion_read import OwnCriterionRead


T = TypeVar("T", bound="CampaignCriteriaRead")


@_attrs_define
class CampaignCriteriaRead:
    """The catalogue a campaign scores its models on: the five general criteria (every model) and its own per
    field (a model is scored on those of its field).

        Attributes:
            campaign_id (UUID):
            general (list[CriterionRead]):
            specific (list[OwnCriterionRead]):
    """

    campaign_id: UUID
    general: list[CriterionRead]
    specific: list[OwnCriterionRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.criterion_read import CriterionRead  # noqa: PLC0415
        from ..models.own_criterion_read import OwnCriterionRead  # noqa: PLC0415

        campaign_id = str(self.campaign_id)

        general = []
        for general_item_data in self.general:
            general_item = general_item_data.to_dict()
            general.append(general_item)

        specific = []
        for specific_item_data in self.specific:
            specific_item = specific_item_data.to_dict()
            specific.append(specific_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "general": general,
                "specific": specific,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion_read import CriterionRead  # noqa: PLC0415
        from ..models.own_criterion_read import OwnCriterionRead  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        general = []
        _general = d.pop("general")
        for general_item_data in _general:
            general_item = CriterionRead.from_dict(general_item_data)

            general.append(general_item)

        specific = []
        _specific = d.pop("specific")
        for specific_item_data in _specific:
            specific_item = OwnCriterionRead.from_dict(specific_item_data)

            specific.append(specific_item)

        campaign_criteria_read = cls(
            campaign_id=campaign_id,
            general=general,
            specific=specific,
        )

        campaign_criteria_read.additional_properties = d
        return campaign_criteria_read

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
