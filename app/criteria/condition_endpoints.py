"""/comprehensive-conditions and /models/{id}/conditions: the extra conditions of a comprehensive model (seed 000
§2.2(1)) and what a model recorded for them, checked before its recognition."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from app.auth.dependencies import CurrentCaller
from app.core.bodies import GuardedRoute
from app.core.db import SessionDep
from app.core.http import IfMatch, RequestCtx, not_modified, not_modified_response, set_etag
from app.core.openapi_docs import problems
from app.criteria import model_conditions as service
from app.criteria.condition_schemas import ConditionDefinition, ConditionsWrite, ModelConditionsRead
from app.criteria.dependencies import VisibleModel

router = APIRouter(tags=["criteria"], route_class=GuardedRoute)


@router.get(
    "/comprehensive-conditions",
    operation_id="comprehensive_conditions_list",
    summary="The conditions of a comprehensive model",
    response_model=list[ConditionDefinition],
    responses=problems(401),
)
async def list_conditions(_caller: CurrentCaller) -> list[ConditionDefinition]:
    """Seed 000 §2.2(1): what a comprehensive model's unit (collective) or person (individual) must meet, in the
    seed's words, with how each is measured (yes/no, or a percentage with its threshold)."""
    return service.definitions()


@router.get(
    "/models/{model_id}/conditions",
    operation_id="models_conditions_get",
    summary="A model's comprehensive-model conditions",
    response_model=ModelConditionsRead,
    responses=problems(304, 401, 404, 422),
)
async def get_conditions(
    model: VisibleModel, caller: CurrentCaller, session: SessionDep, request: Request, response: Response
) -> ModelConditionsRead | Response:
    """Each condition of the model's kind of registrant with what was recorded, who recorded it and when, and
    whether all are met (`required` for a comprehensive model). The ETag is their version (0: none yet)."""
    row = await service.current(session, caller, model)
    version = row.version if row is not None else 0
    if not_modified(request, version):
        return not_modified_response(version)
    set_etag(response, version)
    return service.conditions_read(model, row)


@router.put(
    "/models/{model_id}/conditions",
    operation_id="models_conditions_put",
    summary="Record a comprehensive model's conditions",
    response_model=ModelConditionsRead,
    responses=problems(401, 403, 404, 409, 412, 413, 422, 428),
)
async def put_conditions(
    body: ConditionsWrite,
    model: VisibleModel,
    caller: CurrentCaller,
    session: SessionDep,
    ctx: RequestCtx,
    response: Response,
    _if_match: IfMatch = None,
) -> ModelConditionsRead:
    """Replace the conditions (a condition left out is unrecorded): `met` or `percentage`, or `applies: false`
    with a note, and the dossier files that prove each (a met one needs at least one). The registrant or the
    mass-mobilisation officer over the model (403 otherwise), while it is comprehensive and undecided (409),
    If-Match with the ETag of GET (`"0"` before anything is recorded)."""
    read = await service.record(session, ctx, caller, model, body)
    set_etag(response, read.version)
    return read
