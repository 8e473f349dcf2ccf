from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_preferences_read import NotificationPreferencesRead
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/notification-preferences",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NotificationPreferencesRead | OutageProblem | Problem | ScopeProblem | None:
    if response.status_code == 200:
        response_200 = NotificationPreferencesRead.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ScopeProblem.from_dict(response.json())

        return response_403

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

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
) -> Response[Any | NotificationPreferencesRead | OutageProblem | Problem | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | NotificationPreferencesRead | OutageProblem | Problem | ScopeProblem]:
    """How you are told

     Your email channel (immediate, a daily digest, or off), the digest's hour and time zone, the types
    you
    muted, and the address emails go to; the defaults (version 0) until you save. People only: a service
    client
    is answered 403 `insufficient_scope`. If-None-Match → 304.

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NotificationPreferencesRead | OutageProblem | Problem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        x_request_id=x_request_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | NotificationPreferencesRead | OutageProblem | Problem | ScopeProblem | None:
    """How you are told

     Your email channel (immediate, a daily digest, or off), the digest's hour and time zone, the types
    you
    muted, and the address emails go to; the defaults (version 0) until you save. People only: a service
    client
    is answered 403 `insufficient_scope`. If-None-Match → 304.

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NotificationPreferencesRead | OutageProblem | Problem | ScopeProblem
    """

    return sync_detailed(
        client=client,
        x_request_id=x_request_id,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | NotificationPreferencesRead | OutageProblem | Problem | ScopeProblem]:
    """How you are told

     Your email channel (immediate, a daily digest, or off), the digest's hour and time zone, the types
    you
    muted, and the address emails go to; the defaults (version 0) until you save. People only: a service
    client
    is answered 403 `insufficient_scope`. If-None-Match → 304.

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NotificationPreferencesRead | OutageProblem | Problem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        x_request_id=x_request_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | NotificationPreferencesRead | OutageProblem | Problem | ScopeProblem | None:
    """How you are told

     Your email channel (immediate, a daily digest, or off), the digest's hour and time zone, the types
    you
    muted, and the address emails go to; the defaults (version 0) until you save. People only: a service
    client
    is answered 403 `insufficient_scope`. If-None-Match → 304.

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NotificationPreferencesRead | OutageProblem | Problem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            x_request_id=x_request_id,
            if_none_match=if_none_match,
        )
    ).parsed
