from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldRead")


@_attrs_define
class FieldRead:
    """One field with its labels and what kinds of work count in it.

    Attributes:
        code (str):
        description_en (str):
        description_vi (str):
        examples_vi (list[str]):
        label_en (str):
        label_vi (str):
        requires_confirmation (bool):
    """

    code: str
    description_en: str
    description_vi: str
    examples_vi: list[str]
    label_en: str
    label_vi: str
    requires_confirmation: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description_en = self.description_en

        description_vi = self.description_vi

        examples_vi = self.examples_vi

        label_en = self.label_en

        label_vi = self.label_vi

        requires_confirmation = self.requires_confirmation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "description_en": description_en,
                "description_vi": description_vi,
                "examples_vi": examples_vi,
                "label_en": label_en,
                "label_vi": label_vi,
                "requires_confirmation": requires_confirmation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        description_en = d.pop("description_en")

        description_vi = d.pop("description_vi")

        examples_vi = cast(list[str], d.pop("examples_vi"))

        label_en = d.pop("label_en")

        label_vi = d.pop("label_vi")

        requires_confirmation = d.pop("requires_confirmation")

        field_read = cls(
            code=code,
            description_en=description_en,
            description_vi=description_vi,
            examples_vi=examples_vi,
            label_en=label_en,
            label_vi=label_vi,
            requires_confirmation=requires_confirmation,
        )

        field_read.additional_properties = d
        return field_read

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
