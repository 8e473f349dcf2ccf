from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadAll")


@_attrs_define
class ReadAll:
    """Which notifications to mark read: every unread one, or only those up to what a client showed.

    Attributes:
        up_to (datetime.datetime | None | Unset): Only notifications created at or before this moment (with an offset).
        up_to_id (int | None | Unset): Only notifications with this id or a smaller one (the newest one a client
            showed).
    """

    up_to: datetime.datetime | None | Unset = UNSET
    up_to_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        up_to: None | str | Unset
        if isinstance(self.up_to, Unset):
            up_to = UNSET
        elif isinstance(self.up_to, datetime.datetime):
            up_to = self.up_to.isoformat()
        else:
            up_to = self.up_to

        up_to_id: int | None | Unset
        if isinstance(self.up_to_id, Unset):
            up_to_id = UNSET
        else:
            up_to_id = self.up_to_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if up_to is not UNSET:
            field_dict["up_to"] = up_to
        if up_to_id is not UNSET:
            field_dict["up_to_id"] = up_to_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_up_to(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                up_to_type_0 = datetime.datetime.fromisoformat(data)

                return up_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        up_to = _parse_up_to(d.pop("up_to", UNSET))

        def _parse_up_to_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        up_to_id = _parse_up_to_id(d.pop("up_to_id", UNSET))

        read_all = cls(
            up_to=up_to,
            up_to_id=up_to_id,
        )

        return read_all
