"""The rules of units' "Dân vận khéo" plans (seed 000 §2.1).

A unit records its plan for a campaign (one per unit and campaign): number, title, the day it was issued and by
whom, and when it was disseminated (quán triệt, triển khai). Registrants, mobilisers and administrators record
for the units of their subtrees (a unit's own people, or a body above it); viewers read. The unit must lie in
the campaign's part of the tree and be active; dates are judged in the campaign's time zone and may not be in
the future; a plan is not disseminated before it is issued. A plan is corrected with If-Match and may be
deleted (a mistaken record); every change is an event.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns import repository as campaigns_repo
from app.campaigns.service import get_campaign, local_today
from app.core import messages
from app.core.context import RequestContext
from app.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from app.core.i18n import Text
from app.core.pagination import PageParams
from app.core.writes import flush_versioned
from app.events.service import record_event
from app.models import Campaign, Unit, UnitPlan
from app.models.base import utcnow
from app.plans import repository as repo
from app.plans.messages import (
    DATE_IN_FUTURE,
    DISSEMINATED_BEFORE_ISSUED,
    NOT_RECORDER,
    OUTSIDE_CAMPAIGN,
    PLAN_EXISTS,
    PLAN_NOT_FOUND,
)
from app.plans.repository import PlanFilters
from app.plans.schemas import PlanCreate, PlanDocument, PlanRead, PlanUnit, PlanUpdate
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.units import repository as units

# Who may record a unit's plan: its (or an ancestor's) registrants, mobilisers and administrators.
RECORDERS = (Permission.REGISTER_MODELS, Permission.REVIEW_MODELS, Permission.MANAGE_UNITS)


@dataclass(frozen=True)
class Located:
    """A plan the caller sees, with its unit and campaign."""

    plan: UnitPlan
    unit: Unit
    campaign: Campaign


def may_record(caller: Caller, unit: Unit) -> bool:
    """True if one of the caller's roles lets them record this unit's plan."""
    return any(caller.scope.covers(unit.path, permission) for permission in RECORDERS)


def require_recorder(caller: Caller, unit: Unit) -> None:
    """403 unless the caller may record the unit's plan (they see it, so not 404)."""
    if not may_record(caller, unit):
        raise Forbidden(NOT_RECORDER, code="not_plan_recorder")


async def unit_in_scope(session: AsyncSession, caller: Caller, unit_id: int) -> Unit:
    """The unit, if it lies in the caller's read scope; 404 `unit_not_found` otherwise."""
    unit = await units.get_unit(session, unit_id)
    if unit is None or not caller.scope.covers(unit.path, Permission.READ):
        raise NotFound(messages.UNIT_ID_NOT_FOUND, code="unit_not_found", _unit_id=unit_id)
    return unit


def _date_errors(today: date, issued_on: date, disseminated_on: date | None) -> list[dict[str, Any]]:
    errors: list[dict[str, Any]] = []
    for name, value in (("issued_on", issued_on), ("disseminated_on", disseminated_on)):
        if value is not None and value > today:
            detail = DATE_IN_FUTURE.render(today=today.isoformat())
            errors.append({"code": "date_in_future", "pointer": f"#/{name}", "detail": detail})
    if disseminated_on is not None and disseminated_on < issued_on:
        detail = DISSEMINATED_BEFORE_ISSUED.render()
        errors.append({"code": "disseminated_before_issued", "pointer": "#/disseminated_on", "detail": detail})
    return errors


def check_dates(campaign: Campaign, issued_on: date, disseminated_on: date | None) -> None:
    """422 when a date is after today (in the campaign's time zone) or the plan is disseminated before issued."""
    errors = _date_errors(local_today(campaign, utcnow()), issued_on, disseminated_on)
    if len(errors) == 1:
        only = errors[0]
        raise Unprocessable(Text(only["detail"], only["detail"]), code=only["code"], errors=errors)
    if errors:
        raise Unprocessable(messages.INVALID_DATA, code="validation_failed", errors=errors)


def _exists() -> Conflict:
    return Conflict(PLAN_EXISTS, code="plan_exists")


async def flush(session: AsyncSession) -> None:
    """Write the plan's changes: 412 when another request changed it first, 409 `plan_exists` on a duplicate
    (a parallel request recorded the unit's plan first)."""
    await flush_versioned(session, _exists())


async def plan_event(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    type_: str,
    found: Located,
    **data: Any,
) -> None:
    """Append a `plan.*` event (in the request's transaction)."""
    plan = found.plan
    await record_event(
        session,
        type_,
        resource_type="plan",
        resource_id=plan.id,
        unit_path=found.unit.path,
        actor_id=caller.id,
        request_id=ctx.request_id,
        data={
            "campaign_id": str(plan.campaign_id),
            "unit_id": plan.unit_id,
            "document_number": plan.document_number,
            **data,
        },
    )


