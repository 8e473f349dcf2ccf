"""/models/{id}/evidence, /evidence/{id}, /evidence/{id}/content, /models/{id}/dossier."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from starlette.background import BackgroundTask

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute, accepts_upload
from app.core.db import SessionDep
from app.core.http import RequestCtx, page_params
from app.core.idempotency import IdempotencyKey
from app.core.openapi_docs import documented_problem, problems
from app.core.pagination import Page, PageParams
from app.evidence import checklist, download, edge, repository, service
from app.evidence.dependencies import VisibleEvidence, VisibleEvidenceWithModel
from app.evidence.schemas import UPLOAD_REQUEST_BODY, DossierRead, EvidenceCreate, EvidenceKind, EvidenceRead
from app.evidence.service import PreparedFile
from app.evidence.upload import ReceivedUpload
from app.registry.dependencies import VisibleModel
from app.storage import get_store

router = APIRouter(tags=["evidence"], route_class=GuardedRoute)


FILE_REFUSED = documented_problem(
    422,
    "image_too_large",
    "Ảnh quá lớn: 30000×30000 điểm ảnh (tối đa 40000000 điểm ảnh).",
    "Form fields invalid (`validation_failed`, `upload_*`), or the file is not what it claims: a zip-based office "
    "file that expands too far (`archive_too_large`), holds too many parts (`archive_too_many_entries`) or "
    "expands suspiciously (`archive_suspicious`); an image over DVK_IMAGE_MAX_PIXELS (`image_too_large`) or "
    "that cannot be decoded (`upload_corrupt_image`); a PDF with data after its %%EOF (`pdf_trailing_data`) "
    "or without a cross-reference (`pdf_malformed`). Nothing is stored.",
)
BODY_TOO_LARGE = documented_problem(
    413,
    "payload_too_large",
    "Nội dung gửi lên quá lớn (tối đa 26214400 byte).",
    "The file passes DVK_MAX_UPLOAD_BYTES (or the model's quota, `model_quota_exceeded`): the body is cut off "
    "as the bytes arrive, whether it declares a Content-Length or is chunked.",
)
_UPLOAD_ERRORS = {
    **problems(400, 401, 403, 404, 409),
    413: BODY_TOO_LARGE,
    422: FILE_REFUSED,
    415: documented_problem(
        415,
        "media_type_mismatch",
        "Nội dung tệp (application/pdf) không khớp với kiểu khai báo.",
        "The type is not allowed (`unsupported_media_type`), or the bytes disagree with the filename or "
        "the declared type (`media_type_mismatch`).",
    ),
    503: documented_problem(
        503,
        "storage_unavailable",
        "Kho lưu trữ tệp tạm thời không sẵn sàng; hãy thử lại.",
        "File storage is unavailable; retry with the same Idempotency-Key.",
    ),
}
_DOWNLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The whole file (Content-Type is the media type detected at upload).",
        "content": download.FILE_CONTENT,
    },
    206: {
        "description": "The requested byte range (`Content-Range: bytes a-b/size`).",
        "content": download.FILE_CONTENT,
    },
    416: documented_problem(
        416,
        "range_not_satisfiable",
        "Khoảng byte yêu cầu nằm ngoài tệp (1024 byte).",
        "The range starts past the end; `Content-Range: bytes */size` gives the size.",
    ),
    **problems(304, 401, 404, 422),
}


def _json(data: object, status: int = 200, location: str | None = None) -> JSONResponse:
    headers = {"Location": location} if location else {}
    return JSONResponse(jsonable_encoder(data), status_code=status, headers=headers)


@router.post(
    "/models/{model_id}/evidence",
    operation_id="evidence_upload",
    summary="Add a file to a model's dossier",
    status_code=201,
    response_model=EvidenceRead,
    responses=_UPLOAD_ERRORS,
    openapi_extra={"requestBody": UPLOAD_REQUEST_BODY},
    description="Multipart upload, streamed to storage (never held in memory). The type is detected from "
    "the bytes; photos lose their metadata (a survey photo keeps its location only with "
    "`keep_location=true`). 413 above the size limit or the model's quota. "
    "`Idempotency-Key` makes a retry safe.",
)
@accepts_upload
async def upload_evidence(
    model: VisibleModel,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
) -> Response:
    """Upload one file (multipart: file, kind, title, optional description, taken_at, latitude, longitude)."""
    model_id = model.id
    service.require_some_upload_role(caller, model)
    # End the read-only transaction before the body trickles in from a phone: on SQLite an open
    # transaction holds the database's write lock. Nothing has been written yet.
    await session.commit()

    def parse(fields: Mapping[str, str]) -> EvidenceCreate:
        form = service.parse_form(fields)
        service.require_kind(caller, model, form.kind)
        return form

    async def produce(form: EvidenceCreate, upload: ReceivedUpload, prepared: PreparedFile) -> Response:
        evidence = await service.add_evidence(session, ctx, caller, model_id, form, upload, prepared, get_store())
        [read] = await service.to_reads(session, [evidence])
        return _json(read, 201, f"/api/v1/evidence/{evidence.id}")

    return await edge.idempotent_upload(request, session, caller, parse, produce)


@router.get(
    "/models/{model_id}/evidence",
    operation_id="evidence_list",
    summary="A model's files",
    response_model=Page[EvidenceRead],
    responses=problems(400, 401, 404, 422),
)
async def list_evidence(
    model: VisibleModel,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    kind: EvidenceKind | None = None,
) -> Page[EvidenceRead]:
    """The model's files, oldest first, optionally of one kind."""
    rows, next_cursor = await repository.list_for_model(session, model.id, kind, page)
    return Page[EvidenceRead](items=await service.to_reads(session, rows), next_cursor=next_cursor, limit=page.limit)


