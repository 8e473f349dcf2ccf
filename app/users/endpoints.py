"""/users and /users/{id}/roles: accounts and role assignments, managed by administrators in their scope."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import IfMatch, etag, not_modified, not_modified_response, page_params, require_if_match, set_etag
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import problems
from app.core.pagination import Page, PageParams
from app.policy.permissions import Role
from app.users import service
from app.users.dependencies import UserAdmin, VisibleUser
from app.users.schemas import RoleAssignmentCreate, RoleAssignmentRead, UserCreate, UserRead, UserUpdate

router = APIRouter(tags=["users"], route_class=GuardedRoute)


_ETAG = {"ETag": {"description": "The user's version (for If-Match).", "schema": {"type": "string"}}}
_LOCATION = {"Location": {"description": "Path of the new resource.", "schema": {"type": "string"}}}
_READ = (401, 403, 404, 422)
_WRITE = (401, 403, 404, 409, 413, 422)


def _json(body: BaseModel, status: int, location: str, version: int | None = None) -> Response:
    """A created resource: its body, Location and (for versioned resources) ETag."""
    headers = {"Location": location} | ({"ETag": etag(version)} if version is not None else {})
    return JSONResponse(jsonable_encoder(body), status_code=status, headers=headers)


@router.get(
    "/users",
    operation_id="users_list",
    summary="List users in your scope",
    response_model=Page[UserRead],
    responses=problems(400, *_READ),
)
async def list_users(
    caller: UserAdmin,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    q: Annotated[str | None, Query(max_length=200, description="Part of the username or full name.")] = None,
    unit: Annotated[int | None, Query(ge=1, le=2**53 - 1, description="Home unit in this unit's subtree.")] = None,
    role: Annotated[Role | None, Query(description="Users holding this role (at any unit).")] = None,
    active: Annotated[bool | None, Query(description="Only active (true) or deactivated (false) users.")] = None,
) -> Page[UserRead]:
    """Users whose home unit lies in a subtree you administer, by username, one page at a time."""
    users, roles, next_cursor = await service.list_users(
        session, caller, page, q=q, unit_id=unit, role=role, active=active
    )
    return Page[UserRead](
        items=[UserRead.build(u, roles[u.id]) for u in users], next_cursor=next_cursor, limit=page.limit
    )


@router.post(
    "/users",
    operation_id="users_create",
    summary="Create a user",
    status_code=201,
    response_model=UserRead,
    responses={201: {"description": "Created", "headers": _LOCATION | _ETAG}, **problems(400, *_WRITE)},
)
async def create_user(
    body: UserCreate, caller: UserAdmin, session: SessionDep, request: Request, _key: IdempotencyKey = None
) -> Response:
    """Create an account at a unit you administer, optionally with roles at units you administer."""

    async def produce() -> Response:
        user = await service.create_user(session, caller, body)
        read = UserRead.build(user, await service.roles_of(session, user))
        location = request.url_for("get_user", user_id=str(user.id)).path
        return _json(read, 201, location, user.version)

    return await idempotent(request, session, caller.id, produce)


@router.get(
    "/users/{user_id}",
    operation_id="users_get",
    summary="One user",
    response_model=UserRead,
    responses={200: {"description": "The user", "headers": _ETAG}, **problems(304, *_READ)},
)
async def get_user(user: VisibleUser, session: SessionDep, request: Request, response: Response) -> UserRead | Response:
    """A user you administer, with their roles; the ETag is their version (If-None-Match → 304)."""
    if not_modified(request, user.version):
        return not_modified_response(user.version)
    set_etag(response, user.version)
    return UserRead.build(user, await service.roles_of(session, user))


@router.patch(
    "/users/{user_id}",
    operation_id="users_update",
    summary="Change a user",
    response_model=UserRead,
    responses={200: {"description": "The changed user", "headers": _ETAG}, **problems(*_WRITE, 412, 428)},
)
async def update_user(
    body: UserUpdate,
    user: VisibleUser,
    caller: UserAdmin,
    session: SessionDep,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> UserRead:
    """Change a user's details, home unit, active flag or password; needs If-Match with their ETag."""
    require_if_match(request, user.version)
    await service.update_user(session, caller, user, body)
    set_etag(response, user.version)
    return UserRead.build(user, await service.roles_of(session, user))


@router.get(
    "/users/{user_id}/roles",
    operation_id="user_roles_list",
    summary="A user's roles",
    response_model=list[RoleAssignmentRead],
    responses=problems(*_READ),
)
async def list_roles(user: VisibleUser, session: SessionDep) -> list[RoleAssignmentRead]:
    """The roles a user you administer holds, each with the unit it is bound to."""
    return [RoleAssignmentRead.build(a, u) for a, u in await service.roles_of(session, user)]


@router.get(
    "/users/{user_id}/roles/{assignment_id}",
    operation_id="user_roles_get",
    summary="One role assignment",
    response_model=RoleAssignmentRead,
    responses=problems(*_READ),
)
async def get_role(user: VisibleUser, assignment_id: uuid.UUID, session: SessionDep) -> RoleAssignmentRead:
    """One role assignment of a user you administer."""
    assignment = service.find_assignment(user, assignment_id)
    unit = next(u for a, u in await service.roles_of(session, user) if a.id == assignment.id)
    return RoleAssignmentRead.build(assignment, unit)


@router.post(
    "/users/{user_id}/roles",
    operation_id="user_roles_grant",
    summary="Grant a role",
    status_code=201,
    response_model=RoleAssignmentRead,
    responses={
        201: {"description": "Granted; the ETag is the user's new version.", "headers": _LOCATION | _ETAG},
        **problems(400, *_WRITE, 412, 428),
    },
)
async def grant_role(
    body: RoleAssignmentCreate,
    user: VisibleUser,
    caller: UserAdmin,
    session: SessionDep,
    request: Request,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Grant a role at a unit inside your subtree; needs If-Match with the user's ETag (a new version)."""

    async def produce() -> Response:
        require_if_match(request, user.version)
        assignment, unit = await service.grant_role(session, caller, user, body)
        location = request.url_for("get_role", user_id=str(user.id), assignment_id=str(assignment.id)).path
        return _json(RoleAssignmentRead.build(assignment, unit), 201, location, user.version)

    return await idempotent(request, session, caller.id, produce)


@router.delete(
    "/users/{user_id}/roles/{assignment_id}",
    operation_id="user_roles_revoke",
    summary="Remove a role",
    status_code=204,
    responses={
        204: {"description": "Removed; the ETag is the user's new version.", "headers": _ETAG},
        **problems(*_WRITE, 412, 428),
    },
)
async def revoke_role(
    user: VisibleUser,
    assignment_id: uuid.UUID,
    caller: UserAdmin,
    session: SessionDep,
    request: Request,
    _if_match: IfMatch = None,
) -> Response:
    """Remove a role bound to a unit inside your subtree; needs If-Match with the user's ETag (a new version)."""
    require_if_match(request, user.version)
    await service.revoke_role(session, caller, user, assignment_id)
    return Response(status_code=204, headers={"ETag": etag(user.version)})
