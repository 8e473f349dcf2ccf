"""The rules of the commune's yearly indicators (seed 003 §1).

A campaign year has a catalogue of indicators (seed 003's list by default, loaded on request; administrators
of the launching unit change it as data, each entry versioned). Registrants and administrators of a unit
report values with their evidence; a value is changed only by a correction that keeps what it replaced
(corrections.py). The report takes a subtree: for each
indicator, the active units of the kinds it applies to, what each reached (count: the values of the year add
up; yes_no and percentage: the latest value counts) and the units that miss the target.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns.service import ensure_manager, find_cycle, get_campaign
from app.core import messages
from app.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from app.core.i18n import Text
from app.core.writes import flush_versioned
from app.events.service import record_event
from app.indicators import repository as repo
from app.indicators.catalogue import DEFAULTS
from app.indicators.messages import (
    BAD_PERCENT,
    BAD_YES_NO,
    INDICATOR_EXISTS,
    INDICATOR_IN_USE,
    INDICATOR_NOT_FOUND,
    NOT_APPLICABLE,
    NOT_REPORTER,
    OUTSIDE_YEAR,
    UNIT_OUTSIDE_CAMPAIGN,
    UNKNOWN_UNIT_KIND,
    VALUE_NOT_FOUND,
)
from app.indicators.schemas import (
    IndicatorReport,
    IndicatorResult,
    IndicatorUpdate,
    IndicatorValueCorrectionRead,
    IndicatorValueCreate,
    IndicatorValueEvidence,
    IndicatorValueRead,
    IndicatorWrite,
    UnitBrief,
    UnitResult,
)
from app.models import Campaign, IndicatorDefinition, IndicatorValue, IndicatorValueCorrection, Unit
from app.models.base import utcnow
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.units import repository as units


@dataclass(frozen=True)
class Located:
    """A catalogue entry with its campaign."""

    indicator: IndicatorDefinition
    campaign: Campaign


async def _check_kinds(session: AsyncSession, kinds: Sequence[str]) -> None:
    unknown = sorted(set(kinds) - await repo.known_kinds(session, kinds))
    if unknown:
        raise Unprocessable(UNKNOWN_UNIT_KIND, code="unknown_unit_kind", _kind=unknown[0])


def _exists(year: int, code: str) -> Conflict:
    return Conflict(INDICATOR_EXISTS, code="indicator_exists", _year=year, _code=code)


async def catalogue(session: AsyncSession, campaign: Campaign, year: int) -> list[IndicatorDefinition]:
    """The campaign year's indicators (404 if the campaign has no cycle that year)."""
    find_cycle(campaign, year)
    return await repo.list_indicators(session, campaign.id, year)


def default_catalogue(campaign_id: uuid.UUID, year: int) -> list[IndicatorDefinition]:
    """Seed 003's indicators as new catalogue entries of a campaign year (not yet added to a session)."""
    return [
        IndicatorDefinition(
            campaign_id=campaign_id,
            year=year,
            code=entry.code,
            label_vi=entry.label_vi.format(year=year),
            label_en=entry.label_en.format(year=year),
            target_kind=entry.target_kind,
            target_value=entry.target_value,
            unit_kinds=list(entry.unit_kinds),
            source=entry.source,
            sort_order=order,
        )
        for order, entry in enumerate(DEFAULTS, start=1)
    ]


async def load_defaults(
    session: AsyncSession, caller: Caller, campaign: Campaign, year: int
) -> list[IndicatorDefinition]:
    """Add seed 003's indicators the campaign year lacks (by code; entries already there are kept)."""
    ensure_manager(caller, campaign)
    have = {i.code for i in await catalogue(session, campaign, year)}
    session.add_all(i for i in default_catalogue(campaign.id, year) if i.code not in have)
    await flush_versioned(session, Conflict())
    return await repo.list_indicators(session, campaign.id, year)


async def create_indicator(
    session: AsyncSession, caller: Caller, campaign: Campaign, year: int, body: IndicatorWrite
) -> IndicatorDefinition:
    """Add an entry to the campaign year's catalogue (409 indicator_exists for a code already there)."""
    ensure_manager(caller, campaign)
    if any(i.code == body.code for i in await catalogue(session, campaign, year)):
        raise _exists(year, body.code)
    await _check_kinds(session, body.unit_kinds)
    indicator = IndicatorDefinition(campaign_id=campaign.id, year=year, **body.model_dump())
    session.add(indicator)
    await flush_versioned(session, _exists(year, body.code))
    return indicator


