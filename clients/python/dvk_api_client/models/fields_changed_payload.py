from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldsChangedPayload")


@_attrs_define
class FieldsChangedPayload:
    """A resource's content edited: which fields changed (read the resource for their values).

    Attributes:
        fields (list[str]):
    """

    fields: list[str]

    def to_dict(self) -> dict[str, Any]:
        fields = self.fields

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fields = cast(list[str], d.pop("fields"))

        fields_changed_payload = cls(
            fields=fields,
        )

        return fields_changed_payload
