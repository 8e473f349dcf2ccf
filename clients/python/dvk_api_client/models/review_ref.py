from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewRef")


@_attrs_define
class ReviewRef:
    """The review meeting a decision rests on.

    Attributes:
        held_on (datetime.date):
        id (UUID):
        phase_review (None | str):
        title (str):
    """

    held_on: datetime.date
    id: UUID
    phase_review: None | str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        id = str(self.id)

        phase_review: None | str
        phase_review = self.phase_review

        title = self.title

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        id = UUID(d.pop("id"))

        def _parse_phase_review(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phase_review = _parse_phase_review(d.pop("phase_review"))

        title = d.pop("title")

        review_ref = cls(
            held_on=held_on,
            id=id,
            phase_review=phase_review,
            title=title,
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
