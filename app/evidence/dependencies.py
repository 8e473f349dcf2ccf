"""Load-or-404 dependencies for an evidence file named in the path (visible with its model)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentCaller
from app.core.db import SessionDep
from app.evidence import repository
from app.models import Evidence, RegisteredModel


async def visible_evidence_with_model(
    evidence_id: uuid.UUID, caller: CurrentCaller, session: SessionDep
) -> tuple[Evidence, RegisteredModel]:
    """The file in the path and its model, if the caller may see the model; 404 otherwise."""
    return await repository.get_visible(session, caller, evidence_id)


async def visible_evidence(
    found: Annotated[tuple[Evidence, RegisteredModel], Depends(visible_evidence_with_model)],
) -> Evidence:
    """The file in the path, if the caller may see its model; 404 otherwise."""
    return found[0]


VisibleEvidence = Annotated[Evidence, Depends(visible_evidence)]
VisibleEvidenceWithModel = Annotated[tuple[Evidence, RegisteredModel], Depends(visible_evidence_with_model)]
