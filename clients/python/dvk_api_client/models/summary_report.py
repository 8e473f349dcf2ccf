from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authority_case_count import AuthorityCaseCount
    from ..models.summary_row import SummaryRow
    from ..models.summary_totals import SummaryTotals
    from ..models.unit_with_kind import UnitWithKind


T = TypeVar("T", bound="SummaryReport")


@_attrs_define
class SummaryReport:
    """Counts of a subtree's models for one campaign and year.

    Attributes:
        by_authority_case (list[AuthorityCaseCount]):
        campaign_id (UUID):
        rows (list[SummaryRow]):
        totals (SummaryTotals): Totals of the summary.
        unit (UnitWithKind): A unit, briefly.
        year (int):
    """

    by_authority_case: list[AuthorityCaseCount]
    campaign_id: UUID
    rows: list[SummaryRow]
    totals: SummaryTotals
    unit: UnitWithKind
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.authority_case_count import AuthorityCaseCount  # noqa: PLC0415
        from ..models.summary_row import SummaryRow  # noqa: PLC0415
        from ..models.summary_totals import SummaryTotals  # noqa: PLC0415
        from ..models.unit_with_kind import UnitWithKind  # noqa: PLC0415

        by_authority_case = []
        for by_authority_case_item_data in self.by_authority_case:
            by_authority_case_item = by_authority_case_item_data.to_dict()
            by_authority_case.append(by_authority_case_item)

        campaign_id = str(self.campaign_id)

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        totals = self.totals.to_dict()

        unit = self.unit.to_dict()

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_authority_case": by_authority_case,
                "campaign_id": campaign_id,
                "rows": rows,
                "totals": totals,
                "unit": unit,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority_case_count import AuthorityCaseCount  # noqa: PLC0415
        from ..models.summary_row import SummaryRow  # noqa: PLC0415
        from ..models.summary_totals import SummaryTotals  # noqa: PLC0415
        from ..models.unit_with_kind import UnitWithKind  # noqa: PLC0415

        d = dict(src_dict)
        by_authority_case = []
        _by_authority_case = d.pop("by_authority_case")
        for by_authority_case_item_data in _by_authority_case:
            by_authority_case_item = AuthorityCaseCount.from_dict(by_authority_case_item_data)

            by_authority_case.append(by_authority_case_item)

        campaign_id = UUID(d.pop("campaign_id"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = SummaryRow.from_dict(rows_item_data)

            rows.append(rows_item)

        totals = SummaryTotals.from_dict(d.pop("totals"))

        unit = UnitWithKind.from_dict(d.pop("unit"))

        year = d.pop("year")

        summary_report = cls(
            by_authority_case=by_authority_case,
            campaign_id=campaign_id,
            rows=rows,
            totals=totals,
            unit=unit,
            year=year,
        )

        summary_report.additional_properties = d
        return summary_report

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
