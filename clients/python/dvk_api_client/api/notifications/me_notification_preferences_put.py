from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_preferences_read import NotificationPreferencesRead
from ...models.notification_preferences_write import NotificationPreferencesWrite
from ...models.outage_problem import OutageProblem
from ...models.precondition_problem import PreconditionProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.size_problem import SizeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NotificationPreferencesWrite,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/me/notification-preferences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    NotificationPreferencesRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | Problem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
    | None
):
    if response.status_code == 200:
        response_200 = NotificationPreferencesRead.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = PreconditionProblem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = SizeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
) -> Response[
    NotificationPreferencesRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | Problem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NotificationPreferencesWrite,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[
    NotificationPreferencesRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | Problem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
]:
    """Change how you are told

     Replace your preferences (every field); needs If-Match with the version last read ("0" before the
    first
    save). A type your role must receive cannot be muted (422 `mandatory_notification_type`); the time
    zone must
    be an IANA name (422 `unknown_timezone`); `digest_hour` 0–23. Nothing changes when the answer is an
    error.

    Args:
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (NotificationPreferencesWrite): The whole of a person's preferences (PUT replaces
            them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreferencesRead | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NotificationPreferencesWrite,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> (
    NotificationPreferencesRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | Problem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
    | None
):
    """Change how you are told

     Replace your preferences (every field); needs If-Match with the version last read ("0" before the
    first
    save). A type your role must receive cannot be muted (422 `mandatory_notification_type`); the time
    zone must
    be an IANA name (422 `unknown_timezone`); `digest_hour` 0–23. Nothing changes when the answer is an
    error.

    Args:
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (NotificationPreferencesWrite): The whole of a person's preferences (PUT replaces
            them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreferencesRead | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem
    """

    return sync_detailed(
        client=client,
        body=body,
        if_match=if_match,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NotificationPreferencesWrite,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[
    NotificationPreferencesRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | Problem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
]:
    """Change how you are told

     Replace your preferences (every field); needs If-Match with the version last read ("0" before the
    first
    save). A type your role must receive cannot be muted (422 `mandatory_notification_type`); the time
    zone must
    be an IANA name (422 `unknown_timezone`); `digest_hour` 0–23. Nothing changes when the answer is an
    error.

    Args:
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (NotificationPreferencesWrite): The whole of a person's preferences (PUT replaces
            them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreferencesRead | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NotificationPreferencesWrite,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> (
    NotificationPreferencesRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | Problem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
    | None
):
    """Change how you are told

     Replace your preferences (every field); needs If-Match with the version last read ("0" before the
    first
    save). A type your role must receive cannot be muted (422 `mandatory_notification_type`); the time
    zone must
    be an IANA name (422 `unknown_timezone`); `digest_hour` 0–23. Nothing changes when the answer is an
    error.

    Args:
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (NotificationPreferencesWrite): The whole of a person's preferences (PUT replaces
            them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreferencesRead | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
        )
    ).parsed
