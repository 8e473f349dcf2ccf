from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.unit_page import UnitPage
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: None | str | Unset = UNSET,
    level: None | str | Unset = UNSET,
    parent: int | None | Unset = UNSET,
    roots: bool | Unset = False,
    under: int | None | Unset = UNSET,
    include_closed: bool | Unset = False,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    else:
        json_level = level
    params["level"] = json_level

    json_parent: int | None | Unset
    if isinstance(parent, Unset):
        json_parent = UNSET
    else:
        json_parent = parent
    params["parent"] = json_parent

    params["roots"] = roots

    json_under: int | None | Unset
    if isinstance(under, Unset):
        json_under = UNSET
    else:
        json_under = under
    params["under"] = json_under

    params["include_closed"] = include_closed

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
        "url": "/api/v1/units",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | UnitPage | None:
    if response.status_code == 200:
        response_200 = UnitPage.from_dict(response.json())

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
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | UnitPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | str | Unset = UNSET,
    level: None | str | Unset = UNSET,
    parent: int | None | Unset = UNSET,
    roots: bool | Unset = False,
    under: int | None | Unset = UNSET,
    include_closed: bool | Unset = False,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | UnitPage]:
    """List and search units

     Units matching the filters, sorted by name; pass `next_cursor` back as `cursor` for the next page.

    Args:
        kind (None | str | Unset): Only units of this kind code.
        level (None | str | Unset): Only units of this level code.
        parent (int | None | Unset): Only direct children of this unit.
        roots (bool | Unset): Only units with no parent (the roots of the tree). Default: False.
        under (int | None | Unset): Only this unit and its descendants.
        include_closed (bool | Unset): Also list closed units (default: active units only).
            Default: False.
        q (None | str | Unset): Search names (ignoring diacritics and case) and codes: `vinh
            thach` finds “Xã Vĩnh Thạch”.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | UnitPage]
    """

    kwargs = _get_kwargs(
        kind=kind,
        level=level,
        parent=parent,
        roots=roots,
        under=under,
        include_closed=include_closed,
        q=q,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    kind: None | str | Unset = UNSET,
    level: None | str | Unset = UNSET,
    parent: int | None | Unset = UNSET,
    roots: bool | Unset = False,
    under: int | None | Unset = UNSET,
    include_closed: bool | Unset = False,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | UnitPage | None:
    """List and search units

     Units matching the filters, sorted by name; pass `next_cursor` back as `cursor` for the next page.

    Args:
        kind (None | str | Unset): Only units of this kind code.
        level (None | str | Unset): Only units of this level code.
        parent (int | None | Unset): Only direct children of this unit.
        roots (bool | Unset): Only units with no parent (the roots of the tree). Default: False.
        under (int | None | Unset): Only this unit and its descendants.
        include_closed (bool | Unset): Also list closed units (default: active units only).
            Default: False.
        q (None | str | Unset): Search names (ignoring diacritics and case) and codes: `vinh
            thach` finds “Xã Vĩnh Thạch”.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | UnitPage
    """

    return sync_detailed(
        client=client,
        kind=kind,
        level=level,
        parent=parent,
        roots=roots,
        under=under,
        include_closed=include_closed,
        q=q,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | str | Unset = UNSET,
    level: None | str | Unset = UNSET,
    parent: int | None | Unset = UNSET,
    roots: bool | Unset = False,
    under: int | None | Unset = UNSET,
    include_closed: bool | Unset = False,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | UnitPage]:
    """List and search units

     Units matching the filters, sorted by name; pass `next_cursor` back as `cursor` for the next page.

    Args:
        kind (None | str | Unset): Only units of this kind code.
        level (None | str | Unset): Only units of this level code.
        parent (int | None | Unset): Only direct children of this unit.
        roots (bool | Unset): Only units with no parent (the roots of the tree). Default: False.
        under (int | None | Unset): Only this unit and its descendants.
        include_closed (bool | Unset): Also list closed units (default: active units only).
            Default: False.
        q (None | str | Unset): Search names (ignoring diacritics and case) and codes: `vinh
            thach` finds “Xã Vĩnh Thạch”.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | UnitPage]
    """

    kwargs = _get_kwargs(
        kind=kind,
        level=level,
        parent=parent,
        roots=roots,
        under=under,
        include_closed=include_closed,
        q=q,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: None | str | Unset = UNSET,
    level: None | str | Unset = UNSET,
    parent: int | None | Unset = UNSET,
    roots: bool | Unset = False,
    under: int | None | Unset = UNSET,
    include_closed: bool | Unset = False,
    q: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | UnitPage | None:
    """List and search units

     Units matching the filters, sorted by name; pass `next_cursor` back as `cursor` for the next page.

    Args:
        kind (None | str | Unset): Only units of this kind code.
        level (None | str | Unset): Only units of this level code.
        parent (int | None | Unset): Only direct children of this unit.
        roots (bool | Unset): Only units with no parent (the roots of the tree). Default: False.
        under (int | None | Unset): Only this unit and its descendants.
        include_closed (bool | Unset): Also list closed units (default: active units only).
            Default: False.
        q (None | str | Unset): Search names (ignoring diacritics and case) and codes: `vinh
            thach` finds “Xã Vĩnh Thạch”.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | UnitPage
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            level=level,
            parent=parent,
            roots=roots,
            under=under,
            include_closed=include_closed,
            q=q,
            limit=limit,
            cursor=cursor,
            x_request_id=x_request_id,
        )
    ).parsed
