from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_problem import FileProblem
from ...models.outage_problem import OutageProblem
from ...models.plan_document_form import PlanDocumentForm
from ...models.plan_read import PlanRead
from ...models.precondition_problem import PreconditionProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    plan_id: UUID,
    *,
    body: PlanDocumentForm,
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
        "url": "/api/v1/plans/{plan_id}/document".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileProblem | OutageProblem | PlanRead | PreconditionProblem | Problem | ScopeProblem | None:
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
        response_409 = FileProblem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = PreconditionProblem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = FileProblem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = FileProblem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = FileProblem.from_dict(response.json())

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
) -> Response[FileProblem | OutageProblem | PlanRead | PreconditionProblem | Problem | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PlanDocumentForm,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[FileProblem | OutageProblem | PlanRead | PreconditionProblem | Problem | ScopeProblem]:
    """Attach the plan document

     Multipart upload (the part `file` only), streamed to storage; the type is detected from the bytes,
    within the evidence limits. Recorders of the unit only (403 `not_plan_recorder`, before the body is
    read). A second upload replaces the document (a correction). The plan gets a new version, so it
    needs `If-Match` with the plan's ETag (428 without it, checked before the body is read; 412 when
    stale). `Idempotency-Key` makes a retry safe.

    Args:
        plan_id (UUID): The plan's id.
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (PlanDocumentForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileProblem | OutageProblem | PlanRead | PreconditionProblem | Problem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
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
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PlanDocumentForm,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> FileProblem | OutageProblem | PlanRead | PreconditionProblem | Problem | ScopeProblem | None:
    """Attach the plan document

     Multipart upload (the part `file` only), streamed to storage; the type is detected from the bytes,
    within the evidence limits. Recorders of the unit only (403 `not_plan_recorder`, before the body is
    read). A second upload replaces the document (a correction). The plan gets a new version, so it
    needs `If-Match` with the plan's ETag (428 without it, checked before the body is read; 412 when
    stale). `Idempotency-Key` makes a retry safe.

    Args:
        plan_id (UUID): The plan's id.
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (PlanDocumentForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileProblem | OutageProblem | PlanRead | PreconditionProblem | Problem | ScopeProblem
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        if_match=if_match,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PlanDocumentForm,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[FileProblem | OutageProblem | PlanRead | PreconditionProblem | Problem | ScopeProblem]:
    """Attach the plan document

     Multipart upload (the part `file` only), streamed to storage; the type is detected from the bytes,
    within the evidence limits. Recorders of the unit only (403 `not_plan_recorder`, before the body is
    read). A second upload replaces the document (a correction). The plan gets a new version, so it
    needs `If-Match` with the plan's ETag (428 without it, checked before the body is read; 412 when
    stale). `Idempotency-Key` makes a retry safe.

    Args:
        plan_id (UUID): The plan's id.
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (PlanDocumentForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileProblem | OutageProblem | PlanRead | PreconditionProblem | Problem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        body=body,
        idempotency_key=idempotency_key,
        if_match=if_match,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PlanDocumentForm,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> FileProblem | OutageProblem | PlanRead | PreconditionProblem | Problem | ScopeProblem | None:
    """Attach the plan document

     Multipart upload (the part `file` only), streamed to storage; the type is detected from the bytes,
    within the evidence limits. Recorders of the unit only (403 `not_plan_recorder`, before the body is
    read). A second upload replaces the document (a correction). The plan gets a new version, so it
    needs `If-Match` with the plan's ETag (428 without it, checked before the body is read; 412 when
    stale). `Idempotency-Key` makes a retry safe.

    Args:
        plan_id (UUID): The plan's id.
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (PlanDocumentForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileProblem | OutageProblem | PlanRead | PreconditionProblem | Problem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            if_match=if_match,
            x_request_id=x_request_id,
        )
    ).parsed
