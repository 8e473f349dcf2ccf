from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_resource_type import EventResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventResource")


@_attrs_define
class EventResource:
    """The resource the event is about: read it at its URL for everything the payload leaves out.

    Attributes:
        id (str): Its id (a UUID; a number for a unit).
        type_ (EventResourceType): What an event is about (the collection of its resource).
    """

    id: str
    type_: EventResourceType

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = EventResourceType(d.pop("type"))

        event_resource = cls(
            id=id,
            type_=type_,
        )

        return event_resource