async def locate(session: AsyncSession, caller: Caller, indicator_id: uuid.UUID) -> Located:
    """A catalogue entry of a campaign the caller sees; 404 indicator_not_found otherwise."""
    indicator = await repo.get_indicator(session, indicator_id)
    if indicator is None:
        raise NotFound(INDICATOR_NOT_FOUND, code="indicator_not_found")
    try:
        campaign = await get_campaign(session, caller, indicator.campaign_id)
    except NotFound:
        raise NotFound(INDICATOR_NOT_FOUND, code="indicator_not_found") from None
    return Located(indicator, campaign)


async def update_indicator(session: AsyncSession, caller: Caller, found: Located, body: IndicatorUpdate) -> None:
    """Change an entry (the caller checked If-Match); its version moves."""
    ensure_manager(caller, found.campaign)
    changes = body.model_dump(exclude_unset=True, exclude_none=True)
    if "unit_kinds" in changes:
        await _check_kinds(session, changes["unit_kinds"])
    for name, value in changes.items():
        setattr(found.indicator, name, value)
    found.indicator.updated_at = utcnow()
    await flush_versioned(session)


async def delete_indicator(session: AsyncSession, caller: Caller, found: Located) -> None:
    """Remove an entry no unit reported on (409 indicator_in_use otherwise)."""
    ensure_manager(caller, found.campaign)
    if await repo.has_values(session, found.indicator.id):
        raise Conflict(INDICATOR_IN_USE, code="indicator_in_use")
    await session.delete(found.indicator)
    await flush_versioned(session)


# --- values -------------------------------------------------------------------------------------------


def _brief(unit: Unit) -> UnitBrief:
    return UnitBrief(id=unit.id, code=unit.code, name=unit.name, kind_code=unit.kind_code)


def value_read(
    value: IndicatorValue,
    indicator: IndicatorDefinition,
    unit: Unit,
    corrections: Sequence[IndicatorValueCorrection] = (),
) -> IndicatorValueRead:
    """The response body of a reported value, with its corrections (oldest first)."""
    return IndicatorValueRead(
        id=value.id,
        indicator_id=indicator.id,
        indicator_code=indicator.code,
        unit=_brief(unit),
        value=value.value,
        occurred_on=value.occurred_on,
        held_by=value.held_by,
        attendance=value.attendance,
        minutes=value.minutes,
        document_ref=value.document_ref,
        note=value.note,
        reported_by_id=value.reported_by_id,
        reported_at=value.reported_at,
        version=value.version,
        corrections=[
            IndicatorValueCorrectionRead(
                version=c.version,
                previous=IndicatorValueEvidence.model_validate(c.previous),
                reason=c.reason,
                corrected_by_id=c.corrected_by_id,
                corrected_at=c.corrected_at,
            )
            for c in corrections
        ],
    )


def check_value(indicator: IndicatorDefinition, value: float, occurred_on: date) -> None:
    """422 for a value the indicator's kind does not take, or a date outside its year."""
    problem: tuple[Text, str] | None = None
    if indicator.target_kind == "yes_no" and value not in (0, 1):
        problem = BAD_YES_NO, "invalid_yes_no"
    elif indicator.target_kind == "percentage" and value > 1000:
        problem = BAD_PERCENT, "invalid_percentage"
    elif occurred_on.year != indicator.year:
        problem = OUTSIDE_YEAR, "outside_indicator_year"
    if problem is not None:
        raise Unprocessable(problem[0], code=problem[1])


def may_report(caller: Caller, unit_path: str) -> bool:
    """Registrants and administrators of a unit report (and correct) its values."""
    return caller.scope.covers(unit_path, Permission.REGISTER_MODELS) or caller.scope.covers(
        unit_path, Permission.MANAGE_UNITS
    )


async def _reporting_unit(session: AsyncSession, caller: Caller, found: Located, unit_id: int) -> Unit:
    unit = await units.get_unit(session, unit_id)
    if unit is None or not caller.scope.covers(unit.path, Permission.READ):
        raise NotFound(messages.UNIT_ID_NOT_FOUND, code="unit_not_found", _unit_id=unit_id)
    if not may_report(caller, unit.path):
        raise Forbidden(NOT_REPORTER, code="not_indicator_reporter")
    if not unit.path.startswith(found.campaign.owning_unit_path):
        raise Unprocessable(UNIT_OUTSIDE_CAMPAIGN, code="unit_outside_campaign", _unit_id=unit_id)
    if not unit.is_active:
        raise Unprocessable(messages.UNIT_CLOSED, code="unit_closed", _unit_id=unit_id)
    return unit


