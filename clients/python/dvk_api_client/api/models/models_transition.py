from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authority_problem import AuthorityProblem
from ...models.guard_problem import GuardProblem
from ...models.model_read import ModelRead
from ...models.outage_problem import OutageProblem
from ...models.precondition_problem import PreconditionProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.size_problem import SizeProblem
from ...models.transition_problem import TransitionProblem
from ...models.transition_request import TransitionRequest
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model_id: UUID,
    *,
    body: TransitionRequest,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["If-Match"] = if_match

    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/models/{model_id}/transitions".format(
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
    AuthorityProblem
    | GuardProblem
    | Problem
    | TransitionProblem
    | ValidationProblem
    | ModelRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | ScopeProblem
    | SizeProblem
    | TransitionProblem
    | None
):
    if response.status_code == 200:
        response_200 = ModelRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = TransitionProblem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = PreconditionProblem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = SizeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:

        def _parse_response_422(
            data: object,
        ) -> AuthorityProblem | GuardProblem | Problem | TransitionProblem | ValidationProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = GuardProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_1 = TransitionProblem.from_dict(data)

                return response_422_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_2 = ValidationProblem.from_dict(data)

                return response_422_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_3 = AuthorityProblem.from_dict(data)

                return response_422_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_4 = Problem.from_dict(data)

            return response_422_type_4

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
    AuthorityProblem
    | GuardProblem
    | Problem
    | TransitionProblem
    | ValidationProblem
    | ModelRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | ScopeProblem
    | SizeProblem
    | TransitionProblem
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
    body: TransitionRequest,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[
    AuthorityProblem
    | GuardProblem
    | Problem
    | TransitionProblem
    | ValidationProblem
    | ModelRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | ScopeProblem
    | SizeProblem
    | TransitionProblem
]:
    """Move a model in the workflow

     Apply a workflow action. 409 lists the allowed actions, 422 the failed guards, 403 a role that may
    not act, 404 a model outside the caller's scope. Needs `If-Match` with the model's ETag (428 without
    it, 412 when stale: checked after the role and the state); `Idempotency-Key` makes a retry safe.

    | action | from | to | who | reason | guards |
    |---|---|---|---|---|---|
    | `submit` | draft, returned | registered | registrant | — | `required_fields`,
    `registration_window_open`, `other_field_confirmed`, `registration_form_attached` |
    | `accept` | registered | implementing | mobiliser | — | `other_field_confirmed` |
    | `return` | registered, reported, surveyed | returned | mobiliser | required | — |
    | `report_results` | implementing | reported | registrant | — | `results_for_every_target`,
    `result_report_given` |
    | `record_survey` | reported | surveyed | mobiliser | — | `survey_complete` |
    | `withdraw` | draft, implementing, registered, reported, returned, surveyed | withdrawn |
    registrant | required | — |
    | `nominate` | recognized | nominated | registrant, mobiliser | — | `exemplar_dossier_complete` |

    Args:
        model_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (TransitionRequest): A workflow move: the action, a reason where required, and the
            action's payload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorityProblem | GuardProblem | Problem | TransitionProblem | ValidationProblem | ModelRead | OutageProblem | PreconditionProblem | Problem | ScopeProblem | SizeProblem | TransitionProblem]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
        idempotency_key=idempotency_key,
        if_match=if_match,
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
    body: TransitionRequest,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> (
    AuthorityProblem
    | GuardProblem
    | Problem
    | TransitionProblem
    | ValidationProblem
    | ModelRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | ScopeProblem
    | SizeProblem
    | TransitionProblem
    | None
):
    """Move a model in the workflow

     Apply a workflow action. 409 lists the allowed actions, 422 the failed guards, 403 a role that may
    not act, 404 a model outside the caller's scope. Needs `If-Match` with the model's ETag (428 without
    it, 412 when stale: checked after the role and the state); `Idempotency-Key` makes a retry safe.

    | action | from | to | who | reason | guards |
    |---|---|---|---|---|---|
    | `submit` | draft, returned | registered | registrant | — | `required_fields`,
    `registration_window_open`, `other_field_confirmed`, `registration_form_attached` |
    | `accept` | registered | implementing | mobiliser | — | `other_field_confirmed` |
    | `return` | registered, reported, surveyed | returned | mobiliser | required | — |
    | `report_results` | implementing | reported | registrant | — | `results_for_every_target`,
    `result_report_given` |
    | `record_survey` | reported | surveyed | mobiliser | — | `survey_complete` |
    | `withdraw` | draft, implementing, registered, reported, returned, surveyed | withdrawn |
    registrant | required | — |
    | `nominate` | recognized | nominated | registrant, mobiliser | — | `exemplar_dossier_complete` |

    Args:
        model_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (TransitionRequest): A workflow move: the action, a reason where required, and the
            action's payload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorityProblem | GuardProblem | Problem | TransitionProblem | ValidationProblem | ModelRead | OutageProblem | PreconditionProblem | Problem | ScopeProblem | SizeProblem | TransitionProblem
    """

    return sync_detailed(
        model_id=model_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        if_match=if_match,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    model_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TransitionRequest,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> Response[
    AuthorityProblem
    | GuardProblem
    | Problem
    | TransitionProblem
    | ValidationProblem
    | ModelRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | ScopeProblem
    | SizeProblem
    | TransitionProblem
]:
    """Move a model in the workflow

     Apply a workflow action. 409 lists the allowed actions, 422 the failed guards, 403 a role that may
    not act, 404 a model outside the caller's scope. Needs `If-Match` with the model's ETag (428 without
    it, 412 when stale: checked after the role and the state); `Idempotency-Key` makes a retry safe.

    | action | from | to | who | reason | guards |
    |---|---|---|---|---|---|
    | `submit` | draft, returned | registered | registrant | — | `required_fields`,
    `registration_window_open`, `other_field_confirmed`, `registration_form_attached` |
    | `accept` | registered | implementing | mobiliser | — | `other_field_confirmed` |
    | `return` | registered, reported, surveyed | returned | mobiliser | required | — |
    | `report_results` | implementing | reported | registrant | — | `results_for_every_target`,
    `result_report_given` |
    | `record_survey` | reported | surveyed | mobiliser | — | `survey_complete` |
    | `withdraw` | draft, implementing, registered, reported, returned, surveyed | withdrawn |
    registrant | required | — |
    | `nominate` | recognized | nominated | registrant, mobiliser | — | `exemplar_dossier_complete` |

    Args:
        model_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (TransitionRequest): A workflow move: the action, a reason where required, and the
            action's payload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorityProblem | GuardProblem | Problem | TransitionProblem | ValidationProblem | ModelRead | OutageProblem | PreconditionProblem | Problem | ScopeProblem | SizeProblem | TransitionProblem]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
        idempotency_key=idempotency_key,
        if_match=if_match,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TransitionRequest,
    idempotency_key: str | Unset = UNSET,
    if_match: str,
    x_request_id: str | Unset = UNSET,
) -> (
    AuthorityProblem
    | GuardProblem
    | Problem
    | TransitionProblem
    | ValidationProblem
    | ModelRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | ScopeProblem
    | SizeProblem
    | TransitionProblem
    | None
):
    """Move a model in the workflow

     Apply a workflow action. 409 lists the allowed actions, 422 the failed guards, 403 a role that may
    not act, 404 a model outside the caller's scope. Needs `If-Match` with the model's ETag (428 without
    it, 412 when stale: checked after the role and the state); `Idempotency-Key` makes a retry safe.

    | action | from | to | who | reason | guards |
    |---|---|---|---|---|---|
    | `submit` | draft, returned | registered | registrant | — | `required_fields`,
    `registration_window_open`, `other_field_confirmed`, `registration_form_attached` |
    | `accept` | registered | implementing | mobiliser | — | `other_field_confirmed` |
    | `return` | registered, reported, surveyed | returned | mobiliser | required | — |
    | `report_results` | implementing | reported | registrant | — | `results_for_every_target`,
    `result_report_given` |
    | `record_survey` | reported | surveyed | mobiliser | — | `survey_complete` |
    | `withdraw` | draft, implementing, registered, reported, returned, surveyed | withdrawn |
    registrant | required | — |
    | `nominate` | recognized | nominated | registrant, mobiliser | — | `exemplar_dossier_complete` |

    Args:
        model_id (UUID):
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        if_match (str):  Example: "3".
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (TransitionRequest): A workflow move: the action, a reason where required, and the
            action's payload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorityProblem | GuardProblem | Problem | TransitionProblem | ValidationProblem | ModelRead | OutageProblem | PreconditionProblem | Problem | ScopeProblem | SizeProblem | TransitionProblem
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            if_match=if_match,
            x_request_id=x_request_id,
        )
    ).parsed
