"""/decisions/{id}/documents, /models/{id}/documents, /documents/{id}, /documents/verify, /public/verify/{code}:
a decision's generated, signed documents, and their verification by anyone."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Body, Path, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from app.auth.dependencies import CurrentCaller
from app.core import messages
from app.core.bodies import GuardedRoute, accepts_upload
from app.core.config import get_settings
from app.core.db import SessionDep
from app.core.errors import Unprocessable
from app.core.http import RequestCtx
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import documented_problem, problems
from app.decisions import repository as decisions
from app.decisions.dependencies import VisibleDecision
from app.documents import repository, service, verify
from app.documents.dependencies import VisibleDocument
from app.documents.schemas import PDF, DocumentVerification, IssuedDocument, IssueDocuments, PublicVerification
from app.evidence import download
from app.evidence.upload import receive_upload
from app.models import Document
from app.public.caching import cached_json
from app.registry.dependencies import VisibleModel
from app.storage import get_store

router = APIRouter(route_class=GuardedRoute)  # each route names its tag (the public check is "public" only)

PDF_CONTENT = {PDF: {"schema": {"type": "string", "format": "binary"}}}


_SIGNING_CONFLICT = documented_problem(
    409,
    "signing_certificate_missing",
    "Đảng ủy xã Vĩnh Thạch chưa có chứng thư số để ký văn bản (thiếu khóa và chứng thư của đơn vị trong kho khóa); "
    "vẫn có thể xem trước bản nháp.",
    "`signing_certificate_missing` (the issuing unit has no key and certificate in the key store: `unit_id`, "
    "`unit_name`, `missing` say which), `signing_certificate_expired` (`not_after`), `template_field_missing` "
    "(`kind`, `field`: the template needs data the decision lacks), `template_invalid`, `signing_failed`, "
    "`decision_revoked`, `documents_already_issued` (send `regenerate: true`), `no_documents_for_decision` "
    "(a commendation whose award form has no template). Nothing is issued.",
)
_SIGNING_UNAVAILABLE = documented_problem(
    503,
    "timestamp_unavailable",
    "Máy chủ cấp dấu thời gian không phản hồi; chưa văn bản nào được ban hành, hãy thử lại.",
    "The timestamp authority (`timestamp_unavailable`) or the file store (`storage_unavailable`) did not "
    "answer, or the database is unreachable; nothing was issued (no row, no stored bytes). Retry after "
    "`Retry-After` with the same `Idempotency-Key`.",
)
_VERIFY_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {"type": "string", "format": "binary", "description": "The PDF to verify."},
                },
            }
        }
    },
}
_ISSUE_DESCRIPTION = """Generate, sign and issue the decision's documents, all at once: the decision's own text (a
recognition with its annex of models, a non-recognition, an exemplar recognition) and a paper per covered model
(a certificate, Giấy chứng nhận, per recognised model; a Giấy khen per exemplar a commendation with that award
form commends). Each is a PDF in the format of party documents, signed (PAdES) with the issuing unit's
certificate, with a verification code and a QR code to `GET /public/verify/{code}`.

