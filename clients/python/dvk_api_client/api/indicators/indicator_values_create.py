from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.indicator_value_create import IndicatorValueCreate
from ...models.indicator_value_read import IndicatorValueRead
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.size_problem import SizeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    indicator_id: UUID,
    *,
    body: IndicatorValueCreate,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/indicators/{indicator_id}/values".format(
            indicator_id=quote(str(indicator_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IndicatorValueRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | None:
    if response.status_code == 201:
        response_201 = IndicatorValueRead.from_dict(response.json())

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
) -> Response[IndicatorValueRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    indicator_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IndicatorValueCreate,
    x_request_id: str | Unset = UNSET,
) -> Response[IndicatorValueRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]:
    """Report a unit's value with its evidence

     A registrant or administrator of the unit records what it did (a dialogue: its date, who held it,
    attendance, minutes). Values are kept as reported; a count indicator adds them up over the year.

    Args:
        indicator_id (UUID): The indicator's id.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (IndicatorValueCreate): A value a unit reports, with its evidence (for a dialogue:
            when, who held it, attendance, minutes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorValueRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        indicator_id=indicator_id,
        body=body,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    indicator_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IndicatorValueCreate,
    x_request_id: str | Unset = UNSET,
) -> IndicatorValueRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | None:
    """Report a unit's value with its evidence

     A registrant or administrator of the unit records what it did (a dialogue: its date, who held it,
    attendance, minutes). Values are kept as reported; a count indicator adds them up over the year.

    Args:
        indicator_id (UUID): The indicator's id.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (IndicatorValueCreate): A value a unit reports, with its evidence (for a dialogue:
            when, who held it, attendance, minutes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorValueRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem
    """

    return sync_detailed(
        indicator_id=indicator_id,
        client=client,
        body=body,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    indicator_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IndicatorValueCreate,
    x_request_id: str | Unset = UNSET,
) -> Response[IndicatorValueRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]:
    """Report a unit's value with its evidence

     A registrant or administrator of the unit records what it did (a dialogue: its date, who held it,
    attendance, minutes). Values are kept as reported; a count indicator adds them up over the year.

    Args:
        indicator_id (UUID): The indicator's id.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (IndicatorValueCreate): A value a unit reports, with its evidence (for a dialogue:
            when, who held it, attendance, minutes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorValueRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        indicator_id=indicator_id,
        body=body,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    indicator_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IndicatorValueCreate,
    x_request_id: str | Unset = UNSET,
) -> IndicatorValueRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | None:
    """Report a unit's value with its evidence

     A registrant or administrator of the unit records what it did (a dialogue: its date, who held it,
    attendance, minutes). Values are kept as reported; a count indicator adds them up over the year.

    Args:
        indicator_id (UUID): The indicator's id.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (IndicatorValueCreate): A value a unit reports, with its evidence (for a dialogue:
            when, who held it, attendance, minutes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorValueRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem
    """

    return (
        await asyncio_detailed(
            indicator_id=indicator_id,
            client=client,
            body=body,
            x_request_id=x_request_id,
        )
    ).parsed
