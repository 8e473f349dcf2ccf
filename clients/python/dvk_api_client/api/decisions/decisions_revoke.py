from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decision_problem import DecisionProblem
from ...models.decision_read import DecisionRead
from ...models.outage_problem import OutageProblem
from ...models.precondition_problem import PreconditionProblem
from ...models.problem import Problem
from ...models.revoke_request import RevokeRequest
from ...models.scope_problem import ScopeProblem
from ...models.size_problem import SizeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    decision_id: UUID,
    *,
    body: RevokeRequest,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["If-Match"] = if_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/decisions/{decision_id}/revoke".format(
            decision_id=quote(str(decision_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DecisionProblem
    | DecisionRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | Problem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
    | None
):
    if response.status_code == 200:
        response_200 = DecisionRead.from_dict(response.json())

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
        response_409 = DecisionProblem.from_dict(response.json())

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
) -> Response[
    DecisionProblem
    | DecisionRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | Problem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    decision_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RevokeRequest,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[
    DecisionProblem
    | DecisionRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | Problem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
]:
    """Revoke a decision

     Only an authority of the issuing unit (403 `not_competent_authority`). The models go back to the
    state they were in before (history action `revoke_decision`; a commendation writes
    `revoke_commendation` and moves nothing). 409 `decision_revoked` when already revoked, 409
    `decision_superseded` when a model has moved on since (revoke the later decision first). Needs `If-
    Match` with the decision's ETag (428 without it, 412 when stale); `Idempotency-Key` makes a retry
    safe. When the decision's documents were issued (`POST /decisions/{id}/documents`), the same
    transaction issues the signed revocation document (numbered `revocation_number`, required then: 422
    `revocation_number_required`) and marks them `revoked`; without a valid signing certificate nothing
    is revoked (409 `signing_certificate_missing` / `signing_certificate_expired`).

    Args:
        decision_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (RevokeRequest): Why the decision is revoked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionProblem | DecisionRead | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        decision_id=decision_id,
        body=body,
        idempotency_key=idempotency_key,
        if_match=if_match,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    decision_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RevokeRequest,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> (
    DecisionProblem
    | DecisionRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | Problem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
    | None
):
    """Revoke a decision

     Only an authority of the issuing unit (403 `not_competent_authority`). The models go back to the
    state they were in before (history action `revoke_decision`; a commendation writes
    `revoke_commendation` and moves nothing). 409 `decision_revoked` when already revoked, 409
    `decision_superseded` when a model has moved on since (revoke the later decision first). Needs `If-
    Match` with the decision's ETag (428 without it, 412 when stale); `Idempotency-Key` makes a retry
    safe. When the decision's documents were issued (`POST /decisions/{id}/documents`), the same
    transaction issues the signed revocation document (numbered `revocation_number`, required then: 422
    `revocation_number_required`) and marks them `revoked`; without a valid signing certificate nothing
    is revoked (409 `signing_certificate_missing` / `signing_certificate_expired`).

    Args:
        decision_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (RevokeRequest): Why the decision is revoked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionProblem | DecisionRead | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem
    """

    return sync_detailed(
        decision_id=decision_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        if_match=if_match,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    decision_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RevokeRequest,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[
    DecisionProblem
    | DecisionRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | Problem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
]:
    """Revoke a decision

     Only an authority of the issuing unit (403 `not_competent_authority`). The models go back to the
    state they were in before (history action `revoke_decision`; a commendation writes
    `revoke_commendation` and moves nothing). 409 `decision_revoked` when already revoked, 409
    `decision_superseded` when a model has moved on since (revoke the later decision first). Needs `If-
    Match` with the decision's ETag (428 without it, 412 when stale); `Idempotency-Key` makes a retry
    safe. When the decision's documents were issued (`POST /decisions/{id}/documents`), the same
    transaction issues the signed revocation document (numbered `revocation_number`, required then: 422
    `revocation_number_required`) and marks them `revoked`; without a valid signing certificate nothing
    is revoked (409 `signing_certificate_missing` / `signing_certificate_expired`).

    Args:
        decision_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (RevokeRequest): Why the decision is revoked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionProblem | DecisionRead | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        decision_id=decision_id,
        body=body,
        idempotency_key=idempotency_key,
        if_match=if_match,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    decision_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RevokeRequest,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> (
    DecisionProblem
    | DecisionRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | Problem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
    | None
):
    """Revoke a decision

     Only an authority of the issuing unit (403 `not_competent_authority`). The models go back to the
    state they were in before (history action `revoke_decision`; a commendation writes
    `revoke_commendation` and moves nothing). 409 `decision_revoked` when already revoked, 409
    `decision_superseded` when a model has moved on since (revoke the later decision first). Needs `If-
    Match` with the decision's ETag (428 without it, 412 when stale); `Idempotency-Key` makes a retry
    safe. When the decision's documents were issued (`POST /decisions/{id}/documents`), the same
    transaction issues the signed revocation document (numbered `revocation_number`, required then: 422
    `revocation_number_required`) and marks them `revoked`; without a valid signing certificate nothing
    is revoked (409 `signing_certificate_missing` / `signing_certificate_expired`).

    Args:
        decision_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (RevokeRequest): Why the decision is revoked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionProblem | DecisionRead | OutageProblem | PreconditionProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem
    """

    return (
        await asyncio_detailed(
            decision_id=decision_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            if_match=if_match,
            x_request_id=x_request_id,
        )
    ).parsed
