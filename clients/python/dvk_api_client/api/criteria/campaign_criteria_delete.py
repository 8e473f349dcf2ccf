from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outage_problem import OutageProblem
from ...models.precondition_problem import PreconditionProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: UUID,
    code: str,
    *,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/campaigns/{campaign_id}/criteria/{code}".format(
            campaign_id=quote(str(campaign_id), safe=""),
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 412:
        response_412 = PreconditionProblem.from_dict(response.json())

        return response_412

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

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
) -> Response[Any | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: UUID,
    code: str,
    *,
    client: AuthenticatedClient,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[Any | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """Delete one of a campaign's own criteria

     Delete a criterion nobody scored (409 `criterion_in_use` otherwise: retire it); If-Match.

    Args:
        campaign_id (UUID): The campaign's id.
        code (str): The criterion's code.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        code=code,
        if_match=if_match,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: UUID,
    code: str,
    *,
    client: AuthenticatedClient,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Any | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """Delete one of a campaign's own criteria

     Delete a criterion nobody scored (409 `criterion_in_use` otherwise: retire it); If-Match.

    Args:
        campaign_id (UUID): The campaign's id.
        code (str): The criterion's code.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return sync_detailed(
        campaign_id=campaign_id,
        code=code,
        client=client,
        if_match=if_match,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    campaign_id: UUID,
    code: str,
    *,
    client: AuthenticatedClient,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[Any | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """Delete one of a campaign's own criteria

     Delete a criterion nobody scored (409 `criterion_in_use` otherwise: retire it); If-Match.

    Args:
        campaign_id (UUID): The campaign's id.
        code (str): The criterion's code.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        code=code,
        if_match=if_match,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: UUID,
    code: str,
    *,
    client: AuthenticatedClient,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Any | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """Delete one of a campaign's own criteria

     Delete a criterion nobody scored (409 `criterion_in_use` otherwise: retire it); If-Match.

    Args:
        campaign_id (UUID): The campaign's id.
        code (str): The criterion's code.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            code=code,
            client=client,
            if_match=if_match,
            x_request_id=x_request_id,
        )
    ).parsed
