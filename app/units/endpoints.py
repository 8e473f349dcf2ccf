"""/units, /unit-kinds, /unit-levels: the unit tree (readable by every signed-in user; admins change it)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import IfMatch, etag, not_modified, not_modified_response, page_params, require_if_match, set_etag
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import problems
from app.core.pagination import Page, PageParams
from app.core.types import MAX_ID
from app.models import UnitKind, UnitLevel
from app.units import repository, service
from app.units.repository import UnitFilters
from app.units.schemas import (
    UnitClose,
    UnitCreate,
    UnitKindRead,
    UnitLevelRead,
    UnitMove,
    UnitRead,
    UnitUpdate,
    unit_reads,
)

router = APIRouter(tags=["units"], route_class=GuardedRoute)

UnitIdPath = Annotated[int, Path(ge=1, le=MAX_ID, description="The unit's id.")]
Paging = Annotated[PageParams, Depends(page_params)]
IncludeClosed = Annotated[bool, Query(description="Also list closed units (default: active units only).")]

Q_HELP = "Search names (ignoring diacritics and case) and codes: `vinh thach` finds “Xã Vĩnh Thạch”."
ETAG_HEADER = {"ETag": {"description": "The unit's version, for If-Match.", "schema": {"type": "string"}}}


def _page(rows: list[repository.Row], next_cursor: str | None, limit: int) -> Page[UnitRead]:
    return Page[UnitRead](items=unit_reads(rows), next_cursor=next_cursor, limit=limit)


async def _read(session: SessionDep, unit_id: int, response: Response) -> UnitRead:
    """The unit as it is now, with its ETag on the response."""
    unit, kind, level = await service.get_unit(session, unit_id)
    set_etag(response, unit.version)
    return UnitRead.of(unit, kind, level)


async def _written(session: SessionDep, unit_id: int, status: int = 200, location: str | None = None) -> Response:
    """The unit after a write, as a complete response (so an Idempotency-Key replay can store it)."""
    unit, kind, level = await service.get_unit(session, unit_id)
    headers = {"ETag": etag(unit.version), **({"Location": location} if location else {})}
    return JSONResponse(jsonable_encoder(UnitRead.of(unit, kind, level)), status_code=status, headers=headers)


@router.get(
    "/units",
    operation_id="units_list",
    summary="List and search units",
    response_model=Page[UnitRead],
    responses=problems(400, 401, 422),
)
async def list_units(
    _caller: CurrentCaller,
    session: SessionDep,
    page: Paging,
    kind: Annotated[
        str | None, Query(max_length=40, description="Only units of this kind code.", examples=["commune"])
    ] = None,
    level: Annotated[
        str | None, Query(max_length=40, description="Only units of this level code.", examples=["commune"])
    ] = None,
    parent: Annotated[int | None, Query(ge=1, le=MAX_ID, description="Only direct children of this unit.")] = None,
    roots: Annotated[bool, Query(description="Only units with no parent (the roots of the tree).")] = False,
    under: Annotated[int | None, Query(ge=1, le=MAX_ID, description="Only this unit and its descendants.")] = None,
    include_closed: IncludeClosed = False,
    q: Annotated[str | None, Query(max_length=200, examples=["vinh thach"], description=Q_HELP)] = None,
) -> Page[UnitRead]:
    """Units matching the filters, sorted by name; pass `next_cursor` back as `cursor` for the next page."""
    filters = UnitFilters(
        kind=kind,
        level=level,
        parent=parent,
        roots=roots,
        include_closed=include_closed,
        q=q.strip() or None if q else None,
    )
    rows, next_cursor = await service.list_units(session, filters, under, page.cursor, page.limit)
    return _page(rows, next_cursor, page.limit)


@router.get(
    "/units/{unit_id}",
    operation_id="units_get",
    summary="One unit",
    response_model=UnitRead,
    responses={200: {"headers": ETAG_HEADER}, **problems(304, 401, 404, 422)},
)
async def get_unit(
    unit_id: UnitIdPath, request: Request, response: Response, _caller: CurrentCaller, session: SessionDep
) -> UnitRead | Response:
    """One unit with its ETag; `If-None-Match` with the current ETag answers 304."""
    unit, kind, level = await service.get_unit(session, unit_id)
    if not_modified(request, unit.version):
        return not_modified_response(unit.version)
    set_etag(response, unit.version)
    return UnitRead.of(unit, kind, level)


@router.get(
    "/units/{unit_id}/children",
    operation_id="units_children",
    summary="Direct children of a unit",
    response_model=Page[UnitRead],
    responses=problems(400, 401, 404, 422),
)
async def list_children(
    unit_id: UnitIdPath,
    _caller: CurrentCaller,
    session: SessionDep,
    page: Paging,
    include_closed: IncludeClosed = False,
) -> Page[UnitRead]:
    """The units directly under this one, sorted by name."""
    rows, next_cursor = await service.list_children(session, unit_id, include_closed, page.cursor, page.limit)
    return _page(rows, next_cursor, page.limit)


@router.get(
    "/units/{unit_id}/ancestors",
    operation_id="units_ancestors",
    summary="Ancestors of a unit",
    response_model=list[UnitRead],
    responses=problems(401, 404, 422),
)
async def list_ancestors(unit_id: UnitIdPath, _caller: CurrentCaller, session: SessionDep) -> list[UnitRead]:
    """The units above this one, root first, ending with its parent (empty for a root)."""
    return unit_reads(await service.list_ancestors(session, unit_id))


@router.get(
    "/units/{unit_id}/subtree",
    operation_id="units_subtree",
    summary="A unit and all its descendants",
    response_model=Page[UnitRead],
    responses=problems(400, 401, 404, 422),
)
async def list_subtree(
    unit_id: UnitIdPath,
    _caller: CurrentCaller,
    session: SessionDep,
    page: Paging,
    include_closed: IncludeClosed = False,
) -> Page[UnitRead]:
    """The unit itself, then its descendants depth-first (every parent before its children)."""
    rows, next_cursor = await service.list_subtree(session, unit_id, include_closed, page.cursor, page.limit)
    return _page(rows, next_cursor, page.limit)


@router.post(
    "/units",
    operation_id="units_create",
    summary="Create a unit (admin)",
    status_code=201,
    response_model=UnitRead,
    responses={
        201: {
            "headers": {**ETAG_HEADER, "Location": {"description": "The new unit's URL.", "schema": {"type": "string"}}}
        },
        **problems(401, 403, 409, 422),
    },
)
async def create_unit(
    body: UnitCreate, request: Request, caller: CurrentCaller, session: SessionDep, _key: IdempotencyKey = None
) -> Response:
    """Create a unit under a parent in the admin's part of the tree."""

    async def produce() -> Response:
        unit = await service.create_unit(session, caller, body)
        return await _written(session, unit.id, 201, request.url_for("get_unit", unit_id=unit.id).path)

    return await idempotent(request, session, caller.id, produce)


