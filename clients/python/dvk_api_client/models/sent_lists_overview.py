from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expected_unit import ExpectedUnit
    from ..models.sent_list_read import SentListRead
    from ..models.sent_lists_overview_counts import SentListsOverviewCounts


T = TypeVar("T", bound="SentListsOverview")


@_attrs_define
class SentListsOverview:
    """The lists sent by the units of a subtree for a campaign year, and the units expected to send one.

    Attributes:
        campaign_id (UUID):
        counts (SentListsOverviewCounts): Units per status.
        due_on (datetime.date | None):
        lists (list[SentListRead]):
        unit_id (int):
        units (list[ExpectedUnit]):
        year (int):
    """

    campaign_id: UUID
    counts: SentListsOverviewCounts
    due_on: datetime.date | None
    lists: list[SentListRead]
    unit_id: int
    units: list[ExpectedUnit]
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.expected_unit import ExpectedUnit  # noqa: PLC0415
        from ..models.sent_list_read import SentListRead  # noqa: PLC0415
        from ..models.sent_lists_overview_counts import SentListsOverviewCounts  # noqa: PLC0415

        campaign_id = str(self.campaign_id)

        counts = self.counts.to_dict()

        due_on: None | str
        if isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        lists = []
        for lists_item_data in self.lists:
            lists_item = lists_item_data.to_dict()
            lists.append(lists_item)

        unit_id = self.unit_id

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "counts": counts,
                "due_on": due_on,
                "lists": lists,
                "unit_id": unit_id,
                "units": units,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expected_unit import ExpectedUnit  # noqa: PLC0415
        from ..models.sent_list_read import SentListRead  # noqa: PLC0415
        from ..models.sent_lists_overview_counts import SentListsOverviewCounts  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        counts = SentListsOverviewCounts.from_dict(d.pop("counts"))

        def _parse_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_on = _parse_due_on(d.pop("due_on"))

        lists = []
        _lists = d.pop("lists")
        for lists_item_data in _lists:
            lists_item = SentListRead.from_dict(lists_item_data)

            lists.append(lists_item)

        unit_id = d.pop("unit_id")

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = ExpectedUnit.from_dict(units_item_data)

            units.append(units_item)

        year = d.pop("year")

        sent_lists_overview = cls(
            campaign_id=campaign_id,
            counts=counts,
            due_on=due_on,
            lists=lists,
            unit_id=unit_id,
            units=units,
            year=year,
        )

        sent_lists_overview.additional_properties = d
        return sent_lists_overview

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
