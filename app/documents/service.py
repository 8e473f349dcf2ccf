"""The documents service: issuing a decision's signed documents, issuing them again as new versions, the
revocation's document, the unsigned preview, and documents as read.

Issuing is a step of its own after the decision (`POST /decisions/{id}/documents`): an official records the
decision, previews its draft, then signs and issues its papers. It is all or nothing: every PDF is rendered
and signed first (the engine raises before a byte is produced), then the bytes are stored (content-addressed,
like evidence files), then the rows are written; when anything fails, the bytes this request stored are
removed and no row stays (the request's transaction rolls back). Bytes left by a failed commit are unreferenced
and `dvk blobs orphans` removes them.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import labels
from app.core.config import get_settings
from app.core.context import RequestContext
from app.decisions import service as decisions
from app.decisions.errors import DuplicateDecisionNumber, InvalidDecisionNumber
from app.decisions.numbers import parse_number
from app.decisions.repository import number_taken
from app.documents import assemble, codes, refusals, repository
from app.documents import errors as engine
from app.documents.keystore import UnitSigner, signer_for
from app.documents.render import render_pdf
from app.documents.schemas import PDF, DocumentModelRef, IssuedDocument, IssueDocuments
from app.documents.signing import sign_pdf
from app.events.service import record_event
from app.evidence.service import StorageUnavailable
from app.models import Decision, Document, Unit
from app.models.base import utcnow
from app.policy.authority_schemas import Bilingual
from app.policy.principal import Caller
from app.storage import BlobStore, get_store

log = logging.getLogger("dvk.documents")

VERIFY_PATH = "/api/v1/public/verify/"
# The draft's code and "address" (printed in the footer, in the metadata and in the QR code): no document
# carries them, and they say what the paper is.
DRAFT_CODE = "BAN-NHAP-CHUA-KY"
DRAFT_URL = "BẢN NHÁP CHƯA KÝ - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ"
SIGN_REASON = "Ban hành văn bản"
DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"


def verify_url(code: str) -> str:
    """Where a document's QR code points: the public verification of its code."""
    return f"{get_settings().public_base_url.rstrip('/')}{VERIFY_PATH}{codes.grouped(code)}"


# --- what one issue produces -------------------------------------------------------------------------


@dataclass(frozen=True)
class Produced:
    """One rendered, signed PDF waiting to be stored and recorded."""

    item: assemble.Planned
    number: str
    code: str
    pdf: bytes
    sha256: str
    issued_on: date
    signer: str | None
    signed_at: datetime


def _engine_refusal(error: engine.DocumentEngineError, issuer: Unit) -> Exception:
    """The engine's error as the refusal the client reads (what is missing, named)."""
    if isinstance(error, engine.SignerMissing):
        return refusals.SigningCertificateMissing(
            _unit=issuer.name, unit_id=issuer.id, unit_name=issuer.name, missing=error.reason
        )
    if isinstance(error, engine.SignerExpired):
        not_after = error.not_after.date().isoformat()
        return refusals.SigningCertificateExpired(
            _unit=issuer.name, _not_after=not_after, unit_id=issuer.id, unit_name=issuer.name, not_after=not_after
        )
    if isinstance(error, engine.TemplateFieldMissing):  # TemplateFieldInvalid too: given, but unusable
        kind = error.kind or ""
        reason = error.reason if isinstance(error, engine.TemplateFieldInvalid) else None
        return refusals.TemplateFieldMissing(
            _kind=kind, _field=error.field_name, kind=kind, field=error.field_name, reason=reason
        )
    if isinstance(error, engine.TemplateInvalid | engine.UnknownDocumentKind):
        return refusals.TemplateInvalid(_kind=error.kind, kind=error.kind)
    if isinstance(error, engine.TimestampUnavailable):
        return refusals.TimestampUnavailable(headers={"Retry-After": "30"})
    return refusals.SigningFailed(_reason=str(error)[:300])


def _produce(
    facts: assemble.DecisionFacts, jobs: Sequence[tuple[assemble.Planned, dict[str, Any]]], signer: UnitSigner
) -> list[Produced]:
    """Render and sign every document (in a worker thread): all of them, or the engine's error."""
    settings = get_settings()
    place = assemble.place_of(facts.issuer, facts.units)
    out: list[Produced] = []
    for item, context in jobs:
        code = codes.new_code()
        pdf = render_pdf(item.kind, context, verification_code=codes.grouped(code), verify_url=verify_url(code))
        signed = sign_pdf(pdf, signer, reason=SIGN_REASON, location=place, tsa_url=settings.signing_tsa_url or None)
        out.append(
            Produced(
                item=item,
                number=str(context["number"]),
                code=code,
                pdf=signed,
                sha256=hashlib.sha256(signed).hexdigest(),
                issued_on=context["issued_on"],
                signer=signer.subject[:500] or None,
                signed_at=utcnow(),
            )
        )
    return out


