from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_criteria_read import CampaignCriteriaRead
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: UUID,
    *,
    field_code: None | str | Unset = UNSET,
    include_retired: bool | Unset = False,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_field_code: None | str | Unset
    if isinstance(field_code, Unset):
        json_field_code = UNSET
    else:
        json_field_code = field_code
    params["field_code"] = json_field_code

    params["include_retired"] = include_retired

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/campaigns/{campaign_id}/criteria".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignCriteriaRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    if response.status_code == 200:
        response_200 = CampaignCriteriaRead.from_dict(response.json())

        return response_200

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
) -> Response[CampaignCriteriaRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: UUID,
    *,
    client: AuthenticatedClient,
    field_code: None | str | Unset = UNSET,
    include_retired: bool | Unset = False,
    x_request_id: str | Unset = UNSET,
) -> Response[CampaignCriteriaRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """The criteria a campaign scores its models on

     The five general criteria (every model) and the campaign's own per field: a survey of a model scores
    the
    general ones and those in force for its field; a minimum joins the recognition standard.

    Args:
        campaign_id (UUID): The campaign's id.
        field_code (None | str | Unset): Only the campaign's own criteria of this field.
        include_retired (bool | Unset): Also the retired ones (kept for scores given). Default:
            False.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignCriteriaRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        field_code=field_code,
        include_retired=include_retired,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: UUID,
    *,
    client: AuthenticatedClient,
    field_code: None | str | Unset = UNSET,
    include_retired: bool | Unset = False,
    x_request_id: str | Unset = UNSET,
) -> CampaignCriteriaRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """The criteria a campaign scores its models on

     The five general criteria (every model) and the campaign's own per field: a survey of a model scores
    the
    general ones and those in force for its field; a minimum joins the recognition standard.

    Args:
        campaign_id (UUID): The campaign's id.
        field_code (None | str | Unset): Only the campaign's own criteria of this field.
        include_retired (bool | Unset): Also the retired ones (kept for scores given). Default:
            False.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignCriteriaRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        field_code=field_code,
        include_retired=include_retired,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    campaign_id: UUID,
    *,
    client: AuthenticatedClient,
    field_code: None | str | Unset = UNSET,
    include_retired: bool | Unset = False,
    x_request_id: str | Unset = UNSET,
) -> Response[CampaignCriteriaRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """The criteria a campaign scores its models on

     The five general criteria (every model) and the campaign's own per field: a survey of a model scores
    the
    general ones and those in force for its field; a minimum joins the recognition standard.

    Args:
        campaign_id (UUID): The campaign's id.
        field_code (None | str | Unset): Only the campaign's own criteria of this field.
        include_retired (bool | Unset): Also the retired ones (kept for scores given). Default:
            False.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignCriteriaRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        field_code=field_code,
        include_retired=include_retired,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: UUID,
    *,
    client: AuthenticatedClient,
    field_code: None | str | Unset = UNSET,
    include_retired: bool | Unset = False,
    x_request_id: str | Unset = UNSET,
) -> CampaignCriteriaRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """The criteria a campaign scores its models on

     The five general criteria (every model) and the campaign's own per field: a survey of a model scores
    the
    general ones and those in force for its field; a minimum joins the recognition standard.

    Args:
        campaign_id (UUID): The campaign's id.
        field_code (None | str | Unset): Only the campaign's own criteria of this field.
        include_retired (bool | Unset): Also the retired ones (kept for scores given). Default:
            False.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignCriteriaRead | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            field_code=field_code,
            include_retired=include_retired,
            x_request_id=x_request_id,
        )
    ).parsed
