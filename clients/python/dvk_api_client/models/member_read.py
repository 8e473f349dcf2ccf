from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberRead")


@_attrs_define
class MemberRead:
    """A member of the meeting.

    Attributes:
        absence_reason (str):
        full_name (str):
        id (UUID):
        position (int):
        present (bool):
        title (str):
        unit_id (int | None):
        user_id (None | UUID):
    """

    absence_reason: str
    full_name: str
    id: UUID
    position: int
    present: bool
    title: str
    unit_id: int | None
    user_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        absence_reason = self.absence_reason

        full_name = self.full_name

        id = str(self.id)

        position = self.position

        present = self.present

        title = self.title

        unit_id: int | None
        unit_id = self.unit_id

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "absence_reason": absence_reason,
                "full_name": full_name,
                "id": id,
                "position": position,
                "present": present,
                "title": title,
                "unit_id": unit_id,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        absence_reason = d.pop("absence_reason")

        full_name = d.pop("full_name")

        id = UUID(d.pop("id"))

        position = d.pop("position")

        present = d.pop("present")

        title = d.pop("title")

        def _parse_unit_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        def _parse_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        user_id = _parse_user_id(d.pop("user_id"))

        member_read = cls(
            absence_reason=absence_reason,
            full_name=full_name,
            id=id,
            position=position,
            present=present,
            title=title,
            unit_id=unit_id,
            user_id=user_id,
        )

        member_read.additional_properties = d
        return member_read

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