async def _render_and_sign(
    facts: assemble.DecisionFacts, jobs: Sequence[tuple[assemble.Planned, dict[str, Any]]]
) -> list[Produced]:
    """The issuer's signer (409 when missing or expired), then every PDF rendered and signed, off the event loop."""
    try:
        signer = signer_for(facts.issuer.id)
        return await asyncio.to_thread(_produce, facts, jobs, signer)
    except engine.DocumentEngineError as error:
        raise _engine_refusal(error, facts.issuer) from None


# --- storing ------------------------------------------------------------------------------------------


def _write_temp(data: bytes) -> Path:
    folder = get_settings().data_dir / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=folder, prefix="document-", suffix=".part")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return Path(name)


async def _store_all(store: BlobStore, produced: Sequence[Produced]) -> list[str]:
    """Store every PDF; the keys this call newly stored (removed again if anything after fails). 503 when the store
    refuses one (and what was stored before it is removed)."""
    stored: list[str] = []
    try:
        for item in produced:
            path = await asyncio.to_thread(_write_temp, item.pdf)
            try:
                if await store.put_file(item.sha256, path, PDF):
                    stored.append(item.sha256)
            finally:
                path.unlink(missing_ok=True)
    except Exception:
        log.exception("blob store refused a generated document")
        await forget(store, stored)
        raise StorageUnavailable() from None
    return stored


async def forget(store: BlobStore, keys: Sequence[str]) -> None:
    """Remove bytes this request stored and no row will reference (each carries its own fresh verification code,
    so no other document shares them); what cannot be removed is left to the orphan sweep."""
    for key in keys:
        try:
            await store.delete(key)
        except Exception:
            log.exception("could not remove the bytes of a failed issue", extra={"sha256": key})


# --- loading what documents say ---------------------------------------------------------------------------


async def load_facts(session: AsyncSession, decision: Decision) -> assemble.DecisionFacts:
    """Everything the decision's documents are written from."""
    rows = await repository.covered(session, decision.id)
    issuer_ids = {int(p) for p in decision.issuing_unit_path.strip("/").split("/") if p.isdigit()}
    first = await repository.units_by_id(session, issuer_ids | {decision.issuing_unit_id})
    issuer = first[decision.issuing_unit_id]
    party = await repository.units_by_id(session, {issuer.party_org_id} if issuer.party_org_id else set())
    wanted = {u.parent_id for u in party.values() if u.parent_id is not None}
    reviews = await repository.reviews_of(session, decision)
    for _, model in rows:
        wanted.add(model.registrant_unit_id)
        if model.proposing_unit_id is not None:
            wanted.add(model.proposing_unit_id)
    wanted.update(r.holding_unit_id for r in reviews)
    units = {**first, **party, **await repository.units_by_id(session, wanted - set(first) - set(party))}
    campaign = await repository.campaign_of(session, rows[0][1].campaign_id) if rows else None
    plan = await repository.plan_of(session, issuer.id, campaign.id) if campaign is not None else None
    return assemble.DecisionFacts(
        decision=decision,
        issuer=issuer,
        units=units,
        rows=rows,
        fields=await repository.fields(session),
        reviews=reviews,
        plan=plan,
        campaign=campaign,
    )


def local_date(at: datetime, timezone: str = DEFAULT_TIMEZONE) -> date:
    """The calendar date at that instant where the documents are issued (the campaign's time zone)."""
    return at.astimezone(ZoneInfo(timezone)).date()


# --- issuing ------------------------------------------------------------------------------------------


def _row(decision: Decision, made: Produced, version: int, actor_id: uuid.UUID) -> Document:
    return Document(
        id=uuid.uuid4(),
        kind=made.item.kind,
        decision_id=decision.id,
        model_id=made.item.model_id,
        position=made.item.position,
        unit_id=decision.issuing_unit_id,
        unit_path=decision.issuing_unit_path,
        version=version,
        number=made.number,
        issued_on=made.issued_on,
        verification_code=made.code,
        storage_key=made.sha256,
        sha256=made.sha256,
        size=len(made.pdf),
        signed=True,
        signer_subject=made.signer,
        signed_at=made.signed_at,
        status="issued",
        created_by_id=actor_id,
    )


async def _record(
    session: AsyncSession,
    request_id: str | None,
    actor_id: uuid.UUID,
    decision: Decision,
    produced: Sequence[Produced],
    *,
    regenerated: bool,
    reason: str,
) -> list[Document]:
    """Store the bytes and write the rows and the event; on any failure remove what was stored, then re-raise."""
    store = get_store()
    stored = await _store_all(store, produced)
    try:
        versions = await repository.last_versions(session, decision.id)
        rows = [
            _row(decision, made, versions.get((made.item.kind, made.item.position), 0) + 1, actor_id)
            for made in produced
        ]
        session.add_all(rows)
        await session.flush()
        await record_event(
            session,
            "decision.documents-issued",
            resource_type="decision",
            resource_id=decision.id,
            unit_path=decision.issuing_unit_path,
            actor_id=actor_id,
            request_id=request_id,
            data={
                "number": decision.number,
                "kinds": sorted({r.kind for r in rows}),
                "count": len(rows),
                "regenerated": regenerated,
                "reason": reason,
            },
        )
    except BaseException:
        await forget(store, stored)
        raise
    return rows


