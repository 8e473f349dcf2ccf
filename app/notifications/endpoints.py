"""/me/notifications: the signed-in person's inbox. Read it by cursor (newest first, unread and type filters,
with the unread count), read one, mark one or all read. A person's own only: another's notification is 404; a
service client is no person and is refused (403 `insufficient_scope`, as on every /me operation)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import page_params
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import Problem, problem_example, problems
from app.core.pagination import PageParams
from app.core.types import MAX_ID
from app.notifications import inbox
from app.notifications.schemas import NotificationPage, NotificationRead, ReadAll, ReadAllResult, UnreadCount

router = APIRouter(tags=["notifications"], route_class=GuardedRoute)

NotificationId = Annotated[int, Path(ge=1, le=MAX_ID, description="The notification's id.")]

_UNKNOWN_TYPE = problem_example(
    422,
    "unknown_notification_type",
    "Loại thông báo “model.approved” không có trong danh mục thông báo.",
    errors=[
        {
            "code": "unknown_notification_type",
            "detail": "Loại thông báo “model.approved” không có trong danh mục thông báo.",
            "in": "query",
            "parameter": "type",
        }
    ],
)
_LIST_ERRORS: dict[int | str, dict[str, Any]] = {
    **problems(400, 401),
    422: {
        "description": "A `type` the notification catalogue lacks (`unknown_notification_type`, one entry per "
        "type), or another invalid parameter (`validation_failed`).",
        "model": Problem,
        "content": {"application/problem+json": {"example": _UNKNOWN_TYPE}},
    },
}
_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {
        "description": "Not one of your notifications (`notification_not_found`), whether it exists or not.",
        "model": Problem,
        "content": {
            "application/problem+json": {
                "example": problem_example(404, "notification_not_found", "Không tìm thấy thông báo.")
            }
        },
    }
}

INBOX = """Your notifications, newest first: what happened to the models you register or manage (returned with the
reason, accepted, surveyed, recognised or not), a model now waiting on your role at your unit, a review you are a
member of, a decision concerning your unit, an import you sent, and the reminders of the campaign calendar. Each
has its `type` (README, "Notifications", says who receives each), its message in your language (`text`, by
Accept-Language) and in both (`texts`), the `resource` it points to (with the `path` to GET it), its `unit`, and
`created_at` / `read_at`.

`unread=true` lists only unread ones; `type` (repeat for several) only those types (422
`unknown_notification_type` for one the catalogue lacks). `unread_count` counts every unread notification of
yours, whatever the filters. Pass `next_cursor` back as `cursor` for the next (older) page; a cursor is bound to
its filters.

Each notification is also an event `notification.created` in GET /events, yours alone (no one else's feed shows
it, no webhook delivers it): its `resource` is the notification (`{"type": "notification", "id": "4127"}`), its
`data` the notification's `type`, `texts` (`vi`, `en`), `target` (`type`, `id`, `path`: what `resource` is here)
and `unit_id`. A later push channel will send each notification as (Web Push / FCM message; nothing is sent
yet):

```json
{"notification": {"title": "Dân vận khéo", "body": "<text in the recipient's language>"},
 "data": {"notification_id": "4127", "type": "model.returned", "resource_path": "/api/v1/models/…"}}
```"""


@router.get(
    "/me/notifications",
    operation_id="notifications_list",
    summary="Your notifications (the inbox)",
    response_model=NotificationPage,
    responses=_LIST_ERRORS,
    description=INBOX,
)
async def list_notifications(
    caller: CurrentCaller,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    unread: Annotated[bool, Query(description="Only unread notifications.")] = False,
    type_: Annotated[
        list[Annotated[str, Query(max_length=60)]] | None,
        Query(alias="type", max_length=50, description="Only these types (repeat for several)."),
    ] = None,
) -> NotificationPage:
    """A page of the caller's inbox."""
    return await inbox.list_inbox(session, caller, unread=unread, types=type_ or [], page=page)


@router.get(
    "/me/notifications/unread-count",
    operation_id="notifications_unread_count",
    summary="How many of your notifications are unread",
    response_model=UnreadCount,
    responses=problems(401),
    description="The number a badge shows; cheap enough to poll (or follow `notification.created` in GET /events).",
)
async def unread_count(caller: CurrentCaller, session: SessionDep) -> UnreadCount:
    """The caller's unread count."""
    return UnreadCount(unread_count=await inbox.unread_count(session, caller))


@router.get(
    "/me/notifications/{notification_id}",
    operation_id="notifications_get",
    summary="One of your notifications",
    response_model=NotificationRead,
    responses={**problems(401, 422), **_NOT_FOUND},
    description="A notification of yours (a push message's `data.notification_id` names it); 404 "
    "`notification_not_found` for anyone else's.",
)
async def get_notification(
    notification_id: NotificationId, caller: CurrentCaller, session: SessionDep
) -> NotificationRead:
    """One of the caller's notifications."""
    return await inbox.get_notification(session, caller, notification_id)


@router.post(
    "/me/notifications/{notification_id}/read",
    operation_id="notifications_read",
    summary="Mark one of your notifications read",
    response_model=NotificationRead,
    responses={**problems(401, 422), **_NOT_FOUND},
    description="Idempotent: marking a read notification again changes nothing (its `read_at` stays the first "
    "reading's). 404 `notification_not_found` for anyone else's. No body.",
)
async def mark_read(
    notification_id: NotificationId,
    request: Request,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
) -> Response:
    """Mark one of the caller's notifications read; answer it."""

    async def produce() -> Response:
        read = await inbox.mark_read(session, caller, notification_id)
        return JSONResponse(jsonable_encoder(read))

    return await idempotent(request, session, caller.id, produce)


@router.post(
    "/me/notifications/read-all",
    operation_id="notifications_read_all",
    summary="Mark your notifications read",
    response_model=ReadAllResult,
    responses=problems(401, 422),
    description="Every unread notification of yours, or (a phone marking only what it showed) those up to "
    "`up_to_id` and/or created up to `up_to`. The body is optional: none marks everything.",
)
async def mark_all_read(
    request: Request,
    caller: CurrentCaller,
    session: SessionDep,
    body: ReadAll | None = None,
    _key: IdempotencyKey = None,
) -> Response:
    """Mark the caller's unread notifications read."""
    wanted = body or ReadAll()

    async def produce() -> Response:
        result = await inbox.mark_all_read(session, caller, wanted.up_to_id, wanted.up_to)
        return JSONResponse(jsonable_encoder(result))

    return await idempotent(request, session, caller.id, produce)
