"""/authority: the approval-authority policy (rule profiles, answers for a unit, per-unit overrides). The HTTP
edge of app.policy, kept out of it so policy stays free of FastAPI."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.dependencies import CurrentCaller
from app.authority.sync import refresh_authority
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import page_params
from app.core.openapi_docs import problems
from app.core.pagination import Page, PageParams
from app.models import AuthorityOverride
from app.policy import authority_service as service
from app.policy.authority_schemas import (
    AuthorityAnswerRead,
    AuthorityOverrideRead,
    AuthorityOverrideWrite,
    AuthorityProfileRead,
    RegistrantKind,
)

router = APIRouter(tags=["authority"], route_class=GuardedRoute)

API_PREFIX = "/api/v1"

UnitPath = Annotated[int, Path(ge=1, le=2**63 - 1, description="The registrant unit's id.")]


def _resolve_problems() -> dict[int | str, dict[str, Any]]:
    """401/404/422, with the policy's own 422 codes named in the description."""
    responses = problems(401, 404, 422)
    responses[422]["description"] = (
        "Invalid parameters (`validation_failed`), or the policy cannot answer: `authority_unresolvable` (the "
        "unit tree lacks a link a rule needs; the problem names the unit and the `relation`) or "
        "`authority_no_rule` (no rule of the profile applies to this unit)."
    )
    return responses


async def _override_read(session: AsyncSession, override: AuthorityOverride) -> AuthorityOverrideRead:
    units = await service.units_by_id(
        session, (override.unit_id, override.deciding_unit_id, override.reviewing_unit_id, override.proposing_unit_id)
    )
    return AuthorityOverrideRead.build(override, units)


@router.get(
    "/authority/profiles",
    operation_id="authority_profiles_list",
    summary="Authority rule profiles",
    response_model=list[AuthorityProfileRead],
    responses=problems(401),
)
async def list_profiles(_caller: CurrentCaller, session: SessionDep) -> list[AuthorityProfileRead]:
    """Every rule profile (the default first) with its rules in the order they are tried."""
    return [AuthorityProfileRead.build(p, rules) for p, rules in await service.list_profiles(session)]


@router.get(
    "/authority/resolve",
    operation_id="authority_resolve",
    summary="Who recognises a unit's registrants",
    response_model=AuthorityAnswerRead,
    responses=_resolve_problems(),
)
async def resolve_authority(
    _caller: CurrentCaller,
    session: SessionDep,
    unit_id: Annotated[int, Query(ge=1, le=2**63 - 1, description="The unit the registrant belongs to.")],
    registrant_kind: Annotated[RegistrantKind, Query(description="A collective or an individual.")],
    profile: Annotated[
        str | None,
        Query(min_length=1, max_length=40, description="Rule profile code; the default profile when omitted."),
    ] = None,
) -> AuthorityAnswerRead:
    """The case, the reviewing, proposing and deciding units, and an explanation (the tree is public)."""
    answer = await service.authority_for_unit(session, profile, registrant_kind.value, unit_id)
    return AuthorityAnswerRead.build(answer)


@router.get(
    "/authority/overrides",
    operation_id="authority_overrides_list",
    summary="Authority overrides in your scope",
    response_model=Page[AuthorityOverrideRead],
    responses=problems(400, 401, 403, 422),
)
async def list_overrides(
    caller: CurrentCaller, session: SessionDep, page: Annotated[PageParams, Depends(page_params)]
) -> Page[AuthorityOverrideRead]:
    """Overrides of units in the subtrees you administer, by unit id, one page at a time."""
    overrides, next_cursor = await service.list_overrides(session, caller, page)
    units = await service.units_by_id(
        session,
        (i for o in overrides for i in (o.unit_id, o.deciding_unit_id, o.reviewing_unit_id, o.proposing_unit_id)),
    )
    return Page[AuthorityOverrideRead](
        items=[AuthorityOverrideRead.build(o, units) for o in overrides], next_cursor=next_cursor, limit=page.limit
    )


@router.get(
    "/authority/overrides/{unit_id}",
    operation_id="authority_overrides_get",
    summary="A unit's authority override",
    response_model=AuthorityOverrideRead,
    responses=problems(401, 403, 404, 422),
)
async def get_override(unit_id: UnitPath, caller: CurrentCaller, session: SessionDep) -> AuthorityOverrideRead:
    """The override of a unit you administer (404 when it has none)."""
    return await _override_read(session, await service.get_override(session, caller, unit_id))


@router.put(
    "/authority/overrides/{unit_id}",
    operation_id="authority_overrides_put",
    summary="Set a unit's authority",
    response_model=AuthorityOverrideRead,
    responses={
        201: {"description": "Created: the unit had no override.", "model": AuthorityOverrideRead},
        **problems(401, 403, 404, 409, 413, 422),
    },
)
async def put_override(
    unit_id: UnitPath, body: AuthorityOverrideWrite, caller: CurrentCaller, session: SessionDep, response: Response
) -> AuthorityOverrideRead:
    """Name the competent units for a unit you administer; they win over the rules (201 when new)."""
    change = service.OverrideChange(
        deciding_unit_id=body.deciding_unit_id,
        reviewing_unit_id=body.reviewing_unit_id,
        proposing_unit_id=body.proposing_unit_id,
        reason=body.reason,
    )
    override, created = await service.put_override(session, caller, unit_id, change)
    await refresh_authority(session, unit_ids=[unit_id])
    if created:
        response.status_code = 201
        response.headers["Location"] = f"{API_PREFIX}/authority/overrides/{unit_id}"
    return await _override_read(session, override)


@router.delete(
    "/authority/overrides/{unit_id}",
    operation_id="authority_overrides_delete",
    summary="Remove a unit's authority override",
    status_code=204,
    responses=problems(401, 403, 404, 422),
)
async def delete_override(unit_id: UnitPath, caller: CurrentCaller, session: SessionDep) -> Response:
    """Remove the override of a unit you administer; the profile's rules apply again."""
    await service.delete_override(session, caller, unit_id)
    await refresh_authority(session, unit_ids=[unit_id])
    return Response(status_code=204)
