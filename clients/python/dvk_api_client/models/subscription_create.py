from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCreate")


@_attrs_define
class SubscriptionCreate:
    """Where to send which events: an https URL (checked: no private, loopback or metadata address), the event
    types, and the unit whose subtree's events are sent.

        Attributes:
            url (str):
            description (str | Unset):  Default: ''.
            event_types (list[str] | Unset): Types from the event catalogue (the document's `webhooks`; GET /events uses the
                same names); an empty list sends every type. A name the catalogue lacks: 422 `unknown_event_type`.
            unit_id (int | None | Unset): Only events of this unit's subtree (in your scope, else 404); omitted: your whole
                scope.
    """

    url: str
    description: str | Unset = ""
    event_types: list[str] | Unset = UNSET
    unit_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        description = self.description

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = self.event_types

        unit_id: int | None | Unset
        if isinstance(self.unit_id, Unset):
            unit_id = UNSET
        else:
            unit_id = self.unit_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        description = d.pop("description", UNSET)

        event_types = cast(list[str], d.pop("event_types", UNSET))

        def _parse_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unit_id = _parse_unit_id(d.pop("unit_id", UNSET))

        subscription_create = cls(
            url=url,
            description=description,
            event_types=event_types,
            unit_id=unit_id,
        )

        return subscription_create
