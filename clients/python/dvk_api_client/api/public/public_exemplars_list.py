from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.public_exemplar_page import PublicExemplarPage
from ...models.public_state import PublicState
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    unit: int | None | Unset = UNSET,
    field: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    state: list[PublicState] | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_unit: int | None | Unset
    if isinstance(unit, Unset):
        json_unit = UNSET
    else:
        json_unit = unit
    params["unit"] = json_unit

    json_field: None | str | Unset
    if isinstance(field, Unset):
        json_field = UNSET
    else:
        json_field = field
    params["field"] = json_field

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_state: list[str] | None | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, list):
        json_state = []
        for state_type_0_item_data in state:
            state_type_0_item = state_type_0_item_data.value
            json_state.append(state_type_0_item)

    else:
        json_state = state
    params["state"] = json_state

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/exemplars",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OutageProblem | Problem | Problem | ValidationProblem | PublicExemplarPage | None:
    if response.status_code == 200:
        response_200 = PublicExemplarPage.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
) -> Response[Any | OutageProblem | Problem | Problem | ValidationProblem | PublicExemplarPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    unit: int | None | Unset = UNSET,
    field: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    state: list[PublicState] | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | OutageProblem | Problem | Problem | ValidationProblem | PublicExemplarPage]:
    """The public showcase

     Recognised models and exemplars that a published decision made public, latest decision first, then
    by code: unit, district and province, field, year, the published decisions and the published photos
    (served at `/public/files/{id}`). Never drafts, votes, minutes, portraits or personal data unless a
    decision publishes them. Public: no authentication (a token, valid or not, is ignored). `Cache-
    Control: public, max-age=300`, a strong `ETag` of the body (If-None-Match answers 304), `Vary:
    Accept-Language`.

    Args:
        unit (int | None | Unset): A unit id (e.g. a province or a district): its whole subtree.
            404 `unit_not_found` if there is no such unit.
        field (None | str | Unset): A field code, e.g. `economy`.
        year (int | None | Unset):
        state (list[PublicState] | None | Unset): Repeat for several states.
        q (None | str | Unset): Search name and summary, ignoring diacritics.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OutageProblem | Problem | Problem | ValidationProblem | PublicExemplarPage]
    """

    kwargs = _get_kwargs(
        unit=unit,
        field=field,
        year=year,
        state=state,
        q=q,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    unit: int | None | Unset = UNSET,
    field: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    state: list[PublicState] | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | OutageProblem | Problem | Problem | ValidationProblem | PublicExemplarPage | None:
    """The public showcase

     Recognised models and exemplars that a published decision made public, latest decision first, then
    by code: unit, district and province, field, year, the published decisions and the published photos
    (served at `/public/files/{id}`). Never drafts, votes, minutes, portraits or personal data unless a
    decision publishes them. Public: no authentication (a token, valid or not, is ignored). `Cache-
    Control: public, max-age=300`, a strong `ETag` of the body (If-None-Match answers 304), `Vary:
    Accept-Language`.

    Args:
        unit (int | None | Unset): A unit id (e.g. a province or a district): its whole subtree.
            404 `unit_not_found` if there is no such unit.
        field (None | str | Unset): A field code, e.g. `economy`.
        year (int | None | Unset):
        state (list[PublicState] | None | Unset): Repeat for several states.
        q (None | str | Unset): Search name and summary, ignoring diacritics.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OutageProblem | Problem | Problem | ValidationProblem | PublicExemplarPage
    """

    return sync_detailed(
        client=client,
        unit=unit,
        field=field,
        year=year,
        state=state,
        q=q,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    unit: int | None | Unset = UNSET,
    field: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    state: list[PublicState] | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | OutageProblem | Problem | Problem | ValidationProblem | PublicExemplarPage]:
    """The public showcase

     Recognised models and exemplars that a published decision made public, latest decision first, then
    by code: unit, district and province, field, year, the published decisions and the published photos
    (served at `/public/files/{id}`). Never drafts, votes, minutes, portraits or personal data unless a
    decision publishes them. Public: no authentication (a token, valid or not, is ignored). `Cache-
    Control: public, max-age=300`, a strong `ETag` of the body (If-None-Match answers 304), `Vary:
    Accept-Language`.

    Args:
        unit (int | None | Unset): A unit id (e.g. a province or a district): its whole subtree.
            404 `unit_not_found` if there is no such unit.
        field (None | str | Unset): A field code, e.g. `economy`.
        year (int | None | Unset):
        state (list[PublicState] | None | Unset): Repeat for several states.
        q (None | str | Unset): Search name and summary, ignoring diacritics.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OutageProblem | Problem | Problem | ValidationProblem | PublicExemplarPage]
    """

    kwargs = _get_kwargs(
        unit=unit,
        field=field,
        year=year,
        state=state,
        q=q,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    unit: int | None | Unset = UNSET,
    field: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,
    state: list[PublicState] | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | OutageProblem | Problem | Problem | ValidationProblem | PublicExemplarPage | None:
    """The public showcase

     Recognised models and exemplars that a published decision made public, latest decision first, then
    by code: unit, district and province, field, year, the published decisions and the published photos
    (served at `/public/files/{id}`). Never drafts, votes, minutes, portraits or personal data unless a
    decision publishes them. Public: no authentication (a token, valid or not, is ignored). `Cache-
    Control: public, max-age=300`, a strong `ETag` of the body (If-None-Match answers 304), `Vary:
    Accept-Language`.

    Args:
        unit (int | None | Unset): A unit id (e.g. a province or a district): its whole subtree.
            404 `unit_not_found` if there is no such unit.
        field (None | str | Unset): A field code, e.g. `economy`.
        year (int | None | Unset):
        state (list[PublicState] | None | Unset): Repeat for several states.
        q (None | str | Unset): Search name and summary, ignoring diacritics.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        if_none_match (str | Unset):  Example: "3".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OutageProblem | Problem | Problem | ValidationProblem | PublicExemplarPage
    """

    return (
        await asyncio_detailed(
            client=client,
            unit=unit,
            field=field,
            year=year,
            state=state,
            q=q,
            limit=limit,
            cursor=cursor,
            x_request_id=x_request_id,
            if_none_match=if_none_match,
        )
    ).parsed
