"""Dependencies for /users: the caller who may manage users, and a user named in the path whom they manage
(load-or-404)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Path

from app.auth.dependencies import CurrentCaller
from app.core.db import SessionDep
from app.models import User
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.users import service


async def user_admin(caller: CurrentCaller) -> Caller:
    """The caller, if some role of theirs lets them manage users somewhere (403 otherwise)."""
    caller.require(Permission.MANAGE_USERS)
    return caller


UserAdmin = Annotated[Caller, Depends(user_admin)]


async def visible_user(
    user_id: Annotated[uuid.UUID, Path(description="The user's id.")], caller: UserAdmin, session: SessionDep
) -> User:
    """The user named in the path, if the caller manages them (404 otherwise)."""
    return await service.get_user(session, caller, user_id)


VisibleUser = Annotated[User, Depends(visible_user)]
