"""A comprehensive model's conditions as the decisions service applies them (the `comprehensive_conditions_met`
guard of the `recognize` row): each comprehensive model of a model recognition must have every condition of its
kind of registrant recorded as met or (where the seed allows) not applicable (seed 000 §2.2(1)).

The facts are gathered here (what was recorded, app/criteria/conditions.py to read it) and judged by the pure
engine (`app.workflow.engine.conditions_failures`). A standard exception (`standard_exception.reason`) does not
waive them: the seed makes them part of what a comprehensive model is ("Là mô hình mà …"), not a score a
competent unit may weigh; a model that does not meet them is recognised as a field-specific model instead (its
type is changed while it is returned for correction), or its conditions are recorded first.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.criteria import conditions as catalogue
from app.criteria import repository as criteria
from app.decisions.schemas import DecisionCreate
from app.models import RegisteredModel
from app.policy.principal import Caller
from app.workflow.engine import ConditionFact, ConditionFacts, conditions_failures


def facts_of(model: RegisteredModel, entries: dict[str, Any]) -> ConditionFacts:
    """What the engine judges for one model: whether it is comprehensive and each condition's status."""
    return ConditionFacts(
        comprehensive=model.model_type == "comprehensive",
        conditions=tuple(
            ConditionFact(c.code, c.label, catalogue.status(c, entries.get(c.code)))
            for c in catalogue.applying_to(model.registrant_kind)
        ),
    )


async def unmet_conditions(
    session: AsyncSession, caller: Caller, body: DecisionCreate, models: list[RegisteredModel]
) -> list[dict[str, Any]]:
    """The `guard_failed` errors of a model recognition: one per condition of each comprehensive model neither
    met nor inapplicable (empty for other kinds of decision)."""
    if body.kind != "model_recognition":
        return []
    comprehensive: list[uuid.UUID] = [m.id for m in models if m.model_type == "comprehensive"]
    if not comprehensive:
        return []
    recorded = await criteria.conditions_of(session, caller, comprehensive)
    errors: list[dict[str, Any]] = []
    for index, model in enumerate(models):
        row = recorded.get(model.id)
        for failure in conditions_failures(facts_of(model, row.entries if row is not None else {})):
            errors.append(
                {
                    **failure.as_problem_error(),
                    "pointer": f"#/models/{index}/model_id",
                    "model_id": str(model.id),
                    "model_code": model.code,
                    "condition": failure.params["condition"],
                    "status": failure.params["status"],
                }
            )
    return errors
