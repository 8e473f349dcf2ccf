"""/campaigns/{id}/cycles/{year}/indicators, /indicators/{id}, /indicators/{id}/values, /indicator-values/{id}
and /reports/indicators (JSON or CSV): the commune's yearly indicators (seed 003 §1)."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import JSONResponse

from app.auth.dependencies import CurrentCaller
from app.campaigns.dependencies import CampaignAdmin, VisibleCampaign
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import IfMatch, etag, not_modified, not_modified_response, require_if_match, set_etag
from app.core.negotiation import chosen_format
from app.core.openapi_docs import problems
from app.core.types import MAX_ID
from app.indicators import corrections, export, service
from app.indicators.dependencies import VisibleIndicator
from app.indicators.schemas import (
    IndicatorCatalogue,
    IndicatorRead,
    IndicatorReport,
    IndicatorUpdate,
    IndicatorValueCorrection,
    IndicatorValueCreate,
    IndicatorValueRead,
    IndicatorWrite,
)
from app.models import IndicatorDefinition

router = APIRouter(tags=["indicators"], route_class=GuardedRoute)

TableFormat = Literal["json", "csv"]

CycleYear = Annotated[int, Path(ge=2000, le=2100, description="The cycle's year.")]
_CHANGE = (401, 403, 404, 412, 413, 422, 428)


def _read(indicator: IndicatorDefinition) -> IndicatorRead:
    return IndicatorRead.model_validate(indicator)


def _catalogue(campaign_id: uuid.UUID, year: int, indicators: list[IndicatorDefinition]) -> IndicatorCatalogue:
    return IndicatorCatalogue(campaign_id=campaign_id, year=year, indicators=[_read(i) for i in indicators])


@router.get(
    "/campaigns/{campaign_id}/cycles/{year}/indicators",
    operation_id="indicators_list",
    summary="The indicators of a campaign year",
    response_model=IndicatorCatalogue,
    responses=problems(401, 404, 422),
)
async def list_indicators(campaign: VisibleCampaign, year: CycleYear, session: SessionDep) -> IndicatorCatalogue:
    """The campaign year's catalogue (empty until loaded or created), by sort order then code."""
    return _catalogue(campaign.id, year, await service.catalogue(session, campaign, year))


@router.post(
    "/campaigns/{campaign_id}/cycles/{year}/indicators/load-defaults",
    operation_id="indicators_load_defaults",
    summary="Load seed 003's indicators into a campaign year",
    response_model=IndicatorCatalogue,
    responses=problems(401, 403, 404, 409, 422),
)
async def load_default_indicators(
    campaign: VisibleCampaign, year: CycleYear, caller: CampaignAdmin, session: SessionDep
) -> IndicatorCatalogue:
    """Add the indicators of seed 003 §1 the year lacks (admins of the launching unit); entries already there,
    changed or not, are kept. Answers the whole catalogue."""
    return _catalogue(campaign.id, year, await service.load_defaults(session, caller, campaign, year))


@router.post(
    "/campaigns/{campaign_id}/cycles/{year}/indicators",
    operation_id="indicators_create",
    summary="Add an indicator to a campaign year",
    status_code=201,
    response_model=IndicatorRead,
    responses=problems(400, 401, 403, 404, 409, 413, 422),
)
async def create_indicator(
    body: IndicatorWrite,
    campaign: VisibleCampaign,
    year: CycleYear,
    caller: CampaignAdmin,
    session: SessionDep,
    request: Request,
) -> Response:
    """A locality's own indicator (admins of the launching unit); 409 indicator_exists for a code in use."""
    indicator = await service.create_indicator(session, caller, campaign, year, body)
    location = request.url_for("get_indicator", indicator_id=str(indicator.id)).path
    return JSONResponse(
        _read(indicator).model_dump(mode="json"),
        status_code=201,
        headers={"ETag": etag(indicator.version), "Location": location},
    )


@router.get(
    "/indicators/{indicator_id}",
    operation_id="indicators_get",
    summary="One indicator",
    response_model=IndicatorRead,
    responses=problems(304, 401, 404, 422),
)
async def get_indicator(found: VisibleIndicator, request: Request, response: Response) -> IndicatorRead | Response:
    """An indicator of a campaign you see; the ETag is its version (If-None-Match → 304)."""
    if not_modified(request, found.indicator.version):
        return not_modified_response(found.indicator.version)
    set_etag(response, found.indicator.version)
    return _read(found.indicator)


