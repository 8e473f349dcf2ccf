"""/auth/token, /auth/refresh, /auth/logout and /me."""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Callable
from typing import Annotated
from urllib.parse import unquote_plus

from fastapi import APIRouter, Form, Request, Response
from pydantic.json_schema import SkipJsonSchema

from app.auth import client_grant, repository, service
from app.auth.dependencies import CurrentCaller
from app.auth.schemas import (
    TOKEN_EXAMPLES,
    TOKEN_REQUEST_EXAMPLES,
    ClientTokenResponse,
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
from app.core.errors import AppError, Unauthorized, Unprocessable, validation_errors
from app.core.i18n import Text
from app.core.messages import INVALID_DATA
from app.core.openapi_docs import problems
from app.policy.permissions import ROLE_LABELS, Permission, Role

router = APIRouter(tags=["auth"], route_class=GuardedRoute)

UNSUPPORTED_GRANT = Text(
    "Kiểu cấp quyền không được hỗ trợ (chỉ 'password' và 'client_credentials').",
    "Unsupported grant type (only 'password' and 'client_credentials').",
)
# Optional form fields: each grant reads its own (RFC 6749 §4.3.2 and §4.4.2) and ignores the others'. An empty
# field counts as absent (so no minLength: the grant that needs it refuses it as missing).
EMPTY_IS_ABSENT = " An empty value counts as absent."


def _address(request: Request) -> str:
    return client_address(request)


def _no_store(response: Response) -> None:
    """Token responses must never be cached (RFC 6749 section 5.1)."""
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"


def _missing(*names: str) -> Unprocessable:
    """422 `validation_failed` naming the form fields a grant needs and did not get."""
    errors = validation_errors([{"loc": ("body", name), "type": "missing"} for name in names])
    return Unprocessable(INVALID_DATA, code="validation_failed", errors=errors)


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    """client_id and client_secret from `Authorization: Basic` (RFC 6749 §2.3.1: each form-urlencoded, then
    base64), None without that header; 401 `invalid_client` when it cannot be read."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise client_grant.invalid_client() from None
    client_id, colon, secret = decoded.partition(":")
    if not colon or not client_id or not secret or len(client_id) > 256 or len(secret) > 256:
        raise client_grant.invalid_client()
    return unquote_plus(client_id), unquote_plus(secret)


def _client_credentials(request: Request, client_id: str | None, client_secret: str | None) -> tuple[str, str]:
    """The client's id and secret, from HTTP Basic or the form (one way only)."""
    basic = _basic_credentials(request)
    if basic is not None:
        if client_secret or (client_id and client_id != basic[0]):
            raise client_grant.two_methods()
        return basic
    if not client_id or not client_secret:
        raise client_grant.invalid_client()  # RFC 6749 §5.2: "no client authentication included"
    return client_id, client_secret


def _known_client(request: Request) -> Callable[[uuid.UUID], None]:
    """Tell the call log which client asked for a token (once it is known to exist)."""

    def note(client_id: uuid.UUID) -> None:
        request.state.service_client_id = str(client_id)

    return note


@router.post(
    "/auth/token",
    operation_id="auth_token",
    summary="Get an access token (OAuth2 password or client-credentials grant)",
    response_model=TokenResponse | ClientTokenResponse,
    responses={
        200: {"content": {"application/json": {"examples": TOKEN_EXAMPLES}}},
        **problems(400, 401, 422, 429),
    },
    openapi_extra={
        "requestBody": {"content": {"application/x-www-form-urlencoded": {"examples": TOKEN_REQUEST_EXAMPLES}}}
    },
)
async def token(
    request: Request,
    response: Response,
    session: SessionDep,
    grant_type: Annotated[str, Form(max_length=64, description="`password` or `client_credentials`.")] = "password",
    username: Annotated[
        str | SkipJsonSchema[None], Form(max_length=64, description="password: required." + EMPTY_IS_ABSENT)
    ] = None,
    password: Annotated[
        str | SkipJsonSchema[None], Form(max_length=256, description="password: required." + EMPTY_IS_ABSENT)
    ] = None,
    client_id: Annotated[
        str | SkipJsonSchema[None],
        Form(max_length=64, description="client_credentials: the client's id (or HTTP Basic)." + EMPTY_IS_ABSENT),
    ] = None,
    client_secret: Annotated[
        str | SkipJsonSchema[None],
        Form(max_length=256, description="client_credentials: its secret (or HTTP Basic)." + EMPTY_IS_ABSENT),
    ] = None,
    scope: Annotated[
        str | SkipJsonSchema[None],
        Form(max_length=500, description="client_credentials: space-separated scopes to narrow the token to."),
    ] = None,
) -> TokenResponse | ClientTokenResponse:
    """A person signs in with `grant_type=password` (username and password: an access token and a rotating
    refresh token); a service client with `grant_type=client_credentials` (its id and secret in HTTP Basic or
    the form, optionally a narrower `scope`: an access token, no refresh token)."""
    _no_store(response)
    settings = get_settings()
    if grant_type == "client_credentials":
        client, secret = _client_credentials(request, client_id, client_secret)
        answer = await client_grant.client_credentials(
            session, settings, client, secret, scope, _address(request), _known_client(request)
        )
        return ClientTokenResponse.model_validate(answer)
    if grant_type != "password":
        raise AppError(UNSUPPORTED_GRANT, code="unsupported_grant_type", error="unsupported_grant_type")
    if not username or not password:
        raise _missing(*(name for name, value in (("username", username), ("password", password)) if not value))
    return TokenResponse.model_validate(await service.sign_in(session, settings, username, password, _address(request)))


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
