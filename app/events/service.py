"""Appending to the event log (published later as a feed and webhooks)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Event


async def record_event(
    session: AsyncSession,
    type_: str,
    *,
    resource_type: str,
    resource_id: str | uuid.UUID,
    unit_path: str,
    actor_id: uuid.UUID | None,
    request_id: str | None,
    data: dict[str, Any] | None = None,
    flush: bool = True,
) -> Event:
    """Add one event in the caller's transaction (it commits or rolls back with the change); `flush=False`
    leaves it to the caller's next flush (a batch of many)."""
    event = Event(
        type=type_,
        resource_type=resource_type,
        resource_id=str(resource_id),
        unit_path=unit_path,
        actor_id=actor_id,
        request_id=request_id,
        data=data or {},
    )
    session.add(event)
    if flush:
        await session.flush()
    return event
