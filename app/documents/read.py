"""Documents as a signed-in caller reads them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import labels
from app.documents import codes, refusals, repository
from app.documents.produce import verify_url
from app.documents.schemas import DocumentModelRef, IssuedDocument
from app.models import Document
from app.policy.authority_schemas import Bilingual
from app.policy.principal import Caller


def kind_label(kind: str) -> Bilingual:
    """A document kind's label, in both languages."""
    return Bilingual(**labels.DOCUMENT_KINDS[kind].as_dict())


def filename(document: Document) -> str:
    """The name a document is downloaded under: its number (made file-safe) and version."""
    safe = "".join(c if c.isalnum() else "-" for c in document.number).strip("-")
    return f"{safe}-v{document.version}.pdf"


async def to_reads(session: AsyncSession, documents: Sequence[Document]) -> list[IssuedDocument]:
    """Documents as read, with their decision's number, their model and who issued them (a few queries)."""
    decisions_by_id = await repository.decisions_by_id(session, {d.decision_id for d in documents})
    models = await repository.models_by_id(session, {d.model_id for d in documents if d.model_id is not None})
    names = await repository.user_names(session, {d.created_by_id for d in documents})
    newer = await repository.newer_versions(session, documents)
    out = []
    for d in documents:
        model = models.get(d.model_id) if d.model_id is not None else None
        out.append(
            IssuedDocument(
                id=d.id,
                kind=d.kind,
                kind_label=kind_label(d.kind),
                decision_id=d.decision_id,
                decision_number=decisions_by_id[d.decision_id].number,
                model=DocumentModelRef(id=model.id, code=model.code, name=model.name) if model else None,
                version=d.version,
                number=d.number,
                verification_code=codes.grouped(d.verification_code),
                verify_url=verify_url(d.verification_code),
                filename=filename(d),
                size=d.size,
                sha256=d.sha256,
                signed=d.signed,
                signer=d.signer_subject,
                signed_at=d.signed_at,
                status=d.status,
                status_changed_at=d.status_changed_at,
                revoked_by_id=d.revoked_by_id,
                superseded_by_id=newer[d.id].id if d.id in newer else None,
                created_at=d.created_at,
                created_by=names.get(d.created_by_id, ""),
                file_url=f"/api/v1/documents/{d.id}/file",
            )
        )
    return out


async def visible(session: AsyncSession, caller: Caller, document_id: uuid.UUID) -> Document:
    """A document the caller may see, or 404 `document_not_found`."""
    document = await repository.get_visible(session, caller, document_id)
    if document is None:
        raise refusals.DocumentNotFound()
    return document
