"""The plan document (văn bản kế hoạch): one file per plan, its bytes in the blob store by their SHA-256 like
evidence files. Attaching a new one replaces the old (a correction); the plan gets a new version."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import messages
from app.core.context import RequestContext
from app.core.errors import NotFound, Unprocessable
from app.evidence.schemas import EvidenceCreate
from app.evidence.service import PreparedFile, StorageUnavailable
from app.evidence.upload import ReceivedUpload
from app.models import UnitPlan
from app.models.base import utcnow
from app.plans.messages import NO_DOCUMENT
from app.plans.service import Located, flush, plan_event, require_recorder
from app.policy.principal import Caller
from app.storage.base import BlobStore

log = logging.getLogger("dvk.plans")

# The upload form has the file only. The evidence checks take a form: a document is not a photo, so nothing
# of it is kept but the bytes (the kind only decides whether a photo may keep its location).
_FORM = EvidenceCreate(kind="implementation_document", title="plan")


@dataclass(frozen=True)
class StoredDocument:
    """What a download needs of a plan's document."""

    sha256: str
    size: int
    media_type: str
    original_filename: str


def parse_form(fields: Mapping[str, str]) -> EvidenceCreate:
    """The upload's form fields: none besides the file (422 naming each other one)."""
    if fields:
        raise Unprocessable(
            messages.INVALID_DATA,
            code="validation_failed",
            errors=[
                {"code": "extra_forbidden", "pointer": f"#/{name[:60]}", "detail": messages.FIELD_NOT_ALLOWED.render()}
                for name in sorted(fields)
            ],
        )
    return _FORM


def stored_document(plan: UnitPlan) -> StoredDocument:
    """The plan's document; 404 `plan_document_not_found` when none is attached."""
    if plan.document_sha256 is None:
        raise NotFound(NO_DOCUMENT, code="plan_document_not_found")
    return StoredDocument(
        plan.document_sha256, plan.document_size or 0, plan.document_media_type or "", plan.document_filename or ""
    )


async def attach(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    found: Located,
    upload: ReceivedUpload,
    prepared: PreparedFile,
    store: BlobStore,
) -> str | None:
    """Store the bytes and put the document on the plan (recorders, 403; If-Match, 412). Returns the SHA-256 of
    the document it replaced, whose bytes may now be unreferenced (collected after the commit)."""
    require_recorder(caller, found.unit)
    plan = found.plan
    ctx.require_version(plan.version)
    try:
        await store.put_file(prepared.sha256, prepared.path, prepared.media_type)
    except Exception:
        log.exception("blob store refused a file", extra={"sha256": prepared.sha256})
        raise StorageUnavailable() from None
    replaced = plan.document_sha256 if plan.document_sha256 != prepared.sha256 else None
    plan.document_filename = upload.filename
    plan.document_media_type = prepared.media_type
    plan.document_size = prepared.size
    plan.document_sha256 = prepared.sha256
    plan.updated_at = utcnow()
    await flush(session)
    await plan_event(session, ctx, caller, "plan.document-attached", found, sha256=prepared.sha256)
    return replaced
