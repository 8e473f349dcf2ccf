"""Load-or-404 dependencies: a sent registration list named in the path (visible through its rule)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentCaller
from app.core.db import SessionDep
from app.models import SentRegistrationList
from app.registrations import lists


async def visible_sent_list(list_id: uuid.UUID, caller: CurrentCaller, session: SessionDep) -> SentRegistrationList:
    """The sent list in the path, if the caller may see it; 404 otherwise."""
    return await lists.visible_list(session, caller, list_id)


VisibleSentList = Annotated[SentRegistrationList, Depends(visible_sent_list)]
