"""Dependencies for /plans: a plan named in the path, visible to the caller (load-or-404)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Path

from app.auth.dependencies import CurrentCaller
from app.core.db import SessionDep
from app.plans import service
from app.plans.service import Located

PlanId = Annotated[uuid.UUID, Path(description="The plan's id.")]


async def visible_plan(plan_id: PlanId, caller: CurrentCaller, session: SessionDep) -> Located:
    """The plan named in the path, with its unit and campaign, if the caller sees it (404 otherwise)."""
    return await service.locate(session, caller, plan_id)


VisiblePlan = Annotated[Located, Depends(visible_plan)]
