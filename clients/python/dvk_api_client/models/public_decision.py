from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.award_form import AwardForm
from ..models.award_level import AwardLevel
from ..models.honour_kind import HonourKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.public_unit import PublicUnit


T = TypeVar("T", bound="PublicDecision")


@_attrs_define
class PublicDecision:
    """A published decision about the model.

    Attributes:
        award_form (AwardForm | None):
        award_form_label (None | str):
        award_level (AwardLevel | None):
        award_level_label (None | str):
        issued_on (datetime.date):
        issuing_unit (PublicUnit): A unit, by code and name.
        kind (HonourKind): A decision that honours a model (recognition, exemplar, commendation).
        kind_label (str):
        number (str):
    """

    award_form: AwardForm | None
    award_form_label: None | str
    award_level: AwardLevel | None
    award_level_label: None | str
    issued_on: datetime.date
    issuing_unit: PublicUnit
    kind: HonourKind
    kind_label: str
    number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_unit import PublicUnit  # noqa: PLC0415

        award_form: None | str
        if isinstance(self.award_form, AwardForm):
            award_form = self.award_form.value
        else:
            award_form = self.award_form

        award_form_label: None | str
        award_form_label = self.award_form_label

        award_level: None | str
        if isinstance(self.award_level, AwardLevel):
            award_level = self.award_level.value
        else:
            award_level = self.award_level

        award_level_label: None | str
        award_level_label = self.award_level_label

        issued_on = self.issued_on.isoformat()

        issuing_unit = self.issuing_unit.to_dict()

        kind = self.kind.value

        kind_label = self.kind_label

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "award_form": award_form,
                "award_form_label": award_form_label,
                "award_level": award_level,
                "award_level_label": award_level_label,
                "issued_on": issued_on,
                "issuing_unit": issuing_unit,
                "kind": kind,
                "kind_label": kind_label,
                "number": number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_unit import PublicUnit  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_award_form(data: object) -> AwardForm | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                award_form_type_0 = AwardForm(data)

                return award_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AwardForm | None, data)

        award_form = _parse_award_form(d.pop("award_form"))

        def _parse_award_form_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        award_form_label = _parse_award_form_label(d.pop("award_form_label"))

        def _parse_award_level(data: object) -> AwardLevel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                award_level_type_0 = AwardLevel(data)

                return award_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AwardLevel | None, data)

        award_level = _parse_award_level(d.pop("award_level"))

        def _parse_award_level_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        award_level_label = _parse_award_level_label(d.pop("award_level_label"))

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        issuing_unit = PublicUnit.from_dict(d.pop("issuing_unit"))

        kind = HonourKind(d.pop("kind"))

        kind_label = d.pop("kind_label")

        number = d.pop("number")

        public_decision = cls(
            award_form=award_form,
            award_form_label=award_form_label,
            award_level=award_level,
            award_level_label=award_level_label,
            issued_on=issued_on,
            issuing_unit=issuing_unit,
            kind=kind,
            kind_label=kind_label,
            number=number,
        )

        public_decision.additional_properties = d
        return public_decision

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
