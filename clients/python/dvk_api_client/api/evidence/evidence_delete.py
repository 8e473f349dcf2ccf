from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_problem import FileProblem
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    evidence_id: UUID,
    *,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/evidence/{evidence_id}".format(
            evidence_id=quote(str(evidence_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FileProblem | OutageProblem | Problem | ScopeProblem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 409:
        response_409 = FileProblem.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = FileProblem.from_dict(response.json())

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
) -> Response[Any | FileProblem | OutageProblem | Problem | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    evidence_id: UUID,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
) -> Response[Any | FileProblem | OutageProblem | Problem | ScopeProblem]:
    """Remove a file from a dossier

     Only while the model is draft or returned (else 409 `evidence_immutable`); afterwards upload a
    correction.

    Args:
        evidence_id (UUID):
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FileProblem | OutageProblem | Problem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        evidence_id=evidence_id,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    evidence_id: UUID,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
) -> Any | FileProblem | OutageProblem | Problem | ScopeProblem | None:
    """Remove a file from a dossier

     Only while the model is draft or returned (else 409 `evidence_immutable`); afterwards upload a
    correction.

    Args:
        evidence_id (UUID):
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FileProblem | OutageProblem | Problem | ScopeProblem
    """

    return sync_detailed(
        evidence_id=evidence_id,
        client=client,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    evidence_id: UUID,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
) -> Response[Any | FileProblem | OutageProblem | Problem | ScopeProblem]:
    """Remove a file from a dossier

     Only while the model is draft or returned (else 409 `evidence_immutable`); afterwards upload a
    correction.

    Args:
        evidence_id (UUID):
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FileProblem | OutageProblem | Problem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        evidence_id=evidence_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    evidence_id: UUID,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
) -> Any | FileProblem | OutageProblem | Problem | ScopeProblem | None:
    """Remove a file from a dossier

     Only while the model is draft or returned (else 409 `evidence_immutable`); afterwards upload a
    correction.

    Args:
        evidence_id (UUID):
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FileProblem | OutageProblem | Problem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            evidence_id=evidence_id,
            client=client,
            x_request_id=x_request_id,
        )
    ).parsed
