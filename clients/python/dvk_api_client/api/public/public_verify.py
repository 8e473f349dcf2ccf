from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.public_verification import PublicVerification
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/verify/{code}".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OutageProblem | Problem | Problem | ValidationProblem | PublicVerification | None:
    if response.status_code == 200:
        response_200 = PublicVerification.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | OutageProblem | Problem | Problem | ValidationProblem | PublicVerification]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | OutageProblem | Problem | Problem | ValidationProblem | PublicVerification]:
    """Verify a document by its code

     Anyone holding a document (no sign-in; a token is ignored) checks it by the code printed on it or
    read from its QR code: which document and decision it is, who issued it and when, whether it is in
    force, revoked (and when) or superseded, and the models it covers as the public showcase shows them
    (the others only counted). Nothing private. The code may be typed in any case, with or without the
    dash. 404 `verification_code_not_found` for a code no document carries. Rate-limited like every
    anonymous request; `Cache-Control: public, max-age=300` with an ETag of the body.

    Args:
        code (str):
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OutageProblem | Problem | Problem | ValidationProblem | PublicVerification]
    """

    kwargs = _get_kwargs(
        code=code,
        x_request_id=x_request_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | OutageProblem | Problem | Problem | ValidationProblem | PublicVerification | None:
    """Verify a document by its code

     Anyone holding a document (no sign-in; a token is ignored) checks it by the code printed on it or
    read from its QR code: which document and decision it is, who issued it and when, whether it is in
    force, revoked (and when) or superseded, and the models it covers as the public showcase shows them
    (the others only counted). Nothing private. The code may be typed in any case, with or without the
    dash. 404 `verification_code_not_found` for a code no document carries. Rate-limited like every
    anonymous request; `Cache-Control: public, max-age=300` with an ETag of the body.

    Args:
        code (str):
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OutageProblem | Problem | Problem | ValidationProblem | PublicVerification
    """

    return sync_detailed(
        code=code,
        client=client,
        x_request_id=x_request_id,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | OutageProblem | Problem | Problem | ValidationProblem | PublicVerification]:
    """Verify a document by its code

     Anyone holding a document (no sign-in; a token is ignored) checks it by the code printed on it or
    read from its QR code: which document and decision it is, who issued it and when, whether it is in
    force, revoked (and when) or superseded, and the models it covers as the public showcase shows them
    (the others only counted). Nothing private. The code may be typed in any case, with or without the
    dash. 404 `verification_code_not_found` for a code no document carries. Rate-limited like every
    anonymous request; `Cache-Control: public, max-age=300` with an ETag of the body.

    Args:
        code (str):
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OutageProblem | Problem | Problem | ValidationProblem | PublicVerification]
    """

    kwargs = _get_kwargs(
        code=code,
        x_request_id=x_request_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | OutageProblem | Problem | Problem | ValidationProblem | PublicVerification | None:
    """Verify a document by its code

     Anyone holding a document (no sign-in; a token is ignored) checks it by the code printed on it or
    read from its QR code: which document and decision it is, who issued it and when, whether it is in
    force, revoked (and when) or superseded, and the models it covers as the public showcase shows them
    (the others only counted). Nothing private. The code may be typed in any case, with or without the
    dash. 404 `verification_code_not_found` for a code no document carries. Rate-limited like every
    anonymous request; `Cache-Control: public, max-age=300` with an ETag of the body.

    Args:
        code (str):
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OutageProblem | Problem | Problem | ValidationProblem | PublicVerification
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            x_request_id=x_request_id,
            if_none_match=if_none_match,
        )
    ).parsed
