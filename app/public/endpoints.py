"""/public: the unauthenticated showcase of recognised models and exemplars, and their published files.

No route here depends on the caller: an Authorization header, even a bad or expired token, is
ignored, and every answer is the same for everyone (so a CDN may cache it).
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import page_params
from app.core.openapi_docs import Problem, problems
from app.core.pagination import PageParams
from app.core.types import UnitIdParam
from app.evidence.download import FILE_CONTENT, content_disposition, content_response
from app.public import repository, service
from app.public.caching import FILE_CACHE, cached_json
from app.public.schemas import PublicExemplarDetail, PublicExemplarPage, PublicState
from app.storage import get_store

router = APIRouter(tags=["public"], route_class=GuardedRoute)

_CACHING = (
    "Public: no authentication (a token, valid or not, is ignored). `Cache-Control: public, max-age=300`, a "
    "strong `ETag` of the body (If-None-Match answers 304), `Vary: Accept-Language`."
)
_FILE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "The file (Content-Type is its detected media type).", "content": FILE_CONTENT},
    206: {"description": "The requested byte range.", "content": FILE_CONTENT},
    416: {
        "description": "The range starts past the end (`range_not_satisfiable`).",
        "model": Problem,
        "content": {
            "application/problem+json": {
                "example": {
                    "type": "https://dvk.gov.vn/problems/range_not_satisfiable",
                    "title": "Range Not Satisfiable",
                    "status": 416,
                    "code": "range_not_satisfiable",
                    "detail": "Khoảng byte yêu cầu nằm ngoài tệp (1024 byte).",
                }
            }
        },
    },
    **problems(304, 404, 422),
}


@router.get(
    "/public/exemplars",
    operation_id="public_exemplars_list",
    summary="The public showcase",
    response_model=PublicExemplarPage,
    responses=problems(304, 400, 404, 422),
    description="Recognised models and exemplars that a published decision made public, latest decision "
    "first, then by code: unit, district and province, field, year, the published decisions "
    "and the published photos (served at `/public/files/{id}`). Never drafts, votes, minutes, "
    "portraits or personal data unless a decision publishes them. " + _CACHING,
)
async def list_exemplars(
    request: Request,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    unit: Annotated[
        UnitIdParam | None,
        Query(
            description="A unit id (e.g. a province or a district): its whole "
            "subtree. 404 `unit_not_found` if there is no such unit."
        ),
    ] = None,
    field: Annotated[str | None, Query(max_length=40, description="A field code, e.g. `economy`.")] = None,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    state: Annotated[list[PublicState] | None, Query(description="Repeat for several states.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Search name and summary, ignoring diacritics.")] = None,
) -> Response:
    """One page of public models, with their published decisions and photos."""
    filters = repository.PublicFilters(
        unit_path=await service.unit_path(session, unit),
        field_code=field,
        year=year,
        states=tuple(sorted(set(state or ()))),
        q=q or None,
    )
    return cached_json(request, await service.list_exemplars(session, filters, page))


@router.get(
    "/public/exemplars/{code}",
    operation_id="public_exemplars_get",
    summary="One public model",
    response_model=PublicExemplarDetail,
    responses=problems(304, 404, 422),
    description="A public model by its code, with its objectives and methods; 404 `not_found` for any "
    "code that is not public (a draft, a model whose decision is not published or was "
    "revoked). " + _CACHING,
)
async def get_exemplar(
    request: Request, session: SessionDep, code: Annotated[str, Path(max_length=64, examples=["DVK-2025-000123"])]
) -> Response:
    """One public model."""
    return cached_json(request, await service.get_exemplar(session, code))


@router.get(
    "/public/files/{evidence_id}",
    operation_id="public_files_get",
    summary="A published file",
    response_class=Response,
    responses=_FILE_RESPONSES,
    description="The bytes of a file a decision published (404 `not_found` for any other file). "
    "`Cache-Control: public, max-age=86400, immutable`; the ETag is its SHA-256; "
    "If-None-Match answers 304; `Range` answers 206.",
)
async def public_file(evidence_id: uuid.UUID, request: Request, session: SessionDep) -> Response:
    """A published file, shown inline when it is an image; named by kind and id, not by its uploaded name."""
    evidence = await service.get_file(session, evidence_id)
    response = content_response(request, evidence, get_store())
    response.headers["Cache-Control"] = FILE_CACHE
    if "content-disposition" in response.headers:
        disposition = content_disposition(service.public_filename(evidence))
        if evidence.media_type.startswith("image/"):
            disposition = disposition.replace("attachment", "inline", 1)
        response.headers["Content-Disposition"] = disposition
    return response
