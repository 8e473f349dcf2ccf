"""Load-or-404 dependencies for a confirmation named in the path (with its model, visible)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentCaller
from app.confirmations import repository
from app.core.db import SessionDep
from app.models import Confirmation, RegisteredModel
from app.registry.dependencies import VisibleModel


async def visible_confirmation(
    model: VisibleModel, confirmation_id: uuid.UUID, caller: CurrentCaller, session: SessionDep
) -> tuple[Confirmation, RegisteredModel]:
    """The confirmation in the path and its model, if the caller sees the model; 404 otherwise."""
    return await repository.get_visible(session, caller, model.id, confirmation_id), model


VisibleConfirmation = Annotated[tuple[Confirmation, RegisteredModel], Depends(visible_confirmation)]
