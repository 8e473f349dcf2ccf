"""The registration list form (Biểu mẫu, seed 002): export as JSON/CSV/XLSX, and bulk import from XLSX."""

from __future__ import annotations

import asyncio
import hashlib
import os
import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, StreamingResponse

from app.auth.dependencies import CurrentCaller
from app.campaigns.service import get_campaign
from app.core.bodies import GuardedRoute, accepts_upload
from app.core.config import get_settings
from app.core.db import SessionDep
from app.core.http import RequestCtx
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.negotiation import FORMAT_MEDIA_TYPES, chosen_format
from app.core.openapi_docs import Problem, problems
from app.core.types import UnitIdParam
from app.registrations import export, importer, reader, repository
from app.registrations.list_endpoints import router as lists_router
from app.registrations.schemas import ImportResult, RegistrationList

router = APIRouter(tags=["registrations"], route_class=GuardedRoute)

XLSX = FORMAT_MEDIA_TYPES["xlsx"]
NOT_XLSX_DOC = {
    "description": "The upload is not an XLSX workbook.",
    "model": Problem,
    "content": {
        "application/problem+json": {
            "example": {
                "type": "https://dvk.gov.vn/problems/not_xlsx",
                "title": "Unsupported Media Type",
                "status": 415,
                "code": "not_xlsx",
                "detail": "Tệp không phải bảng tính Excel (.xlsx).",
            }
        }
    },
}
IMPORT_REQUEST_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {
                    "file": {"type": "string", "format": "binary", "description": "The filled-in form (.xlsx)."}
                },
            }
        }
    },
}
IMPORT_REFUSED = {
    "description": "Rows invalid (`import_rows_invalid`), no header (`header_not_found`), unreadable (`invalid_xlsx`), "
    "or bounded before parsing: the workbook expands too far or suspiciously (`archive_too_large`, "
    "`archive_too_many_entries`, `archive_suspicious`), a row is wider than DVK_IMPORT_MAX_COLUMNS "
    "(`too_many_columns`), too many rows (`too_many_rows`) or strings (`too_many_cells`).",
    "model": Problem,
    "content": {
        "application/problem+json": {
            "example": {
                "type": "https://dvk.gov.vn/problems/too_many_columns",
                "title": "Unprocessable Entity",
                "status": 422,
                "code": "too_many_columns",
                "detail": "Một dòng của bảng tính có quá 100 ô.",
            }
        }
    },
}
ROWS_RULE = (
    "Rows: every model of the campaign and year registered by the unit or a unit of its subtree, within "
    "the caller's read scope, **except withdrawn ones** — drafts and returned models are listed too, "
    "since the form records what units registered (coverage reports count only submitted models)."
)


@router.get(
    "/reports/registrations",
    operation_id="reports_registrations",
    summary="The registration list form (Biểu mẫu)",
    response_model=RegistrationList,
    responses={
        **problems(401, 404, 422),
        200: {
            "content": {
                "application/json": {},
                "text/csv": {"schema": {"type": "string"}},
                XLSX: {"schema": {"type": "string", "format": "binary"}},
            },
            "description": "JSON rows and totals; or the CSV / XLSX file (Content-Disposition: attachment).",
        },
    },
    description="DANH SÁCH ĐĂNG KÝ XÂY DỰNG MÔ HÌNH CÔNG TÁC “DÂN VẬN KHÉO” Ở CƠ SỞ: one row per model with the "
    "form's columns (No., registering unit, model name, targets, a mark under the field × "
    "collective/individual, start and end, level aimed at) and a total row.\n\n" + ROWS_RULE + "\n\n"
    "`format=csv` (or `Accept: text/csv`) is UTF-8 with a BOM (Excel opens Vietnamese correctly), streamed row by row. "
    "`format=xlsx` reproduces the paper form (unit and title lines, merged two-row Vietnamese header, "
    "A4 landscape, header rows repeated on every printed page), written in constant memory to a "
    "temporary file and streamed. A unit outside the caller's scope is 404.",
)
async def registrations_report(
    caller: CurrentCaller,
    session: SessionDep,
    campaign: uuid.UUID,
    year: Annotated[int, Query(ge=2000, le=2100)],
    unit: Annotated[UnitIdParam, Query(description="The unit whose subtree is listed (its name heads the form).")],
    request: Request,
    format: Annotated[
        Literal["json", "csv", "xlsx"] | None,
        Query(description="Absent: what Accept prefers (`text/csv`, the XLSX media type), else JSON."),
    ] = None,
) -> Response:
    """The registration list form of a unit's subtree for a campaign year, as JSON, CSV or XLSX."""
    chosen = chosen_format(request, format, ("json", "csv", "xlsx"))
    found_campaign = await get_campaign(session, caller, campaign)
    found_unit = await export.visible_unit(session, caller, unit)
    query = repository.rows_query(caller, found_campaign, year, found_unit)
    if chosen == "csv":
        return StreamingResponse(
            export.csv_stream(query, year),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": export.filename(found_unit, year, "csv")},
        )
    if chosen == "xlsx":
        path, size = await export.build_xlsx(session, query, found_unit.name, found_campaign.name, year)
        return StreamingResponse(
            export.file_chunks(path),
            media_type=XLSX,
            headers={"Content-Disposition": export.filename(found_unit, year, "xlsx"), "Content-Length": str(size)},
        )
    rows = await export.list_rows(session, query)
    body = export.form_body(found_campaign.id, year, found_unit, rows)
    return JSONResponse(jsonable_encoder(body))


