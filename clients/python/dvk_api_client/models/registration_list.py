from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registration_list_totals import RegistrationListTotals
    from ..models.registration_row import RegistrationRow


T = TypeVar("T", bound="RegistrationList")


@_attrs_define
class RegistrationList:
    """The form as JSON: rows in unit order and the total row (counts per marked column).

    Attributes:
        campaign_id (UUID):
        rows (list[RegistrationRow]):
        title (str):
        total (int): Number of models listed.
        totals (RegistrationListTotals): Per marked column (economy_collective … level_district): count.
        unit_id (int):
        unit_name (str):
        year (int):
    """

    campaign_id: UUID
    rows: list[RegistrationRow]
    title: str
    total: int
    totals: RegistrationListTotals
    unit_id: int
    unit_name: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.registration_list_totals import RegistrationListTotals  # noqa: PLC0415
        from ..models.registration_row import RegistrationRow  # noqa: PLC0415

        campaign_id = str(self.campaign_id)

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        title = self.title

        total = self.total

        totals = self.totals.to_dict()

        unit_id = self.unit_id

        unit_name = self.unit_name

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "rows": rows,
                "title": title,
                "total": total,
                "totals": totals,
                "unit_id": unit_id,
                "unit_name": unit_name,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registration_list_totals import RegistrationListTotals  # noqa: PLC0415
        from ..models.registration_row import RegistrationRow  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = UUID(d.pop("campaign_id"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = RegistrationRow.from_dict(rows_item_data)

            rows.append(rows_item)

        title = d.pop("title")

        total = d.pop("total")

        totals = RegistrationListTotals.from_dict(d.pop("totals"))

        unit_id = d.pop("unit_id")

        unit_name = d.pop("unit_name")

        year = d.pop("year")

        registration_list = cls(
            campaign_id=campaign_id,
            rows=rows,
            title=title,
            total=total,
            totals=totals,
            unit_id=unit_id,
            unit_name=unit_name,
            year=year,
        )

        registration_list.additional_properties = d
        return registration_list

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
