"""/criteria: the five general criteria of a model (read-only reference data, seed 001 §II)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.openapi_docs import problems
from app.criteria import repository
from app.models import Criterion

router = APIRouter(tags=["reference"], route_class=GuardedRoute)


class CriterionRead(BaseModel):
    """One general criterion: its stable code, the seed's number, its text and the top score."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "code": "sustainability",
                    "position": 5,
                    "label_vi": "Mô hình có tính bền vững, sức lan tỏa, kế thừa và phát triển (có thể nhân rộng "
                    "được ở địa phương, cơ quan, đơn vị).",
                    "label_en": "Sustainable, spreading, carried on and developed (can be replicated in the "
                    "locality, agency or unit).",
                    "max_score": 10,
                }
            ]
        },
    )

    code: str
    position: int
    label_vi: str
    label_en: str
    max_score: int


@router.get(
    "/criteria",
    operation_id="criteria_list",
    summary="The five general criteria",
    response_model=list[CriterionRead],
    responses=problems(401),
)
async def list_criteria(_caller: CurrentCaller, session: SessionDep) -> list[Criterion]:
    """The criteria every model must meet (seed 001 §II), in the seed's order. A survey's or a review's
    score gives `criterion` as the position (1–5); recognition checks them against the campaign's standard."""
    return await repository.list_criteria(session)
