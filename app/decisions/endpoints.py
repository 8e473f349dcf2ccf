"""/decisions: issue, list, read and revoke recognition decisions; their signed document."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.dependencies import CurrentCaller
from app.core import messages
from app.core.bodies import GuardedRoute, accepts_upload
from app.core.db import SessionDep
from app.core.errors import NotFound, Unprocessable
from app.core.http import (
    IfMatch,
    RequestCtx,
    etag,
    not_modified,
    not_modified_response,
    page_params,
    request_context,
    require_if_match_header,
)
from app.core.i18n import Text
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import problems
from app.core.pagination import Page, PageParams
from app.decisions import repository, service
from app.decisions.dependencies import VisibleDecision
from app.decisions.schemas import (
    DecisionCreate,
    DecisionKind,
    DecisionRead,
    DecisionStatus,
    DecisionSummary,
    RevokeRequest,
)
from app.evidence import download, edge
from app.evidence import service as evidence_service
from app.evidence.endpoints import _DOWNLOAD_RESPONSES, _UPLOAD_ERRORS
from app.evidence.schemas import EvidenceCreate
from app.evidence.service import PreparedFile
from app.evidence.upload import ReceivedUpload
from app.models import Decision
from app.policy.principal import Caller
from app.storage import get_store
from app.units import repository as units

router = APIRouter(tags=["decisions"], route_class=GuardedRoute)

DOCUMENT_FIELDS = frozenset({"title", "description"})
DOCUMENT_REQUEST_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file", "title"],
                "properties": {
                    "file": {
                        "type": "string",
                        "format": "binary",
                        "description": "The signed decision (pdf, jpeg, png, docx …); detected from the bytes.",
                    },
                    "title": {"type": "string", "maxLength": 300, "example": "Quyết định số 125-QĐ/ĐU (bản ký)"},
                    "description": {"type": "string", "maxLength": 5000},
                },
            }
        }
    },
}

_ISSUE_DESCRIPTION = """Issue a decision of the competent unit; atomic: every covered model moves (with its history
row and event) or nothing changes.

Checks in order (nothing is written on failure):
`invalid_decision_number` / body rules (422: `review_required`, `award_required`, `award_not_allowed`,
`publish_not_allowed`, `override_not_applicable`, `duplicate_model`); `unknown_unit` (422); the caller's
`authority` role at the issuing unit (403 `not_competent_authority`); `unknown_model` (422); the policy's
competence for each model (403 `not_competent_authority`, `errors` give the policy's explanation and the
competent unit per model; a commendation may come from the deciding unit or a unit above it);
`model_state_conflict` (409: recognition needs `surveyed`, exemplar recognition `nominated`, commendation
`exemplar`); the review: `unknown_review` (422), `review_not_closed` (409), `review_purpose_mismatch` (422),
`not_a_candidate` (422), `contradicts_review` (409); dates: `issued_in_future` (422),
`outside_recognition_period` (422, with the cycle's dates; an administrator covering the issuing unit may
override it with `period_override.reason`, else 403 `override_not_permitted`); `duplicate_decision_number`
(409, per issuing unit, year and serial). `Idempotency-Key` makes a retry safe."""


async def _read(session: AsyncSession, caller: Caller, decision: Decision) -> DecisionRead:
    """The decision as the caller sees it: the covered models outside their scope only counted."""
    read = await service.to_read(session, decision)
    return read.seen_by(await repository.visible_model_ids(session, caller, decision.id))


def _json(data: object, status: int = 200, version: int | None = None, location: str | None = None) -> JSONResponse:
    headers = {}
    if version is not None:
        headers["ETag"] = etag(version)
    if location:
        headers["Location"] = location
    return JSONResponse(jsonable_encoder(data), status_code=status, headers=headers)


@router.post(
    "/decisions",
    operation_id="decisions_create",
    summary="Issue a decision",
    status_code=201,
    response_model=DecisionRead,
    responses=problems(401, 403, 409, 412, 422),
    description=_ISSUE_DESCRIPTION,
)
async def issue_decision(
    body: DecisionCreate,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
) -> Response:
    """Issue a decision and move the models it covers, all at once."""

    async def produce() -> Response:
        decision = await service.issue(session, ctx, caller, body)
        read = await _read(session, caller, decision)
        return _json(read, 201, decision.version, f"/api/v1/decisions/{decision.id}")

    return await idempotent(request, session, caller.id, produce)


@router.get(
    "/decisions",
    operation_id="decisions_list",
    summary="List decisions",
    response_model=Page[DecisionSummary],
    responses=problems(400, 401, 404, 422),
)
async def list_decisions(
    caller: CurrentCaller,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    kind: DecisionKind | None = None,
    status: DecisionStatus | None = None,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    issuing_unit_id: Annotated[int | None, Query(ge=1, le=2**63 - 1, description="Exactly this issuing unit.")] = None,
    unit_id: Annotated[
        int | None, Query(ge=1, le=2**63 - 1, description="Issuing units in this unit's subtree.")
    ] = None,
    model_id: Annotated[uuid.UUID | None, Query(description="Decisions covering this model.")] = None,
    q: Annotated[str | None, Query(max_length=60, description="Search the number (`qd/hu` finds `QĐ/HU`).")] = None,
) -> Page[DecisionSummary]:
    """Decisions the caller may see, newest issue date first, one page at a time."""
    unit_path = await units.filter_path(session, unit_id)
    filters = repository.DecisionFilters(
        kind=kind,
        status=status,
        year=year,
        issuing_unit_id=issuing_unit_id,
        unit_path=unit_path,
        model_id=model_id,
        q=(q or "").strip() or None,
    )
    rows, next_cursor = await repository.list_decisions(session, caller, filters, page)
    return Page[DecisionSummary](
        items=await service.to_summaries(session, rows), next_cursor=next_cursor, limit=page.limit
    )


@router.get(
    "/decisions/{decision_id}",
    operation_id="decisions_get",
    summary="One decision",
    response_model=DecisionRead,
    responses=problems(304, 401, 404, 422),
)
async def get_decision(
    decision: VisibleDecision, request: Request, caller: CurrentCaller, session: SessionDep
) -> Response:
    """The decision with its models (and the move each made), review, document and status; ETag for caching."""
    if not_modified(request, decision.version):
        return not_modified_response(decision.version)
    return _json(await _read(session, caller, decision), version=decision.version)


@router.post(
    "/decisions/{decision_id}/revoke",
    operation_id="decisions_revoke",
    summary="Revoke a decision",
    response_model=DecisionRead,
    responses=problems(401, 403, 404, 409, 412, 422, 428),
    description="Only an authority of the issuing unit (403 `not_competent_authority`). The models go "
    "back to the state they were in before (history action `revoke_decision`; a commendation "
    "writes `revoke_commendation` and moves nothing). 409 `decision_revoked` when already "
    "revoked, 409 `decision_superseded` when a model has moved on since (revoke the later "
    "decision first). Needs `If-Match` with the decision's ETag (428 without it, 412 when stale); "
    "`Idempotency-Key` makes a retry safe. When the decision's documents were issued (`POST "
    "/decisions/{id}/documents`), the same transaction issues the signed revocation document (numbered "
    "`revocation_number`, required then: 422 `revocation_number_required`) and marks them `revoked`; "
    "without a valid signing certificate nothing is revoked (409 `signing_certificate_missing` / "
    "`signing_certificate_expired`).",
)
async def revoke_decision(
    found: VisibleDecision,
    body: RevokeRequest,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Revoke the decision with a reason; it stays readable with status `revoked`."""

    async def produce() -> Response:
        decision = await repository.lock(session, found)
        decision = await service.revoke(session, ctx, caller, decision, body.reason, body.revocation_number)
        return _json(await _read(session, caller, decision), version=decision.version)

    return await idempotent(request, session, caller.id, produce)


