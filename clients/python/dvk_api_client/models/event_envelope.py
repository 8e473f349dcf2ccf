from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_envelope_data import EventEnvelopeData
    from ..models.event_resource import EventResource
    from ..models.event_unit import EventUnit


T = TypeVar("T", bound="EventEnvelope")


@_attrs_define
class EventEnvelope:
    """One event, as the feed lists it and as a webhook delivers it.

    Attributes:
        data (EventEnvelopeData): The type's payload: its schema is the type's entry under `webhooks`.
        id (int): Unique and never reused; GET /events/{id} reads it again.
        occurred_at (datetime.datetime): When the change was made (UTC).
        resource (EventResource): The resource the event is about: read it at its URL for everything the payload leaves
            out.
        type_ (EventType): A type of the event catalogue (the document's `webhooks` describe each).
        unit (EventUnit): The unit the event belongs to (a model's registrant unit, a review's holding unit, a
            decision's issuing
            unit, …), with its path in the tree when the event was written.
        version (int): The version of the type's payload schema.
    """

    data: EventEnvelopeData
    id: int
    occurred_at: datetime.datetime
    resource: EventResource
    type_: EventType
    unit: EventUnit
    version: int

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_envelope_data import EventEnvelopeData  # noqa: PLC0415
        from ..models.event_resource import EventResource  # noqa: PLC0415
        from ..models.event_unit import EventUnit  # noqa: PLC0415

        data = self.data.to_dict()

        id = self.id

        occurred_at = self.occurred_at.isoformat()

        resource = self.resource.to_dict()

        type_ = self.type_.value

        unit = self.unit.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "id": id,
                "occurred_at": occurred_at,
                "resource": resource,
                "type": type_,
                "unit": unit,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_envelope_data import EventEnvelopeData  # noqa: PLC0415
        from ..models.event_resource import EventResource  # noqa: PLC0415
        from ..models.event_unit import EventUnit  # noqa: PLC0415

        d = dict(src_dict)
        data = EventEnvelopeData.from_dict(d.pop("data"))

        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        resource = EventResource.from_dict(d.pop("resource"))

        type_ = EventType(d.pop("type"))

        unit = EventUnit.from_dict(d.pop("unit"))

        version = d.pop("version")

        event_envelope = cls(
            data=data,
            id=id,
            occurred_at=occurred_at,
            resource=resource,
            type_=type_,
            unit=unit,
            version=version,
        )

        return event_envelope
