from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.model_sort import ModelSort
from ...models.model_summary_page import ModelSummaryPage
from ...models.model_type import ModelType
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.registrant_kind import RegistrantKind
from ...models.scope_problem import ScopeProblem
from ...models.state import State
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    unit: int | None | Unset = UNSET,
    registrant_unit: int | None | Unset = UNSET,
    field: None | str | Unset = UNSET,
    model_type: ModelType | None | Unset = UNSET,
    state: list[State] | None | Unset = UNSET,
    registrant_kind: None | RegistrantKind | Unset = UNSET,
    late: bool | None | Unset = UNSET,
    authority_case: int | None | Unset = UNSET,
    deciding_unit: int | None | Unset = UNSET,
    replicates: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    sort: ModelSort | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_campaign: None | str | Unset
    if isinstance(campaign, Unset):
        json_campaign = UNSET
    elif isinstance(campaign, UUID):
        json_campaign = str(campaign)
    else:
        json_campaign = campaign
    params["campaign"] = json_campaign

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_unit: int | None | Unset
    if isinstance(unit, Unset):
        json_unit = UNSET
    else:
        json_unit = unit
    params["unit"] = json_unit

    json_registrant_unit: int | None | Unset
    if isinstance(registrant_unit, Unset):
        json_registrant_unit = UNSET
    else:
        json_registrant_unit = registrant_unit
    params["registrant_unit"] = json_registrant_unit

    json_field: None | str | Unset
    if isinstance(field, Unset):
        json_field = UNSET
    else:
        json_field = field
    params["field"] = json_field

    json_model_type: None | str | Unset
    if isinstance(model_type, Unset):
        json_model_type = UNSET
    elif isinstance(model_type, ModelType):
        json_model_type = model_type.value
    else:
        json_model_type = model_type
    params["model_type"] = json_model_type

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

    json_registrant_kind: None | str | Unset
    if isinstance(registrant_kind, Unset):
        json_registrant_kind = UNSET
    elif isinstance(registrant_kind, RegistrantKind):
        json_registrant_kind = registrant_kind.value
    else:
        json_registrant_kind = registrant_kind
    params["registrant_kind"] = json_registrant_kind

    json_late: bool | None | Unset
    if isinstance(late, Unset):
        json_late = UNSET
    else:
        json_late = late
    params["late"] = json_late

    json_authority_case: int | None | Unset
    if isinstance(authority_case, Unset):
        json_authority_case = UNSET
    else:
        json_authority_case = authority_case
    params["authority_case"] = json_authority_case

    json_deciding_unit: int | None | Unset
    if isinstance(deciding_unit, Unset):
        json_deciding_unit = UNSET
    else:
        json_deciding_unit = deciding_unit
    params["deciding_unit"] = json_deciding_unit

    json_replicates: None | str | Unset
    if isinstance(replicates, Unset):
        json_replicates = UNSET
    elif isinstance(replicates, UUID):
        json_replicates = str(replicates)
    else:
        json_replicates = replicates
    params["replicates"] = json_replicates

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

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
        "url": "/api/v1/models",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModelSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    if response.status_code == 200:
        response_200 = ModelSummaryPage.from_dict(response.json())

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
) -> Response[ModelSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    campaign: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    unit: int | None | Unset = UNSET,
    registrant_unit: int | None | Unset = UNSET,
    field: None | str | Unset = UNSET,
    model_type: ModelType | None | Unset = UNSET,
    state: list[State] | None | Unset = UNSET,
    registrant_kind: None | RegistrantKind | Unset = UNSET,
    late: bool | None | Unset = UNSET,
    authority_case: int | None | Unset = UNSET,
    deciding_unit: int | None | Unset = UNSET,
    replicates: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    sort: ModelSort | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[ModelSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """List and search models

     Models the caller may see, filtered, in a stable order, one page at a time.

    Args:
        campaign (None | Unset | UUID):
        year (int | None | Unset):
        unit (int | None | Unset): A unit: its whole subtree.
        registrant_unit (int | None | Unset): Exactly this registrant unit.
        field (None | str | Unset):
        model_type (ModelType | None | Unset):
        state (list[State] | None | Unset): Repeat for several states.
        registrant_kind (None | RegistrantKind | Unset):
        late (bool | None | Unset):
        authority_case (int | None | Unset):
        deciding_unit (int | None | Unset): Exactly this deciding unit.
        replicates (None | Unset | UUID): Models that replicate this model.
        q (None | str | Unset): Search name and summary, ignoring diacritics.
        sort (ModelSort | Unset): The order of GET /models: a field, descending when prefixed by
            `-`.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        year=year,
        unit=unit,
        registrant_unit=registrant_unit,
        field=field,
        model_type=model_type,
        state=state,
        registrant_kind=registrant_kind,
        late=late,
        authority_case=authority_case,
        deciding_unit=deciding_unit,
        replicates=replicates,
        q=q,
        sort=sort,
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
    campaign: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    unit: int | None | Unset = UNSET,
    registrant_unit: int | None | Unset = UNSET,
    field: None | str | Unset = UNSET,
    model_type: ModelType | None | Unset = UNSET,
    state: list[State] | None | Unset = UNSET,
    registrant_kind: None | RegistrantKind | Unset = UNSET,
    late: bool | None | Unset = UNSET,
    authority_case: int | None | Unset = UNSET,
    deciding_unit: int | None | Unset = UNSET,
    replicates: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    sort: ModelSort | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> ModelSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """List and search models

     Models the caller may see, filtered, in a stable order, one page at a time.

    Args:
        campaign (None | Unset | UUID):
        year (int | None | Unset):
        unit (int | None | Unset): A unit: its whole subtree.
        registrant_unit (int | None | Unset): Exactly this registrant unit.
        field (None | str | Unset):
        model_type (ModelType | None | Unset):
        state (list[State] | None | Unset): Repeat for several states.
        registrant_kind (None | RegistrantKind | Unset):
        late (bool | None | Unset):
        authority_case (int | None | Unset):
        deciding_unit (int | None | Unset): Exactly this deciding unit.
        replicates (None | Unset | UUID): Models that replicate this model.
        q (None | str | Unset): Search name and summary, ignoring diacritics.
        sort (ModelSort | Unset): The order of GET /models: a field, descending when prefixed by
            `-`.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return sync_detailed(
        client=client,
        campaign=campaign,
        year=year,
        unit=unit,
        registrant_unit=registrant_unit,
        field=field,
        model_type=model_type,
        state=state,
        registrant_kind=registrant_kind,
        late=late,
        authority_case=authority_case,
        deciding_unit=deciding_unit,
        replicates=replicates,
        q=q,
        sort=sort,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    campaign: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    unit: int | None | Unset = UNSET,
    registrant_unit: int | None | Unset = UNSET,
    field: None | str | Unset = UNSET,
    model_type: ModelType | None | Unset = UNSET,
    state: list[State] | None | Unset = UNSET,
    registrant_kind: None | RegistrantKind | Unset = UNSET,
    late: bool | None | Unset = UNSET,
    authority_case: int | None | Unset = UNSET,
    deciding_unit: int | None | Unset = UNSET,
    replicates: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    sort: ModelSort | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[ModelSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """List and search models

     Models the caller may see, filtered, in a stable order, one page at a time.

    Args:
        campaign (None | Unset | UUID):
        year (int | None | Unset):
        unit (int | None | Unset): A unit: its whole subtree.
        registrant_unit (int | None | Unset): Exactly this registrant unit.
        field (None | str | Unset):
        model_type (ModelType | None | Unset):
        state (list[State] | None | Unset): Repeat for several states.
        registrant_kind (None | RegistrantKind | Unset):
        late (bool | None | Unset):
        authority_case (int | None | Unset):
        deciding_unit (int | None | Unset): Exactly this deciding unit.
        replicates (None | Unset | UUID): Models that replicate this model.
        q (None | str | Unset): Search name and summary, ignoring diacritics.
        sort (ModelSort | Unset): The order of GET /models: a field, descending when prefixed by
            `-`.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModelSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        year=year,
        unit=unit,
        registrant_unit=registrant_unit,
        field=field,
        model_type=model_type,
        state=state,
        registrant_kind=registrant_kind,
        late=late,
        authority_case=authority_case,
        deciding_unit=deciding_unit,
        replicates=replicates,
        q=q,
        sort=sort,
        limit=limit,
        cursor=cursor,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    campaign: None | Unset | UUID = UNSET,
    year: int | None | Unset = UNSET,
    unit: int | None | Unset = UNSET,
    registrant_unit: int | None | Unset = UNSET,
    field: None | str | Unset = UNSET,
    model_type: ModelType | None | Unset = UNSET,
    state: list[State] | None | Unset = UNSET,
    registrant_kind: None | RegistrantKind | Unset = UNSET,
    late: bool | None | Unset = UNSET,
    authority_case: int | None | Unset = UNSET,
    deciding_unit: int | None | Unset = UNSET,
    replicates: None | Unset | UUID = UNSET,
    q: None | str | Unset = UNSET,
    sort: ModelSort | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> ModelSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """List and search models

     Models the caller may see, filtered, in a stable order, one page at a time.

    Args:
        campaign (None | Unset | UUID):
        year (int | None | Unset):
        unit (int | None | Unset): A unit: its whole subtree.
        registrant_unit (int | None | Unset): Exactly this registrant unit.
        field (None | str | Unset):
        model_type (ModelType | None | Unset):
        state (list[State] | None | Unset): Repeat for several states.
        registrant_kind (None | RegistrantKind | Unset):
        late (bool | None | Unset):
        authority_case (int | None | Unset):
        deciding_unit (int | None | Unset): Exactly this deciding unit.
        replicates (None | Unset | UUID): Models that replicate this model.
        q (None | str | Unset): Search name and summary, ignoring diacritics.
        sort (ModelSort | Unset): The order of GET /models: a field, descending when prefixed by
            `-`.
        limit (int | None | Unset): Page size (capped at the server maximum).
        cursor (None | str | Unset): Opaque cursor from `next_cursor`.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModelSummaryPage | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign=campaign,
            year=year,
            unit=unit,
            registrant_unit=registrant_unit,
            field=field,
            model_type=model_type,
            state=state,
            registrant_kind=registrant_kind,
            late=late,
            authority_case=authority_case,
            deciding_unit=deciding_unit,
            replicates=replicates,
            q=q,
            sort=sort,
            limit=limit,
            cursor=cursor,
            x_request_id=x_request_id,
        )
    ).parsed