async def report_value(
    session: AsyncSession, caller: Caller, found: Located, body: IndicatorValueCreate
) -> IndicatorValueRead:
    """Record a unit's value with its evidence, by a registrant or administrator of the unit."""
    unit = await _reporting_unit(session, caller, found, body.unit_id)
    indicator = found.indicator
    if unit.kind_code not in indicator.unit_kinds:
        raise Unprocessable(NOT_APPLICABLE, code="indicator_not_applicable", _code=indicator.code, _kind=unit.kind_code)
    check_value(indicator, body.value, body.occurred_on)
    value = IndicatorValue(
        indicator_id=indicator.id, unit_path=unit.path, reported_by_id=caller.id, **body.model_dump()
    )
    session.add(value)
    await flush_versioned(session)
    await record_event(
        session,
        "indicator-value.reported",
        resource_type="indicator-value",
        resource_id=value.id,
        unit_path=unit.path,
        actor_id=caller.id,
        request_id=None,
        data={
            "indicator_id": indicator.id,
            "indicator_code": indicator.code,
            "year": indicator.year,
            "unit_id": unit.id,
            "value": value.value,
            "occurred_on": value.occurred_on,
        },
    )
    return value_read(value, indicator, unit)


@dataclass(frozen=True)
class LocatedValue:
    """A reported value the caller sees, with its indicator and unit."""

    value: IndicatorValue
    indicator: IndicatorDefinition
    unit: Unit


async def locate_value(session: AsyncSession, caller: Caller, value_id: uuid.UUID) -> LocatedValue:
    """A value the caller sees (values of units outside their read scope: 404)."""
    value = await repo.get_value(session, caller, value_id)
    indicator = await repo.get_indicator(session, value.indicator_id) if value is not None else None
    if value is None or indicator is None:
        raise NotFound(VALUE_NOT_FOUND, code="indicator_value_not_found")
    unit = (await repo.units_by_id(session, [value.unit_id]))[value.unit_id]
    return LocatedValue(value, indicator, unit)


async def read_value(session: AsyncSession, found: LocatedValue) -> IndicatorValueRead:
    """The value as read, with its corrections."""
    corrections = await repo.corrections_of(session, found.value.id)
    return value_read(found.value, found.indicator, found.unit, corrections)


# --- the report ---------------------------------------------------------------------------------------


def achieved(kind: str, values: Sequence[float]) -> float | None:
    """What a unit reached: nothing reported → None; count → the sum; yes_no, percentage → the latest."""
    if not values:
        return None
    return float(sum(values)) if kind == "count" else float(values[-1])


def meets(indicator: IndicatorDefinition, value: float | None) -> bool:
    """True if the reached value meets the target (yes_no: equals it; count, percentage: at least it)."""
    if value is None:
        return False
    if indicator.target_kind == "yes_no":
        return value == indicator.target_value
    return value >= indicator.target_value


def _result(indicator: IndicatorDefinition, applicable: Iterable[Unit], reached: dict[int, list[float]]) -> Any:
    rows = [(unit, achieved(indicator.target_kind, reached.get(unit.id, []))) for unit in applicable]
    missing = [UnitResult(unit=_brief(u), achieved=v) for u, v in rows if not meets(indicator, v)]
    met = len(rows) - len(missing)
    return IndicatorResult(
        code=indicator.code,
        label_vi=indicator.label_vi,
        label_en=indicator.label_en,
        target_kind=indicator.target_kind,
        target_value=indicator.target_value,
        units=len(rows),
        units_met=met,
        share=round(met * 100 / len(rows), 1) if rows else None,
        met=(not missing) if rows else None,
        missing=missing,
    )


async def report(
    session: AsyncSession, caller: Caller, campaign_id: uuid.UUID, year: int, unit_id: int
) -> IndicatorReport:
    """Each indicator of the campaign year against its target in the unit's subtree, with the units that miss it."""
    campaign = await get_campaign(session, caller, campaign_id)
    indicators = await catalogue(session, campaign, year)
    root = await units.get_unit(session, unit_id)
    if root is None or not caller.scope.covers(root.path, Permission.READ):
        raise NotFound(messages.UNIT_ID_NOT_FOUND, code="unit_not_found", _unit_id=unit_id)
    reached: dict[uuid.UUID, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    for indicator_id, unit, value in await repo.subtree_values(session, caller, [i.id for i in indicators], root):
        reached[indicator_id][unit].append(value)
    results = []
    for indicator in indicators:
        applicable = await repo.applicable_units(session, root, indicator.unit_kinds)
        results.append(_result(indicator, applicable, reached[indicator.id]))
    return IndicatorReport(campaign_id=campaign.id, year=year, unit=_brief(root), indicators=results)
