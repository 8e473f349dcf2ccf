from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.confirmation_create import ConfirmationCreate
from ...models.confirmation_read import ConfirmationRead
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.size_problem import SizeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model_id: UUID,
    *,
    body: ConfirmationCreate,
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
        "url": "/api/v1/models/{model_id}/confirmations".format(
            model_id=quote(str(model_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfirmationRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | None:
    if response.status_code == 201:
        response_201 = ConfirmationRead.from_dict(response.json())

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
) -> Response[ConfirmationRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]:
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
    body: ConfirmationCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[ConfirmationRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]:
    """Confirm a model in field `other`, or an exemplar's achievement report

     Record a confirmation act by the caller, as a user of the unit that confirms (seed 000):
    - `other_field` — a model in field `other` confirmed by its directly managing unit (§2.2): for a
    collective, the
      registrant unit's parent in the unit tree; for an individual, the unit they register through. A
    scanned
      confirmation (`evidence_id`, a `confirmation` file) is optional. Guard `other_field_confirmed`
    (submit, accept).
    - `achievement_report` — an exemplar's achievement report (`evidence_id`, an `achievement_report`
    file)
      confirmed by the grassroots party committee (§5): the first `grassroots_party_committee` up the
    party links
      from the registrant unit, else the unit's own party organisation (a grassroots party cell), else
    its parent.
      Guard `exemplar_dossier_complete` (nominate).

    A user of that unit holds `registrant`, `mobiliser` or `authority` at the unit itself. Checks in
    order (nothing
    is written on failure): 404 a model the caller cannot see; 422 `authority_unresolvable` (the tree
    names no such
    unit); 403 `confirmation_not_permitted` (the problem names `confirming_unit`); 409
    `model_withdrawn`; 422
    `confirmation_not_applicable` (`other_field` for a field that needs no confirmation),
    `evidence_required`,
    `confirmation_file_invalid`; 409 `already_confirmed` (the same unit's act not withdrawn). The act is
    written in
    the model's history (`confirm`) with an event (`model.confirmed` or `evidence.confirmed`).
    `Idempotency-Key` makes a retry safe.

    Args:
        model_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (ConfirmationCreate): What the caller confirms: the model (`other_field`) or its
            achievement report (`achievement_report`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmationRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]
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
    body: ConfirmationCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> ConfirmationRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | None:
    """Confirm a model in field `other`, or an exemplar's achievement report

     Record a confirmation act by the caller, as a user of the unit that confirms (seed 000):
    - `other_field` — a model in field `other` confirmed by its directly managing unit (§2.2): for a
    collective, the
      registrant unit's parent in the unit tree; for an individual, the unit they register through. A
    scanned
      confirmation (`evidence_id`, a `confirmation` file) is optional. Guard `other_field_confirmed`
    (submit, accept).
    - `achievement_report` — an exemplar's achievement report (`evidence_id`, an `achievement_report`
    file)
      confirmed by the grassroots party committee (§5): the first `grassroots_party_committee` up the
    party links
      from the registrant unit, else the unit's own party organisation (a grassroots party cell), else
    its parent.
      Guard `exemplar_dossier_complete` (nominate).

    A user of that unit holds `registrant`, `mobiliser` or `authority` at the unit itself. Checks in
    order (nothing
    is written on failure): 404 a model the caller cannot see; 422 `authority_unresolvable` (the tree
    names no such
    unit); 403 `confirmation_not_permitted` (the problem names `confirming_unit`); 409
    `model_withdrawn`; 422
    `confirmation_not_applicable` (`other_field` for a field that needs no confirmation),
    `evidence_required`,
    `confirmation_file_invalid`; 409 `already_confirmed` (the same unit's act not withdrawn). The act is
    written in
    the model's history (`confirm`) with an event (`model.confirmed` or `evidence.confirmed`).
    `Idempotency-Key` makes a retry safe.

    Args:
        model_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (ConfirmationCreate): What the caller confirms: the model (`other_field`) or its
            achievement report (`achievement_report`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmationRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem
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
    body: ConfirmationCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[ConfirmationRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]:
    """Confirm a model in field `other`, or an exemplar's achievement report

     Record a confirmation act by the caller, as a user of the unit that confirms (seed 000):
    - `other_field` — a model in field `other` confirmed by its directly managing unit (§2.2): for a
    collective, the
      registrant unit's parent in the unit tree; for an individual, the unit they register through. A
    scanned
      confirmation (`evidence_id`, a `confirmation` file) is optional. Guard `other_field_confirmed`
    (submit, accept).
    - `achievement_report` — an exemplar's achievement report (`evidence_id`, an `achievement_report`
    file)
      confirmed by the grassroots party committee (§5): the first `grassroots_party_committee` up the
    party links
      from the registrant unit, else the unit's own party organisation (a grassroots party cell), else
    its parent.
      Guard `exemplar_dossier_complete` (nominate).

    A user of that unit holds `registrant`, `mobiliser` or `authority` at the unit itself. Checks in
    order (nothing
    is written on failure): 404 a model the caller cannot see; 422 `authority_unresolvable` (the tree
    names no such
    unit); 403 `confirmation_not_permitted` (the problem names `confirming_unit`); 409
    `model_withdrawn`; 422
    `confirmation_not_applicable` (`other_field` for a field that needs no confirmation),
    `evidence_required`,
    `confirmation_file_invalid`; 409 `already_confirmed` (the same unit's act not withdrawn). The act is
    written in
    the model's history (`confirm`) with an event (`model.confirmed` or `evidence.confirmed`).
    `Idempotency-Key` makes a retry safe.

    Args:
        model_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (ConfirmationCreate): What the caller confirms: the model (`other_field`) or its
            achievement report (`achievement_report`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmationRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem]
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
    body: ConfirmationCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> ConfirmationRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem | None:
    """Confirm a model in field `other`, or an exemplar's achievement report

     Record a confirmation act by the caller, as a user of the unit that confirms (seed 000):
    - `other_field` — a model in field `other` confirmed by its directly managing unit (§2.2): for a
    collective, the
      registrant unit's parent in the unit tree; for an individual, the unit they register through. A
    scanned
      confirmation (`evidence_id`, a `confirmation` file) is optional. Guard `other_field_confirmed`
    (submit, accept).
    - `achievement_report` — an exemplar's achievement report (`evidence_id`, an `achievement_report`
    file)
      confirmed by the grassroots party committee (§5): the first `grassroots_party_committee` up the
    party links
      from the registrant unit, else the unit's own party organisation (a grassroots party cell), else
    its parent.
      Guard `exemplar_dossier_complete` (nominate).

    A user of that unit holds `registrant`, `mobiliser` or `authority` at the unit itself. Checks in
    order (nothing
    is written on failure): 404 a model the caller cannot see; 422 `authority_unresolvable` (the tree
    names no such
    unit); 403 `confirmation_not_permitted` (the problem names `confirming_unit`); 409
    `model_withdrawn`; 422
    `confirmation_not_applicable` (`other_field` for a field that needs no confirmation),
    `evidence_required`,
    `confirmation_file_invalid`; 409 `already_confirmed` (the same unit's act not withdrawn). The act is
    written in
    the model's history (`confirm`) with an event (`model.confirmed` or `evidence.confirmed`).
    `Idempotency-Key` makes a retry safe.

    Args:
        model_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (ConfirmationCreate): What the caller confirms: the model (`other_field`) or its
            achievement report (`achievement_report`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmationRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | SizeProblem
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
