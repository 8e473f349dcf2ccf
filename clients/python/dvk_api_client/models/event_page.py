from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_envelope import EventEnvelope


T = TypeVar("T", bound="EventPage")


@_attrs_define
class EventPage:
    """A page of the feed, in commit order.

    Attributes:
        has_more (bool): More events are ready now: ask again at once with `next_cursor`.
        items (list[EventEnvelope]):
        limit (int):
        next_cursor (str): Where this page ends: store it and pass it as `after` next time, even when `has_more` is
            false (it is where the next events will appear).
    """

    has_more: bool
    items: list[EventEnvelope]
    limit: int
    next_cursor: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_envelope import EventEnvelope  # noqa: PLC0415

        has_more = self.has_more

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        limit = self.limit

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_more": has_more,
                "items": items,
                "limit": limit,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_envelope import EventEnvelope  # noqa: PLC0415

        d = dict(src_dict)
        has_more = d.pop("has_more")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = EventEnvelope.from_dict(items_item_data)

            items.append(items_item)

        limit = d.pop("limit")

        next_cursor = d.pop("next_cursor")

        event_page = cls(
            has_more=has_more,
            items=items,
            limit=limit,
            next_cursor=next_cursor,
        )

        event_page.additional_properties = d
        return event_page

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
