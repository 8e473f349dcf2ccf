from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    document_id: UUID,
    *,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_range: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(range_, Unset):
        headers["Range"] = range_

    if not isinstance(if_range, Unset):
        headers["If-Range"] = if_range

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/documents/{document_id}/file".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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

    if response.status_code == 416:
        response_416 = Problem.from_dict(response.json())

        return response_416

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
) -> Response[Any | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_range: str | Unset = UNSET,
) -> Response[Any | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """Download a document

     The signed PDF, byte for byte as issued, whatever its status (a revoked or superseded document stays
    readable). `ETag` is the SHA-256 (If-None-Match answers 304), `Range` answers 206. Another unit's
    document the caller may not see: 404 `document_not_found`.

    Args:
        document_id (UUID):
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".
        range_ (str | Unset):  Example: bytes=0-1023.
        if_range (str | Unset):  Example: "9f86d081884c7d659a2feaa0c55ad015".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        x_request_id=x_request_id,
        if_none_match=if_none_match,
        range_=range_,
        if_range=if_range,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_range: str | Unset = UNSET,
) -> Any | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """Download a document

     The signed PDF, byte for byte as issued, whatever its status (a revoked or superseded document stays
    readable). `ETag` is the SHA-256 (If-None-Match answers 304), `Range` answers 206. Another unit's
    document the caller may not see: 404 `document_not_found`.

    Args:
        document_id (UUID):
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".
        range_ (str | Unset):  Example: bytes=0-1023.
        if_range (str | Unset):  Example: "9f86d081884c7d659a2feaa0c55ad015".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        x_request_id=x_request_id,
        if_none_match=if_none_match,
        range_=range_,
        if_range=if_range,
    ).parsed


async def asyncio_detailed(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_range: str | Unset = UNSET,
) -> Response[Any | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """Download a document

     The signed PDF, byte for byte as issued, whatever its status (a revoked or superseded document stays
    readable). `ETag` is the SHA-256 (If-None-Match answers 304), `Range` answers 206. Another unit's
    document the caller may not see: 404 `document_not_found`.

    Args:
        document_id (UUID):
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".
        range_ (str | Unset):  Example: bytes=0-1023.
        if_range (str | Unset):  Example: "9f86d081884c7d659a2feaa0c55ad015".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        x_request_id=x_request_id,
        if_none_match=if_none_match,
        range_=range_,
        if_range=if_range,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    range_: str | Unset = UNSET,
    if_range: str | Unset = UNSET,
) -> Any | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """Download a document

     The signed PDF, byte for byte as issued, whatever its status (a revoked or superseded document stays
    readable). `ETag` is the SHA-256 (If-None-Match answers 304), `Range` answers 206. Another unit's
    document the caller may not see: 404 `document_not_found`.

    Args:
        document_id (UUID):
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".
        range_ (str | Unset):  Example: bytes=0-1023.
        if_range (str | Unset):  Example: "9f86d081884c7d659a2feaa0c55ad015".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            x_request_id=x_request_id,
            if_none_match=if_none_match,
            range_=range_,
            if_range=if_range,
        )
    ).parsed
