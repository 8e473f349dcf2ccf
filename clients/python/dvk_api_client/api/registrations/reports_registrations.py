from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.registration_list import RegistrationList
from ...models.report_format import ReportFormat
from ...models.scope_problem import ScopeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign: UUID,
    year: int,
    unit: int,
    format_: None | ReportFormat | Unset = UNSET,
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
    elif isinstance(format_, ReportFormat):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports/registrations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutageProblem | Problem | Problem | ValidationProblem | RegistrationList | ScopeProblem | None:
    if response.status_code == 200:
        response_200 = RegistrationList.from_dict(response.json())

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
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | RegistrationList | ScopeProblem]:
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
    format_: None | ReportFormat | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | RegistrationList | ScopeProblem]:
    """The registration list form (Biểu mẫu)

     DANH SÁCH ĐĂNG KÝ XÂY DỰNG MÔ HÌNH CÔNG TÁC “DÂN VẬN KHÉO” Ở CƠ SỞ: one row per model with the
    form's columns (No., registering unit, model name, targets, a mark under the field ×
    collective/individual, start and end, level aimed at) and a total row.

    Rows: every model of the campaign and year registered by the unit or a unit of its subtree, within
    the caller's read scope, **except withdrawn ones** — drafts and returned models are listed too,
    since the form records what units registered (coverage reports count only submitted models).

    `format=csv` (or `Accept: text/csv`) is UTF-8 with a BOM (Excel opens Vietnamese correctly),
    streamed row by row. `format=xlsx` reproduces the paper form (unit and title lines, merged two-row
    Vietnamese header, A4 landscape, header rows repeated on every printed page), written in constant
    memory to a temporary file and streamed. A unit outside the caller's scope is 404.

    Args:
        campaign (UUID):
        year (int):
        unit (int): The unit whose subtree is listed (its name heads the form).
        format_ (None | ReportFormat | Unset): Absent: what Accept prefers (`text/csv`, the XLSX
            media type), else JSON.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | RegistrationList | ScopeProblem]
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
    format_: None | ReportFormat | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | RegistrationList | ScopeProblem | None:
    """The registration list form (Biểu mẫu)

     DANH SÁCH ĐĂNG KÝ XÂY DỰNG MÔ HÌNH CÔNG TÁC “DÂN VẬN KHÉO” Ở CƠ SỞ: one row per model with the
    form's columns (No., registering unit, model name, targets, a mark under the field ×
    collective/individual, start and end, level aimed at) and a total row.

    Rows: every model of the campaign and year registered by the unit or a unit of its subtree, within
    the caller's read scope, **except withdrawn ones** — drafts and returned models are listed too,
    since the form records what units registered (coverage reports count only submitted models).

    `format=csv` (or `Accept: text/csv`) is UTF-8 with a BOM (Excel opens Vietnamese correctly),
    streamed row by row. `format=xlsx` reproduces the paper form (unit and title lines, merged two-row
    Vietnamese header, A4 landscape, header rows repeated on every printed page), written in constant
    memory to a temporary file and streamed. A unit outside the caller's scope is 404.

    Args:
        campaign (UUID):
        year (int):
        unit (int): The unit whose subtree is listed (its name heads the form).
        format_ (None | ReportFormat | Unset): Absent: what Accept prefers (`text/csv`, the XLSX
            media type), else JSON.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | RegistrationList | ScopeProblem
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
    format_: None | ReportFormat | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | RegistrationList | ScopeProblem]:
    """The registration list form (Biểu mẫu)

     DANH SÁCH ĐĂNG KÝ XÂY DỰNG MÔ HÌNH CÔNG TÁC “DÂN VẬN KHÉO” Ở CƠ SỞ: one row per model with the
    form's columns (No., registering unit, model name, targets, a mark under the field ×
    collective/individual, start and end, level aimed at) and a total row.

    Rows: every model of the campaign and year registered by the unit or a unit of its subtree, within
    the caller's read scope, **except withdrawn ones** — drafts and returned models are listed too,
    since the form records what units registered (coverage reports count only submitted models).

    `format=csv` (or `Accept: text/csv`) is UTF-8 with a BOM (Excel opens Vietnamese correctly),
    streamed row by row. `format=xlsx` reproduces the paper form (unit and title lines, merged two-row
    Vietnamese header, A4 landscape, header rows repeated on every printed page), written in constant
    memory to a temporary file and streamed. A unit outside the caller's scope is 404.

    Args:
        campaign (UUID):
        year (int):
        unit (int): The unit whose subtree is listed (its name heads the form).
        format_ (None | ReportFormat | Unset): Absent: what Accept prefers (`text/csv`, the XLSX
            media type), else JSON.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | RegistrationList | ScopeProblem]
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
    format_: None | ReportFormat | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | RegistrationList | ScopeProblem | None:
    """The registration list form (Biểu mẫu)

     DANH SÁCH ĐĂNG KÝ XÂY DỰNG MÔ HÌNH CÔNG TÁC “DÂN VẬN KHÉO” Ở CƠ SỞ: one row per model with the
    form's columns (No., registering unit, model name, targets, a mark under the field ×
    collective/individual, start and end, level aimed at) and a total row.

    Rows: every model of the campaign and year registered by the unit or a unit of its subtree, within
    the caller's read scope, **except withdrawn ones** — drafts and returned models are listed too,
    since the form records what units registered (coverage reports count only submitted models).

    `format=csv` (or `Accept: text/csv`) is UTF-8 with a BOM (Excel opens Vietnamese correctly),
    streamed row by row. `format=xlsx` reproduces the paper form (unit and title lines, merged two-row
    Vietnamese header, A4 landscape, header rows repeated on every printed page), written in constant
    memory to a temporary file and streamed. A unit outside the caller's scope is 404.

    Args:
        campaign (UUID):
        year (int):
        unit (int): The unit whose subtree is listed (its name heads the form).
        format_ (None | ReportFormat | Unset): Absent: what Accept prefers (`text/csv`, the XLSX
            media type), else JSON.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | RegistrationList | ScopeProblem
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
