"""/models/{id}/confirmations: confirmation acts (the managing unit's, the grassroots committee's), their list and
their withdrawal."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from app.auth.dependencies import CurrentCaller
from app.confirmations import repository, service
from app.confirmations.dependencies import VisibleConfirmation
from app.confirmations.schemas import ConfirmationCreate, ConfirmationRead, ConfirmationWithdraw
from app.confirmations.service import Confirmer
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import RequestCtx, page_params
from app.core.idempotency import IdempotencyKey, idempotent
from app.core.openapi_docs import problems
from app.core.pagination import Page, PageParams
from app.registry import repository as models
from app.registry.dependencies import VisibleModel

router = APIRouter(tags=["confirmations"], route_class=GuardedRoute)

_CONFIRM_DESCRIPTION = """Record a confirmation act by the caller, as a user of the unit that confirms (seed 000):
- `other_field` — a model in field `other` confirmed by its directly managing unit (§2.2): for a collective, the
  registrant unit's parent in the unit tree; for an individual, the unit they register through. A scanned
  confirmation (`evidence_id`, a `confirmation` file) is optional. Guard `other_field_confirmed` (submit, accept).
- `achievement_report` — an exemplar's achievement report (`evidence_id`, an `achievement_report` file)
  confirmed by the grassroots party committee (§5): the first `grassroots_party_committee` up the party links
  from the registrant unit, else the unit's own party organisation (a grassroots party cell), else its parent.
  Guard `exemplar_dossier_complete` (nominate).

A user of that unit holds `registrant`, `mobiliser` or `authority` at the unit itself. Checks in order (nothing
is written on failure): 404 a model the caller cannot see; 422 `authority_unresolvable` (the tree names no such
unit); 403 `confirmation_not_permitted` (the problem names `confirming_unit`); 409 `model_withdrawn`; 422
`confirmation_not_applicable` (`other_field` for a field that needs no confirmation), `evidence_required`,
`confirmation_file_invalid`; 409 `already_confirmed` (the same unit's act not withdrawn). The act is written in
the model's history (`confirm`) with an event (`model.confirmed` or `evidence.confirmed`).
`Idempotency-Key` makes a retry safe."""


def _json(data: object, status: int = 200, location: str | None = None) -> JSONResponse:
    headers = {"Location": location} if location else {}
    return JSONResponse(jsonable_encoder(data), status_code=status, headers=headers)


@router.post(
    "/models/{model_id}/confirmations",
    operation_id="confirmations_create",
    summary="Confirm a model in field `other`, or an exemplar's achievement report",
    status_code=201,
    response_model=ConfirmationRead,
    responses=problems(401, 403, 404, 409, 422),
    description=_CONFIRM_DESCRIPTION,
)
async def create_confirmation(
    found: VisibleModel,
    body: ConfirmationCreate,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
) -> Response:
    """Record the caller's confirmation act; the model's history and the event feed record it too."""

    async def produce() -> Response:
        model = await models.lock(session, found)
        row = await service.confirm(session, ctx.request_id, Confirmer.of(caller), model, body)
        [read] = await service.to_reads(session, model, [row])
        return _json(read, 201, f"/api/v1/models/{model.id}/confirmations/{row.id}")

    return await idempotent(request, session, caller.id, produce)


@router.get(
    "/models/{model_id}/confirmations",
    operation_id="confirmations_list",
    summary="A model's confirmation acts",
    response_model=Page[ConfirmationRead],
    responses=problems(400, 401, 404, 422),
)
async def list_confirmations(
    model: VisibleModel,
    caller: CurrentCaller,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
) -> Page[ConfirmationRead]:
    """Every confirmation of the model, withdrawn and legacy ones included, oldest first; `counts` says which
    the dossier rules count now."""
    rows, next_cursor = await repository.list_for_model(session, caller, model.id, page)
    items = await service.to_reads(session, model, rows)
    return Page[ConfirmationRead](items=items, next_cursor=next_cursor, limit=page.limit)


@router.get(
    "/models/{model_id}/confirmations/{confirmation_id}",
    operation_id="confirmations_get",
    summary="One confirmation act",
    response_model=ConfirmationRead,
    responses=problems(401, 404, 422),
)
async def get_confirmation(found: VisibleConfirmation, session: SessionDep) -> ConfirmationRead:
    """What was confirmed, by whom of which unit and when; its withdrawal, if any."""
    confirmation, model = found
    [read] = await service.to_reads(session, model, [confirmation])
    return read


@router.post(
    "/models/{model_id}/confirmations/{confirmation_id}/withdraw",
    operation_id="confirmations_withdraw",
    summary="Withdraw a confirmation",
    response_model=ConfirmationRead,
    responses=problems(401, 403, 404, 409, 422),
    description="Withdraw a confirmation with a reason; it stays readable with status `withdrawn` and counts no "
    "more (the guards fail again until a new act). Only a user of the unit that confirmed it (of the unit that "
    "confirms its kind today, for a legacy record): else 403 `confirmation_not_permitted`; 409 "
    "`confirmation_withdrawn` the second time. History action `withdraw_confirmation`, event "
    "`model.confirmation-withdrawn` or `evidence.confirmation-withdrawn`. `Idempotency-Key` makes a retry safe.",
)
async def withdraw_confirmation(
    found: VisibleConfirmation,
    body: ConfirmationWithdraw,
    request: Request,
    ctx: RequestCtx,
    caller: CurrentCaller,
    session: SessionDep,
    _key: IdempotencyKey = None,
) -> Response:
    """Withdraw the confirmation; answers it with its withdrawal."""

    async def produce() -> Response:
        model = await models.lock(session, found[1])
        confirmation = await repository.lock(session, found[0])
        row = await service.withdraw(session, ctx.request_id, Confirmer.of(caller), model, confirmation, body.reason)
        [read] = await service.to_reads(session, model, [row])
        return _json(read)

    return await idempotent(request, session, caller.id, produce)