async def record(session: AsyncSession, ctx: RequestContext, caller: Caller, unit_id: int, body: PlanCreate) -> Located:
    """Record the unit's plan for a campaign (checks in order: unit 404, recorder 403, campaign 404, the unit in
    the campaign's tree and active 422, dates 422, one per unit and campaign 409 `plan_exists`)."""
    unit = await unit_in_scope(session, caller, unit_id)
    require_recorder(caller, unit)
    campaign = await get_campaign(session, caller, body.campaign_id)
    if not unit.path.startswith(campaign.owning_unit_path):
        raise Unprocessable(OUTSIDE_CAMPAIGN, code="unit_outside_campaign", _unit_id=unit.id)
    if not unit.is_active:
        raise Unprocessable(messages.UNIT_CLOSED, code="unit_closed", _unit_id=unit.id)
    check_dates(campaign, body.issued_on, body.disseminated_on)
    if await repo.plan_of(session, campaign.id, unit.id) is not None:
        raise _exists()
    plan = UnitPlan(unit_id=unit.id, recorded_by_id=caller.id, **body.model_dump())
    session.add(plan)
    await flush(session)
    found = Located(plan, unit, campaign)
    await plan_event(session, ctx, caller, "plan.recorded", found)
    return found


async def locate(session: AsyncSession, caller: Caller, plan_id: uuid.UUID) -> Located:
    """A plan the caller sees, with its unit and campaign; 404 `plan_not_found` otherwise."""
    plan = await repo.get_plan(session, caller, plan_id)
    if plan is None:
        raise NotFound(PLAN_NOT_FOUND, code="plan_not_found")
    unit = await units.get_unit(session, plan.unit_id)
    campaign = await campaigns_repo.campaign_by_id(session, plan.campaign_id)
    assert unit is not None and campaign is not None  # foreign keys
    return Located(plan, unit, campaign)


async def correct(session: AsyncSession, ctx: RequestContext, caller: Caller, found: Located, body: PlanUpdate) -> None:
    """Change what was recorded (recorders of the unit, 403; If-Match, 428/412; the same date rules)."""
    require_recorder(caller, found.unit)
    plan = found.plan
    ctx.require_version(plan.version)
    changes = body.model_dump(exclude_unset=True)
    issued_on = changes.get("issued_on", plan.issued_on)
    disseminated_on = changes.get("disseminated_on", plan.disseminated_on)
    check_dates(found.campaign, issued_on, disseminated_on)
    for name, value in changes.items():
        setattr(plan, name, value)
    plan.updated_at = utcnow()  # the version moves even when nothing differs
    await flush(session)
    await plan_event(session, ctx, caller, "plan.corrected", found, fields=sorted(changes))


async def remove(session: AsyncSession, ctx: RequestContext, caller: Caller, found: Located) -> str | None:
    """Delete a mistaken record (recorders, 403; If-Match). Returns the SHA-256 of its document, whose bytes may
    now be unreferenced (collected after the commit)."""
    require_recorder(caller, found.unit)
    ctx.require_version(found.plan.version)
    sha256 = found.plan.document_sha256
    await plan_event(session, ctx, caller, "plan.deleted", found)
    await session.delete(found.plan)
    await flush(session)
    return sha256


def to_read(plan: UnitPlan, unit: Unit) -> PlanRead:
    """The response body of a plan."""
    document = None
    if plan.document_sha256 is not None:
        document = PlanDocument(
            filename=plan.document_filename or "",
            media_type=plan.document_media_type or "",
            size=plan.document_size or 0,
            sha256=plan.document_sha256,
            content_url=f"/api/v1/plans/{plan.id}/document/content",
        )
    return PlanRead(
        id=plan.id,
        campaign_id=plan.campaign_id,
        unit=PlanUnit(id=unit.id, code=unit.code, name=unit.name, kind_code=unit.kind_code),
        document_number=plan.document_number,
        title=plan.title,
        issued_on=plan.issued_on,
        issued_by=plan.issued_by,
        disseminated=plan.disseminated_on is not None,
        disseminated_on=plan.disseminated_on,
        dissemination_note=plan.dissemination_note,
        document=document,
        recorded_by_id=plan.recorded_by_id,
        version=plan.version,
        created_at=plan.created_at,
        updated_at=plan.updated_at,
    )


async def list_plans(
    session: AsyncSession, caller: Caller, filters: PlanFilters, page: PageParams
) -> tuple[list[PlanRead], str | None]:
    """One page of the plans the caller sees, by unit code then issue date."""
    plans, next_cursor = await repo.list_plans(session, caller, filters, page)
    by_id = await repo.units_by_id(session, (p.unit_id for p in plans))
    return [to_read(p, by_id[p.unit_id]) for p in plans], next_cursor
