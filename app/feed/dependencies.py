"""Load-or-404 dependency for an event named in the path."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path

from app.auth.dependencies import CurrentCaller
from app.core.db import SessionDep
from app.core.errors import NotFound
from app.core.i18n import Text
from app.core.types import MAX_ID
from app.feed import repository
from app.models import Event

EVENT_NOT_FOUND = Text("Không tìm thấy sự kiện.", "The event was not found.")


async def visible_event(
    event_id: Annotated[int, Path(ge=1, le=MAX_ID, description="The event's id.")],
    caller: CurrentCaller,
    session: SessionDep,
) -> Event:
    """The event in the path, if the caller may see it; 404 `event_not_found` otherwise (whether it exists or not)."""
    event = await repository.get_visible(session, caller, event_id)
    if event is None:
        raise NotFound(EVENT_NOT_FOUND, code="event_not_found")
    return event


VisibleEvent = Annotated[Event, Depends(visible_event)]
