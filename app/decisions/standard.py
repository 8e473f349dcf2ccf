"""The recognition standard as the decisions service applies it (the `meets_standard` guard of the
`recognize` row): each model of a model recognition is judged on its latest survey against its campaign's
standard (app/criteria/standard.py). A model below it is refused (422 `guard_failed`, one entry per failing
criterion and the total) unless the body records an exception with a reason for it; the exception is stored
on the decision's row for the model and in the model's history."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.criteria.standard import Standard, shortfalls
from app.decisions import messages as msg
from app.decisions import repository
from app.decisions.schemas import DecisionCreate
from app.models import Campaign, RegisteredModel
from app.policy.principal import Caller
from app.workflow.service import GuardsFailed

GUARD = "meets_standard"


def standard_of(campaign: Campaign) -> Standard:
    """The campaign's standard (its own minimums, the defaults where it sets none)."""
    return Standard.of(campaign.standard_min_score, campaign.standard_min_total)


def _failures(index: int, model: RegisteredModel, below: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "code": GUARD,
            "pointer": f"#/models/{index}/model_id",
            "detail": msg.BELOW_STANDARD.render(model_code=model.code, **b),
            "model_id": str(model.id),
            "model_code": model.code,
            **b,
        }
        for b in below
    ]


async def check_standard(
    session: AsyncSession,
    caller: Caller,
    body: DecisionCreate,
    models: list[RegisteredModel],
    campaigns: dict[uuid.UUID, Campaign],
) -> dict[uuid.UUID, dict[str, Any]]:
    """422 `guard_failed` naming each criterion below the standard of each model without an exception;
    returns the exceptions to record, by model."""
    if body.kind != "model_recognition":
        return {}
    scores = await repository.latest_survey_scores(session, caller, [m.id for m in models])
    asked = {item.model_id: item.standard_exception for item in body.models}
    failures: list[dict[str, Any]] = []
    recorded: dict[uuid.UUID, dict[str, Any]] = {}
    for index, model in enumerate(models):
        below = shortfalls(standard_of(campaigns[model.campaign_id]), scores.get(model.id, []))
        exception = asked.get(model.id)
        if exception is not None:
            recorded[model.id] = {"reason": exception.reason, "by_id": str(caller.id), "below": below}
        elif below:
            failures += _failures(index, model, below)
    if failures:
        raise GuardsFailed(_action="recognize", errors=failures)
    return recorded
