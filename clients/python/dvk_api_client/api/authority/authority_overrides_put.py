from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authority_override_read import AuthorityOverrideRead
from ...models.authority_override_write import AuthorityOverrideWrite
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    unit_id: int,
    *,
    body: AuthorityOverrideWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/authority/overrides/{unit_id}".format(
            unit_id=quote(str(unit_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorityOverrideRead | Problem | None:
    if response.status_code == 200:
        response_200 = AuthorityOverrideRead.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = AuthorityOverrideRead.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthorityOverrideRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unit_id: int,
    *,
    client: AuthenticatedClient,
    body: AuthorityOverrideWrite,
) -> Response[AuthorityOverrideRead | Problem]:
    """Set a unit's authority

     Name the competent units for a unit you administer; they win over the rules (201 when new).

    Args:
        unit_id (int): The registrant unit's id.
        body (AuthorityOverrideWrite): The competent units an administrator names for one unit;
            they win over the rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorityOverrideRead | Problem]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unit_id: int,
    *,
    client: AuthenticatedClient,
    body: AuthorityOverrideWrite,
) -> AuthorityOverrideRead | Problem | None:
    """Set a unit's authority

     Name the competent units for a unit you administer; they win over the rules (201 when new).

    Args:
        unit_id (int): The registrant unit's id.
        body (AuthorityOverrideWrite): The competent units an administrator names for one unit;
            they win over the rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorityOverrideRead | Problem
    """

    return sync_detailed(
        unit_id=unit_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    unit_id: int,
    *,
    client: AuthenticatedClient,
    body: AuthorityOverrideWrite,
) -> Response[AuthorityOverrideRead | Problem]:
    """Set a unit's authority

     Name the competent units for a unit you administer; they win over the rules (201 when new).

    Args:
        unit_id (int): The registrant unit's id.
        body (AuthorityOverrideWrite): The competent units an administrator names for one unit;
            they win over the rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorityOverrideRead | Problem]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unit_id: int,
    *,
    client: AuthenticatedClient,
    body: AuthorityOverrideWrite,
) -> AuthorityOverrideRead | Problem | None:
    """Set a unit's authority

     Name the competent units for a unit you administer; they win over the rules (201 when new).

    Args:
        unit_id (int): The registrant unit's id.
        body (AuthorityOverrideWrite): The competent units an administrator names for one unit;
            they win over the rules.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorityOverrideRead | Problem
    """

    return (
        await asyncio_detailed(
            unit_id=unit_id,
            client=client,
            body=body,
        )
    ).parsed
