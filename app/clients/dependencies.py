"""Dependencies for /service-clients: the caller who may manage clients, and a client named in the path whom
they manage (load-or-404)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Path

from app.auth.dependencies import CurrentCaller
from app.clients import service
from app.core.db import SessionDep
from app.models import ServiceClient
from app.policy.permissions import Permission
from app.policy.principal import Caller


async def client_admin(caller: CurrentCaller) -> Caller:
    """The caller, if some role of theirs lets them manage users (and so clients) somewhere (403 otherwise)."""
    caller.require(Permission.MANAGE_USERS)
    return caller


ClientAdmin = Annotated[Caller, Depends(client_admin)]


async def visible_client(
    client_id: Annotated[uuid.UUID, Path(description="The service client's id (its `client_id`).")],
    caller: ClientAdmin,
    session: SessionDep,
) -> ServiceClient:
    """The client named in the path, if the caller manages it (404 otherwise)."""
    return await service.get_client(session, caller, client_id)


VisibleClient = Annotated[ServiceClient, Depends(visible_client)]
