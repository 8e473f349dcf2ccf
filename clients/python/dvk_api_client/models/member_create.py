from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberCreate")


@_attrs_define
class MemberCreate:
    """A member of the meeting; `unit_id` / `user_id` let recusals be worked out automatically.

    Attributes:
        full_name (str):
        absence_reason (str | Unset):  Default: ''.
        present (bool | Unset):  Default: True.
        title (str | Unset):  Default: ''.
        unit_id (int | None | Unset):
        user_id (None | Unset | UUID):
    """

    full_name: str
    absence_reason: str | Unset = ""
    present: bool | Unset = True
    title: str | Unset = ""
    unit_id: int | None | Unset = UNSET
    user_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        absence_reason = self.absence_reason

        present = self.present

        title = self.title

        unit_id: int | None | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        else:
            unit_id = self.unit_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "full_name": full_name,
            }
        )
        if absence_reason is not UNSET:
            field_dict["absence_reason"] = absence_reason
        if present is not UNSET:
            field_dict["present"] = present
        if title is not UNSET:
            field_dict["title"] = title
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name")

        absence_reason = d.pop("absence_reason", UNSET)

        present = d.pop("present", UNSET)

        title = d.pop("title", UNSET)

        def _parse_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        def _parse_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        member_create = cls(
            full_name=full_name,
            absence_reason=absence_reason,
            present=present,
            title=title,
            unit_id=unit_id,
            user_id=user_id,
        )

        return member_create
