from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coverage_report import CoverageReport
from ...models.outage_problem import OutageProblem
from ...models.problem import Problem
from ...models.scope_problem import ScopeProblem
from ...models.validation_problem import ValidationProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign: UUID,
    year: int,
    unit: int,
    missing_limit: int | Unset = 100,
    x_request_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_id, Unset):
        headers["X-Request-ID"] = x_request_id

    params: dict[str, Any] = {}

    json_campaign = str(campaign)
    params["campaign"] = json_campaign

    params["year"] = year

    params["unit"] = unit

    params["missing_limit"] = missing_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports/coverage",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CoverageReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    if response.status_code == 200:
        response_200 = CoverageReport.from_dict(response.json())

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
) -> Response[CoverageReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    campaign: UUID,
    year: int,
    unit: int,
    missing_limit: int | Unset = 100,
    x_request_id: str | Unset = UNSET,
) -> Response[CoverageReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """Coverage of a subtree against the targets

     For the unit's subtree (404 if the unit is outside your read scope, or the campaign is not visible
    or has no cycle that year): per unit category, active units, those with a model that counts, the
    share (percent, 1 decimal), the target and whether it is met; counting models per unit of the
    categories against the campaign's min/max; the commune plan's countable indicators (seed 003 §1.6:
    each agency, unit, the Front, each organisation and each party cell builds at least one model); the
    same per-category numbers for each direct child unit; and `units_without_model`, the list officials
    chase: (unit, category) rows ordered by category then unit code, capped at `missing_limit` with the
    full `count` and `truncated` (drill into a child unit for the rest). Each category and child also
    counts the units with an *effective* model (`with_effective_model`, `effective_share`,
    `effective_met`: seed 000's “hoạt động hiệu quả”). `plans`: the units that should have a “Dân vận
    khéo” plan for the campaign, those that have one and disseminated it, and `units_without_plan` to
    chase. A unit is expected to have a plan for the campaign when it is active, lies under the
    campaign's owning unit and its kind is listed in plan_unit_kinds (party organisations, agencies and
    units, provinces, districts and communes); the target is 100 %.

    **What counts.** A model counts when its state is registered, implementing, reported, surveyed,
    recognized, not_recognized, nominated or exemplar (submitted and not withdrawn or returned; drafts
    do not count). A unit has a model when it or a unit in its subtree registered a model that counts,
    for that campaign and year. Only active units are counted. A category without a target of the
    campaign uses the seed-000 default (agencies_units > 80 %, communes_towns ≥ 100 %, villages_groups >
    75 %). **What works.** A model is effective (hoạt động hiệu quả) when it is recognised (recognized,
    nominated, exemplar), or when it is surveyed, its results were reported on time (is_late false) and
    its latest survey meets the campaign's recognition standard (each criterion ≥ the minimum score, the
    total ≥ the minimum total).

    Args:
        campaign (UUID): The campaign (it must be visible to you).
        year (int): The year (the campaign must have a cycle for it).
        unit (int): The unit whose subtree is reported (in your scope).
        missing_limit (int | Unset): Most units_without_model items. Default: 100.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoverageReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        year=year,
        unit=unit,
        missing_limit=missing_limit,
        x_request_id=x_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    campaign: UUID,
    year: int,
    unit: int,
    missing_limit: int | Unset = 100,
    x_request_id: str | Unset = UNSET,
) -> CoverageReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """Coverage of a subtree against the targets

     For the unit's subtree (404 if the unit is outside your read scope, or the campaign is not visible
    or has no cycle that year): per unit category, active units, those with a model that counts, the
    share (percent, 1 decimal), the target and whether it is met; counting models per unit of the
    categories against the campaign's min/max; the commune plan's countable indicators (seed 003 §1.6:
    each agency, unit, the Front, each organisation and each party cell builds at least one model); the
    same per-category numbers for each direct child unit; and `units_without_model`, the list officials
    chase: (unit, category) rows ordered by category then unit code, capped at `missing_limit` with the
    full `count` and `truncated` (drill into a child unit for the rest). Each category and child also
    counts the units with an *effective* model (`with_effective_model`, `effective_share`,
    `effective_met`: seed 000's “hoạt động hiệu quả”). `plans`: the units that should have a “Dân vận
    khéo” plan for the campaign, those that have one and disseminated it, and `units_without_plan` to
    chase. A unit is expected to have a plan for the campaign when it is active, lies under the
    campaign's owning unit and its kind is listed in plan_unit_kinds (party organisations, agencies and
    units, provinces, districts and communes); the target is 100 %.

    **What counts.** A model counts when its state is registered, implementing, reported, surveyed,
    recognized, not_recognized, nominated or exemplar (submitted and not withdrawn or returned; drafts
    do not count). A unit has a model when it or a unit in its subtree registered a model that counts,
    for that campaign and year. Only active units are counted. A category without a target of the
    campaign uses the seed-000 default (agencies_units > 80 %, communes_towns ≥ 100 %, villages_groups >
    75 %). **What works.** A model is effective (hoạt động hiệu quả) when it is recognised (recognized,
    nominated, exemplar), or when it is surveyed, its results were reported on time (is_late false) and
    its latest survey meets the campaign's recognition standard (each criterion ≥ the minimum score, the
    total ≥ the minimum total).

    Args:
        campaign (UUID): The campaign (it must be visible to you).
        year (int): The year (the campaign must have a cycle for it).
        unit (int): The unit whose subtree is reported (in your scope).
        missing_limit (int | Unset): Most units_without_model items. Default: 100.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoverageReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return sync_detailed(
        client=client,
        campaign=campaign,
        year=year,
        unit=unit,
        missing_limit=missing_limit,
        x_request_id=x_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    campaign: UUID,
    year: int,
    unit: int,
    missing_limit: int | Unset = 100,
    x_request_id: str | Unset = UNSET,
) -> Response[CoverageReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]:
    """Coverage of a subtree against the targets

     For the unit's subtree (404 if the unit is outside your read scope, or the campaign is not visible
    or has no cycle that year): per unit category, active units, those with a model that counts, the
    share (percent, 1 decimal), the target and whether it is met; counting models per unit of the
    categories against the campaign's min/max; the commune plan's countable indicators (seed 003 §1.6:
    each agency, unit, the Front, each organisation and each party cell builds at least one model); the
    same per-category numbers for each direct child unit; and `units_without_model`, the list officials
    chase: (unit, category) rows ordered by category then unit code, capped at `missing_limit` with the
    full `count` and `truncated` (drill into a child unit for the rest). Each category and child also
    counts the units with an *effective* model (`with_effective_model`, `effective_share`,
    `effective_met`: seed 000's “hoạt động hiệu quả”). `plans`: the units that should have a “Dân vận
    khéo” plan for the campaign, those that have one and disseminated it, and `units_without_plan` to
    chase. A unit is expected to have a plan for the campaign when it is active, lies under the
    campaign's owning unit and its kind is listed in plan_unit_kinds (party organisations, agencies and
    units, provinces, districts and communes); the target is 100 %.

    **What counts.** A model counts when its state is registered, implementing, reported, surveyed,
    recognized, not_recognized, nominated or exemplar (submitted and not withdrawn or returned; drafts
    do not count). A unit has a model when it or a unit in its subtree registered a model that counts,
    for that campaign and year. Only active units are counted. A category without a target of the
    campaign uses the seed-000 default (agencies_units > 80 %, communes_towns ≥ 100 %, villages_groups >
    75 %). **What works.** A model is effective (hoạt động hiệu quả) when it is recognised (recognized,
    nominated, exemplar), or when it is surveyed, its results were reported on time (is_late false) and
    its latest survey meets the campaign's recognition standard (each criterion ≥ the minimum score, the
    total ≥ the minimum total).

    Args:
        campaign (UUID): The campaign (it must be visible to you).
        year (int): The year (the campaign must have a cycle for it).
        unit (int): The unit whose subtree is reported (in your scope).
        missing_limit (int | Unset): Most units_without_model items. Default: 100.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CoverageReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem]
    """

    kwargs = _get_kwargs(
        campaign=campaign,
        year=year,
        unit=unit,
        missing_limit=missing_limit,
        x_request_id=x_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    campaign: UUID,
    year: int,
    unit: int,
    missing_limit: int | Unset = 100,
    x_request_id: str | Unset = UNSET,
) -> CoverageReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem | None:
    """Coverage of a subtree against the targets

     For the unit's subtree (404 if the unit is outside your read scope, or the campaign is not visible
    or has no cycle that year): per unit category, active units, those with a model that counts, the
    share (percent, 1 decimal), the target and whether it is met; counting models per unit of the
    categories against the campaign's min/max; the commune plan's countable indicators (seed 003 §1.6:
    each agency, unit, the Front, each organisation and each party cell builds at least one model); the
    same per-category numbers for each direct child unit; and `units_without_model`, the list officials
    chase: (unit, category) rows ordered by category then unit code, capped at `missing_limit` with the
    full `count` and `truncated` (drill into a child unit for the rest). Each category and child also
    counts the units with an *effective* model (`with_effective_model`, `effective_share`,
    `effective_met`: seed 000's “hoạt động hiệu quả”). `plans`: the units that should have a “Dân vận
    khéo” plan for the campaign, those that have one and disseminated it, and `units_without_plan` to
    chase. A unit is expected to have a plan for the campaign when it is active, lies under the
    campaign's owning unit and its kind is listed in plan_unit_kinds (party organisations, agencies and
    units, provinces, districts and communes); the target is 100 %.

    **What counts.** A model counts when its state is registered, implementing, reported, surveyed,
    recognized, not_recognized, nominated or exemplar (submitted and not withdrawn or returned; drafts
    do not count). A unit has a model when it or a unit in its subtree registered a model that counts,
    for that campaign and year. Only active units are counted. A category without a target of the
    campaign uses the seed-000 default (agencies_units > 80 %, communes_towns ≥ 100 %, villages_groups >
    75 %). **What works.** A model is effective (hoạt động hiệu quả) when it is recognised (recognized,
    nominated, exemplar), or when it is surveyed, its results were reported on time (is_late false) and
    its latest survey meets the campaign's recognition standard (each criterion ≥ the minimum score, the
    total ≥ the minimum total).

    Args:
        campaign (UUID): The campaign (it must be visible to you).
        year (int): The year (the campaign must have a cycle for it).
        unit (int): The unit whose subtree is reported (in your scope).
        missing_limit (int | Unset): Most units_without_model items. Default: 100.
        x_request_id (str | Unset):  Example: mobile-7f3a9c1e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CoverageReport | OutageProblem | Problem | Problem | ValidationProblem | ScopeProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign=campaign,
            year=year,
            unit=unit,
            missing_limit=missing_limit,
            x_request_id=x_request_id,
        )
    ).parsed
