"""Load-or-404 dependencies for a decision named in the path."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentCaller
from app.core.db import SessionDep
from app.decisions import repository
from app.models import Decision


async def visible_decision(decision_id: uuid.UUID, caller: CurrentCaller, session: SessionDep) -> Decision:
    """The decision in the path, if the caller may see it; 404 otherwise (whether it exists elsewhere or not)."""
    return await repository.get_visible(session, caller, decision_id)


VisibleDecision = Annotated[Decision, Depends(visible_decision)]
