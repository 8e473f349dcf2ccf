"""A decision as the API reads it: list items and the full read (models, review, document)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import labels
from app.core.i18n import Text
from app.decisions.document import document_of
from app.decisions.schemas import (
    Bilingual,
    CoveredModel,
    DecisionRead,
    DecisionSummary,
    DocumentRead,
    ModelRef,
    OverrideRead,
    ReviewRef,
    UnitRef,
)
from app.models import Decision, DecisionModel, RegisteredModel, Review, Unit

M = RegisteredModel


def _label(text: Text | None) -> Bilingual | None:
    return Bilingual(**text.as_dict()) if text is not None else None


def _summary_fields(decision: Decision, unit: Unit, count: int) -> dict[str, Any]:
    return {
        "id": decision.id, "kind": decision.kind, "kind_label": _label(labels.DECISION_KINDS[decision.kind]),
        "number": decision.number, "issued_on": decision.issued_on, "year": decision.year,
        "issuing_unit": UnitRef(id=unit.id, code=unit.code, name=unit.name), "signer_name": decision.signer_name,
        "signer_title": decision.signer_title, "status": decision.status, "model_count": count,
        "award_form": decision.award_form, "award_level": decision.award_level, "publish": decision.publish,
        "version": decision.version,
    }


async def to_summaries(session: AsyncSession, rows: list[Decision]) -> list[DecisionSummary]:
    """List items, with units and model counts fetched in two queries."""
    if not rows:
        return []
    units = {u.id: u for u in (await session.scalars(
        select(Unit).where(Unit.id.in_({d.issuing_unit_id for d in rows})))).all()}
    counts: dict[uuid.UUID, int] = {decision_id: int(n) for decision_id, n in await session.execute(
        select(DecisionModel.decision_id, func.count()).where(DecisionModel.decision_id.in_([d.id for d in rows]))
        .group_by(DecisionModel.decision_id))}
    return [DecisionSummary(**_summary_fields(d, units[d.issuing_unit_id], counts.get(d.id, 0))) for d in rows]


async def to_read(session: AsyncSession, decision: Decision) -> DecisionRead:
    """Everything the decision records, with its models, review and document."""
    unit = await session.get(Unit, decision.issuing_unit_id)
    assert unit is not None
    rows = [(dm, m) for dm, m in await session.execute(
        select(DecisionModel, M).join(M, M.id == DecisionModel.model_id)
        .where(DecisionModel.decision_id == decision.id).order_by(DecisionModel.position))]
    review = await session.get(Review, decision.review_id) if decision.review_id else None
    document = await document_of(session, decision.id)
    return DecisionRead(
        **_summary_fields(decision, unit, len(rows)),
        serial=decision.serial,
        award_form_label=_label(labels.AWARD_FORMS.get(decision.award_form or "")),
        award_level_label=_label(labels.AWARD_LEVELS.get(decision.award_level or "")),
        note=decision.note, public_evidence_kinds=list(decision.public_evidence_kinds or []),
        phase_review=decision.phase_review,
        review=ReviewRef(id=review.id, title=review.title, held_on=review.held_on, phase_review=review.phase_review)
        if review is not None else None,
        models=[CoveredModel(model=ModelRef(id=m.id, code=m.code, name=m.name, state=m.state), note=dm.note,
                             from_state=dm.from_state, to_state=dm.to_state) for dm, m in rows],
        document=DocumentRead(
            title=document.title, original_filename=document.original_filename, media_type=document.media_type,
            size=document.size, sha256=document.sha256, uploaded_at=document.uploaded_at,
            content_url=f"/api/v1/decisions/{decision.id}/document/content") if document is not None else None,
        override=OverrideRead(reason=decision.period_override_reason, by_id=decision.period_override_by_id)
        if decision.period_override_reason else None,
        revoked_at=decision.revoked_at, revoke_reason=decision.revoke_reason,
        created_at=decision.created_at, updated_at=decision.updated_at,
    )
