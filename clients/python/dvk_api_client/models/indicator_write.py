from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_target_kind import IndicatorTargetKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorWrite")


@_attrs_define
class IndicatorWrite:
    """A catalogue entry as an administrator sends it.

    Attributes:
        code (str): Stable code within the campaign year.
        label_en (str):
        label_vi (str):
        target_kind (IndicatorTargetKind): How a yearly indicator is measured: a count reached, yes or no, or a
            percentage reached.
        target_value (float):
        unit_kinds (list[str]): The unit kinds expected to report.
        sort_order (int | Unset):  Default: 0.
        source (str | Unset):  Default: ''.
    """

    code: str
    label_en: str
    label_vi: str
    target_kind: IndicatorTargetKind
    target_value: float
    unit_kinds: list[str]
    sort_order: int | Unset = 0
    source: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label_en = self.label_en

        label_vi = self.label_vi

        target_kind = self.target_kind.value

        target_value = self.target_value

        unit_kinds = self.unit_kinds

        sort_order = self.sort_order

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "label_en": label_en,
                "label_vi": label_vi,
                "target_kind": target_kind,
                "target_value": target_value,
                "unit_kinds": unit_kinds,
            }
        )
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label_en = d.pop("label_en")

        label_vi = d.pop("label_vi")

        target_kind = IndicatorTargetKind(d.pop("target_kind"))

        target_value = d.pop("target_value")

        unit_kinds = cast(list[str], d.pop("unit_kinds"))

        sort_order = d.pop("sort_order", UNSET)

        source = d.pop("source", UNSET)

        indicator_write = cls(
            code=code,
            label_en=label_en,
            label_vi=label_vi,
            target_kind=target_kind,
            target_value=target_value,
            unit_kinds=unit_kinds,
            sort_order=sort_order,
            source=source,
        )

        return indicator_write
