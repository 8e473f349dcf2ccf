"""Load-or-404 dependencies: a follow-up named in the path (visible through its model's rule)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentCaller
from app.core.db import SessionDep
from app.followups import service
from app.followups.schemas import FollowUpRead


async def visible_follow_up(follow_up_id: uuid.UUID, caller: CurrentCaller, session: SessionDep) -> FollowUpRead:
    """The follow-up in the path, if the caller sees its model; 404 otherwise."""
    return await service.read_visible(session, caller, follow_up_id)


VisibleFollowUp = Annotated[FollowUpRead, Depends(visible_follow_up)]
