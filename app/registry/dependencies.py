"""Load-or-404 dependencies for a model named in the path."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentCaller
from app.core.db import SessionDep
from app.models import RegisteredModel
from app.registry import repository


async def visible_model(model_id: uuid.UUID, caller: CurrentCaller, session: SessionDep) -> RegisteredModel:
    """The model in the path, if the caller may see it; 404 otherwise (whether it exists elsewhere or not)."""
    return await repository.get_visible(session, caller, model_id)


async def locked_model(model_id: uuid.UUID, caller: CurrentCaller, session: SessionDep) -> RegisteredModel:
    """visible_model(), locked for the write that follows (concurrent writes go one after another)."""
    return await repository.get_visible(session, caller, model_id, for_update=True)


VisibleModel = Annotated[RegisteredModel, Depends(visible_model)]
LockedModel = Annotated[RegisteredModel, Depends(locked_model)]
