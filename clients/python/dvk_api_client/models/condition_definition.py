from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_measure import ConditionMeasure
from ..models.registrant_kind import RegistrantKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionDefinition")


@_attrs_define
class ConditionDefinition:
    """A condition of the catalogue: whom it binds, how it is measured, its threshold and the seed's words.

    Attributes:
        code (str):
        label_en (str):
        label_vi (str):
        may_not_apply (bool):
        measure (ConditionMeasure): How a comprehensive model's condition is recorded: met or not, or a percentage
            against its threshold.
        registrant_kind (RegistrantKind): Who registers a model: a collective or a person.
        threshold (float | None):
    """

    code: str
    label_en: str
    label_vi: str
    may_not_apply: bool
    measure: ConditionMeasure
    registrant_kind: RegistrantKind
    threshold: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label_en = self.label_en

        label_vi = self.label_vi

        may_not_apply = self.may_not_apply

        measure = self.measure.value

        registrant_kind = self.registrant_kind.value

        threshold: float | None
        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label_en": label_en,
                "label_vi": label_vi,
                "may_not_apply": may_not_apply,
                "measure": measure,
                "registrant_kind": registrant_kind,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label_en = d.pop("label_en")

        label_vi = d.pop("label_vi")

        may_not_apply = d.pop("may_not_apply")

        measure = ConditionMeasure(d.pop("measure"))

        registrant_kind = RegistrantKind(d.pop("registrant_kind"))

        def _parse_threshold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        threshold = _parse_threshold(d.pop("threshold"))

        condition_definition = cls(
            code=code,
            label_en=label_en,
            label_vi=label_vi,
            may_not_apply=may_not_apply,
            measure=measure,
            registrant_kind=registrant_kind,
            threshold=threshold,
        )

        condition_definition.additional_properties = d
        return condition_definition

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
