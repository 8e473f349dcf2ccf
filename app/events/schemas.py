"""The envelope every event travels in, the same in the feed (GET /events) and in a webhook's body (modelled on
Standard Webhooks: a type, a timestamp and the payload, plus what an integrator routes and scopes by)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from app.events.catalogue import EVENT_TYPES, RESOURCES
from app.models import Event

EventTypeName = Annotated[str, WithJsonSchema({"type": "string", "enum": list(EVENT_TYPES)})]
ResourceTypeName = Annotated[str, WithJsonSchema({"type": "string", "enum": list(RESOURCES)})]


class EventResource(BaseModel):
    """The resource the event is about: read it at its URL for everything the payload leaves out."""

    model_config = ConfigDict(extra="forbid")

    type: ResourceTypeName = Field(description="`model`, `review`, `decision`, `unit`, … (the URL's collection).")
    id: str = Field(description="Its id (a UUID; a number for a unit).", max_length=64)


class EventUnit(BaseModel):
    """The unit the event belongs to (a model's registrant unit, a review's holding unit, a decision's issuing
    unit, …), with its path in the tree when the event was written."""

    model_config = ConfigDict(extra="forbid")

    id: int
    path: str = Field(description="The ids from the root, e.g. `/1/9/31/`; `unit_id` filters by it.")


class EventEnvelope(BaseModel):
    """One event, as the feed lists it and as a webhook delivers it."""

    model_config = ConfigDict(extra="forbid")

    id: int = Field(description="Unique and never reused; GET /events/{id} reads it again.")
    type: EventTypeName = Field(description="The catalogue's stable name (the contract's `webhooks` list each).")
    version: int = Field(ge=1, description="The version of the type's payload schema.")
    occurred_at: datetime = Field(description="When the change was made (UTC).")
    resource: EventResource
    unit: EventUnit
    data: dict[str, Any] = Field(description="The type's payload: its schema is the type's entry under `webhooks`.")


class EventPage(BaseModel):
    """A page of the feed, in commit order."""

    items: list[EventEnvelope]
    next_cursor: str = Field(
        description="Where this page ends: store it and pass it as `after` next time, even when `has_more` is "
        "false (it is where the next events will appear)."
    )
    has_more: bool = Field(description="More events are ready now: ask again at once with `next_cursor`.")
    limit: int


def unit_id_of(path: str) -> int:
    """The unit a path ends at ('/1/9/31/' → 31)."""
    return int(path.rstrip("/").rsplit("/", 1)[-1])


def envelope(event: Event) -> EventEnvelope:
    """The envelope of a stored event."""
    return EventEnvelope(
        id=event.id,
        type=event.type,
        version=event.version,
        occurred_at=event.occurred_at,
        resource=EventResource(type=event.resource_type, id=event.resource_id),
        unit=EventUnit(id=unit_id_of(event.unit_path), path=event.unit_path),
        data=event.data,
    )