async def issue(
    session: AsyncSession, ctx: RequestContext, caller: Caller, decision: Decision, body: IssueDocuments
) -> list[Document]:
    """Render, sign, store and record the decision's documents (the decision is locked by the caller).

    403 unless the caller is an authority of the issuing unit; 409 `decision_revoked`, `documents_already_issued`
    (without `regenerate`), `no_documents_for_decision`, `signing_certificate_missing`/`_expired`,
    `template_field_missing`; 503 `timestamp_unavailable`/`storage_unavailable`. Nothing is written on a refusal.
    """
    decisions.require_issuing_authority(caller, decision)
    return await issue_documents(session, ctx.request_id, caller.id, decision, body)


async def issue_documents(
    session: AsyncSession, request_id: str | None, actor_id: uuid.UUID, decision: Decision, body: IssueDocuments
) -> list[Document]:
    """`issue` once the actor's right is established (a request's caller, or the demo's authority)."""
    if decision.status == "revoked":
        raise decisions.DecisionRevoked(revoked_at=decision.revoked_at.isoformat() if decision.revoked_at else None)
    current = [d for d in await repository.issued_of(session, decision.id) if d.kind != assemble.REVOCATION]
    if current and not body.regenerate:
        raise refusals.DocumentsAlreadyIssued(documents=[str(d.id) for d in current])
    facts = await load_facts(session, decision)
    plan = assemble.planned(decision, facts.rows)
    if not plan:
        raise refusals.NoDocuments(kind=decision.kind, award_form=decision.award_form)
    jobs = [(item, assemble.context_for(facts, item)) for item in plan]
    produced = await _render_and_sign(facts, jobs)
    now = utcnow()
    for old in current:
        old.status, old.status_changed_at = "superseded", now
    return await _record(
        session, request_id, actor_id, decision, produced, regenerated=bool(current), reason=body.reason
    )


# --- the revocation's document (told by the decisions service, in the revocation's transaction) -----------


async def on_decision_revoked(
    session: AsyncSession, ctx: RequestContext, caller: Caller, decision: Decision, revocation_number: str | None
) -> None:
    """A revoked decision whose documents were issued gets its signed revocation, and its documents in force
    become `revoked`, pointing at it. A decision without issued documents changes nothing here.

    422 `revocation_number_required` / `invalid_decision_number`, 409 `duplicate_decision_number` and the
    signing refusals of `issue`; raising rolls the whole revocation back."""
    current = [d for d in await repository.issued_of(session, decision.id) if d.kind != assemble.REVOCATION]
    if not current:
        return
    number = _revocation_number(revocation_number)
    facts = await load_facts(session, decision)
    at = decision.revoked_at or utcnow()
    issued_on = local_date(at, facts.campaign.timezone if facts.campaign is not None else DEFAULT_TIMEZONE)
    serial = parse_number(number)
    assert serial is not None
    taken = await number_taken(session, decision.issuing_unit_id, issued_on.year, serial[1])
    if taken is not None:
        raise DuplicateDecisionNumber(
            _serial=serial[1], _year=issued_on.year, _number=taken.number, existing_id=str(taken.id)
        )
    item = assemble.Planned(assemble.REVOCATION)
    context = assemble.revocation_context(facts, number=number, issued_on=issued_on)
    produced = await _render_and_sign(facts, [(item, context)])
    [revocation] = await _record(session, ctx.request_id, caller.id, decision, produced, regenerated=False, reason="")
    for old in current:
        old.status, old.status_changed_at, old.revoked_by_id = "revoked", at, revocation.id
    await session.flush()


def _revocation_number(raw: str | None) -> str:
    if raw is None or not raw.strip():
        raise refusals.RevocationNumberRequired()
    parsed = parse_number(raw)
    if parsed is None:
        raise InvalidDecisionNumber(number=raw[:60])
    return parsed[0]


# --- the unsigned preview ------------------------------------------------------------------------------


async def preview(session: AsyncSession, caller: Caller, decision: Decision, model_id: uuid.UUID | None) -> bytes:
    """The draft of the decision's own text (or, with `model_id`, of that model's paper), rendered unsigned and
    marked as a draft; nothing is stored. 403 unless an authority of the issuing unit; 404 when the decision
    has no such document."""
    decisions.require_issuing_authority(caller, decision)
    facts = await load_facts(session, decision)
    plan = assemble.planned(decision, facts.rows)
    wanted = [p for p in plan if p.model_id == model_id] if model_id is not None else plan[:1]
    if not wanted:
        raise refusals.DocumentNotFound()
    item = wanted[0]
    context = assemble.context_for(facts, item)
    try:
        return await asyncio.to_thread(
            render_pdf, item.kind, context, verification_code=DRAFT_CODE, verify_url=DRAFT_URL
        )
    except engine.DocumentEngineError as error:
        raise _engine_refusal(error, facts.issuer) from None


# --- reading ------------------------------------------------------------------------------------------


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


__all__ = [
    "DRAFT_CODE",
    "filename",
    "issue",
    "issue_documents",
    "kind_label",
    "load_facts",
    "on_decision_revoked",
    "preview",
    "to_reads",
    "verify_url",
    "visible",
]
