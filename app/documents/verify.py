"""Verification anyone can do, signed in or not: a document by its verification code, or an uploaded PDF.

What is answered is public: the document's kind, number, date, issuer and status, the decision it belongs to
(number, date, whether it was revoked and when), and the covered models only as the public showcase shows them
(the others counted). Never a person's data, a revocation's reason, votes, minutes or a private model's name.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import labels
from app.documents import codes, refusals, repository, service
from app.documents.keystore import trust_roots
from app.documents.schemas import (
    DocumentVerification,
    PublicDocumentDecision,
    PublicDocumentModel,
    PublicVerification,
    SignatureCheck,
    Verdict,
)
from app.documents.signing import VerificationResult, verify_pdf
from app.models import Document
from app.public.repository import public_models
from app.public.schemas import PublicField, PublicUnit

# The engine's finding → the verdict the API answers.
VERDICTS: dict[str | None, Verdict] = {
    None: "intact",
    "not_a_pdf": "not_a_pdf",
    "no_signature": "unsigned",
    "modified": "modified",
    "invalid_signature": "modified",
    "untrusted": "untrusted",
}


async def by_code(session: AsyncSession, raw: str) -> PublicVerification:
    """The public view of the document carrying this code (typed in any case, with or without the dash);
    404 `verification_code_not_found` for a code no document carries (or that cannot be one)."""
    code = codes.normalise(raw)
    document = await repository.by_code(session, code) if code is not None else None
    if document is None:
        raise refusals.VerificationCodeNotFound()
    return await public_view(session, document)


async def public_view(session: AsyncSession, document: Document) -> PublicVerification:
    """What anyone may know about an issued document (a handful of queries)."""
    decision = (await repository.decisions_by_id(session, [document.decision_id]))[document.decision_id]
    model_ids = (
        [document.model_id] if document.model_id is not None else await repository.covered_ids(session, decision.id)
    )
    shown = await public_models(session, model_ids)
    units = await repository.units_by_id(session, {document.unit_id} | {m.registrant_unit_id for m in shown})
    fields = await repository.fields(session) if shown else {}
    linked = await repository.by_ids(session, [document.revoked_by_id] if document.revoked_by_id else [])
    newer = await repository.newer_versions(session, [document])
    issuer = units[document.unit_id]
    return PublicVerification(
        verification_code=codes.grouped(document.verification_code),
        kind=document.kind,
        kind_label=labels.DOCUMENT_KINDS[document.kind].render(),
        number=document.number,
        version=document.version,
        issued_on=document.issued_on,
        issuer=PublicUnit(code=issuer.code, name=issuer.name),
        decision=PublicDocumentDecision(
            kind=decision.kind,
            kind_label=labels.DECISION_KINDS[decision.kind].render(),
            number=decision.number,
            issued_on=decision.issued_on,
            status=decision.status,
            revoked_on=service.local_date(decision.revoked_at) if decision.revoked_at else None,
        ),
        status=document.status,
        status_changed_on=service.local_date(document.status_changed_at) if document.status_changed_at else None,
        revoked_by=codes.grouped(linked[document.revoked_by_id].verification_code)
        if document.revoked_by_id in linked
        else None,
        superseded_by=codes.grouped(newer[document.id].verification_code) if document.id in newer else None,
        signed=document.signed,
        signer=document.signer_subject,
        signed_at=document.signed_at,
        sha256=document.sha256,
        models=[
            PublicDocumentModel(
                code=m.code,
                name=m.name,
                unit=PublicUnit(code=units[m.registrant_unit_id].code, name=units[m.registrant_unit_id].name),
                field=PublicField(
                    code=m.field_code, label_vi=fields[m.field_code].label_vi, label_en=fields[m.field_code].label_en
                ),
                url=f"/api/v1/public/exemplars/{m.code}",
            )
            for m in shown
        ],
        models_not_public=len(set(model_ids)) - len(shown),
    )


def _check(path: Path) -> VerificationResult:
    """The engine's verification of the file against the key store's trusted roots (in a worker thread)."""
    return verify_pdf(path.read_bytes(), trust_roots=trust_roots())


async def check_upload(session: AsyncSession, path: Path, sha256: str, size: int) -> DocumentVerification:
    """Verify an uploaded file: its signature, and which issued document it is (by its bytes) or claims to be
    (by the verification code in its metadata)."""
    result = await asyncio.to_thread(_check, path)
    verdict = VERDICTS.get(result.failure, "modified")
    exact = await repository.by_sha256(session, sha256)
    claimed = None
    if exact is None and result.verification_code:
        code = codes.normalise(result.verification_code)
        claimed = await repository.by_code(session, code) if code is not None else None
    document = exact or claimed
    signature = None
    if verdict not in ("unsigned", "not_a_pdf"):
        signature = SignatureCheck(
            signer=result.signer_subject,
            signed_at=result.signed_at,
            timestamped=result.timestamped,
            detail=result.detail,
        )
    return DocumentVerification(
        verdict=verdict,
        sha256=sha256,
        size=size,
        matches_issued=exact is not None,
        signature=signature,
        verification_code=codes.grouped(document.verification_code)
        if document is not None
        else result.verification_code,
        document=await public_view(session, document) if document is not None else None,
    )
