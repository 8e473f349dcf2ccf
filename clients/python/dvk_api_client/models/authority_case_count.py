from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorityCaseCount")


@_attrs_define
class AuthorityCaseCount:
    """Counting models per authority case (null: not resolved yet).

    Attributes:
        authority_case (int | None):
        count (int):
    """

    authority_case: int | None
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authority_case: int | None
        authority_case = self.authority_case

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authority_case": authority_case,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_authority_case(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        authority_case = _parse_authority_case(d.pop("authority_case"))

        count = d.pop("count")

        authority_case_count = cls(
            authority_case=authority_case,
            count=count,
        )

        authority_case_count.additional_properties = d
        return authority_case_count

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