@router.get(
    "/models/{model_id}/dossier",
    operation_id="models_dossier",
    summary="The model's dossier checklist for its next actions",
    response_model=DossierRead,
    responses=problems(401, 404, 422),
)
async def model_dossier(model: VisibleModel, session: SessionDep) -> DossierRead:
    """For each next action (and `nominate` once recognised): the files required, present and missing."""
    return await checklist.dossier_of(session, model)


@router.get(
    "/evidence/{evidence_id}",
    operation_id="evidence_get",
    summary="A file's metadata",
    response_model=EvidenceRead,
    responses=problems(401, 404, 422),
)
async def get_evidence(evidence: VisibleEvidence, session: SessionDep) -> EvidenceRead:
    """Kind, title, original name, detected type, size, SHA-256, uploader, time, the state it was added in."""
    [read] = await service.to_reads(session, [evidence])
    return read


@router.get(
    "/evidence/{evidence_id}/content",
    operation_id="evidence_content",
    summary="Download a file",
    response_class=Response,
    responses=_DOWNLOAD_RESPONSES,
)
async def evidence_content(evidence: VisibleEvidence, request: Request) -> Response:
    """The bytes; ETag is the SHA-256; `Range: bytes=a-b`, `a-` or `-n` answers 206 so a phone can resume."""
    return download.content_response(request, evidence, get_store())


@router.delete(
    "/evidence/{evidence_id}",
    operation_id="evidence_delete",
    summary="Remove a file from a dossier",
    status_code=204,
    response_class=Response,
    responses=problems(401, 403, 404, 409, 422),
)
async def delete_evidence(
    found: VisibleEvidenceWithModel, ctx: RequestCtx, caller: CurrentCaller, session: SessionDep
) -> Response:
    """Only while the model is draft or returned (else 409 `evidence_immutable`); afterwards upload a correction."""
    evidence, model = found
    sha256 = await service.delete_evidence(session, ctx, caller, evidence, model)
    return Response(status_code=204, background=BackgroundTask(service.collect_blob, sha256))
