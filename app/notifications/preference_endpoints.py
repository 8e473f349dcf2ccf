"""/me/notification-preferences (the signed-in person's own: read, replace under If-Match) and
/notification-types (the catalogue a settings screen lists)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import IfMatch, RequestCtx, not_modified, not_modified_response, set_etag
from app.core.openapi_docs import Problem, problem_example, problems
from app.notifications import preferences
from app.notifications.preference_schemas import (
    NotificationPreferencesRead,
    NotificationPreferencesWrite,
    NotificationTypeList,
    NotificationTypeRead,
)

router = APIRouter(tags=["notifications"], route_class=GuardedRoute)

_ETAG = {"ETag": {"description": 'The version (for If-Match; "0": never saved).', "schema": {"type": "string"}}}
_MANDATORY = problem_example(
    422,
    "mandatory_notification_type",
    "Vai trò của đồng chí phải nhận loại thông báo «reminder.results-overdue», không thể tắt.",
    errors=[
        {
            "code": "mandatory_notification_type",
            "pointer": "#/muted_types/0",
            "detail": "Vai trò của đồng chí phải nhận loại thông báo «reminder.results-overdue», không thể tắt.",
        }
    ],
    notification_types=["reminder.results-overdue"],
)
_PUT_ERRORS: dict[int | str, dict[str, Any]] = {
    **problems(401, 403, 412, 413, 428),
    422: {
        "description": "A muted type the person's role must receive (`mandatory_notification_type`, naming each in "
        "`notification_types`), a type the catalogue lacks (`unknown_notification_type`), a time zone that is not "
        "an IANA name (`unknown_timezone`), or another invalid field (`validation_failed`).",
        "model": Problem,
        "content": {"application/problem+json": {"example": _MANDATORY}},
    },
}


def _read(view: preferences.Preferences) -> NotificationPreferencesRead:
    return NotificationPreferencesRead.model_validate(view, from_attributes=True)


@router.get(
    "/me/notification-preferences",
    operation_id="me_notification_preferences_get",
    summary="How you are told",
    response_model=NotificationPreferencesRead,
    responses={200: {"description": "Your preferences", "headers": _ETAG}, **problems(304, 401, 403)},
)
async def get_preferences(
    caller: CurrentCaller, session: SessionDep, request: Request, response: Response
) -> Response | NotificationPreferencesRead:
    """Your email channel (immediate, a daily digest, or off), the digest's hour and time zone, the types you
    muted, and the address emails go to; the defaults (version 0) until you save. People only: a service client
    is answered 403 `insufficient_scope`. If-None-Match → 304."""
    view = await preferences.read(session, caller)
    if not_modified(request, view.version):
        return not_modified_response(view.version)
    set_etag(response, view.version)
    return _read(view)


@router.put(
    "/me/notification-preferences",
    operation_id="me_notification_preferences_put",
    summary="Change how you are told",
    response_model=NotificationPreferencesRead,
    responses={200: {"description": "Your preferences as saved", "headers": _ETAG}, **_PUT_ERRORS},
)
async def put_preferences(
    body: NotificationPreferencesWrite,
    caller: CurrentCaller,
    session: SessionDep,
    ctx: RequestCtx,
    response: Response,
    _if_match: IfMatch = None,
) -> NotificationPreferencesRead:
    """Replace your preferences (every field); needs If-Match with the version last read ("0" before the first
    save). A type your role must receive cannot be muted (422 `mandatory_notification_type`); the time zone must
    be an IANA name (422 `unknown_timezone`); `digest_hour` 0–23. Nothing changes when the answer is an error."""
    view = await preferences.replace(session, caller, ctx, body.model_dump())
    set_etag(response, view.version)
    return _read(view)


@router.get(
    "/notification-types",
    operation_id="notification_types_list",
    summary="The notification catalogue",
    response_model=NotificationTypeList,
    responses=problems(401, 403),
)
async def list_types(caller: CurrentCaller) -> NotificationTypeList:
    """Every type of notification: its stable name, label and recipients in both languages, and the roles that
    must receive it (they cannot mute it). Service clients read it with the `events:read` scope."""
    del caller  # signed in (a person, or a client with events:read); the catalogue is the same for everyone
    return NotificationTypeList(items=[NotificationTypeRead.model_validate(t) for t in preferences.catalogue()])
