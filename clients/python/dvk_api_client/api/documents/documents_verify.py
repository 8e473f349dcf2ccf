from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_verification import DocumentVerification
from ...models.document_verify_form import DocumentVerifyForm
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.size_problem import SizeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DocumentVerifyForm,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/documents/verify",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentVerification | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem | None:
    if response.status_code == 200:
        response_200 = DocumentVerification.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
) -> Response[DocumentVerification | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DocumentVerifyForm,
    x_request_id: str | Unset = UNSET,
) -> Response[DocumentVerification | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem]:
    """Verify a PDF

     Anyone (no sign-in) uploads a PDF (multipart, field `file`; the content type is judged before the
    body is read, the body cut off past DVK_DOCUMENT_MAX_BYTES): the answer says whether its signature
    is intact, by whom, and which issued document of which decision it is — by its exact bytes
    (`matches_issued`) or by the verification code in its metadata — with public fields only. A file
    changed by a single byte after signing is `modified`; a PDF without a signature `unsigned`; a valid
    signature by a certificate this server does not trust `untrusted`; anything else `not_a_pdf`.
    Nothing is stored.

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (DocumentVerifyForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentVerification | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        body=body,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DocumentVerifyForm,
    x_request_id: str | Unset = UNSET,
) -> DocumentVerification | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem | None:
    """Verify a PDF

     Anyone (no sign-in) uploads a PDF (multipart, field `file`; the content type is judged before the
    body is read, the body cut off past DVK_DOCUMENT_MAX_BYTES): the answer says whether its signature
    is intact, by whom, and which issued document of which decision it is — by its exact bytes
    (`matches_issued`) or by the verification code in its metadata — with public fields only. A file
    changed by a single byte after signing is `modified`; a PDF without a signature `unsigned`; a valid
    signature by a certificate this server does not trust `untrusted`; anything else `not_a_pdf`.
    Nothing is stored.

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (DocumentVerifyForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentVerification | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem
    """

    return sync_detailed(
        client=client,
        body=body,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DocumentVerifyForm,
    x_request_id: str | Unset = UNSET,
) -> Response[DocumentVerification | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem]:
    """Verify a PDF

     Anyone (no sign-in) uploads a PDF (multipart, field `file`; the content type is judged before the
    body is read, the body cut off past DVK_DOCUMENT_MAX_BYTES): the answer says whether its signature
    is intact, by whom, and which issued document of which decision it is — by its exact bytes
    (`matches_issued`) or by the verification code in its metadata — with public fields only. A file
    changed by a single byte after signing is `modified`; a PDF without a signature `unsigned`; a valid
    signature by a certificate this server does not trust `untrusted`; anything else `not_a_pdf`.
    Nothing is stored.

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (DocumentVerifyForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentVerification | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        body=body,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DocumentVerifyForm,
    x_request_id: str | Unset = UNSET,
) -> DocumentVerification | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem | None:
    """Verify a PDF

     Anyone (no sign-in) uploads a PDF (multipart, field `file`; the content type is judged before the
    body is read, the body cut off past DVK_DOCUMENT_MAX_BYTES): the answer says whether its signature
    is intact, by whom, and which issued document of which decision it is — by its exact bytes
    (`matches_issued`) or by the verification code in its metadata — with public fields only. A file
    changed by a single byte after signing is `modified`; a PDF without a signature `unsigned`; a valid
    signature by a certificate this server does not trust `untrusted`; anything else `not_a_pdf`.
    Nothing is stored.

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (DocumentVerifyForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentVerification | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_request_id=x_request_id,
        )
    ).parsed
