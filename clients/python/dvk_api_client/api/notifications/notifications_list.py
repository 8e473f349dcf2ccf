from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_page import NotificationPage
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    unread: bool | Unset = False,
    type_: list[str] | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    params["unread"] = unread

    json_type_: list[str] | None | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, list):
        json_type_ = type_

    else:
        json_type_ = type_
    params["type"] = json_type_

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/notifications",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    if response.status_code == 200:
        response_200 = NotificationPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScopeProblem.from_dict(response.json())

        return response_403

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 422:

        def _parse_response_422(data: object) -> Problem | ValidationProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ValidationProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = Problem.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = OutageProblem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NotificationPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    unread: bool | Unset = False,
    type_: list[str] | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[NotificationPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """Your notifications (the inbox)

     Your notifications, newest first: what happened to the models you register or manage (returned with
    the
    reason, accepted, surveyed, recognised or not), a model now waiting on your role at your unit, a
    review you are a
    member of, a decision concerning your unit, an import you sent, and the reminders of the campaign
    calendar. Each
    has its `type` (README, "Notifications", says who receives each), its message in your language
    (`text`, by
    Accept-Language) and in both (`texts`), the `resource` it points to (with the `path` to GET it), its
    `unit`, and
    `created_at` / `read_at`.

    `unread=true` lists only unread ones; `type` (repeat for several) only those types (422
    `unknown_notification_type` for one the catalogue lacks). `unread_count` counts every unread
    notification of
    yours, whatever the filters. Pass `next_cursor` back as `cursor` for the next (older) page; a cursor
    is bound to
    its filters.

    Each notification is also an event `notification.created` in GET /events, yours alone (no one else's
    feed shows
    it, no webhook delivers it): its `resource` is the notification (`{"type": "notification", "id":
    "4127"}`), its
    `data` the notification's `type`, `texts` (`vi`, `en`), `target` (`type`, `id`, `path`: what
    `resource` is here)
    and `unit_id`. A later push channel will send each notification as (Web Push / FCM message; nothing
    is sent
    yet):

    ```json
    {"notification": {"title": "Dân vận khéo", "body": "<text in the recipient's language>"},
     "data": {"notification_id": "4127", "type": "model.returned", "resource_path": "/api/v1/models/…"}}
    ```

    Args:
        unread (bool | Unset): Only unread notifications. Default: False.
        type_ (list[str] | None | Unset): Only these types (repeat for several).
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        unread=unread,
        type_=type_,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    unread: bool | Unset = False,
    type_: list[str] | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> NotificationPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """Your notifications (the inbox)

     Your notifications, newest first: what happened to the models you register or manage (returned with
    the
    reason, accepted, surveyed, recognised or not), a model now waiting on your role at your unit, a
    review you are a
    member of, a decision concerning your unit, an import you sent, and the reminders of the campaign
    calendar. Each
    has its `type` (README, "Notifications", says who receives each), its message in your language
    (`text`, by
    Accept-Language) and in both (`texts`), the `resource` it points to (with the `path` to GET it), its
    `unit`, and
    `created_at` / `read_at`.

    `unread=true` lists only unread ones; `type` (repeat for several) only those types (422
    `unknown_notification_type` for one the catalogue lacks). `unread_count` counts every unread
    notification of
    yours, whatever the filters. Pass `next_cursor` back as `cursor` for the next (older) page; a cursor
    is bound to
    its filters.

    Each notification is also an event `notification.created` in GET /events, yours alone (no one else's
    feed shows
    it, no webhook delivers it): its `resource` is the notification (`{"type": "notification", "id":
    "4127"}`), its
    `data` the notification's `type`, `texts` (`vi`, `en`), `target` (`type`, `id`, `path`: what
    `resource` is here)
    and `unit_id`. A later push channel will send each notification as (Web Push / FCM message; nothing
    is sent
    yet):

    ```json
    {"notification": {"title": "Dân vận khéo", "body": "<text in the recipient's language>"},
     "data": {"notification_id": "4127", "type": "model.returned", "resource_path": "/api/v1/models/…"}}
    ```

    Args:
        unread (bool | Unset): Only unread notifications. Default: False.
        type_ (list[str] | None | Unset): Only these types (repeat for several).
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return sync_detailed(
        client=client,
        unread=unread,
        type_=type_,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    unread: bool | Unset = False,
    type_: list[str] | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[NotificationPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """Your notifications (the inbox)

     Your notifications, newest first: what happened to the models you register or manage (returned with
    the
    reason, accepted, surveyed, recognised or not), a model now waiting on your role at your unit, a
    review you are a
    member of, a decision concerning your unit, an import you sent, and the reminders of the campaign
    calendar. Each
    has its `type` (README, "Notifications", says who receives each), its message in your language
    (`text`, by
    Accept-Language) and in both (`texts`), the `resource` it points to (with the `path` to GET it), its
    `unit`, and
    `created_at` / `read_at`.

    `unread=true` lists only unread ones; `type` (repeat for several) only those types (422
    `unknown_notification_type` for one the catalogue lacks). `unread_count` counts every unread
    notification of
    yours, whatever the filters. Pass `next_cursor` back as `cursor` for the next (older) page; a cursor
    is bound to
    its filters.

    Each notification is also an event `notification.created` in GET /events, yours alone (no one else's
    feed shows
    it, no webhook delivers it): its `resource` is the notification (`{"type": "notification", "id":
    "4127"}`), its
    `data` the notification's `type`, `texts` (`vi`, `en`), `target` (`type`, `id`, `path`: what
    `resource` is here)
    and `unit_id`. A later push channel will send each notification as (Web Push / FCM message; nothing
    is sent
    yet):

    ```json
    {"notification": {"title": "Dân vận khéo", "body": "<text in the recipient's language>"},
     "data": {"notification_id": "4127", "type": "model.returned", "resource_path": "/api/v1/models/…"}}
    ```

    Args:
        unread (bool | Unset): Only unread notifications. Default: False.
        type_ (list[str] | None | Unset): Only these types (repeat for several).
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        unread=unread,
        type_=type_,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    unread: bool | Unset = False,
    type_: list[str] | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> NotificationPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """Your notifications (the inbox)

     Your notifications, newest first: what happened to the models you register or manage (returned with
    the
    reason, accepted, surveyed, recognised or not), a model now waiting on your role at your unit, a
    review you are a
    member of, a decision concerning your unit, an import you sent, and the reminders of the campaign
    calendar. Each
    has its `type` (README, "Notifications", says who receives each), its message in your language
    (`text`, by
    Accept-Language) and in both (`texts`), the `resource` it points to (with the `path` to GET it), its
    `unit`, and
    `created_at` / `read_at`.

    `unread=true` lists only unread ones; `type` (repeat for several) only those types (422
    `unknown_notification_type` for one the catalogue lacks). `unread_count` counts every unread
    notification of
    yours, whatever the filters. Pass `next_cursor` back as `cursor` for the next (older) page; a cursor
    is bound to
    its filters.

    Each notification is also an event `notification.created` in GET /events, yours alone (no one else's
    feed shows
    it, no webhook delivers it): its `resource` is the notification (`{"type": "notification", "id":
    "4127"}`), its
    `data` the notification's `type`, `texts` (`vi`, `en`), `target` (`type`, `id`, `path`: what
    `resource` is here)
    and `unit_id`. A later push channel will send each notification as (Web Push / FCM message; nothing
    is sent
    yet):

    ```json
    {"notification": {"title": "Dân vận khéo", "body": "<text in the recipient's language>"},
     "data": {"notification_id": "4127", "type": "model.returned", "resource_path": "/api/v1/models/…"}}
    ```

    Args:
        unread (bool | Unset): Only unread notifications. Default: False.
        type_ (list[str] | None | Unset): Only these types (repeat for several).
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            unread=unread,
            type_=type_,
            limit=limit,
            cursor=cursor,
            x_request_id=x_request_id,
        )
    ).parsed
