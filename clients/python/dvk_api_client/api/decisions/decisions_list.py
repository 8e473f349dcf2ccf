from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decision_kind import DecisionKind
from ...models.decision_status import DecisionStatus
from ...models.decision_summary_page import DecisionSummaryPage
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: DecisionKind | None | Unset = UNSET,
    status: DecisionStatus | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    issuing_unit_id: int | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    model_id: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, DecisionKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, DecisionStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_issuing_unit_id: int | None | Unset
    if isinstance(issuing_unit_id, Unset):
        json_issuing_unit_id = UNSET
    else:
        json_issuing_unit_id = issuing_unit_id
    params["issuing_unit_id"] = json_issuing_unit_id

    json_unit_id: int | None | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_model_id: None | str | Unset
    if isinstance(model_id, Unset):
        json_model_id = UNSET
    elif isinstance(model_id, UUID):
        json_model_id = str(model_id)
    else:
        json_model_id = model_id
    params["model_id"] = json_model_id

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

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
        "url": "/api/v1/decisions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DecisionSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    if response.status_code == 200:
        response_200 = DecisionSummaryPage.from_dict(response.json())

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
) -> Response[DecisionSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: DecisionKind | None | Unset = UNSET,
    status: DecisionStatus | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    issuing_unit_id: int | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    model_id: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[DecisionSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """List decisions

     Decisions the caller may see, newest issue date first, one page at a time.

    Args:
        kind (DecisionKind | None | Unset):
        status (DecisionStatus | None | Unset):
        year (int | None | Unset):
        issuing_unit_id (int | None | Unset): Exactly this issuing unit.
        unit_id (int | None | Unset): Issuing units in this unit's subtree.
        model_id (None | Unset | UUID): Decisions covering this model.
        q (None | str | Unset): Search the number (`qd/hu` finds `QĐ/HU`).
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        status=status,
        year=year,
        issuing_unit_id=issuing_unit_id,
        unit_id=unit_id,
        model_id=model_id,
        q=q,
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
    kind: DecisionKind | None | Unset = UNSET,
    status: DecisionStatus | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    issuing_unit_id: int | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    model_id: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> DecisionSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """List decisions

     Decisions the caller may see, newest issue date first, one page at a time.

    Args:
        kind (DecisionKind | None | Unset):
        status (DecisionStatus | None | Unset):
        year (int | None | Unset):
        issuing_unit_id (int | None | Unset): Exactly this issuing unit.
        unit_id (int | None | Unset): Issuing units in this unit's subtree.
        model_id (None | Unset | UUID): Decisions covering this model.
        q (None | str | Unset): Search the number (`qd/hu` finds `QĐ/HU`).
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        status=status,
        year=year,
        issuing_unit_id=issuing_unit_id,
        unit_id=unit_id,
        model_id=model_id,
        q=q,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: DecisionKind | None | Unset = UNSET,
    status: DecisionStatus | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    issuing_unit_id: int | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    model_id: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[DecisionSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """List decisions

     Decisions the caller may see, newest issue date first, one page at a time.

    Args:
        kind (DecisionKind | None | Unset):
        status (DecisionStatus | None | Unset):
        year (int | None | Unset):
        issuing_unit_id (int | None | Unset): Exactly this issuing unit.
        unit_id (int | None | Unset): Issuing units in this unit's subtree.
        model_id (None | Unset | UUID): Decisions covering this model.
        q (None | str | Unset): Search the number (`qd/hu` finds `QĐ/HU`).
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        status=status,
        year=year,
        issuing_unit_id=issuing_unit_id,
        unit_id=unit_id,
        model_id=model_id,
        q=q,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: DecisionKind | None | Unset = UNSET,
    status: DecisionStatus | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
    issuing_unit_id: int | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    model_id: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> DecisionSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """List decisions

     Decisions the caller may see, newest issue date first, one page at a time.

    Args:
        kind (DecisionKind | None | Unset):
        status (DecisionStatus | None | Unset):
        year (int | None | Unset):
        issuing_unit_id (int | None | Unset): Exactly this issuing unit.
        unit_id (int | None | Unset): Issuing units in this unit's subtree.
        model_id (None | Unset | UUID): Decisions covering this model.
        q (None | str | Unset): Search the number (`qd/hu` finds `QĐ/HU`).
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            status=status,
            year=year,
            issuing_unit_id=issuing_unit_id,
            unit_id=unit_id,
            model_id=model_id,
            q=q,
            limit=limit,
            cursor=cursor,
            x_request_id=x_request_id,
        )
    ).parsed
