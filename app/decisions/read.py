"""A decision as the API reads it: list items and the full read (models, review, document)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import labels
from app.core.i18n import Text
from app.decisions import repository
from app.decisions.schemas import (
    Bilingual,
    CoveredModel,
    DecisionRead,
    DecisionSummary,
    DocumentRead,
    ModelRef,
    OverrideRead,
    ReviewRef,
    StandardExceptionRead,
    UnitRef,
)
from app.models import Decision, RegisteredModel, Review, Unit
from app.reviews.schemas import review_level_label
from app.units import repository as units

M = RegisteredModel


def _label(text: Text | None) -> Bilingual | None:
    return Bilingual(**text.as_dict()) if text is not None else None


def _summary_fields(decision: Decision, unit: Unit, count: int) -> dict[str, Any]:
    return {
        "id": decision.id,
        "kind": decision.kind,
        "kind_label": _label(labels.DECISION_KINDS[decision.kind]),
        "number": decision.number,
        "issued_on": decision.issued_on,
        "year": decision.year,
        "issuing_unit": UnitRef(id=unit.id, code=unit.code, name=unit.name),
        "signer_name": decision.signer_name,
        "signer_title": decision.signer_title,
        "status": decision.status,
        "model_count": count,
        "award_form": decision.award_form,
        "award_level": decision.award_level,
        "publish": decision.publish,
        "version": decision.version,
    }


async def to_summaries(session: AsyncSession, rows: list[Decision]) -> list[DecisionSummary]:
    """List items, with units and model counts fetched in two queries."""
    if not rows:
        return []
    units = {u.id: u for u in await repository.units_in(session, {d.issuing_unit_id for d in rows})}
    counts = await repository.model_counts(session, [d.id for d in rows])
    return [DecisionSummary(**_summary_fields(d, units[d.issuing_unit_id], counts.get(d.id, 0))) for d in rows]


def _review_ref(review: Review, units_by_id: dict[int, Unit]) -> ReviewRef:
    unit = units_by_id.get(review.holding_unit_id)
    return ReviewRef(
        id=review.id,
        title=review.title,
        held_on=review.held_on,
        phase_review=review.phase_review,
        holding_unit=UnitRef(id=unit.id, code=unit.code, name=unit.name) if unit is not None else None,
        level=review.level,
        level_label=review_level_label(review.level),
    )


async def to_read(session: AsyncSession, decision: Decision) -> DecisionRead:
    """Everything the decision records, with its models, review and document."""
    unit = await units.get_unit(session, decision.issuing_unit_id)
    assert unit is not None
    rows = await repository.covered_rows_with_models(session, decision.id)
    review = await repository.review_of(session, decision)
    cited = await repository.cited_reviews(session, decision.id)
    holding = {r.holding_unit_id for r in [*cited, *([review] if review is not None else [])]}
    holding_units = {u.id: u for u in await repository.units_in(session, holding)} if holding else {}
    document = await repository.document_of(session, decision.id)
    return DecisionRead(
        **_summary_fields(decision, unit, len(rows)),
        serial=decision.serial,
        award_form_label=_label(labels.AWARD_FORMS.get(decision.award_form or "")),
        award_level_label=_label(labels.AWARD_LEVELS.get(decision.award_level or "")),
        note=decision.note,
        public_evidence_kinds=list(decision.public_evidence_kinds or []),
        phase_review=decision.phase_review,
        review=_review_ref(review, holding_units) if review is not None else None,
        cited_reviews=[_review_ref(r, holding_units) for r in cited],
        models=[
            CoveredModel(
                model=ModelRef(id=m.id, code=m.code, name=m.name, state=m.state),
                note=dm.note,
                from_state=dm.from_state,
                to_state=dm.to_state,
                standard_exception=StandardExceptionRead.model_validate(dm.standard_exception)
                if dm.standard_exception
                else None,
            )
            for dm, m in rows
        ],
        document=DocumentRead(
            title=document.title,
            original_filename=document.original_filename,
            media_type=document.media_type,
            size=document.size,
            sha256=document.sha256,
            uploaded_at=document.uploaded_at,
            content_url=f"/api/v1/decisions/{decision.id}/document/content",
        )
        if document is not None
        else None,
        override=OverrideRead(reason=decision.period_override_reason, by_id=decision.period_override_by_id)
        if decision.period_override_reason
        else None,
        revoked_at=decision.revoked_at,
        revoke_reason=decision.revoke_reason,
        created_at=decision.created_at,
        updated_at=decision.updated_at,
    )
