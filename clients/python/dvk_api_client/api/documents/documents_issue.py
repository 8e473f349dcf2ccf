from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.issue_documents import IssueDocuments
from ...models.issued_document import IssuedDocument
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.size_problem import SizeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    decision_id: UUID,
    *,
    body: IssueDocuments | None | Unset = UNSET,
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
        "url": "/api/v1/decisions/{decision_id}/documents".format(
            decision_id=quote(str(decision_id), safe=""),
        ),
    }

    if isinstance(body, IssueDocuments):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | list[IssuedDocument] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for componentsschemas_issued_document_list_item_data in _response_201:
            componentsschemas_issued_document_list_item = IssuedDocument.from_dict(
                componentsschemas_issued_document_list_item_data
            )

            response_201.append(componentsschemas_issued_document_list_item)

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
) -> Response[
    OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | list[IssuedDocument]
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
    body: IssueDocuments | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[
    OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | list[IssuedDocument]
]:
    """Issue the decision's signed documents

     Generate, sign and issue the decision's documents, all at once: the decision's own text (a
    recognition with its annex of models, a non-recognition, an exemplar recognition) and a paper per
    covered model
    (a certificate, Giấy chứng nhận, per recognised model; a Giấy khen per exemplar a commendation with
    that award
    form commends). Each is a PDF in the format of party documents, signed (PAdES) with the issuing
    unit's
    certificate, with a verification code and a QR code to `GET /public/verify/{code}`.

    The step after the decision: record the decision (`POST /decisions`), read its draft (`GET
    /decisions/{id}/documents/preview`), then issue. Only an authority of the issuing unit (403
    `not_competent_authority`). Nothing is half-issued: every PDF is rendered and signed before anything
    is stored,
    and on any failure no row stays and the stored bytes are removed. A decision's documents are issued
    once (409
    `documents_already_issued`); `regenerate: true` issues every one again as a new version, the old
    versions
    becoming `superseded` (kept, still verifiable). Concurrent requests for one decision go one after
    another: one
    issues, the other answers 409. `Idempotency-Key` makes a retry safe.

    Args:
        decision_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (IssueDocuments | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | list[IssuedDocument]]
    """

    kwargs = _get_kwargs(
        decision_id=decision_id,
        body=body,
        idempotency_key=idempotency_key,
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
    body: IssueDocuments | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | list[IssuedDocument] | None:
    """Issue the decision's signed documents

     Generate, sign and issue the decision's documents, all at once: the decision's own text (a
    recognition with its annex of models, a non-recognition, an exemplar recognition) and a paper per
    covered model
    (a certificate, Giấy chứng nhận, per recognised model; a Giấy khen per exemplar a commendation with
    that award
    form commends). Each is a PDF in the format of party documents, signed (PAdES) with the issuing
    unit's
    certificate, with a verification code and a QR code to `GET /public/verify/{code}`.

    The step after the decision: record the decision (`POST /decisions`), read its draft (`GET
    /decisions/{id}/documents/preview`), then issue. Only an authority of the issuing unit (403
    `not_competent_authority`). Nothing is half-issued: every PDF is rendered and signed before anything
    is stored,
    and on any failure no row stays and the stored bytes are removed. A decision's documents are issued
    once (409
    `documents_already_issued`); `regenerate: true` issues every one again as a new version, the old
    versions
    becoming `superseded` (kept, still verifiable). Concurrent requests for one decision go one after
    another: one
    issues, the other answers 409. `Idempotency-Key` makes a retry safe.

    Args:
        decision_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (IssueDocuments | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | list[IssuedDocument]
    """

    return sync_detailed(
        decision_id=decision_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    decision_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IssueDocuments | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[
    OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | list[IssuedDocument]
]:
    """Issue the decision's signed documents

     Generate, sign and issue the decision's documents, all at once: the decision's own text (a
    recognition with its annex of models, a non-recognition, an exemplar recognition) and a paper per
    covered model
    (a certificate, Giấy chứng nhận, per recognised model; a Giấy khen per exemplar a commendation with
    that award
    form commends). Each is a PDF in the format of party documents, signed (PAdES) with the issuing
    unit's
    certificate, with a verification code and a QR code to `GET /public/verify/{code}`.

    The step after the decision: record the decision (`POST /decisions`), read its draft (`GET
    /decisions/{id}/documents/preview`), then issue. Only an authority of the issuing unit (403
    `not_competent_authority`). Nothing is half-issued: every PDF is rendered and signed before anything
    is stored,
    and on any failure no row stays and the stored bytes are removed. A decision's documents are issued
    once (409
    `documents_already_issued`); `regenerate: true` issues every one again as a new version, the old
    versions
    becoming `superseded` (kept, still verifiable). Concurrent requests for one decision go one after
    another: one
    issues, the other answers 409. `Idempotency-Key` makes a retry safe.

    Args:
        decision_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (IssueDocuments | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | list[IssuedDocument]]
    """

    kwargs = _get_kwargs(
        decision_id=decision_id,
        body=body,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    decision_id: UUID,
    *,
    client: AuthenticatedClient,
    body: IssueDocuments | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | list[IssuedDocument] | None:
    """Issue the decision's signed documents

     Generate, sign and issue the decision's documents, all at once: the decision's own text (a
    recognition with its annex of models, a non-recognition, an exemplar recognition) and a paper per
    covered model
    (a certificate, Giấy chứng nhận, per recognised model; a Giấy khen per exemplar a commendation with
    that award
    form commends). Each is a PDF in the format of party documents, signed (PAdES) with the issuing
    unit's
    certificate, with a verification code and a QR code to `GET /public/verify/{code}`.

    The step after the decision: record the decision (`POST /decisions`), read its draft (`GET
    /decisions/{id}/documents/preview`), then issue. Only an authority of the issuing unit (403
    `not_competent_authority`). Nothing is half-issued: every PDF is rendered and signed before anything
    is stored,
    and on any failure no row stays and the stored bytes are removed. A decision's documents are issued
    once (409
    `documents_already_issued`); `regenerate: true` issues every one again as a new version, the old
    versions
    becoming `superseded` (kept, still verifiable). Concurrent requests for one decision go one after
    another: one
    issues, the other answers 409. `Idempotency-Key` makes a retry safe.

    Args:
        decision_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (IssueDocuments | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | list[IssuedDocument]
    """

    return (
        await asyncio_detailed(
            decision_id=decision_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            x_request_id=x_request_id,
        )
    ).parsed
