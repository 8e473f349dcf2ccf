from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummaryTotals")


@_attrs_define
class SummaryTotals:
    """Totals of the summary.

    Attributes:
        counting (int): Models that count (submitted, not withdrawn or returned).
        effective (int): Models that work (hoạt động hiệu quả): README "Coverage rule".
        late_result_reports (int): Models whose results report came after the due date.
        models (int): Every model of the subtree, campaign and year, drafts included.
        replications (int): Models that count and replicate another, recognised model (nhân rộng).
    """

    counting: int
    effective: int
    late_result_reports: int
    models: int
    replications: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counting = self.counting

        effective = self.effective

        late_result_reports = self.late_result_reports

        models = self.models

        replications = self.replications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counting": counting,
                "effective": effective,
                "late_result_reports": late_result_reports,
                "models": models,
                "replications": replications,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        counting = d.pop("counting")

        effective = d.pop("effective")

        late_result_reports = d.pop("late_result_reports")

        models = d.pop("models")

        replications = d.pop("replications")

        summary_totals = cls(
            counting=counting,
            effective=effective,
            late_result_reports=late_result_reports,
            models=models,
            replications=replications,
        )

        summary_totals.additional_properties = d
        return summary_totals

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
