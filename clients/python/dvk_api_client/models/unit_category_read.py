from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_read import TargetRead


T = TypeVar("T", bound="UnitCategoryRead")


@_attrs_define
class UnitCategoryRead:
    """A category the plans set targets for, the unit kinds it counts and its seed-000 default target.

    Attributes:
        code (str):
        default_target (None | TargetRead): What a campaign without its own target uses.
        kinds (list[str]): Unit kinds (codes) whose units count in this category.
        label (str): In the language of Accept-Language.
        label_en (str):
        label_vi (str):
        sort_order (int):
    """

    code: str
    default_target: None | TargetRead
    kinds: list[str]
    label: str
    label_en: str
    label_vi: str
    sort_order: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.target_read import TargetRead  # noqa: PLC0415

        code = self.code

        default_target: dict[str, Any] | None
        if isinstance(self.default_target, TargetRead):
            default_target = self.default_target.to_dict()
        else:
            default_target = self.default_target

        kinds = self.kinds

        label = self.label

        label_en = self.label_en

        label_vi = self.label_vi

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "default_target": default_target,
                "kinds": kinds,
                "label": label,
                "label_en": label_en,
                "label_vi": label_vi,
                "sort_order": sort_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_read import TargetRead  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_default_target(data: object) -> None | TargetRead:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_target_type_0 = TargetRead.from_dict(data)

                return default_target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TargetRead, data)

        default_target = _parse_default_target(d.pop("default_target"))

        kinds = cast(list[str], d.pop("kinds"))

        label = d.pop("label")

        label_en = d.pop("label_en")

        label_vi = d.pop("label_vi")

        sort_order = d.pop("sort_order")

        unit_category_read = cls(
            code=code,
            default_target=default_target,
            kinds=kinds,
            label=label,
            label_en=label_en,
            label_vi=label_vi,
            sort_order=sort_order,
        )

        unit_category_read.additional_properties = d
        return unit_category_read

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
