from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decision_create import DecisionCreate
from ...models.decision_problem import DecisionProblem
from ...models.decision_read import DecisionRead
from ...models.outage_problem import OutageProblem
from ...models.precondition_problem import PreconditionProblem
from ...models.problem import Problem
from ...models.size_problem import SizeProblem
from ...models.state_problem import StateProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DecisionCreate,
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
        "url": "/api/v1/decisions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DecisionProblem
    | DecisionProblem
    | StateProblem
    | DecisionRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | SizeProblem
    | None
):
    if response.status_code == 201:
        response_201 = DecisionRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DecisionProblem.from_dict(response.json())

        return response_403

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 409:

        def _parse_response_409(data: object) -> DecisionProblem | StateProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = DecisionProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = StateProblem.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

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
        response_422 = DecisionProblem.from_dict(response.json())

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
    DecisionProblem
    | DecisionProblem
    | StateProblem
    | DecisionRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | SizeProblem
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
    body: DecisionCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[
    DecisionProblem
    | DecisionProblem
    | StateProblem
    | DecisionRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | SizeProblem
]:
    """Issue a decision

     Issue a decision of the competent unit; atomic: every covered model moves (with its history
    row and event) or nothing changes.

    Checks in order (nothing is written on failure):
    `invalid_decision_number` / body rules (422: `review_required`, `award_required`,
    `award_not_allowed`,
    `publish_not_allowed`, `override_not_applicable`, `duplicate_model`); `unknown_unit` (422); the
    caller's
    `authority` role at the issuing unit (403 `not_competent_authority`); `unknown_model` (422); the
    policy's
    competence for each model (403 `not_competent_authority`, `errors` give the policy's explanation and
    the
    competent unit per model; a commendation may come from the deciding unit or a unit above it);
    `model_state_conflict` (409: recognition needs `surveyed`, exemplar recognition `nominated`,
    commendation
    `exemplar`); the review: `unknown_review` (422), `review_not_closed` (409),
    `review_purpose_mismatch` (422),
    `not_a_candidate` (422), `contradicts_review` (409); dates: `issued_in_future` (422),
    `outside_recognition_period` (422, with the cycle's dates; an administrator covering the issuing
    unit may
    override it with `period_override.reason`, else 403 `override_not_permitted`);
    `duplicate_decision_number`
    (409, per issuing unit, year and serial). `Idempotency-Key` makes a retry safe.

    Args:
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (DecisionCreate): What the competent unit decides. Exactly these fields may be sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionProblem | DecisionProblem | StateProblem | DecisionRead | OutageProblem | PreconditionProblem | Problem | SizeProblem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DecisionCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> (
    DecisionProblem
    | DecisionProblem
    | StateProblem
    | DecisionRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | SizeProblem
    | None
):
    """Issue a decision

     Issue a decision of the competent unit; atomic: every covered model moves (with its history
    row and event) or nothing changes.

    Checks in order (nothing is written on failure):
    `invalid_decision_number` / body rules (422: `review_required`, `award_required`,
    `award_not_allowed`,
    `publish_not_allowed`, `override_not_applicable`, `duplicate_model`); `unknown_unit` (422); the
    caller's
    `authority` role at the issuing unit (403 `not_competent_authority`); `unknown_model` (422); the
    policy's
    competence for each model (403 `not_competent_authority`, `errors` give the policy's explanation and
    the
    competent unit per model; a commendation may come from the deciding unit or a unit above it);
    `model_state_conflict` (409: recognition needs `surveyed`, exemplar recognition `nominated`,
    commendation
    `exemplar`); the review: `unknown_review` (422), `review_not_closed` (409),
    `review_purpose_mismatch` (422),
    `not_a_candidate` (422), `contradicts_review` (409); dates: `issued_in_future` (422),
    `outside_recognition_period` (422, with the cycle's dates; an administrator covering the issuing
    unit may
    override it with `period_override.reason`, else 403 `override_not_permitted`);
    `duplicate_decision_number`
    (409, per issuing unit, year and serial). `Idempotency-Key` makes a retry safe.

    Args:
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (DecisionCreate): What the competent unit decides. Exactly these fields may be sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionProblem | DecisionProblem | StateProblem | DecisionRead | OutageProblem | PreconditionProblem | Problem | SizeProblem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DecisionCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> Response[
    DecisionProblem
    | DecisionProblem
    | StateProblem
    | DecisionRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | SizeProblem
]:
    """Issue a decision

     Issue a decision of the competent unit; atomic: every covered model moves (with its history
    row and event) or nothing changes.

    Checks in order (nothing is written on failure):
    `invalid_decision_number` / body rules (422: `review_required`, `award_required`,
    `award_not_allowed`,
    `publish_not_allowed`, `override_not_applicable`, `duplicate_model`); `unknown_unit` (422); the
    caller's
    `authority` role at the issuing unit (403 `not_competent_authority`); `unknown_model` (422); the
    policy's
    competence for each model (403 `not_competent_authority`, `errors` give the policy's explanation and
    the
    competent unit per model; a commendation may come from the deciding unit or a unit above it);
    `model_state_conflict` (409: recognition needs `surveyed`, exemplar recognition `nominated`,
    commendation
    `exemplar`); the review: `unknown_review` (422), `review_not_closed` (409),
    `review_purpose_mismatch` (422),
    `not_a_candidate` (422), `contradicts_review` (409); dates: `issued_in_future` (422),
    `outside_recognition_period` (422, with the cycle's dates; an administrator covering the issuing
    unit may
    override it with `period_override.reason`, else 403 `override_not_permitted`);
    `duplicate_decision_number`
    (409, per issuing unit, year and serial). `Idempotency-Key` makes a retry safe.

    Args:
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (DecisionCreate): What the competent unit decides. Exactly these fields may be sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionProblem | DecisionProblem | StateProblem | DecisionRead | OutageProblem | PreconditionProblem | Problem | SizeProblem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DecisionCreate,
    idempotency_key: str | Unset = UNSET,
    x_request_id: str | Unset = UNSET,
) -> (
    DecisionProblem
    | DecisionProblem
    | StateProblem
    | DecisionRead
    | OutageProblem
    | PreconditionProblem
    | Problem
    | SizeProblem
    | None
):
    """Issue a decision

     Issue a decision of the competent unit; atomic: every covered model moves (with its history
    row and event) or nothing changes.

    Checks in order (nothing is written on failure):
    `invalid_decision_number` / body rules (422: `review_required`, `award_required`,
    `award_not_allowed`,
    `publish_not_allowed`, `override_not_applicable`, `duplicate_model`); `unknown_unit` (422); the
    caller's
    `authority` role at the issuing unit (403 `not_competent_authority`); `unknown_model` (422); the
    policy's
    competence for each model (403 `not_competent_authority`, `errors` give the policy's explanation and
    the
    competent unit per model; a commendation may come from the deciding unit or a unit above it);
    `model_state_conflict` (409: recognition needs `surveyed`, exemplar recognition `nominated`,
    commendation
    `exemplar`); the review: `unknown_review` (422), `review_not_closed` (409),
    `review_purpose_mismatch` (422),
    `not_a_candidate` (422), `contradicts_review` (409); dates: `issued_in_future` (422),
    `outside_recognition_period` (422, with the cycle's dates; an administrator covering the issuing
    unit may
    override it with `period_override.reason`, else 403 `override_not_permitted`);
    `duplicate_decision_number`
    (409, per issuing unit, year and serial). `Idempotency-Key` makes a retry safe.

    Args:
        idempotency_key (str | Unset):  Example: 3b0e7c4a-registration-2024-0001.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.
        body (DecisionCreate): What the competent unit decides. Exactly these fields may be sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionProblem | DecisionProblem | StateProblem | DecisionRead | OutageProblem | PreconditionProblem | Problem | SizeProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            x_request_id=x_request_id,
        )
    ).parsed
