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
from ...models.sent_lists_overview import SentListsOverview
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign: UUID,
    year: int,
    unit: int,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_campaign = str(campaign)
    params["campaign"] = json_campaign

    params["year"] = year

    params["unit"] = unit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/registrations/lists",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListsOverview | None:
    if response.status_code == 200:
        response_200 = SentListsOverview.from_dict(response.json())

        return response_200

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
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListsOverview]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    campaign: UUID,
    year: int,
    unit: int,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListsOverview]:
    """Sent registration lists and who is late or missing

     The lists sent by the units of `unit`'s subtree for the campaign year (every version, oldest first
    per unit) that the caller sees, and the units expected to send one — every unit of the subtree with
    a registered (not withdrawn) model, or that sent a list — each `arrived` (its first list came before
    the deadline), `late` or `missing`.

    Args:
        campaign (UUID):
        year (int):
        unit (int): The receiving (or any) unit whose subtree is shown.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListsOverview]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        year=year,
        unit=unit,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    campaign: UUID,
    year: int,
    unit: int,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListsOverview | None:
    """Sent registration lists and who is late or missing

     The lists sent by the units of `unit`'s subtree for the campaign year (every version, oldest first
    per unit) that the caller sees, and the units expected to send one — every unit of the subtree with
    a registered (not withdrawn) model, or that sent a list — each `arrived` (its first list came before
    the deadline), `late` or `missing`.

    Args:
        campaign (UUID):
        year (int):
        unit (int): The receiving (or any) unit whose subtree is shown.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListsOverview
    """

    return sync_detailed(
        client=client,
        campaign=campaign,
        year=year,
        unit=unit,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    campaign: UUID,
    year: int,
    unit: int,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListsOverview]:
    """Sent registration lists and who is late or missing

     The lists sent by the units of `unit`'s subtree for the campaign year (every version, oldest first
    per unit) that the caller sees, and the units expected to send one — every unit of the subtree with
    a registered (not withdrawn) model, or that sent a list — each `arrived` (its first list came before
    the deadline), `late` or `missing`.

    Args:
        campaign (UUID):
        year (int):
        unit (int): The receiving (or any) unit whose subtree is shown.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListsOverview]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        year=year,
        unit=unit,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    campaign: UUID,
    year: int,
    unit: int,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListsOverview | None:
    """Sent registration lists and who is late or missing

     The lists sent by the units of `unit`'s subtree for the campaign year (every version, oldest first
    per unit) that the caller sees, and the units expected to send one — every unit of the subtree with
    a registered (not withdrawn) model, or that sent a list — each `arrived` (its first list came before
    the deadline), `late` or `missing`.

    Args:
        campaign (UUID):
        year (int):
        unit (int): The receiving (or any) unit whose subtree is shown.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListsOverview
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign=campaign,
            year=year,
            unit=unit,
            x_request_id=x_request_id,
        )
    ).parsed