@router.post(
    "/imports/registrations",
    operation_id="imports_registrations",
    summary="Import the registration form (XLSX)",
    response_model=ImportResult,
    responses={**problems(400, 401, 403, 404, 413), 415: NOT_XLSX_DOC, 422: IMPORT_REFUSED},
    openapi_extra={"requestBody": IMPORT_REQUEST_BODY},
    description="Upload the registration list form filled in Excel (the layout of "
    "`GET /reports/registrations?format=xlsx`). The header row is found by its labels in the first "
    f"{reader.HEADER_SEARCH_ROWS} rows (else 422 `header_not_found`); blank rows are skipped, the "
    "`Tổng` row ends the list, a blank unit cell under a filled one (a merged cell) repeats the unit "
    "above, marks are `x`, `X` or `✓`, dates are real dates or text dd/mm/yyyy or yyyy-mm-dd. Per "
    "row: the unit is matched by code or exact name (ignoring case and diacritics) among the units "
    "where the caller may register models — unknown, outside that scope or ambiguous is an error; "
    "exactly one field × collective/individual mark; at most one level; end ≥ start; no formulas. "
    f"At most DVK_IMPORT_MAX_ROWS (default {reader.IMPORT_MAX_ROWS}) data rows "
    "and DVK_IMPORT_MAX_BYTES (default 10 MiB; the body is cut off with 413 `payload_too_large` as "
    "it passes the limit); "
    "not an XLSX is 415.\n\n`dry_run=true` (default) returns per row what would be created or its "
    "errors (row, column, code, vi/en message). `dry_run=false` creates every row as a draft in one "
    "transaction, or nothing (422 `import_rows_invalid` with the errors). `Idempotency-Key` "
    "(fingerprint: the file's SHA-256 and the query) makes a retry return the first answer.",
)
@accepts_upload
async def import_registrations(
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    campaign: uuid.UUID,
    year: Annotated[int, Query(ge=2000, le=2100)],
    dry_run: bool = True,
    _key: IdempotencyKey = None,
) -> Response:
    """Validate (dry run) or create as drafts the models listed in an uploaded registration form."""
    # The caller is known before a byte of the body is read; end the read-only transaction meanwhile.
    await session.commit()
    received = await reader.receive(request)
    try:
        fingerprint = hashlib.sha256(
            f"{request.url.path}\0{received.sha256}\0{campaign}\0{year}\0{dry_run}".encode()
        ).hexdigest()

        async def produce() -> Response:
            sheet = await asyncio.to_thread(reader.read_sheet, received.path, get_settings().import_max_rows)
            result = await importer.run_import(
                session, ctx, caller, sheet, campaign, year, dry_run, file_name=received.filename
            )
            return JSONResponse(jsonable_encoder(result), status_code=200 if dry_run else 201)

        return await idempotent(request, session, caller.id, produce, fingerprint=fingerprint)
    finally:
        os.unlink(received.path)


router.include_router(lists_router)  # /registrations/lists: the sent lists (list_endpoints.py)