async def _attachable(
    session: AsyncSession, caller: Caller, found: Decision, *, lock: bool, document_check: bool = True
) -> Decision:
    decision = await repository.lock(session, found) if lock else found
    service.require_issuing_authority(caller, decision)
    if decision.status == "revoked":
        raise service.DecisionRevoked()
    if document_check:
        await service.require_no_document(session, decision)
    return decision


def _document_form(fields: Mapping[str, str]) -> EvidenceCreate:
    extra = sorted(set(fields) - DOCUMENT_FIELDS)
    if extra:
        raise Unprocessable(
            messages.INVALID_DATA,
            code="validation_failed",
            errors=[
                {"code": "extra_forbidden", "pointer": f"#/{name[:60]}", "detail": messages.FIELD_NOT_ALLOWED.render()}
                for name in extra
            ],
        )
    return evidence_service.parse_form({**fields, "kind": service.DOCUMENT_KIND})


@router.post(
    "/decisions/{decision_id}/document",
    operation_id="decisions_document_upload",
    summary="Attach the signed decision document",
    status_code=201,
    response_model=DecisionRead,
    responses={**_UPLOAD_ERRORS, **problems(412, 428)},
    openapi_extra={"requestBody": DOCUMENT_REQUEST_BODY},
    description="Multipart upload (file, title, optional description), streamed to storage. Only an "
    "authority of the issuing unit; once per decision (409 `document_already_attached`); not "
    "on a revoked decision (409 `decision_revoked`). The file is filed as `decision_document` "
    "evidence in every covered model's dossier; the decision gets a new version, so it needs "
    "`If-Match` with the decision's ETag (428 without it, checked before the body is read; 412 "
    "when stale). "
    "`Idempotency-Key` makes a retry safe.",
)
@accepts_upload
async def upload_document(
    found: VisibleDecision,
    request: Request,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """Attach the signed document; answers the decision with its document metadata."""
    # Before the body: who may attach, and that it can be attached at all. A retry with an Idempotency-Key
    # of an upload that already attached the document must reach its replay, so "already attached" waits
    # for the locked check then.
    await _attachable(session, caller, found, lock=False, document_check="idempotency-key" not in request.headers)
    require_if_match_header(request)
    # End the read-only transaction before the body arrives (SQLite's write lock); nothing written yet.
    await session.commit()

    async def produce(form: EvidenceCreate, upload: ReceivedUpload, prepared: PreparedFile) -> Response:
        decision = await _attachable(session, caller, found, lock=True)
        await service.attach_document(
            session, request_context(request), caller, decision, form, upload, prepared, get_store()
        )
        return _json(
            await _read(session, caller, decision),
            201,
            decision.version,
            f"/api/v1/decisions/{decision.id}/document/content",
        )

    return await edge.idempotent_upload(request, session, caller, _document_form, produce)


@router.get(
    "/decisions/{decision_id}/document/content",
    operation_id="decisions_document_content",
    summary="Download the signed decision document",
    response_class=Response,
    responses=_DOWNLOAD_RESPONSES,
)
async def document_content(decision: VisibleDecision, request: Request, session: SessionDep) -> Response:
    """The bytes, for anyone who sees the decision; ETag is the SHA-256, `Range` answers 206. 404
    `document_not_found` when none is attached yet."""
    document = await service.document_of(session, decision.id)
    if document is None:
        raise NotFound(
            Text("Quyết định chưa có văn bản ký.", "The decision has no signed document yet."),
            code="document_not_found",
        )
    return download.content_response(request, document, get_store())
