"""/registrations/lists: a unit sends its registration list (frozen), the receiving unit sees what arrived."""

from __future__ import annotations

import hashlib
import uuid
from typing import Annotated, Any, cast

from fastapi import APIRouter, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import Problem, problem_example, problems
from app.core.types import UnitIdParam
from app.evidence import download
from app.registrations import lists
from app.registrations.dependencies import VisibleSentList
from app.registrations.list_schemas import SentListDetail, SentListRead, SentListsOverview
from app.storage import get_store

router = APIRouter(route_class=GuardedRoute)  # tagged by the registrations router that includes it

Year = Annotated[int, Query(ge=2000, le=2100)]


@router.post(
    "/registrations/lists",
    operation_id="registration_lists_send",
    summary="Send the unit's registration list",
    status_code=201,
    response_model=SentListRead,
    responses=problems(401, 403, 404, 409, 422, 503),
    description="A registrant or administrator of `unit` sends its registration list (the form of "
    "`GET /reports/registrations` for the unit's subtree) to the campaign's receiving unit (its owning unit). "
    "The form of this moment is frozen — the XLSX (in the file store, with its SHA-256) and the JSON rows — and "
    "never changes; sending again records a corrected list as the next `version`. `late` is true when sent on or "
    "after the cycle's `lists_due_on` (seed 002: “trước ngày 06/3”), judged in the campaign's time zone. "
    "`Idempotency-Key` makes a retry return the first answer. A unit outside the caller's read scope is 404, "
    "one they may read but not register for is 403 `unit_out_of_scope`.",
)
async def send_registration_list(
    request: Request,
    caller: CurrentCaller,
    session: SessionDep,
    campaign: uuid.UUID,
    year: Year,
    unit: Annotated[UnitIdParam, Query(description="The sending unit (its subtree's models are listed).")],
    _key: IdempotencyKey = None,
) -> Response:
    """Freeze and send the unit's registration list for a campaign year."""
    fingerprint = hashlib.sha256(f"{request.url.path}\0{campaign}\0{year}\0{unit}".encode()).hexdigest()

    async def produce() -> Response:
        sent = await lists.send_list(session, caller, campaign, year, unit)
        [read] = await lists.to_reads(session, [sent])
        location = f"/api/v1/registrations/lists/{sent.id}"
        return JSONResponse(jsonable_encoder(read), status_code=201, headers={"Location": location})

    return await idempotent(request, session, caller.id, produce, fingerprint=fingerprint)


@router.get(
    "/registrations/lists",
    operation_id="registration_lists_overview",
    summary="Sent registration lists and who is late or missing",
    response_model=SentListsOverview,
    responses=problems(401, 404, 422),
    description="The lists sent by the units of `unit`'s subtree for the campaign year (every version, oldest "
    "first per unit) that the caller sees, and the units expected to send one — every unit of the subtree with "
    "a registered (not withdrawn) model, or that sent a list — each `arrived` (its first list came before the "
    "deadline), `late` or `missing`.",
)
async def registration_lists_overview(
    caller: CurrentCaller,
    session: SessionDep,
    campaign: uuid.UUID,
    year: Year,
    unit: Annotated[UnitIdParam, Query(description="The receiving (or any) unit whose subtree is shown.")],
) -> SentListsOverview:
    """Which lists arrived, which are late, which are missing."""
    return await lists.overview(session, caller, campaign, year, unit)


@router.get(
    "/registrations/lists/{list_id}",
    operation_id="registration_lists_get",
    summary="One sent registration list, with its frozen rows",
    response_model=SentListDetail,
    responses=problems(401, 404, 422),
)
async def get_registration_list(sent: VisibleSentList, session: SessionDep) -> SentListDetail:
    """A sent list: when, by whom, to which unit, late or not, and the form's rows as they were sent."""
    return await lists.detail(session, sent)


@router.get(
    "/registrations/lists/{list_id}/file",
    operation_id="registration_lists_file",
    summary="Download a sent list's frozen XLSX",
    response_class=Response,
    responses={
        # Declared like every file download (the frozen list is always the XLSX type among these).
        200: {"description": "The XLSX as it was sent.", "content": download.FILE_CONTENT},
        206: {"description": "The requested byte range.", "content": download.FILE_CONTENT},
        416: {
            "description": "The range starts past the end; `Content-Range: bytes */size` gives the size.",
            "model": Problem,
            "content": {
                "application/problem+json": {
                    "example": problem_example(416, "range_not_satisfiable", "Khoảng byte yêu cầu nằm ngoài tệp.")
                }
            },
        },
        **problems(304, 401, 404, 422),
    },
)
async def registration_list_file(sent: VisibleSentList, request: Request) -> Response:
    """The frozen XLSX; ETag is its SHA-256; `Range` answers 206 (as evidence downloads do)."""
    # The sent list has the fields a download needs (sha256, size, media_type, original_filename).
    return download.content_response(request, cast(Any, sent), get_store())
