from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionUpdate")


@_attrs_define
class SubscriptionUpdate:
    """Changes to a subscription; omitted fields stay as they are. Send its ETag in If-Match.

    Attributes:
        description (str | Unset):
        enabled (bool | Unset): false stops sending (pending deliveries are cancelled); true sends the events from now
            on.
        event_types (list[str] | Unset): Types from the event catalogue (the document's `webhooks`; GET /events uses the
            same names); an empty list sends every type. A name the catalogue lacks: 422 `unknown_event_type`.
        url (str | Unset): Checked again as at creation (422).
    """

    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    event_types: list[str] | Unset = UNSET
    url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        enabled = self.enabled

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = self.event_types

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        event_types = cast(list[str], d.pop("event_types", UNSET))

        url = d.pop("url", UNSET)

        subscription_update = cls(
            description=description,
            enabled=enabled,
            event_types=event_types,
            url=url,
        )

        return subscription_update
