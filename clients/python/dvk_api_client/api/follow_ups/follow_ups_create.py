from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.follow_up_create import FollowUpCreate
from ...models.follow_up_read import FollowUpRead
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.size_problem import SizeProblem
from ...models.state_problem import StateProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model_id: UUID,
    *,
    body: FollowUpCreate,
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
        "url": "/api/v1/models/{model_id}/follow-ups".format(
            model_id=quote(str(model_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FollowUpRead
    | OutageProblem
    | Problem
    | Problem
    | StateProblem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
    | None
):
    if response.status_code == 201:
        response_201 = FollowUpRead.from_dict(response.json())

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

        def _parse_response_422(data: object) -> Problem | StateProblem | ValidationProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = StateProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_1 = ValidationProblem.from_dict(data)

                return response_422_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_2 = Problem.from_dict(data)

            return response_422_type_2

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
    FollowUpRead | OutageProblem | Problem | Problem | StateProblem | ValidationProblem | ScopeProblem | SizeProblem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FollowUpCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[
    FollowUpRead | OutageProblem | Problem | Problem | StateProblem | ValidationProblem | ScopeProblem | SizeProblem
]:
    """Record a follow-up of a model (theo dõi, kiểm tra)

     A mass-mobilisation officer (role `mobiliser`) or an administrator of the model's unit or a unit
    above it records a visit or check of the model between its registration and its survey (states
    registered, implementing, reported; else 422 `follow_up_not_allowed` with the state): the day, the
    kind (monitoring, inspection, praise, guidance, reminder), who else took part, what was found, what
    the registrant is asked to do and by when, the model's files it cites, and earlier open requests it
    found done (`resolves`, closed by this one). The caller is the officer. The model's state does not
    change: the history shows the entry as action `follow_up` with from_state = to_state, and the event
    log `model.followed-up`. No `If-Match` (the model's content is not changed), but the model gets a
    new version (its read counts follow-ups): read it again before the next write to it. Other roles
    that see the model: 403; a model you do not see: 404. `Idempotency-Key` makes a retry safe.

    Args:
        model_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (FollowUpCreate): A visit or check of a model by a board: when, what kind, who else
            took part, what was found, what is
            asked of the registrant and by when, the model's files it rests on, and earlier requests
            found done.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FollowUpRead | OutageProblem | Problem | Problem | StateProblem | ValidationProblem | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FollowUpCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> (
    FollowUpRead
    | OutageProblem
    | Problem
    | Problem
    | StateProblem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
    | None
):
    """Record a follow-up of a model (theo dõi, kiểm tra)

     A mass-mobilisation officer (role `mobiliser`) or an administrator of the model's unit or a unit
    above it records a visit or check of the model between its registration and its survey (states
    registered, implementing, reported; else 422 `follow_up_not_allowed` with the state): the day, the
    kind (monitoring, inspection, praise, guidance, reminder), who else took part, what was found, what
    the registrant is asked to do and by when, the model's files it cites, and earlier open requests it
    found done (`resolves`, closed by this one). The caller is the officer. The model's state does not
    change: the history shows the entry as action `follow_up` with from_state = to_state, and the event
    log `model.followed-up`. No `If-Match` (the model's content is not changed), but the model gets a
    new version (its read counts follow-ups): read it again before the next write to it. Other roles
    that see the model: 403; a model you do not see: 404. `Idempotency-Key` makes a retry safe.

    Args:
        model_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (FollowUpCreate): A visit or check of a model by a board: when, what kind, who else
            took part, what was found, what is
            asked of the registrant and by when, the model's files it rests on, and earlier requests
            found done.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FollowUpRead | OutageProblem | Problem | Problem | StateProblem | ValidationProblem | ScopeProblem | SizeProblem
    """

    return sync_detailed(
        model_id=model_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    model_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FollowUpCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[
    FollowUpRead | OutageProblem | Problem | Problem | StateProblem | ValidationProblem | ScopeProblem | SizeProblem
]:
    """Record a follow-up of a model (theo dõi, kiểm tra)

     A mass-mobilisation officer (role `mobiliser`) or an administrator of the model's unit or a unit
    above it records a visit or check of the model between its registration and its survey (states
    registered, implementing, reported; else 422 `follow_up_not_allowed` with the state): the day, the
    kind (monitoring, inspection, praise, guidance, reminder), who else took part, what was found, what
    the registrant is asked to do and by when, the model's files it cites, and earlier open requests it
    found done (`resolves`, closed by this one). The caller is the officer. The model's state does not
    change: the history shows the entry as action `follow_up` with from_state = to_state, and the event
    log `model.followed-up`. No `If-Match` (the model's content is not changed), but the model gets a
    new version (its read counts follow-ups): read it again before the next write to it. Other roles
    that see the model: 403; a model you do not see: 404. `Idempotency-Key` makes a retry safe.

    Args:
        model_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (FollowUpCreate): A visit or check of a model by a board: when, what kind, who else
            took part, what was found, what is
            asked of the registrant and by when, the model's files it rests on, and earlier requests
            found done.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FollowUpRead | OutageProblem | Problem | Problem | StateProblem | ValidationProblem | ScopeProblem | SizeProblem]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FollowUpCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> (
    FollowUpRead
    | OutageProblem
    | Problem
    | Problem
    | StateProblem
    | ValidationProblem
    | ScopeProblem
    | SizeProblem
    | None
):
    """Record a follow-up of a model (theo dõi, kiểm tra)

     A mass-mobilisation officer (role `mobiliser`) or an administrator of the model's unit or a unit
    above it records a visit or check of the model between its registration and its survey (states
    registered, implementing, reported; else 422 `follow_up_not_allowed` with the state): the day, the
    kind (monitoring, inspection, praise, guidance, reminder), who else took part, what was found, what
    the registrant is asked to do and by when, the model's files it cites, and earlier open requests it
    found done (`resolves`, closed by this one). The caller is the officer. The model's state does not
    change: the history shows the entry as action `follow_up` with from_state = to_state, and the event
    log `model.followed-up`. No `If-Match` (the model's content is not changed), but the model gets a
    new version (its read counts follow-ups): read it again before the next write to it. Other roles
    that see the model: 403; a model you do not see: 404. `Idempotency-Key` makes a retry safe.

    Args:
        model_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (FollowUpCreate): A visit or check of a model by a board: when, what kind, who else
            took part, what was found, what is
            asked of the registrant and by when, the model's files it rests on, and earlier requests
            found done.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FollowUpRead | OutageProblem | Problem | Problem | StateProblem | ValidationProblem | ScopeProblem | SizeProblem
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            x_request_id=x_request_id,
        )
    ).parsed
