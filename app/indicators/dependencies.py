"""Dependencies for /indicators: a catalogue entry named in the path, of a campaign the caller sees
(load-or-404)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Path

from app.auth.dependencies import CurrentCaller
from app.core.db import SessionDep
from app.indicators import service
from app.indicators.service import Located

IndicatorId = Annotated[uuid.UUID, Path(description="The indicator's id.")]


async def visible_indicator(indicator_id: IndicatorId, caller: CurrentCaller, session: SessionDep) -> Located:
    """The indicator named in the path, with its campaign, if the caller sees the campaign (404 otherwise)."""
    return await service.locate(session, caller, indicator_id)


VisibleIndicator = Annotated[Located, Depends(visible_indicator)]
