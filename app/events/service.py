"""Appending to the event log: the transactional outbox the change feed (GET /events) and the webhooks read."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.events.catalogue import PERSON, RESOURCES, event_type
from app.models import Event


def _subject(
    resource: str, resource_id: str | uuid.UUID | int, payload: dict[str, Any], person: uuid.UUID | None
) -> uuid.UUID | None:
    """The resource whose visibility the event follows (catalogue.RESOURCES), or the person it is for."""
    follows = RESOURCES[resource]
    if (follows == PERSON) != (person is not None):
        raise ValueError(f"a {resource} event {'needs' if follows == PERSON else 'takes no'} `person`")
    if follows is None:
        return None
    if person is not None:
        return person
    value = resource_id if follows == "self" else payload[follows]
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


async def record_event(
    session: AsyncSession,
    type_: str,
    *,
    resource_type: str,
    resource_id: str | uuid.UUID | int,
    unit_path: str,
    actor_id: uuid.UUID | None,
    request_id: str | None,
    data: dict[str, Any] | None = None,
    former_unit_path: str | None = None,
    occurred_at: datetime | None = None,
    flush: bool = True,
    person: uuid.UUID | None = None,
) -> Event:
    """Add one event in the caller's transaction (it commits or rolls back with the change); `flush=False`
        leaves it to the caller's next flush (a batch of many); `occurred_at` dates a change of recorded history
        (a data loader), else it is now. `person` is the one person an event about a private resource (a notification:
    catalogue.PERSON) is for, and is given for those only.

        The type must be in the catalogue and `data` must be its payload (validated here: what is stored is what
        the feed and the webhooks publish). An unknown type or a payload that does not fit is a programming
        error (UnknownEventType, pydantic's ValidationError), never a client's."""
    entry = event_type(type_)
    if entry.resource != resource_type:
        raise ValueError(f"{type_} is about a {entry.resource}, not a {resource_type}")
    payload = entry.payload.model_validate(data or {})
    event = Event(
        type=type_,
        version=entry.version,
        resource_type=resource_type,
        resource_id=str(resource_id),
        subject_id=_subject(resource_type, resource_id, payload.model_dump(), person),
        unit_path=unit_path,
        former_unit_path=former_unit_path,
        actor_id=actor_id,
        request_id=request_id,
        data=payload.model_dump(mode="json", by_alias=True),
    )
    if occurred_at is not None:
        event.occurred_at = occurred_at
    session.add(event)
    if flush:
        await session.flush()
    return event
