"""The decision's signed document: filed as `decision_document` evidence in every covered model's dossier."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.context import RequestContext
from app.decisions.errors import DocumentAlreadyAttached
from app.decisions.repository import covered_models, document_of
from app.decisions.rules import DOCUMENT_KIND
from app.events.service import record_event
from app.evidence import service as evidence_service
from app.evidence.schemas import EvidenceCreate
from app.evidence.service import PreparedFile
from app.evidence.upload import ReceivedUpload
from app.models import Decision, RegisteredModel
from app.policy.principal import Caller
from app.storage.base import BlobStore

M = RegisteredModel


async def require_no_document(session: AsyncSession, decision: Decision) -> None:
    """409 when the decision already has its signed document."""
    if await document_of(session, decision.id) is not None:
        raise DocumentAlreadyAttached()


async def attach_document(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    decision: Decision,
    form: EvidenceCreate,
    upload: ReceivedUpload,
    prepared: PreparedFile,
    store: BlobStore,
) -> None:
    """File the signed document in every covered model's dossier; the decision gets a new version (412 when
    If-Match names another) and a `decision.document-attached` event."""
    ctx.require_version(decision.version)
    models = await covered_models(session, decision.id)
    await evidence_service.add_copies(
        session, ctx, caller, models, DOCUMENT_KIND, form, upload, prepared, store, decision_id=decision.id
    )
    decision.updated_at = datetime.now(UTC)  # a new version: the read now shows the document
    await session.flush()
    await record_event(
        session,
        "decision.document-attached",
        resource_type="decision",
        resource_id=decision.id,
        unit_path=decision.issuing_unit_path,
        actor_id=caller.id,
        request_id=ctx.request_id,
        data={"number": decision.number, "sha256": prepared.sha256},
    )
