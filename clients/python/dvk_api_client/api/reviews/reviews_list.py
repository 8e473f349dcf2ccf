from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.review_purpose import ReviewPurpose
from ...models.review_status import ReviewStatus
from ...models.review_summary_page import ReviewSummaryPage
from ...models.scope_problem import ScopeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    purpose: None | ReviewPurpose | Unset = UNSET,
    status: None | ReviewStatus | Unset = UNSET,
    holding_unit_id: int | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    model_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_campaign_id: None | str | Unset
    if isinstance(campaign_id, Unset):
        json_campaign_id = UNSET
    elif isinstance(campaign_id, UUID):
        json_campaign_id = str(campaign_id)
    else:
        json_campaign_id = campaign_id
    params["campaign_id"] = json_campaign_id

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_purpose: None | str | Unset
    if isinstance(purpose, Unset):
        json_purpose = UNSET
    elif isinstance(purpose, ReviewPurpose):
        json_purpose = purpose.value
    else:
        json_purpose = purpose
    params["purpose"] = json_purpose

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ReviewStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_holding_unit_id: int | None | Unset
    if isinstance(holding_unit_id, Unset):
        json_holding_unit_id = UNSET
    else:
        json_holding_unit_id = holding_unit_id
    params["holding_unit_id"] = json_holding_unit_id

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
        "url": "/api/v1/reviews",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutageProblem | Problem | Problem | ValidationProblem | ReviewSummaryPage | ScopeProblem | None:
    if response.status_code == 200:
        response_200 = ReviewSummaryPage.from_dict(response.json())

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
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ReviewSummaryPage | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    campaign_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    purpose: None | ReviewPurpose | Unset = UNSET,
    status: None | ReviewStatus | Unset = UNSET,
    holding_unit_id: int | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    model_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ReviewSummaryPage | ScopeProblem]:
    """List review meetings

     Reviews the caller may see (held in their scope, or about a model they see), newest meeting first.

    Args:
        campaign_id (None | Unset | UUID):
        year (int | None | Unset):
        purpose (None | ReviewPurpose | Unset):
        status (None | ReviewStatus | Unset):
        holding_unit_id (int | None | Unset): Exactly this holding unit.
        unit_id (int | None | Unset): A unit: reviews held anywhere in its subtree.
        model_id (None | Unset | UUID): Reviews that have this model as a candidate.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | ReviewSummaryPage | ScopeProblem]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        year=year,
        purpose=purpose,
        status=status,
        holding_unit_id=holding_unit_id,
        unit_id=unit_id,
        model_id=model_id,
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
    campaign_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    purpose: None | ReviewPurpose | Unset = UNSET,
    status: None | ReviewStatus | Unset = UNSET,
    holding_unit_id: int | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    model_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | ReviewSummaryPage | ScopeProblem | None:
    """List review meetings

     Reviews the caller may see (held in their scope, or about a model they see), newest meeting first.

    Args:
        campaign_id (None | Unset | UUID):
        year (int | None | Unset):
        purpose (None | ReviewPurpose | Unset):
        status (None | ReviewStatus | Unset):
        holding_unit_id (int | None | Unset): Exactly this holding unit.
        unit_id (int | None | Unset): A unit: reviews held anywhere in its subtree.
        model_id (None | Unset | UUID): Reviews that have this model as a candidate.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | ReviewSummaryPage | ScopeProblem
    """

    return sync_detailed(
        client=client,
        campaign_id=campaign_id,
        year=year,
        purpose=purpose,
        status=status,
        holding_unit_id=holding_unit_id,
        unit_id=unit_id,
        model_id=model_id,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    campaign_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    purpose: None | ReviewPurpose | Unset = UNSET,
    status: None | ReviewStatus | Unset = UNSET,
    holding_unit_id: int | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    model_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ReviewSummaryPage | ScopeProblem]:
    """List review meetings

     Reviews the caller may see (held in their scope, or about a model they see), newest meeting first.

    Args:
        campaign_id (None | Unset | UUID):
        year (int | None | Unset):
        purpose (None | ReviewPurpose | Unset):
        status (None | ReviewStatus | Unset):
        holding_unit_id (int | None | Unset): Exactly this holding unit.
        unit_id (int | None | Unset): A unit: reviews held anywhere in its subtree.
        model_id (None | Unset | UUID): Reviews that have this model as a candidate.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | ReviewSummaryPage | ScopeProblem]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        year=year,
        purpose=purpose,
        status=status,
        holding_unit_id=holding_unit_id,
        unit_id=unit_id,
        model_id=model_id,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    campaign_id: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    purpose: None | ReviewPurpose | Unset = UNSET,
    status: None | ReviewStatus | Unset = UNSET,
    holding_unit_id: int | None | Unset = UNSET,
    unit_id: int | None | Unset = UNSET,
    model_id: None | Unset | UUID = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | ReviewSummaryPage | ScopeProblem | None:
    """List review meetings

     Reviews the caller may see (held in their scope, or about a model they see), newest meeting first.

    Args:
        campaign_id (None | Unset | UUID):
        year (int | None | Unset):
        purpose (None | ReviewPurpose | Unset):
        status (None | ReviewStatus | Unset):
        holding_unit_id (int | None | Unset): Exactly this holding unit.
        unit_id (int | None | Unset): A unit: reviews held anywhere in its subtree.
        model_id (None | Unset | UUID): Reviews that have this model as a candidate.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | ReviewSummaryPage | ScopeProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign_id=campaign_id,
            year=year,
            purpose=purpose,
            status=status,
            holding_unit_id=holding_unit_id,
            unit_id=unit_id,
            model_id=model_id,
            limit=limit,
            cursor=cursor,
            x_request_id=x_request_id,
        )
    ).parsed
