from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_token_response import ClientTokenResponse
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.size_problem import SizeProblem
from ...models.token_problem import TokenProblem
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TokenRequest | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/token",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ClientTokenResponse
    | TokenResponse
    | OutageProblem
    | Problem
    | Problem
    | ValidationProblem
    | SizeProblem
    | TokenProblem
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ClientTokenResponse | TokenResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_token_answer_type_0 = TokenResponse.from_dict(data)

                return componentsschemas_token_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_token_answer_type_1 = ClientTokenResponse.from_dict(data)

            return componentsschemas_token_answer_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TokenProblem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TokenProblem.from_dict(response.json())

        return response_401

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
) -> Response[
    ClientTokenResponse
    | TokenResponse
    | OutageProblem
    | Problem
    | Problem
    | ValidationProblem
    | SizeProblem
    | TokenProblem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[
    ClientTokenResponse
    | TokenResponse
    | OutageProblem
    | Problem
    | Problem
    | ValidationProblem
    | SizeProblem
    | TokenProblem
]:
    """Get an access token (OAuth2 password or client-credentials grant)

     A person signs in with `grant_type=password` (username and password: an access token and a rotating
    refresh token); a service client with `grant_type=client_credentials` (its id and secret in HTTP
    Basic or
    the form, optionally a narrower `scope`: an access token, no refresh token).

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (TokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientTokenResponse | TokenResponse | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem | TokenProblem]
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
    client: AuthenticatedClient,
    body: TokenRequest | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> (
    ClientTokenResponse
    | TokenResponse
    | OutageProblem
    | Problem
    | Problem
    | ValidationProblem
    | SizeProblem
    | TokenProblem
    | None
):
    """Get an access token (OAuth2 password or client-credentials grant)

     A person signs in with `grant_type=password` (username and password: an access token and a rotating
    refresh token); a service client with `grant_type=client_credentials` (its id and secret in HTTP
    Basic or
    the form, optionally a narrower `scope`: an access token, no refresh token).

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (TokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientTokenResponse | TokenResponse | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem | TokenProblem
    """

    return sync_detailed(
        client=client,
        body=body,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[
    ClientTokenResponse
    | TokenResponse
    | OutageProblem
    | Problem
    | Problem
    | ValidationProblem
    | SizeProblem
    | TokenProblem
]:
    """Get an access token (OAuth2 password or client-credentials grant)

     A person signs in with `grant_type=password` (username and password: an access token and a rotating
    refresh token); a service client with `grant_type=client_credentials` (its id and secret in HTTP
    Basic or
    the form, optionally a narrower `scope`: an access token, no refresh token).

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (TokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientTokenResponse | TokenResponse | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem | TokenProblem]
    """

    kwargs = _get_kwargs(
        body=body,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRequest | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> (
    ClientTokenResponse
    | TokenResponse
    | OutageProblem
    | Problem
    | Problem
    | ValidationProblem
    | SizeProblem
    | TokenProblem
    | None
):
    """Get an access token (OAuth2 password or client-credentials grant)

     A person signs in with `grant_type=password` (username and password: an access token and a rotating
    refresh token); a service client with `grant_type=client_credentials` (its id and secret in HTTP
    Basic or
    the form, optionally a narrower `scope`: an access token, no refresh token).

    Args:
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (TokenRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientTokenResponse | TokenResponse | OutageProblem | Problem | Problem | ValidationProblem | SizeProblem | TokenProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_request_id=x_request_id,
        )
    ).parsed
