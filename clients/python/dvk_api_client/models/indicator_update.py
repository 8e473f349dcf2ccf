from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_target_kind import IndicatorTargetKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorUpdate")


@_attrs_define
class IndicatorUpdate:
    """A change to a catalogue entry (the code stays).

    Attributes:
        label_en (None | str | Unset):
        label_vi (None | str | Unset):
        sort_order (int | None | Unset):
        source (None | str | Unset):
        target_kind (IndicatorTargetKind | None | Unset):
        target_value (float | None | Unset):
        unit_kinds (list[str] | None | Unset):
    """

    label_en: None | str | Unset = UNSET
    label_vi: None | str | Unset = UNSET
    sort_order: int | None | Unset = UNSET
    source: None | str | Unset = UNSET
    target_kind: IndicatorTargetKind | None | Unset = UNSET
    target_value: float | None | Unset = UNSET
    unit_kinds: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label_en: None | str | Unset
        if isinstance(self.label_en, Unset):
            label_en = UNSET
        else:
            label_en = self.label_en

        label_vi: None | str | Unset
        if isinstance(self.label_vi, Unset):
            label_vi = UNSET
        else:
            label_vi = self.label_vi

        sort_order: int | None | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = self.sort_order

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        target_kind: None | str | Unset
        if isinstance(self.target_kind, Unset):
            target_kind = UNSET
        elif isinstance(self.target_kind, IndicatorTargetKind):
            target_kind = self.target_kind.value
        else:
            target_kind = self.target_kind

        target_value: float | None | Unset
        if isinstance(self.target_value, Unset):
            target_value = UNSET
        else:
            target_value = self.target_value

        unit_kinds: list[str] | None | Unset
        if isinstance(self.unit_kinds, Unset):
            unit_kinds = UNSET
        elif isinstance(self.unit_kinds, list):
            unit_kinds = self.unit_kinds

        else:
            unit_kinds = self.unit_kinds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if label_en is not UNSET:
            field_dict["label_en"] = label_en
        if label_vi is not UNSET:
            field_dict["label_vi"] = label_vi
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if source is not UNSET:
            field_dict["source"] = source
        if target_kind is not UNSET:
            field_dict["target_kind"] = target_kind
        if target_value is not UNSET:
            field_dict["target_value"] = target_value
        if unit_kinds is not UNSET:
            field_dict["unit_kinds"] = unit_kinds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_label_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_en = _parse_label_en(d.pop("label_en", UNSET))

        def _parse_label_vi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label_vi = _parse_label_vi(d.pop("label_vi", UNSET))

        def _parse_sort_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sort_order = _parse_sort_order(d.pop("sort_order", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_target_kind(data: object) -> IndicatorTargetKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_kind_type_0 = IndicatorTargetKind(data)

                return target_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndicatorTargetKind | None | Unset, data)

        target_kind = _parse_target_kind(d.pop("target_kind", UNSET))

        def _parse_target_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_value = _parse_target_value(d.pop("target_value", UNSET))

        def _parse_unit_kinds(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unit_kinds_type_0 = cast(list[str], data)

                return unit_kinds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        unit_kinds = _parse_unit_kinds(d.pop("unit_kinds", UNSET))

        indicator_update = cls(
            label_en=label_en,
            label_vi=label_vi,
            sort_order=sort_order,
            source=source,
            target_kind=target_kind,
            target_value=target_value,
            unit_kinds=unit_kinds,
        )

        return indicator_update
