"""/auth/token, /auth/refresh, /auth/logout and /me."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response

from app.auth import repository, service
from app.auth.dependencies import CurrentCaller
from app.auth.schemas import (
    LogoutRequest,
    MeResponse,
    PasswordChange,
    RefreshRequest,
    RoleGrant,
    TokenResponse,
)
from app.core.bodies import GuardedRoute
from app.core.client import client_address
from app.core.config import get_settings
from app.core.db import SessionDep
from app.core.errors import AppError, Unauthorized
from app.core.i18n import Text
from app.core.openapi_docs import problems
from app.policy.permissions import ROLE_LABELS, Permission, Role

router = APIRouter(tags=["auth"], route_class=GuardedRoute)

UNSUPPORTED_GRANT = Text(
    "Kiểu cấp quyền không được hỗ trợ (chỉ 'password').", "Unsupported grant type (only 'password')."
)


def _address(request: Request) -> str:
    return client_address(request)


def _no_store(response: Response) -> None:
    """Token responses must never be cached (RFC 6749 section 5.1)."""
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"


@router.post(
    "/auth/token",
    operation_id="auth_token",
    summary="Sign in (OAuth2 password grant)",
    response_model=TokenResponse,
    responses=problems(400, 401, 422, 429),
)
async def token(
    request: Request,
    response: Response,
    session: SessionDep,
    username: Annotated[str, Form(min_length=1, max_length=64)],
    password: Annotated[str, Form(min_length=1, max_length=256)],
    grant_type: Annotated[str, Form()] = "password",
) -> dict[str, object]:
    """Exchange a username and password for an access token and a refresh token."""
    if grant_type != "password":
        raise AppError(UNSUPPORTED_GRANT, code="unsupported_grant_type", error="unsupported_grant_type")
    _no_store(response)
    return await service.sign_in(session, get_settings(), username, password, _address(request))


@router.post(
    "/auth/refresh",
    operation_id="auth_refresh",
    summary="Rotate a refresh token",
    response_model=TokenResponse,
    responses=problems(401, 422),
)
async def refresh(body: RefreshRequest, response: Response, session: SessionDep) -> dict[str, object]:
    """Trade a refresh token for a new pair; presenting a used one ends the whole session."""
    _no_store(response)
    return await service.refresh(session, get_settings(), body.refresh_token)


@router.post(
    "/auth/logout",
    operation_id="auth_logout",
    summary="Sign out",
    status_code=204,
    responses=problems(401, 422),
)
async def logout(caller: CurrentCaller, session: SessionDep, body: LogoutRequest | None = None) -> Response:
    """Revoke the caller's session (its refresh tokens); access tokens of it stop working at once."""
    refresh_token = body.refresh_token if body else None
    await service.sign_out(session, get_settings(), caller.id, caller.session_id, refresh_token)
    return Response(status_code=204)


@router.get("/me", operation_id="me_get", summary="The caller", response_model=MeResponse, responses=problems(401))
async def me(caller: CurrentCaller, session: SessionDep) -> MeResponse:
    """Who the caller is, their roles and the units those roles are bound to."""
    rows = await repository.own_grants(session, caller.id)
    user = caller.user
    return MeResponse(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        position=user.position,
        email=user.email,
        home_unit_id=user.home_unit_id,
        roles=[
            RoleGrant(
                id=ra.id,
                role=ra.role,
                role_label=ROLE_LABELS[Role(ra.role)].render(),
                unit_id=unit.id,
                unit_code=unit.code,
                unit_name=unit.name,
            )
            for ra, unit in rows
        ],
        permissions=sorted(p.value for p in Permission if caller.scope.has(p)),
    )


@router.post(
    "/me/password",
    operation_id="me_change_password",
    summary="Change one's password",
    status_code=204,
    responses=problems(401, 422, 429),
)
async def change_password(
    request: Request, body: PasswordChange, caller: CurrentCaller, session: SessionDep
) -> Response:
    """Change the caller's password; all their sessions end and they sign in again."""
    user = await repository.own_user(session, caller.id)
    if user is None:  # deleted since the token was checked
        raise Unauthorized()
    await service.change_password(
        session, get_settings(), user, body.current_password, body.new_password, _address(request)
    )
    return Response(status_code=204)
