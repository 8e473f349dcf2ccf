from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.criterion_code import CriterionCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CriterionRead")


@_attrs_define
class CriterionRead:
    """One general criterion: its stable code, the seed's number, its text and the top score.

    Attributes:
        code (CriterionCode): One of the five general criteria of a model (GET /criteria).
        label_en (str):
        label_vi (str):
        max_score (int):
        position (int):
    """

    code: CriterionCode
    label_en: str
    label_vi: str
    max_score: int
    position: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        label_en = self.label_en

        label_vi = self.label_vi

        max_score = self.max_score

        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label_en": label_en,
                "label_vi": label_vi,
                "max_score": max_score,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = CriterionCode(d.pop("code"))

        label_en = d.pop("label_en")

        label_vi = d.pop("label_vi")

        max_score = d.pop("max_score")

        position = d.pop("position")

        criterion_read = cls(
            code=code,
            label_en=label_en,
            label_vi=label_vi,
            max_score=max_score,
            position=position,
        )

        criterion_read.additional_properties = d
        return criterion_read

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
