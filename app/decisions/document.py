"""The decision's signed document: filed as `decision_document` evidence in every covered model's dossier."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.context import RequestContext
from app.decisions.errors import DocumentAlreadyAttached
from app.decisions.rules import DOCUMENT_KIND
from app.events.service import record_event
from app.evidence import service as evidence_service
from app.evidence.schemas import EvidenceCreate
from app.evidence.service import PreparedFile
from app.evidence.upload import ReceivedUpload
from app.models import Decision, DecisionModel, Evidence, RegisteredModel
from app.policy.principal import Caller
from app.storage.base import BlobStore

M = RegisteredModel


async def document_of(session: AsyncSession, decision_id: uuid.UUID) -> Evidence | None:
    """The decision's signed document (the first of its copies), if any."""
    return (await session.scalars(select(Evidence).where(Evidence.decision_id == decision_id,
                                                         Evidence.kind == DOCUMENT_KIND)
                                  .order_by(Evidence.uploaded_at, Evidence.id).limit(1))).first()


async def require_no_document(session: AsyncSession, decision: Decision) -> None:
    """409 when the decision already has its signed document."""
    if await document_of(session, decision.id) is not None:
        raise DocumentAlreadyAttached()


async def covered_models(session: AsyncSession, decision_id: uuid.UUID) -> list[RegisteredModel]:
    """The models a decision covers, in its order."""
    rows = await session.execute(select(M).join(DecisionModel, DecisionModel.model_id == M.id)
                                 .where(DecisionModel.decision_id == decision_id).order_by(DecisionModel.position))
    return [m for (m,) in rows]


async def attach_document(session: AsyncSession, ctx: RequestContext, caller: Caller, decision: Decision,
                          form: EvidenceCreate, upload: ReceivedUpload, prepared: PreparedFile, store: BlobStore
                          ) -> None:
    """File the signed document in every covered model's dossier; the decision gets a new version (412 when
    If-Match names another) and a `decision.document_attached` event."""
    ctx.require_version(decision.version)
    models = await covered_models(session, decision.id)
    await evidence_service.add_copies(session, ctx, caller, models, DOCUMENT_KIND, form, upload, prepared, store,
                                      decision_id=decision.id)
    decision.updated_at = datetime.now(UTC)  # a new version: the read now shows the document
    await session.flush()
    await record_event(session, "decision.document_attached", resource_type="decision", resource_id=decision.id,
                       unit_path=decision.issuing_unit_path, actor_id=caller.id, request_id=ctx.request_id,
                       data={"number": decision.number, "sha256": prepared.sha256})
