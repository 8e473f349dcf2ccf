"""The one dependency that resolves the caller and their scope from the bearer token (the Caller itself is
app.policy.principal: no FastAPI there)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer

from app.auth.repository import caller_rows
from app.core.config import get_settings
from app.core.db import SessionDep
from app.core.errors import Unauthorized
from app.core.messages import INVALID_TOKEN
from app.core.security import InvalidToken, decode_access_token
from app.policy.principal import Caller, CallerUser
from app.policy.scope import Grant, Scope

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


async def get_caller(
    request: Request, session: SessionDep, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> Caller:
    """Verify the access token, load the user and their grants; 401 on any doubt."""
    if not token:
        raise Unauthorized()
    try:
        claims = decode_access_token(get_settings(), token)
        user_id = uuid.UUID(claims["sub"])
    except (InvalidToken, ValueError):
        raise Unauthorized(INVALID_TOKEN, code="invalid_token") from None
    session_id = claims.get("sid")
    # One round trip on every request.
    rows = await caller_rows(session, user_id, session_id)
    if not rows or not rows[0].is_active or rows[0].revoked:
        raise Unauthorized(INVALID_TOKEN, code="invalid_token")
    first = rows[0]
    user = CallerUser(first.id, first.username, first.full_name, first.position, first.email, first.home_unit_id)
    grants = tuple(Grant(r.role, r.unit_id, r.path) for r in rows if r.role is not None and r.unit_active)
    request.state.user_id = str(user_id)
    return Caller(user, Scope(grants), session_id)


CurrentCaller = Annotated[Caller, Depends(get_caller)]
