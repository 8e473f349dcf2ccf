"""GET /events: the change feed, and one event by id."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute
from app.core.config import get_settings
from app.core.db import SessionDep
from app.core.openapi_docs import Problem, problem_example, problems
from app.core.types import MAX_ID, UnitIdParam
from app.events.schemas import EventEnvelope, EventPage, envelope
from app.feed import service
from app.feed.dependencies import VisibleEvent

router = APIRouter(tags=["events"], route_class=GuardedRoute)

_UNKNOWN_TYPE = problem_example(
    422,
    "unknown_event_type",
    "Loại sự kiện “model.approved” không có trong danh mục sự kiện.",
    errors=[
        {
            "code": "unknown_event_type",
            "detail": "Loại sự kiện “model.approved” không có trong danh mục sự kiện.",
            "in": "query",
            "parameter": "type",
        }
    ],
)
_LIST_ERRORS: dict[int | str, dict[str, Any]] = {
    **problems(400, 401, 404),
    422: {
        "description": "A `type` the catalogue lacks (`unknown_event_type`, one entry per type), or another "
        "invalid parameter (`validation_failed`).",
        "model": Problem,
        "content": {"application/problem+json": {"example": _UNKNOWN_TYPE}},
    },
}
FEED = """Events about what you may read, oldest first, in commit order: a page never skips an event that commits
later than its neighbours, and never repeats one (README, "The change feed").

Store `next_cursor` and pass it as `after` to resume: it is given on every page, the last one included (it
is where the next events will appear). Page while `has_more` is true; then ask again later with the same
cursor. A cursor is bound to the filters it was made for (400 `invalid_cursor` otherwise). Each event is an
envelope (`id`, `type`, `version`, `occurred_at`, `resource`, `unit`, `data`) and `data` is its type's payload:
the contract's `webhooks` list every type with its schema, but `notification.created` (a notification of yours,
yours alone: GET /me/notifications describes it). Events follow the visibility of their resource now: those of a
model you can no longer read drop out of the feed."""


@router.get(
    "/events",
    operation_id="events_list",
    summary="The change feed: events since a cursor",
    response_model=EventPage,
    responses=_LIST_ERRORS,
    description=FEED,
)
async def list_events(
    caller: CurrentCaller,
    session: SessionDep,
    after: Annotated[
        str | None, Query(max_length=2000, description="The `next_cursor` of an earlier page; absent: the start.")
    ] = None,
    limit: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="Page size (capped at the server maximum).")
    ] = None,
    type_: Annotated[
        list[Annotated[str, Query(max_length=60)]] | None,
        Query(
            alias="type",
            max_length=50,
            description="Only these types (repeat for several); a type the catalogue lacks is refused (422).",
        ),
    ] = None,
    unit_id: Annotated[
        UnitIdParam | None,
        Query(description="Only events of this unit's subtree (a unit in your read scope; 404 otherwise)."),
    ] = None,
) -> EventPage:
    """A page of the feed for the caller."""
    settings = get_settings()
    size = settings.page_size_default if limit is None else min(limit, settings.page_size_max)
    return await service.list_events(session, caller, type_ or [], unit_id, after, size)


@router.get(
    "/events/{event_id}",
    operation_id="events_get",
    summary="One event",
    response_model=EventEnvelope,
    responses=problems(401, 404, 422),
    description="The event in the envelope the feed and the webhooks use; 404 (`event_not_found`) for an event "
    "about something you cannot read.",
)
async def get_event(event: VisibleEvent) -> EventEnvelope:
    """An event the caller may see."""
    return envelope(event)
