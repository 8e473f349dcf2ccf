"""The recognition standard as the decisions service applies it (the `meets_standard` guard of the
`recognize` row): each model of a model recognition is judged on its latest survey against its campaign's
standard (app/criteria/standard.py), its campaign's own criteria for the model's field with their minimums
included. A model below it is refused (422 `guard_failed`, one entry per failing
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
from app.workflow.repository import specific_criteria
from app.workflow.scoring import CriteriaFacts
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
    unmet: list[dict[str, Any]] | None = None,
) -> dict[uuid.UUID, dict[str, Any]]:
    """422 `guard_failed` naming each criterion below the standard of each model without an exception, and the
    other recognition guards' failures (`unmet`: a comprehensive model's conditions, which no exception waives);
    returns the exceptions to record, by model."""
    failures: list[dict[str, Any]] = []
    recorded: dict[uuid.UUID, dict[str, Any]] = {}
    if body.kind == "model_recognition":
        scores = await repository.latest_survey_scores(session, caller, [m.id for m in models])
        own = await specific_criteria(session, (m.campaign_id for m in models))
        asked = {item.model_id: item.standard_exception for item in body.models}
        for index, model in enumerate(models):
            minimums = CriteriaFacts(model.field_code, own.get(model.campaign_id, ())).minimums()
            below = shortfalls(standard_of(campaigns[model.campaign_id]), scores.get(model.id, []), minimums)
            exception = asked.get(model.id)
            if exception is not None:
                recorded[model.id] = {"reason": exception.reason, "by_id": str(caller.id), "below": below}
            elif below:
                failures += _failures(index, model, below)
    failures += unmet or []
    if failures:
        raise GuardsFailed(_action="recognize", errors=failures)
    return recorded
