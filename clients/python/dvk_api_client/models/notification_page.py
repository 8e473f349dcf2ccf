from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_read import NotificationRead


T = TypeVar("T", bound="NotificationPage")


@_attrs_define
class NotificationPage:
    """A page of the inbox, newest first, with how many of the caller's notifications are unread.

    Attributes:
        items (list[NotificationRead]):
        limit (int):
        next_cursor (None | str): Pass as `cursor` to get the next page; null on the last page.
        unread_count (int): Unread notifications in the whole inbox (whatever the filters).
    """

    items: list[NotificationRead]
    limit: int
    next_cursor: None | str
    unread_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_read import NotificationRead  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        limit = self.limit

        next_cursor: None | str
        next_cursor = self.next_cursor

        unread_count = self.unread_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "limit": limit,
                "next_cursor": next_cursor,
                "unread_count": unread_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_read import NotificationRead  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = NotificationRead.from_dict(items_item_data)

            items.append(items_item)

        limit = d.pop("limit")

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        unread_count = d.pop("unread_count")

        notification_page = cls(
            items=items,
            limit=limit,
            next_cursor=next_cursor,
            unread_count=unread_count,
        )

        notification_page.additional_properties = d
        return notification_page

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
