"""Producing a decision's documents: what they are written from, rendering and signing them (the engine, off the
event loop), storing their bytes like evidence files, and recording them — all or nothing (app/documents/service.py
says when each runs)."""

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

from app.core.config import get_settings
from app.documents import assemble, codes, refusals, repository
from app.documents import errors as engine
from app.documents.keystore import UnitSigner, signer_for
from app.documents.render import render_pdf
from app.documents.schemas import PDF
from app.documents.signing import sign_pdf
from app.events.service import record_event
from app.evidence.service import StorageUnavailable
from app.models import Decision, Document, Unit
from app.models.base import utcnow
from app.storage import BlobStore, get_store

log = logging.getLogger("dvk.documents")

VERIFY_PATH = "/api/v1/public/verify/"
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


def engine_refusal(error: engine.DocumentEngineError, issuer: Unit) -> Exception:
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


async def render_and_sign(
    facts: assemble.DecisionFacts, jobs: Sequence[tuple[assemble.Planned, dict[str, Any]]]
) -> list[Produced]:
    """The issuer's signer (409 when missing or expired), then every PDF rendered and signed, off the event loop."""
    try:
        signer = signer_for(facts.issuer.id)
        return await asyncio.to_thread(_produce, facts, jobs, signer)
    except engine.DocumentEngineError as error:
        raise engine_refusal(error, facts.issuer) from None


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


def row(decision: Decision, made: Produced, version: int, actor_id: uuid.UUID) -> Document:
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


async def record(
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
            row(decision, made, versions.get((made.item.kind, made.item.position), 0) + 1, actor_id)
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
