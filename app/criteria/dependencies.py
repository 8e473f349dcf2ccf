"""Load-or-404 dependencies for the criteria routes: a model named in the path (its conditions), and one of a
campaign's own criteria named by its code."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Path

from app.auth.dependencies import CurrentCaller
from app.campaigns.dependencies import VisibleCampaign
from app.core import messages
from app.core.db import SessionDep
from app.core.errors import NotFound
from app.criteria import own, repository
from app.criteria.schemas import CODE_PATTERN
from app.models import CampaignCriterion, RegisteredModel

CriterionCodePath = Annotated[
    str, Path(min_length=2, max_length=40, pattern=CODE_PATTERN, description="The criterion's code.")
]


async def visible_model(
    model_id: Annotated[uuid.UUID, Path(description="The model's id.")], caller: CurrentCaller, session: SessionDep
) -> RegisteredModel:
    """The model in the path, if the caller may see it; 404 otherwise (whether it exists elsewhere or not)."""
    model = await repository.visible_model(session, caller, model_id)
    if model is None:
        raise NotFound(messages.MODEL_NOT_FOUND)
    return model


async def own_criterion(campaign: VisibleCampaign, code: CriterionCodePath, session: SessionDep) -> CampaignCriterion:
    """The campaign's own criterion named in the path (the campaign visible), or 404 criterion_not_found."""
    return await own.find(session, campaign, code)


VisibleModel = Annotated[RegisteredModel, Depends(visible_model)]
OwnCriterion = Annotated[CampaignCriterion, Depends(own_criterion)]
