"""The one dependency that resolves the caller and their scope from the bearer token (the Caller itself is
app.policy.principal: no FastAPI there)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy import Select, bindparam, exists, false, select

from app.core.config import get_settings
from app.core.db import SessionDep
from app.core.errors import Unauthorized
from app.core.messages import INVALID_TOKEN
from app.core.security import InvalidToken, decode_access_token
from app.models import RefreshToken, RoleAssignment, Unit, User
from app.policy.principal import Caller, CallerUser
from app.policy.scope import Grant, Scope

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)



def _caller_query(with_session: bool) -> Select[Any]:
    """The user, whether their session is revoked, and every role assignment with its unit's path and
    whether that unit is active: one row per assignment, or one row of NULLs when there is none."""
    users, assignments, units, tokens = (User.__table__, RoleAssignment.__table__, Unit.__table__,
                                         RefreshToken.__table__)
    revoked = (exists().where(tokens.c.family_id == bindparam("session_id"), tokens.c.revoked_at.is_not(None))
               if with_session else false())
    return (
        select(users.c.id, users.c.username, users.c.full_name, users.c.position, users.c.email,
               users.c.home_unit_id, users.c.is_active, revoked.label("revoked"), assignments.c.role,
               assignments.c.unit_id, units.c.path, units.c.is_active.label("unit_active"))
        .select_from(users.outerjoin(assignments, assignments.c.user_id == users.c.id)
                     .outerjoin(units, units.c.id == assignments.c.unit_id))
        .where(users.c.id == bindparam("user_id"))
        .order_by(assignments.c.created_at)
    )


# Built once: this runs on every authenticated request, so it is Core (plain rows, no ORM identity map)
# and only its parameters change.
_CALLER_QUERIES = {True: _caller_query(True), False: _caller_query(False)}


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
    params: dict[str, Any] = {"user_id": user_id}
    if session_id:
        params["session_id"] = session_id
    # One round trip on every request.
    rows = (await session.execute(_CALLER_QUERIES[bool(session_id)], params)).all()
    if not rows or not rows[0].is_active or rows[0].revoked:
        raise Unauthorized(INVALID_TOKEN, code="invalid_token")
    first = rows[0]
    user = CallerUser(first.id, first.username, first.full_name, first.position, first.email, first.home_unit_id)
    grants = tuple(Grant(r.role, r.unit_id, r.path) for r in rows if r.role is not None and r.unit_active)
    request.state.user_id = str(user_id)
    return Caller(user, Scope(grants), session_id)


CurrentCaller = Annotated[Caller, Depends(get_caller)]