@router.patch(
    "/units/{unit_id}",
    operation_id="units_update",
    summary="Rename or re-classify a unit (admin)",
    response_model=UnitRead,
    responses={200: {"headers": ETAG_HEADER}, **problems(401, 403, 404, 409, 412, 422, 428)},
)
async def update_unit(
    unit_id: UnitIdPath,
    body: UnitUpdate,
    request: Request,
    response: Response,
    caller: CurrentCaller,
    session: SessionDep,
    _if_match: IfMatch = None,
) -> UnitRead:
    """Change a unit's name, code, kind, level or leading party organisation; needs `If-Match`."""
    unit = await service.writable_unit(session, caller, unit_id)
    require_if_match(request, unit.version)
    await service.update_unit(session, caller, unit, body)
    return await _read(session, unit_id, response)


@router.post(
    "/units/{unit_id}/move",
    operation_id="units_move",
    summary="Move a unit under another parent (admin)",
    response_model=UnitRead,
    responses={200: {"headers": ETAG_HEADER}, **problems(401, 403, 404, 409, 412, 422, 428)},
)
async def move_unit(
    unit_id: UnitIdPath,
    body: UnitMove,
    request: Request,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Move a unit and its whole subtree under a new parent; needs `If-Match`."""

    async def produce() -> Response:
        unit = await service.writable_unit(session, caller, unit_id, structural=True)
        require_if_match(request, unit.version)
        await service.move_unit(session, caller, unit, body.parent_id)
        return await _written(session, unit_id)

    return await idempotent(request, session, caller.id, produce)


@router.post(
    "/units/{unit_id}/close",
    operation_id="units_close",
    summary="Close a unit (admin)",
    response_model=UnitRead,
    responses={200: {"headers": ETAG_HEADER}, **problems(401, 403, 404, 409, 412, 422, 428)},
)
async def close_unit(
    unit_id: UnitIdPath,
    request: Request,
    caller: CurrentCaller,
    session: SessionDep,
    body: UnitClose | None = None,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Mark a unit closed (e.g. merged away); refused while it has active children; needs `If-Match`."""

    async def produce() -> Response:
        unit = await service.writable_unit(session, caller, unit_id, structural=True)
        require_if_match(request, unit.version)
        await service.close_unit(session, caller, unit, body.reason if body else None)
        return await _written(session, unit_id)

    return await idempotent(request, session, caller.id, produce)


@router.post(
    "/units/{unit_id}/reopen",
    operation_id="units_reopen",
    summary="Reopen a closed unit (admin)",
    response_model=UnitRead,
    responses={200: {"headers": ETAG_HEADER}, **problems(401, 403, 404, 409, 412, 422, 428)},
)
async def reopen_unit(
    unit_id: UnitIdPath,
    request: Request,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Make a closed unit active again; refused while its parent is closed; needs `If-Match`."""

    async def produce() -> Response:
        unit = await service.writable_unit(session, caller, unit_id, structural=True)
        require_if_match(request, unit.version)
        await service.reopen_unit(session, caller, unit)
        return await _written(session, unit_id)

    return await idempotent(request, session, caller.id, produce)


@router.get(
    "/unit-kinds",
    operation_id="unit_kinds_list",
    summary="Unit kinds",
    response_model=list[UnitKindRead],
    responses=problems(401),
)
async def list_unit_kinds(_caller: CurrentCaller, session: SessionDep) -> list[UnitKind]:
    """Every kind of unit with its code and labels; party kinds can lead other units."""
    return await repository.list_kinds(session)


@router.get(
    "/unit-levels",
    operation_id="unit_levels_list",
    summary="Unit levels",
    response_model=list[UnitLevelRead],
    responses=problems(401),
)
async def list_unit_levels(_caller: CurrentCaller, session: SessionDep) -> list[UnitLevel]:
    """Every administrative level, top first."""
    return await repository.list_levels(session)