The step after the decision: record the decision (`POST /decisions`), read its draft (`GET
/decisions/{id}/documents/preview`), then issue. Only an authority of the issuing unit (403
`not_competent_authority`). Nothing is half-issued: every PDF is rendered and signed before anything is stored,
and on any failure no row stays and the stored bytes are removed. A decision's documents are issued once (409
`documents_already_issued`); `regenerate: true` issues every one again as a new version, the old versions
becoming `superseded` (kept, still verifiable). Concurrent requests for one decision go one after another: one
issues, the other answers 409. `Idempotency-Key` makes a retry safe."""


def _json(data: object, status: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(jsonable_encoder(data), status_code=status, headers=headers or {})


@router.post(
    "/decisions/{decision_id}/documents",
    operation_id="documents_issue",
    tags=["documents"],
    summary="Issue the decision's signed documents",
    status_code=201,
    response_model=list[IssuedDocument],
    responses={**problems(401, 403, 404, 422), 409: _SIGNING_CONFLICT, 503: _SIGNING_UNAVAILABLE},
    description=_ISSUE_DESCRIPTION,
)
async def issue_documents(
    found: VisibleDecision,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    body: Annotated[IssueDocuments | None, Body()] = None,
    _key: IdempotencyKey = None,
) -> Response:
    """Issue the documents; answers the versions just issued."""

    async def produce() -> Response:
        decision = await decisions.lock(session, found)
        issued = await service.issue(session, ctx, caller, decision, body or IssueDocuments())
        return _json(
            await service.to_reads(session, issued),
            201,
            {"Location": f"/api/v1/decisions/{decision.id}/documents"},
        )

    return await idempotent(request, session, caller.id, produce)


@router.get(
    "/decisions/{decision_id}/documents",
    operation_id="documents_list_for_decision",
    tags=["documents"],
    summary="A decision's documents",
    response_model=list[IssuedDocument],
    responses=problems(401, 404, 422),
    description="Every version of every document of the decision the caller may see: its own text first, then "
    "each model's paper, newest version first. A decision's text is shown to callers who read the issuing unit "
    "or see every model it covers (its annex lists them all); a model's paper to whoever sees the model.",
)
async def decision_documents(
    decision: VisibleDecision, caller: CurrentCaller, session: SessionDep
) -> list[IssuedDocument]:
    """The decision's documents."""
    return await service.to_reads(session, await repository.of_decision(session, caller, decision.id))


@router.get(
    "/decisions/{decision_id}/documents/preview",
    operation_id="documents_preview",
    tags=["documents"],
    summary="Preview a decision's document (unsigned draft)",
    response_class=Response,
    responses={
        200: {
            "description": "The draft PDF: not signed, not stored, marked `BẢN NHÁP` (its verification code "
            "`BAN-NHAP-CHUA-KY` opens nothing). `Cache-Control: no-store`.",
            "content": PDF_CONTENT,
        },
        **problems(401, 403, 404, 422),
        409: documented_problem(
            409,
            "template_field_missing",
            "Mẫu văn bản “decision.recognition” cần trường “signer_position” mà dữ liệu của quyết định không có.",
            "The template needs data the decision lacks (`template_field_missing`) or is invalid (`template_invalid`).",
        ),
    },
    description="The decision's own text as it would be issued (or, with `model_id`, that model's certificate "
    "or Giấy khen), rendered now without a signature: a unit without a signing certificate can still read its "
    "draft. Only an authority of the issuing unit (403 `not_competent_authority`); 404 `document_not_found` when "
    "the decision has no such document.",
)
async def preview_document(
    decision: VisibleDecision,
    caller: CurrentCaller,
    session: SessionDep,
    model_id: Annotated[uuid.UUID | None, Query(description="A covered model: its paper instead of the text.")] = None,
) -> Response:
    """The unsigned draft."""
    pdf = await service.preview(session, caller, decision, model_id)
    return Response(
        pdf,
        media_type=PDF,
        headers={
            "Cache-Control": "no-store",
            "Content-Disposition": download.content_disposition(f"ban-nhap-{decision.number}.pdf".replace("/", "-")),
        },
    )


@router.get(
    "/models/{model_id}/documents",
    operation_id="documents_list_for_model",
    tags=["documents"],
    summary="A model's documents",
    response_model=list[IssuedDocument],
    responses=problems(401, 404, 422),
    description="The model's certificates and Giấy khen, and the texts of the decisions covering it that the "
    "caller may see, newest decision first, every version.",
)
async def model_documents(model: VisibleModel, caller: CurrentCaller, session: SessionDep) -> list[IssuedDocument]:
    """The model's documents."""
    return await service.to_reads(session, await repository.of_model(session, caller, model.id))


@router.get(
    "/documents/{document_id}",
    operation_id="documents_get",
    tags=["documents"],
    summary="One document",
    response_model=IssuedDocument,
    responses=problems(401, 404, 422),
    description="A document's record (404 `document_not_found` when it does not exist or the caller may not see it).",
)
async def get_document(document: VisibleDocument, session: SessionDep) -> IssuedDocument:
    """One document."""
    [read] = await service.to_reads(session, [document])
    return read


@dataclass(frozen=True)
class _Stored:
    """A document as the download helper serves it."""

    sha256: str
    size: int
    media_type: str
    original_filename: str


def _stored(document: Document) -> _Stored:
    return _Stored(document.storage_key, document.size, PDF, service.filename(document))


