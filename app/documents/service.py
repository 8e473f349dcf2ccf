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
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.context import RequestContext
from app.decisions import service as decisions
from app.decisions.errors import DuplicateDecisionNumber, InvalidDecisionNumber
from app.decisions.numbers import parse_number
from app.decisions.repository import number_taken
from app.documents import assemble, refusals, repository
from app.documents import errors as engine
from app.documents.produce import (
    DEFAULT_TIMEZONE,
    engine_refusal,
    load_facts,
    local_date,
    record,
    render_and_sign,
    verify_url,
)
from app.documents.read import filename, kind_label, to_reads, visible
from app.documents.render import render_pdf
from app.documents.schemas import IssueDocuments
from app.models import Decision, Document
from app.models.base import utcnow
from app.policy.principal import Caller

# The draft's code and "address" (printed in the footer, in the metadata and in the QR code): no document
# carries them, and they say what the paper is.
DRAFT_CODE = "BAN-NHAP-CHUA-KY"
DRAFT_URL = "BẢN NHÁP CHƯA KÝ - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ"


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
    produced = await render_and_sign(facts, jobs)
    now = utcnow()
    for old in current:
        old.status, old.status_changed_at = "superseded", now
    return await record(
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
    if await repository.revocation_numbered(session, decision.issuing_unit_id, number, issued_on.year):
        raise DuplicateDecisionNumber(_serial=serial[1], _year=issued_on.year, _number=number)
    item = assemble.Planned(assemble.REVOCATION)
    context = assemble.revocation_context(facts, number=number, issued_on=issued_on)
    produced = await render_and_sign(facts, [(item, context)])
    [revocation] = await record(session, ctx.request_id, caller.id, decision, produced, regenerated=False, reason="")
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
        raise engine_refusal(error, facts.issuer) from None


__all__ = [
    "DRAFT_CODE",
    "filename",
    "issue",
    "issue_documents",
    "kind_label",
    "load_facts",
    "local_date",
    "on_decision_revoked",
    "preview",
    "to_reads",
    "verify_url",
    "visible",
]