@router.patch(
    "/indicators/{indicator_id}",
    operation_id="indicators_update",
    summary="Change an indicator",
    response_model=IndicatorRead,
    responses=problems(*_CHANGE),
)
async def update_indicator(
    body: IndicatorUpdate,
    found: VisibleIndicator,
    caller: CampaignAdmin,
    session: SessionDep,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> IndicatorRead:
    """Change labels, target, unit kinds or order (admins of the launching unit); needs If-Match."""
    require_if_match(request, found.indicator.version)
    await service.update_indicator(session, caller, found, body)
    set_etag(response, found.indicator.version)
    return _read(found.indicator)


@router.delete(
    "/indicators/{indicator_id}",
    operation_id="indicators_delete",
    summary="Delete an indicator",
    status_code=204,
    responses=problems(401, 403, 404, 409, 412, 422, 428),
)
async def delete_indicator(
    found: VisibleIndicator, caller: CampaignAdmin, session: SessionDep, request: Request, _if_match: IfMatch = None
) -> Response:
    """Delete an indicator no unit reported on (409 indicator_in_use); needs If-Match."""
    require_if_match(request, found.indicator.version)
    await service.delete_indicator(session, caller, found)
    return Response(status_code=204)


@router.post(
    "/indicators/{indicator_id}/values",
    operation_id="indicator_values_create",
    summary="Report a unit's value with its evidence",
    status_code=201,
    response_model=IndicatorValueRead,
    responses=problems(400, 401, 403, 404, 413, 422),
)
async def report_indicator_value(
    body: IndicatorValueCreate, found: VisibleIndicator, caller: CurrentCaller, session: SessionDep, request: Request
) -> Response:
    """A registrant or administrator of the unit records what it did (a dialogue: its date, who held it,
    attendance, minutes). Values are kept as reported; a count indicator adds them up over the year."""
    value = await service.report_value(session, caller, found, body)
    location = request.url_for("get_indicator_value", value_id=str(value.id)).path
    return JSONResponse(
        value.model_dump(mode="json"), status_code=201, headers={"Location": location, "ETag": etag(value.version)}
    )


ValueId = Annotated[uuid.UUID, Path(description="The value's id.")]


@router.get(
    "/indicator-values/{value_id}",
    operation_id="indicator_values_get",
    summary="One reported value",
    response_model=IndicatorValueRead,
    responses=problems(304, 401, 404, 422),
)
async def get_indicator_value(
    value_id: ValueId, caller: CurrentCaller, session: SessionDep, request: Request, response: Response
) -> IndicatorValueRead | Response:
    """A value reported by a unit in your read scope (404 for the rest), with its corrections; the ETag is its
    version (If-None-Match → 304)."""
    found = await service.locate_value(session, caller, value_id)
    if not_modified(request, found.value.version):
        return not_modified_response(found.value.version)
    set_etag(response, found.value.version)
    return await service.read_value(session, found)


@router.patch(
    "/indicator-values/{value_id}",
    operation_id="indicator_values_correct",
    summary="Correct a reported value",
    response_model=IndicatorValueRead,
    responses=problems(*_CHANGE),
)
async def correct_indicator_value(
    body: IndicatorValueCorrection,
    value_id: ValueId,
    caller: CurrentCaller,
    session: SessionDep,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> IndicatorValueRead:
    """A registrant or administrator of the unit corrects what it reported (the fields given change, the
    others stay) and says why; the fields as they were, who corrected them, when and why are kept in the
    value's `corrections`, and the report counts the corrected value. Needs If-Match (the value's ETag);
    422 `no_change` when nothing given differs."""
    found = await service.locate_value(session, caller, value_id)
    require_if_match(request, found.value.version)
    read = await corrections.correct_value(session, caller, found, body)
    set_etag(response, read.version)
    return read


@router.get(
    "/reports/indicators",
    operation_id="reports_indicators",
    summary="The yearly indicators of a subtree against their targets",
    response_model=IndicatorReport,
    responses={
        **problems(401, 404, 422),
        200: {
            "content": {"application/json": {}, "text/csv": {"schema": {"type": "string"}}},
            "description": "The report as JSON; or as CSV (Content-Disposition: attachment).",
        },
    },
)
async def indicators_report(
    caller: CurrentCaller,
    session: SessionDep,
    request: Request,
    campaign: Annotated[uuid.UUID, Query(description="The campaign (it must be visible to you).")],
    year: Annotated[int, Query(ge=2000, le=2100, description="The year (the campaign must have a cycle for it).")],
    unit: Annotated[int, Query(ge=1, le=MAX_ID, description="The unit whose subtree is reported (in your scope).")],
    format: Annotated[
        TableFormat | None,
        Query(description="`json` or `csv`; absent: what Accept prefers (`text/csv` gives CSV), else JSON."),
    ] = None,
) -> IndicatorReport | Response:
    """For the unit's subtree (404 if outside your read scope, or the campaign is not visible or has no cycle
    that year): each indicator with the active units of the kinds it applies to, how many meet the target
    (count: the year's values add up; yes_no, percentage: the latest value), the share, whether all do, and
    the units that miss it with what they reached (null: nothing reported).

    As CSV (`format=csv` or `Accept: text/csv`): UTF-8 with a BOM (Excel opens Vietnamese correctly), one
    row per indicator and unit that misses it (an indicator every unit meets has one row, its unit columns
    empty), the indicator's columns repeated on each row so the sheet filters and sorts."""
    report = await service.report(session, caller, campaign, year, unit)
    if chosen_format(request, format, ("json", "csv")) == "csv":
        return Response(
            export.csv_bytes(report),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": export.filename(report)},
        )
    return report
