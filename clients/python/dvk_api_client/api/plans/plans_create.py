from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outage_problem import OutageProblem
from ...models.plan_create import PlanCreate
from ...models.plan_read import PlanRead
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.size_problem import SizeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    unit_id: int,
    *,
    body: PlanCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/units/{unit_id}/plans".format(
            unit_id=quote(str(unit_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutageProblem | PlanRead | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | None:
    if response.status_code == 201:
        response_201 = PlanRead.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[OutageProblem | PlanRead | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]:
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
    body: PlanCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | PlanRead | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]:
    """Record a unit's plan for a campaign

     A registrant, mobiliser or administrator of the unit (or of a unit above it) records its “Dân vận
    khéo” plan for a campaign: number, title, the day it was issued and by whom, and when it was
    disseminated (quán triệt, triển khai). One plan per unit and campaign: 409 `plan_exists` (correct it
    with `PATCH /plans/{id}` instead). 404 when the unit is outside your read scope or the campaign is
    not visible; 403 `not_plan_recorder` for a viewer; 422 `unit_outside_campaign` (the unit is not
    under the campaign's owning unit), `unit_closed`, `date_in_future` (judged in the campaign's time
    zone), `disseminated_before_issued`. `Idempotency-Key` makes a retry safe.

    Args:
        unit_id (int): A unit id.
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (PlanCreate): A unit's plan for a campaign, as recorded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | PlanRead | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        body=body,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unit_id: int,
    *,
    client: AuthenticatedClient,
    body: PlanCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | PlanRead | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | None:
    """Record a unit's plan for a campaign

     A registrant, mobiliser or administrator of the unit (or of a unit above it) records its “Dân vận
    khéo” plan for a campaign: number, title, the day it was issued and by whom, and when it was
    disseminated (quán triệt, triển khai). One plan per unit and campaign: 409 `plan_exists` (correct it
    with `PATCH /plans/{id}` instead). 404 when the unit is outside your read scope or the campaign is
    not visible; 403 `not_plan_recorder` for a viewer; 422 `unit_outside_campaign` (the unit is not
    under the campaign's owning unit), `unit_closed`, `date_in_future` (judged in the campaign's time
    zone), `disseminated_before_issued`. `Idempotency-Key` makes a retry safe.

    Args:
        unit_id (int): A unit id.
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (PlanCreate): A unit's plan for a campaign, as recorded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | PlanRead | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem
    """

    return sync_detailed(
        unit_id=unit_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    unit_id: int,
    *,
    client: AuthenticatedClient,
    body: PlanCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | PlanRead | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]:
    """Record a unit's plan for a campaign

     A registrant, mobiliser or administrator of the unit (or of a unit above it) records its “Dân vận
    khéo” plan for a campaign: number, title, the day it was issued and by whom, and when it was
    disseminated (quán triệt, triển khai). One plan per unit and campaign: 409 `plan_exists` (correct it
    with `PATCH /plans/{id}` instead). 404 when the unit is outside your read scope or the campaign is
    not visible; 403 `not_plan_recorder` for a viewer; 422 `unit_outside_campaign` (the unit is not
    under the campaign's owning unit), `unit_closed`, `date_in_future` (judged in the campaign's time
    zone), `disseminated_before_issued`. `Idempotency-Key` makes a retry safe.

    Args:
        unit_id (int): A unit id.
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (PlanCreate): A unit's plan for a campaign, as recorded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | PlanRead | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        body=body,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unit_id: int,
    *,
    client: AuthenticatedClient,
    body: PlanCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | PlanRead | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | None:
    """Record a unit's plan for a campaign

     A registrant, mobiliser or administrator of the unit (or of a unit above it) records its “Dân vận
    khéo” plan for a campaign: number, title, the day it was issued and by whom, and when it was
    disseminated (quán triệt, triển khai). One plan per unit and campaign: 409 `plan_exists` (correct it
    with `PATCH /plans/{id}` instead). 404 when the unit is outside your read scope or the campaign is
    not visible; 403 `not_plan_recorder` for a viewer; 422 `unit_outside_campaign` (the unit is not
    under the campaign's owning unit), `unit_closed`, `date_in_future` (judged in the campaign's time
    zone), `disseminated_before_issued`. `Idempotency-Key` makes a retry safe.

    Args:
        unit_id (int): A unit id.
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (PlanCreate): A unit's plan for a campaign, as recorded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | PlanRead | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem
    """

    return (
        await asyncio_detailed(
            unit_id=unit_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            x_request_id=x_request_id,
        )
    ).parsed
