from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.member_update import MemberUpdate
from ...models.outage_problem import OutageProblem
from ...models.precondition_problem import PreconditionProblem
from ...models.problem import Problem
from ...models.review_problem import ReviewProblem
from ...models.review_read import ReviewRead
from ...models.scope_problem import ScopeProblem
from ...models.size_problem import SizeProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    review_id: UUID,
    member_id: UUID,
    *,
    body: MemberUpdate,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/reviews/{review_id}/members/{member_id}".format(
            review_id=quote(str(review_id), safe=""),
            member_id=quote(str(member_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | SizeProblem | None:
    if response.status_code == 200:
        response_200 = ReviewRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ReviewProblem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = PreconditionProblem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = SizeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | SizeProblem]:
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
    body: MemberUpdate,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | SizeProblem]:
    """Change a member

     Needs If-Match (the review's ETag). A member marked absent loses their votes; automatic recusals
    follow a change of unit, user or name.

    Args:
        review_id (UUID):
        member_id (UUID):
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (MemberUpdate): Change a member; only the fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        member_id=member_id,
        body=body,
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
    body: MemberUpdate,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | SizeProblem | None:
    """Change a member

     Needs If-Match (the review's ETag). A member marked absent loses their votes; automatic recusals
    follow a change of unit, user or name.

    Args:
        review_id (UUID):
        member_id (UUID):
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (MemberUpdate): Change a member; only the fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | SizeProblem
    """

    return sync_detailed(
        review_id=review_id,
        member_id=member_id,
        client=client,
        body=body,
        if_match=if_match,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    review_id: UUID,
    member_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MemberUpdate,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | SizeProblem]:
    """Change a member

     Needs If-Match (the review's ETag). A member marked absent loses their votes; automatic recusals
    follow a change of unit, user or name.

    Args:
        review_id (UUID):
        member_id (UUID):
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (MemberUpdate): Change a member; only the fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        member_id=member_id,
        body=body,
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
    body: MemberUpdate,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | SizeProblem | None:
    """Change a member

     Needs If-Match (the review's ETag). A member marked absent loses their votes; automatic recusals
    follow a change of unit, user or name.

    Args:
        review_id (UUID):
        member_id (UUID):
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (MemberUpdate): Change a member; only the fields sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | PreconditionProblem | Problem | ReviewProblem | ReviewRead | ScopeProblem | SizeProblem
    """

    return (
        await asyncio_detailed(
            review_id=review_id,
            member_id=member_id,
            client=client,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
        )
    ).parsed
