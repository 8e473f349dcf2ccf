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
from ...models.sent_list_read import SentListRead
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign: UUID,
    year: int,
    unit: int,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_campaign = str(campaign)
    params["campaign"] = json_campaign

    params["year"] = year

    params["unit"] = unit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/registrations/lists",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListRead | None:
    if response.status_code == 201:
        response_201 = SentListRead.from_dict(response.json())

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
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListRead]:
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
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListRead]:
    """Send the unit's registration list

     A registrant or administrator of `unit` sends its registration list (the form of `GET
    /reports/registrations` for the unit's subtree) to the campaign's receiving unit (its owning unit).
    The form of this moment is frozen — the XLSX (in the file store, with its SHA-256) and the JSON rows
    — and never changes; sending again records a corrected list as the next `version`. `late` is true
    when sent on or after the cycle's `lists_due_on` (seed 002: “trước ngày 06/3”), judged in the
    campaign's time zone. `Idempotency-Key` makes a retry return the first answer. A unit outside the
    caller's read scope is 404, one they may read but not register for is 403 `unit_out_of_scope`.

    Args:
        campaign (UUID):
        year (int):
        unit (int): The sending unit (its subtree's models are listed).
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListRead]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        year=year,
        unit=unit,
        idempotency_key=idempotency_key,
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
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListRead | None:
    """Send the unit's registration list

     A registrant or administrator of `unit` sends its registration list (the form of `GET
    /reports/registrations` for the unit's subtree) to the campaign's receiving unit (its owning unit).
    The form of this moment is frozen — the XLSX (in the file store, with its SHA-256) and the JSON rows
    — and never changes; sending again records a corrected list as the next `version`. `late` is true
    when sent on or after the cycle's `lists_due_on` (seed 002: “trước ngày 06/3”), judged in the
    campaign's time zone. `Idempotency-Key` makes a retry return the first answer. A unit outside the
    caller's read scope is 404, one they may read but not register for is 403 `unit_out_of_scope`.

    Args:
        campaign (UUID):
        year (int):
        unit (int): The sending unit (its subtree's models are listed).
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListRead
    """

    return sync_detailed(
        client=client,
        campaign=campaign,
        year=year,
        unit=unit,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    campaign: UUID,
    year: int,
    unit: int,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListRead]:
    """Send the unit's registration list

     A registrant or administrator of `unit` sends its registration list (the form of `GET
    /reports/registrations` for the unit's subtree) to the campaign's receiving unit (its owning unit).
    The form of this moment is frozen — the XLSX (in the file store, with its SHA-256) and the JSON rows
    — and never changes; sending again records a corrected list as the next `version`. `late` is true
    when sent on or after the cycle's `lists_due_on` (seed 002: “trước ngày 06/3”), judged in the
    campaign's time zone. `Idempotency-Key` makes a retry return the first answer. A unit outside the
    caller's read scope is 404, one they may read but not register for is 403 `unit_out_of_scope`.

    Args:
        campaign (UUID):
        year (int):
        unit (int): The sending unit (its subtree's models are listed).
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListRead]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        year=year,
        unit=unit,
        idempotency_key=idempotency_key,
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
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListRead | None:
    """Send the unit's registration list

     A registrant or administrator of `unit` sends its registration list (the form of `GET
    /reports/registrations` for the unit's subtree) to the campaign's receiving unit (its owning unit).
    The form of this moment is frozen — the XLSX (in the file store, with its SHA-256) and the JSON rows
    — and never changes; sending again records a corrected list as the next `version`. `late` is true
    when sent on or after the cycle's `lists_due_on` (seed 002: “trước ngày 06/3”), judged in the
    campaign's time zone. `Idempotency-Key` makes a retry return the first answer. A unit outside the
    caller's read scope is 404, one they may read but not register for is 403 `unit_out_of_scope`.

    Args:
        campaign (UUID):
        year (int):
        unit (int): The sending unit (its subtree's models are listed).
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SentListRead
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign=campaign,
            year=year,
            unit=unit,
            idempotency_key=idempotency_key,
            x_request_id=x_request_id,
        )
    ).parsed
