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
from ...models.review_problem import ReviewProblem
from ...models.review_read import ReviewRead
from ...models.scope_problem import ScopeProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    review_id: UUID,
    member_id: UUID,
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
        "url": "/api/v1/reviews/{review_id}/members/{member_id}".format(
            review_id=quote(str(review_id), safe=""),
            member_id=quote(str(member_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | None:
    if response.status_code == 200:
        response_200 = ReviewRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ReviewProblem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = PreconditionProblem.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = ReviewProblem.from_dict(response.json())

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
) -> Response[OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    review_id: UUID,
    member_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem]:
    """Remove a member

     Remove a member and their ballots (422 `last_member` for the only one); answers the review.

    Args:
        review_id (UUID):
        member_id (UUID):
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        member_id=member_id,
        if_match=if_match,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    review_id: UUID,
    member_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | None:
    """Remove a member

     Remove a member and their ballots (422 `last_member` for the only one); answers the review.

    Args:
        review_id (UUID):
        member_id (UUID):
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem
    """

    return sync_detailed(
        review_id=review_id,
        member_id=member_id,
        client=client,
        if_match=if_match,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    review_id: UUID,
    member_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem]:
    """Remove a member

     Remove a member and their ballots (422 `last_member` for the only one); answers the review.

    Args:
        review_id (UUID):
        member_id (UUID):
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        member_id=member_id,
        if_match=if_match,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    review_id: UUID,
    member_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | None:
    """Remove a member

     Remove a member and their ballots (422 `last_member` for the only one); answers the review.

    Args:
        review_id (UUID):
        member_id (UUID):
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem
    """

    return (
        await asyncio_detailed(
            review_id=review_id,
            member_id=member_id,
            client=client,
            if_match=if_match,
            x_request_id=x_request_id,
        )
    ).parsed