@router.get(
    "/documents/{document_id}/file",
    operation_id="documents_file",
    tags=["documents"],
    summary="Download a document",
    response_class=Response,
    responses={
        200: {"description": "The signed PDF (`ETag` is its SHA-256).", "content": PDF_CONTENT},
        206: {"description": "The requested byte range.", "content": PDF_CONTENT},
        416: documented_problem(
            416,
            "range_not_satisfiable",
            "Khoảng byte yêu cầu nằm ngoài tệp (1024 byte).",
            "The range starts past the end; `Content-Range: bytes */size` gives the size.",
        ),
        **problems(304, 401, 404, 422),
    },
    description="The signed PDF, byte for byte as issued, whatever its status (a revoked or superseded document "
    "stays readable). `ETag` is the SHA-256 (If-None-Match answers 304), `Range` answers 206. Another unit's "
    "document the caller may not see: 404 `document_not_found`.",
)
async def document_file(document: VisibleDocument, request: Request) -> Response:
    """The bytes."""
    return download.content_response(request, _stored(document), get_store())


@router.get(
    "/public/verify/{code}",
    operation_id="public_verify",
    tags=["public"],
    summary="Verify a document by its code",
    response_model=PublicVerification,
    responses=problems(304, 404, 422),
    description="Anyone holding a document (no sign-in; a token is ignored) checks it by the code printed on it "
    "or read from its QR code: which document and decision it is, who issued it and when, whether it is in "
    "force, revoked (and when) or superseded, and the models it covers as the public showcase shows them (the "
    "others only counted). Nothing private. The code may be typed in any case, with or without the dash. "
    "404 `verification_code_not_found` for a code no document carries. Rate-limited like every anonymous "
    "request; `Cache-Control: public, max-age=300` with an ETag of the body.",
)
async def public_verify(
    request: Request,
    session: SessionDep,
    code: Annotated[str, Path(max_length=30, examples=["7KQ4M-9XP2D"])],
) -> Response:
    """The public record of a document."""
    return cached_json(request, await verify.by_code(session, code))


@router.post(
    "/documents/verify",
    operation_id="documents_verify",
    tags=["documents"],
    summary="Verify a PDF",
    response_model=DocumentVerification,
    responses={
        **problems(400, 415),
        413: documented_problem(
            413,
            "payload_too_large",
            "Nội dung gửi lên quá lớn (tối đa 20971520 byte).",
            "The file passes DVK_DOCUMENT_MAX_BYTES: the body is cut off as the bytes arrive.",
        ),
        422: documented_problem(
            422,
            "upload_missing_file",
            "Thiếu tệp: gửi tệp trong trường “file”.",
            "No file (`upload_missing_file`), an empty one (`upload_empty_file`), or a field other than "
            "`file` (`validation_failed`).",
        ),
    },
    openapi_extra={"requestBody": _VERIFY_BODY},
    description="Anyone (no sign-in) uploads a PDF (multipart, field `file`; the content type is judged before the "
    "body is read, the body cut off past DVK_DOCUMENT_MAX_BYTES): the answer says whether its signature is "
    "intact, by whom, and which issued document of which decision it is — by its exact bytes "
    "(`matches_issued`) or by the verification code in its metadata — with public fields only. A file changed "
    "by a single byte after signing is `modified`; a PDF without a signature `unsigned`; a valid signature by a "
    "certificate this server does not trust `untrusted`; anything else `not_a_pdf`. Nothing is stored.",
)
@accepts_upload
async def verify_upload(request: Request, session: SessionDep) -> DocumentVerification:
    """Check an uploaded PDF."""
    upload = await receive_upload(request, max_bytes=get_settings().document_max_bytes)
    try:
        extra = sorted(set(upload.fields))
        if extra:
            raise Unprocessable(
                messages.INVALID_DATA,
                code="validation_failed",
                errors=[
                    {
                        "code": "extra_forbidden",
                        "pointer": f"#/{name[:60]}",
                        "detail": messages.FIELD_NOT_ALLOWED.render(),
                    }
                    for name in extra
                ],
            )
        return await verify.check_upload(session, upload.path, upload.sha256, upload.size)
    finally:
        upload.cleanup()
