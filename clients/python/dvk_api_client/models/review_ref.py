from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_level import ReviewLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bilingual import Bilingual
    from ..models.unit_ref import UnitRef


T = TypeVar("T", bound="ReviewRef")


@_attrs_define
class ReviewRef:
    """A review meeting a decision rests on, with the body that held it and its level in the authority chain.

    Attributes:
        held_on (datetime.date):
        id (UUID):
        phase_review (None | str):
        title (str):
        holding_unit (None | UnitRef | Unset):
        level (None | ReviewLevel | Unset):
        level_label (Bilingual | None | Unset):
    """

    held_on: datetime.date
    id: UUID
    phase_review: None | str
    title: str
    holding_unit: None | UnitRef | Unset = UNSET
    level: None | ReviewLevel | Unset = UNSET
    level_label: Bilingual | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bilingual import Bilingual  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        held_on = self.held_on.isoformat()

        id = str(self.id)

        phase_review: None | str
        phase_review = self.phase_review

        title = self.title

        holding_unit: dict[str, Any] | None | Unset
        if isinstance(self.holding_unit, Unset):
            holding_unit = UNSET
        elif isinstance(self.holding_unit, UnitRef):
            holding_unit = self.holding_unit.to_dict()
        else:
            holding_unit = self.holding_unit

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, ReviewLevel):
            level = self.level.value
        else:
            level = self.level

        level_label: dict[str, Any] | None | Unset
        if isinstance(self.level_label, Unset):
            level_label = UNSET
        elif isinstance(self.level_label, Bilingual):
            level_label = self.level_label.to_dict()
        else:
            level_label = self.level_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "held_on": held_on,
                "id": id,
                "phase_review": phase_review,
                "title": title,
            }
        )
        if holding_unit is not UNSET:
            field_dict["holding_unit"] = holding_unit
        if level is not UNSET:
            field_dict["level"] = level
        if level_label is not UNSET:
            field_dict["level_label"] = level_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bilingual import Bilingual  # noqa: PLC0415
        from ..models.unit_ref import UnitRef  # noqa: PLC0415

        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        id = UUID(d.pop("id"))

        def _parse_phase_review(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phase_review = _parse_phase_review(d.pop("phase_review"))

        title = d.pop("title")

        def _parse_holding_unit(data: object) -> None | UnitRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                holding_unit_type_0 = UnitRef.from_dict(data)

                return holding_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnitRef | Unset, data)

        holding_unit = _parse_holding_unit(d.pop("holding_unit", UNSET))

        def _parse_level(data: object) -> None | ReviewLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = ReviewLevel(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewLevel | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_level_label(data: object) -> Bilingual | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                level_label_type_0 = Bilingual.from_dict(data)

                return level_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Bilingual | None | Unset, data)

        level_label = _parse_level_label(d.pop("level_label", UNSET))

        review_ref = cls(
            held_on=held_on,
            id=id,
            phase_review=phase_review,
            title=title,
            holding_unit=holding_unit,
            level=level,
            level_label=level_label,
        )

        review_ref.additional_properties = d
        return review_ref

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
