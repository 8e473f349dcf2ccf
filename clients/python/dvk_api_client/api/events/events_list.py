from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_page import EventPage
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    type_: list[str] | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_type_: list[str] | None | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, list):
        json_type_ = type_

    else:
        json_type_ = type_
    params["type"] = json_type_

    json_unit_id: int | None | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/events",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[EventPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    type_: list[str] | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[EventPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """The change feed: events since a cursor

     Events about what you may read, oldest first, in commit order: a page never skips an event that
    commits
    later than its neighbours, and never repeats one (README, "The change feed").

    Store `next_cursor` and pass it as `after` to resume: it is given on every page, the last one
    included (it
    is where the next events will appear). Page while `has_more` is true; then ask again later with the
    same
    cursor. A cursor is bound to the filters it was made for (400 `invalid_cursor` otherwise). Each
    event is an
    envelope (`id`, `type`, `version`, `occurred_at`, `resource`, `unit`, `data`) and `data` is its
    type's payload:
    the contract's `webhooks` list every type with its schema, but `notification.created` (a
    notification of yours,
    yours alone: GET /me/notifications describes it). Events follow the visibility of their resource
    now: those of a
    model you can no longer read drop out of the feed.

    Args:
        after (None | str | Unset): The `next_cursor` of an earlier page; absent: the start.
        limit (int | None | Unset): Page size (capped at the server maximum).
        type_ (list[str] | None | Unset): Only these types (repeat for several); a type the
            catalogue lacks is refused (422).
        unit_id (int | None | Unset): Only events of this unit's subtree (a unit in your read
            scope; 404 otherwise).
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        type_=type_,
        unit_id=unit_id,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    type_: list[str] | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> EventPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """The change feed: events since a cursor

     Events about what you may read, oldest first, in commit order: a page never skips an event that
    commits
    later than its neighbours, and never repeats one (README, "The change feed").

    Store `next_cursor` and pass it as `after` to resume: it is given on every page, the last one
    included (it
    is where the next events will appear). Page while `has_more` is true; then ask again later with the
    same
    cursor. A cursor is bound to the filters it was made for (400 `invalid_cursor` otherwise). Each
    event is an
    envelope (`id`, `type`, `version`, `occurred_at`, `resource`, `unit`, `data`) and `data` is its
    type's payload:
    the contract's `webhooks` list every type with its schema, but `notification.created` (a
    notification of yours,
    yours alone: GET /me/notifications describes it). Events follow the visibility of their resource
    now: those of a
    model you can no longer read drop out of the feed.

    Args:
        after (None | str | Unset): The `next_cursor` of an earlier page; absent: the start.
        limit (int | None | Unset): Page size (capped at the server maximum).
        type_ (list[str] | None | Unset): Only these types (repeat for several); a type the
            catalogue lacks is refused (422).
        unit_id (int | None | Unset): Only events of this unit's subtree (a unit in your read
            scope; 404 otherwise).
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
        type_=type_,
        unit_id=unit_id,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    type_: list[str] | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[EventPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """The change feed: events since a cursor

     Events about what you may read, oldest first, in commit order: a page never skips an event that
    commits
    later than its neighbours, and never repeats one (README, "The change feed").

    Store `next_cursor` and pass it as `after` to resume: it is given on every page, the last one
    included (it
    is where the next events will appear). Page while `has_more` is true; then ask again later with the
    same
    cursor. A cursor is bound to the filters it was made for (400 `invalid_cursor` otherwise). Each
    event is an
    envelope (`id`, `type`, `version`, `occurred_at`, `resource`, `unit`, `data`) and `data` is its
    type's payload:
    the contract's `webhooks` list every type with its schema, but `notification.created` (a
    notification of yours,
    yours alone: GET /me/notifications describes it). Events follow the visibility of their resource
    now: those of a
    model you can no longer read drop out of the feed.

    Args:
        after (None | str | Unset): The `next_cursor` of an earlier page; absent: the start.
        limit (int | None | Unset): Page size (capped at the server maximum).
        type_ (list[str] | None | Unset): Only these types (repeat for several); a type the
            catalogue lacks is refused (422).
        unit_id (int | None | Unset): Only events of this unit's subtree (a unit in your read
            scope; 404 otherwise).
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        type_=type_,
        unit_id=unit_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    type_: list[str] | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> EventPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """The change feed: events since a cursor

     Events about what you may read, oldest first, in commit order: a page never skips an event that
    commits
    later than its neighbours, and never repeats one (README, "The change feed").

    Store `next_cursor` and pass it as `after` to resume: it is given on every page, the last one
    included (it
    is where the next events will appear). Page while `has_more` is true; then ask again later with the
    same
    cursor. A cursor is bound to the filters it was made for (400 `invalid_cursor` otherwise). Each
    event is an
    envelope (`id`, `type`, `version`, `occurred_at`, `resource`, `unit`, `data`) and `data` is its
    type's payload:
    the contract's `webhooks` list every type with its schema, but `notification.created` (a
    notification of yours,
    yours alone: GET /me/notifications describes it). Events follow the visibility of their resource
    now: those of a
    model you can no longer read drop out of the feed.

    Args:
        after (None | str | Unset): The `next_cursor` of an earlier page; absent: the start.
        limit (int | None | Unset): Page size (capped at the server maximum).
        type_ (list[str] | None | Unset): Only these types (repeat for several); a type the
            catalogue lacks is refused (422).
        unit_id (int | None | Unset): Only events of this unit's subtree (a unit in your read
            scope; 404 otherwise).
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
            type_=type_,
            unit_id=unit_id,
            x_request_id=x_request_id,
        )
    ).parsed
