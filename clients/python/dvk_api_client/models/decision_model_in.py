from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionModelIn")


@_attrs_define
class DecisionModelIn:
    """A model the decision covers, with an optional note.

    Attributes:
        model_id (UUID):
        note (str | Unset):  Default: ''.
    """

    model_id: UUID
    note: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        model_id = str(self.model_id)

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_id": model_id,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_id = UUID(d.pop("model_id"))

        note = d.pop("note", UNSET)

        decision_model_in = cls(
            model_id=model_id,
            note=note,
        )

        return decision_model_in
