"""A model's dossier: for each next action, the files it needs, which are present and which are missing
(the rules are data in app/workflow/dossier.py; this reads them against the model's files)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.i18n import Text
from app.evidence.schemas import DossierAction, DossierItem, DossierRead, Label
from app.models import RegisteredModel
from app.workflow import dossier, engine
from app.workflow.repository import dossier_facts
from app.workflow.states import State
from app.workflow.table import BY_ACTION


def _label(text: Text) -> Label:
    return Label(**text.as_dict())


def checklist(action: str, facts: dossier.EvidenceFacts) -> DossierAction:
    """One next action's required files: present (with ids) and missing."""
    items: list[DossierItem] = []
    for req in dossier.requirements_for(action, facts):
        status = dossier.evaluate(req, facts)
        items.append(
            DossierItem(
                code=req.code,
                kind=req.kind,
                label=_label(req.label),
                min_count=req.min_count,
                confirmed_by_grassroots_required=req.confirmed_by == "achievement_report",
                confirmation=req.confirmation,
                present_count=status.present_count,
                evidence_ids=[uuid.UUID(i) for i in status.evidence_ids],
                confirmation_ids=[uuid.UUID(i) for i in status.confirmation_ids],
                satisfied=status.satisfied,
                alternative=_label(req.alternative_label) if req.alternative_label else None,
            )
        )
    row = BY_ACTION.get(action)
    return DossierAction(
        action=action,
        label=_label(row.label if row else Text(action, action)),
        complete=all(i.satisfied for i in items),
        required=items,
        present=[i.code for i in items if i.satisfied],
        missing=[i.code for i in items if not i.satisfied],
    )


async def dossier_of(session: AsyncSession, model: RegisteredModel) -> DossierRead:
    """For each next action of the model (and `nominate` once recognised): required, present, missing files."""
    facts = await dossier_facts(session, model)
    state = State(model.state)
    actions = engine.actions_from(state)
    if state is State.RECOGNIZED and "nominate" not in actions:
        actions.append("nominate")
    return DossierRead(
        model_id=model.id,
        state=state.value,
        field_requires_confirmation=facts.field_requires_confirmation,
        actions=[checklist(a, facts) for a in actions],
    )
