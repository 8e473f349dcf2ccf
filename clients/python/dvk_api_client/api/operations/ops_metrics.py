from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/metrics",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
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
) -> Response[Problem | str]:
    """Prometheus metrics

     Request counts and latencies per route template (`dvk_http_requests_total`,
    `dvk_http_request_duration_seconds`), database connections in use, the job queue's depth
    (`dvk_jobs`), with a read replica where reads went and its lag (`dvk_db_reads_total`,
    `dvk_db_replica_lag_seconds`) and, from the worker running in this process, job and webhook delivery
    counts and latencies. With `DVK_METRICS_TOKEN` set, the scraper must send `Authorization: Bearer
    <token>`.

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
) -> Problem | str | None:
    """Prometheus metrics

     Request counts and latencies per route template (`dvk_http_requests_total`,
    `dvk_http_request_duration_seconds`), database connections in use, the job queue's depth
    (`dvk_jobs`), with a read replica where reads went and its lag (`dvk_db_reads_total`,
    `dvk_db_replica_lag_seconds`) and, from the worker running in this process, job and webhook delivery
    counts and latencies. With `DVK_METRICS_TOKEN` set, the scraper must send `Authorization: Bearer
    <token>`.

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        client=client,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
) -> Response[Problem | str]:
    """Prometheus metrics

     Request counts and latencies per route template (`dvk_http_requests_total`,
    `dvk_http_request_duration_seconds`), database connections in use, the job queue's depth
    (`dvk_jobs`), with a read replica where reads went and its lag (`dvk_db_reads_total`,
    `dvk_db_replica_lag_seconds`) and, from the worker running in this process, job and webhook delivery
    counts and latencies. With `DVK_METRICS_TOKEN` set, the scraper must send `Authorization: Bearer
    <token>`.

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    x_request_id: str | Unset = UNSET,
) -> Problem | str | None:
    """Prometheus metrics

     Request counts and latencies per route template (`dvk_http_requests_total`,
    `dvk_http_request_duration_seconds`), database connections in use, the job queue's depth
    (`dvk_jobs`), with a read replica where reads went and its lag (`dvk_db_reads_total`,
    `dvk_db_replica_lag_seconds`) and, from the worker running in this process, job and webhook delivery
    counts and latencies. With `DVK_METRICS_TOKEN` set, the scraper must send `Authorization: Bearer
    <token>`.

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            x_request_id=x_request_id,
        )
    ).parsed
