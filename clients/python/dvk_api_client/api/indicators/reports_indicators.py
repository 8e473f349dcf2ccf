from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.indicator_report import IndicatorReport
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.table_format import TableFormat
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign: UUID,
    year: int,
    unit: int,
    format_: None | TableFormat | Unset = UNSET,
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

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, TableFormat):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports/indicators",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IndicatorReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    if response.status_code == 200:
        response_200 = IndicatorReport.from_dict(response.json())

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
) -> Response[IndicatorReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
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
    format_: None | TableFormat | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[IndicatorReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """The yearly indicators of a subtree against their targets

     For the unit's subtree (404 if outside your read scope, or the campaign is not visible or has no
    cycle
    that year): each indicator with the active units of the kinds it applies to, how many meet the
    target
    (count: the year's values add up; yes_no, percentage: the latest value), the share, whether all do,
    and
    the units that miss it with what they reached (null: nothing reported).

    As CSV (`format=csv` or `Accept: text/csv`): UTF-8 with a BOM (Excel opens Vietnamese correctly),
    one
    row per indicator and unit that misses it (an indicator every unit meets has one row, its unit
    columns
    empty), the indicator's columns repeated on each row so the sheet filters and sorts.

    Args:
        campaign (UUID): The campaign (it must be visible to you).
        year (int): The year (the campaign must have a cycle for it).
        unit (int): The unit whose subtree is reported (in your scope).
        format_ (None | TableFormat | Unset): `json` or `csv`; absent: what Accept prefers
            (`text/csv` gives CSV), else JSON.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        year=year,
        unit=unit,
        format_=format_,
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
    format_: None | TableFormat | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> IndicatorReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """The yearly indicators of a subtree against their targets

     For the unit's subtree (404 if outside your read scope, or the campaign is not visible or has no
    cycle
    that year): each indicator with the active units of the kinds it applies to, how many meet the
    target
    (count: the year's values add up; yes_no, percentage: the latest value), the share, whether all do,
    and
    the units that miss it with what they reached (null: nothing reported).

    As CSV (`format=csv` or `Accept: text/csv`): UTF-8 with a BOM (Excel opens Vietnamese correctly),
    one
    row per indicator and unit that misses it (an indicator every unit meets has one row, its unit
    columns
    empty), the indicator's columns repeated on each row so the sheet filters and sorts.

    Args:
        campaign (UUID): The campaign (it must be visible to you).
        year (int): The year (the campaign must have a cycle for it).
        unit (int): The unit whose subtree is reported (in your scope).
        format_ (None | TableFormat | Unset): `json` or `csv`; absent: what Accept prefers
            (`text/csv` gives CSV), else JSON.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return sync_detailed(
        client=client,
        campaign=campaign,
        year=year,
        unit=unit,
        format_=format_,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    campaign: UUID,
    year: int,
    unit: int,
    format_: None | TableFormat | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[IndicatorReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """The yearly indicators of a subtree against their targets

     For the unit's subtree (404 if outside your read scope, or the campaign is not visible or has no
    cycle
    that year): each indicator with the active units of the kinds it applies to, how many meet the
    target
    (count: the year's values add up; yes_no, percentage: the latest value), the share, whether all do,
    and
    the units that miss it with what they reached (null: nothing reported).

    As CSV (`format=csv` or `Accept: text/csv`): UTF-8 with a BOM (Excel opens Vietnamese correctly),
    one
    row per indicator and unit that misses it (an indicator every unit meets has one row, its unit
    columns
    empty), the indicator's columns repeated on each row so the sheet filters and sorts.

    Args:
        campaign (UUID): The campaign (it must be visible to you).
        year (int): The year (the campaign must have a cycle for it).
        unit (int): The unit whose subtree is reported (in your scope).
        format_ (None | TableFormat | Unset): `json` or `csv`; absent: what Accept prefers
            (`text/csv` gives CSV), else JSON.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        year=year,
        unit=unit,
        format_=format_,
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
    format_: None | TableFormat | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> IndicatorReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """The yearly indicators of a subtree against their targets

     For the unit's subtree (404 if outside your read scope, or the campaign is not visible or has no
    cycle
    that year): each indicator with the active units of the kinds it applies to, how many meet the
    target
    (count: the year's values add up; yes_no, percentage: the latest value), the share, whether all do,
    and
    the units that miss it with what they reached (null: nothing reported).

    As CSV (`format=csv` or `Accept: text/csv`): UTF-8 with a BOM (Excel opens Vietnamese correctly),
    one
    row per indicator and unit that misses it (an indicator every unit meets has one row, its unit
    columns
    empty), the indicator's columns repeated on each row so the sheet filters and sorts.

    Args:
        campaign (UUID): The campaign (it must be visible to you).
        year (int): The year (the campaign must have a cycle for it).
        unit (int): The unit whose subtree is reported (in your scope).
        format_ (None | TableFormat | Unset): `json` or `csv`; absent: what Accept prefers
            (`text/csv` gives CSV), else JSON.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign=campaign,
            year=year,
            unit=unit,
            format_=format_,
            x_request_id=x_request_id,
        )
    ).parsed
