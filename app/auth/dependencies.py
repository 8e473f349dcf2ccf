"""The one dependency that resolves the caller and their scope from the bearer token."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy import exists, false, select
from sqlalchemy.orm import lazyload
from sqlalchemy.orm.attributes import set_committed_value

from app.core.config import get_settings
from app.core.db import SessionDep
from app.core.errors import Forbidden, Unauthorized
from app.core.i18n import Text
from app.core.security import InvalidToken, decode_token
from app.models import RefreshToken, RoleAssignment, Unit, User
from app.policy.permissions import Permission
from app.policy.scope import Grant, Scope

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)

INVALID_TOKEN = Text("Mã truy cập không hợp lệ hoặc đã hết hạn.", "The access token is invalid or expired.")


@dataclass(frozen=True)
class Caller:
    """The signed-in user and what they may reach."""

    user: User
    scope: Scope
    session_id: str | None

    @property
    def id(self) -> uuid.UUID:
        """The user's id."""
        return self.user.id

    def require(self, permission: Permission) -> None:
        """403 unless some role grants the permission somewhere."""
        if not self.scope.has(permission):
            raise Forbidden()


async def get_caller(
    request: Request, session: SessionDep, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> Caller:
    """Verify the access token, load the user and their grants; 401 on any doubt."""
    if not token:
        raise Unauthorized()
    settings = get_settings()
    try:
        claims = decode_token(settings, token, "access")
        user_id = uuid.UUID(claims["sub"])
    except (InvalidToken, ValueError):
        raise Unauthorized(INVALID_TOKEN, code="invalid_token") from None
    session_id = claims.get("sid")
    revoked = (
        exists().where(RefreshToken.family_id == session_id, RefreshToken.revoked_at.is_not(None))
        if session_id else None
    )
    # One round trip on every request: the user, whether the session is revoked, and every role assignment
    # with its unit's path (one row per assignment; one row of NULLs when there is none). The user's
    # `roles` collection is filled from the same rows instead of its own select-in query.
    query = (
        select(User, revoked.label("revoked") if revoked is not None else false().label("revoked"),
               RoleAssignment, Unit.path, Unit.is_active)
        .outerjoin(RoleAssignment, RoleAssignment.user_id == User.id)
        .outerjoin(Unit, Unit.id == RoleAssignment.unit_id)
        .where(User.id == user_id)
        .options(lazyload(User.roles))
    )
    rows = (await session.execute(query)).all()
    if not rows or not rows[0][0].is_active or rows[0][1]:
        raise Unauthorized(INVALID_TOKEN, code="invalid_token")
    assignments = sorted((r[2] for r in rows if r[2] is not None), key=lambda a: a.created_at)
    set_committed_value(rows[0][0], "roles", assignments)
    grants = tuple(Grant(a.role, a.unit_id, path) for _, _, a, path, active in rows if a is not None and active)
    caller = Caller(rows[0][0], Scope(grants), session_id)
    request.state.user_id = str(user_id)
    return caller


CurrentCaller = Annotated[Caller, Depends(get_caller)]
