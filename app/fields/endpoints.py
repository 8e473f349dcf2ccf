"""/fields: the six fields of the movement (read-only reference data)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.openapi_docs import problems
from app.fields import repository
from app.models import FieldOfWork

router = APIRouter(tags=["reference"], route_class=GuardedRoute)


class FieldRead(BaseModel):
    """One field with its labels and what kinds of work count in it."""

    code: str
    label_vi: str
    label_en: str
    description_vi: str
    description_en: str
    examples_vi: list[str]
    requires_confirmation: bool


@router.get(
    "/fields",
    operation_id="fields_list",
    summary="The six fields",
    response_model=list[FieldRead],
    responses=problems(401),
)
async def list_fields(_caller: CurrentCaller, session: SessionDep) -> list[FieldOfWork]:
    """The fields in the seed's order, with the seed's description of what counts in each."""
    return await repository.list_fields(session)
