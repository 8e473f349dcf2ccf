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
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    decision_id: UUID,
    *,
    model_id: None | Unset | UUID = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_model_id: None | str | Unset
    if isinstance(model_id, Unset):
        json_model_id = UNSET
    elif isinstance(model_id, UUID):
        json_model_id = str(model_id)
    else:
        json_model_id = model_id
    params["model_id"] = json_model_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/decisions/{decision_id}/documents/preview".format(
            decision_id=quote(str(decision_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
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
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
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
    model_id: None | Unset | UUID = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """Preview a decision's document (unsigned draft)

     The decision's own text as it would be issued (or, with `model_id`, that model's certificate or Giấy
    khen), rendered now without a signature: a unit without a signing certificate can still read its
    draft. Only an authority of the issuing unit (403 `not_competent_authority`); 404
    `document_not_found` when the decision has no such document.

    Args:
        decision_id (UUID):
        model_id (None | Unset | UUID): A covered model: its paper instead of the text.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        decision_id=decision_id,
        model_id=model_id,
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
    model_id: None | Unset | UUID = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """Preview a decision's document (unsigned draft)

     The decision's own text as it would be issued (or, with `model_id`, that model's certificate or Giấy
    khen), rendered now without a signature: a unit without a signing certificate can still read its
    draft. Only an authority of the issuing unit (403 `not_competent_authority`); 404
    `document_not_found` when the decision has no such document.

    Args:
        decision_id (UUID):
        model_id (None | Unset | UUID): A covered model: its paper instead of the text.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return sync_detailed(
        decision_id=decision_id,
        client=client,
        model_id=model_id,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    decision_id: UUID,
    *,
    client: AuthenticatedClient,
    model_id: None | Unset | UUID = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """Preview a decision's document (unsigned draft)

     The decision's own text as it would be issued (or, with `model_id`, that model's certificate or Giấy
    khen), rendered now without a signature: a unit without a signing certificate can still read its
    draft. Only an authority of the issuing unit (403 `not_competent_authority`); 404
    `document_not_found` when the decision has no such document.

    Args:
        decision_id (UUID):
        model_id (None | Unset | UUID): A covered model: its paper instead of the text.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        decision_id=decision_id,
        model_id=model_id,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    decision_id: UUID,
    *,
    client: AuthenticatedClient,
    model_id: None | Unset | UUID = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """Preview a decision's document (unsigned draft)

     The decision's own text as it would be issued (or, with `model_id`, that model's certificate or Giấy
    khen), rendered now without a signature: a unit without a signing certificate can still read its
    draft. Only an authority of the issuing unit (403 `not_competent_authority`); 404
    `document_not_found` when the decision has no such document.

    Args:
        decision_id (UUID):
        model_id (None | Unset | UUID): A covered model: its paper instead of the text.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            decision_id=decision_id,
            client=client,
            model_id=model_id,
            x_request_id=x_request_id,
        )
    ).parsed
