"""/service-clients: systems that call the API with the client-credentials grant, managed by administrators in
their scope; /service-client-scopes: the scope catalogue."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from app.auth.dependencies import CurrentCaller
from app.clients import service
from app.clients.dependencies import ClientAdmin, VisibleClient
from app.clients.schemas import (
    ClientCallRead,
    ScopeRead,
    SecretRotation,
    ServiceClientCreate,
    ServiceClientRead,
    ServiceClientUpdate,
    ServiceClientWithSecret,
)
from app.core.bodies import GuardedRoute
from app.core.config import get_settings
from app.core.db import SessionDep
from app.core.http import IfMatch, etag, not_modified, not_modified_response, page_params, require_if_match, set_etag
from app.core.idempotency import IdempotencyKey, idempotent, without_field
from app.core.openapi_docs import problems
from app.core.pagination import Page, PageParams
from app.models import ServiceClient
from app.policy.scopes import SCOPE_LABELS, SCOPE_ROLES, ClientScope

router = APIRouter(tags=["service-clients"], route_class=GuardedRoute)
# The secret is shown once: the stored copy a replay answers carries null.
_WITHOUT_SECRET = without_field("client_secret")

_ETAG = {"ETag": {"description": "The client's version (for If-Match).", "schema": {"type": "string"}}}
_LOCATION = {"Location": {"description": "Path of the client.", "schema": {"type": "string"}}}
_READ = (401, 403, 404, 422)
_WRITE = (401, 403, 404, 409, 413, 422)


async def _with_secret(
    session: SessionDep, request: Request, client: ServiceClient, plain: str, status: int
) -> Response:
    read = ServiceClientRead.build(client, await service.secrets_of(session, client))
    body = ServiceClientWithSecret(**read.model_dump(), client_secret=plain)
    location = request.url_for("get_service_client", client_id=str(client.id)).path
    return JSONResponse(
        jsonable_encoder(body), status_code=status, headers={"Location": location, "ETag": etag(client.version)}
    )


@router.get(
    "/service-client-scopes",
    operation_id="service_client_scopes_list",
    summary="The scopes a service client may hold",
    response_model=list[ScopeRead],
    responses=problems(401),
)
async def list_scopes(_caller: CurrentCaller) -> list[ScopeRead]:
    """The scope catalogue: each scope's label and the role a client holding it acts with at its unit."""
    return [
        ScopeRead(code=scope, label=SCOPE_LABELS[scope].render(), role=SCOPE_ROLES[scope].value)
        for scope in ClientScope
    ]


@router.get(
    "/service-clients",
    operation_id="service_clients_list",
    summary="List service clients in your scope",
    response_model=Page[ServiceClientRead],
    responses=problems(400, *_READ),
)
async def list_clients(
    caller: ClientAdmin,
    session: SessionDep,
    page: Annotated[PageParams, Depends(page_params)],
    unit: Annotated[int | None, Query(ge=1, le=2**53 - 1, description="Clients of this unit's subtree.")] = None,
    active: Annotated[
        bool | None, Query(description="Only usable (true) or suspended and revoked (false) clients.")
    ] = None,
) -> Page[ServiceClientRead]:
    """Clients whose unit lies in a subtree you administer, by name, one page at a time."""
    clients, secrets, next_cursor = await service.list_clients(session, caller, page, unit_id=unit, active=active)
    return Page[ServiceClientRead](
        items=[ServiceClientRead.build(c, secrets[c.id]) for c in clients], next_cursor=next_cursor, limit=page.limit
    )


@router.post(
    "/service-clients",
    operation_id="service_clients_create",
    summary="Create a service client",
    status_code=201,
    response_model=ServiceClientWithSecret,
    responses={201: {"description": "Created", "headers": _LOCATION | _ETAG}, **problems(400, *_WRITE)},
)
async def create_client(
    body: ServiceClientCreate, caller: ClientAdmin, session: SessionDep, request: Request, _key: IdempotencyKey = None
) -> Response:
    """A client at a unit you administer, with scopes you could use there yourself; the answer holds its
    secret, shown this once."""

    async def produce() -> Response:
        client, plain = await service.create_client(
            session, caller, body.name, body.description, body.unit_id, body.scopes
        )
        return await _with_secret(session, request, client, plain, 201)

    return await idempotent(request, session, caller.id, produce, redact=_WITHOUT_SECRET)


@router.get(
    "/service-clients/{client_id}",
    operation_id="service_clients_get",
    summary="One service client",
    response_model=ServiceClientRead,
    responses={200: {"description": "The client", "headers": _ETAG}, **problems(304, *_READ)},
)
async def get_service_client(
    client: VisibleClient, session: SessionDep, request: Request, response: Response
) -> ServiceClientRead | Response:
    """A client you administer, with its live secrets (never their values); If-None-Match → 304."""
    if not_modified(request, client.version):
        return not_modified_response(client.version)
    set_etag(response, client.version)
    return ServiceClientRead.build(client, await service.secrets_of(session, client))


@router.patch(
    "/service-clients/{client_id}",
    operation_id="service_clients_update",
    summary="Change a service client",
    response_model=ServiceClientRead,
    responses={200: {"description": "The changed client", "headers": _ETAG}, **problems(*_WRITE, 412, 428)},
)
async def update_client(
    body: ServiceClientUpdate,
    client: VisibleClient,
    caller: ClientAdmin,
    session: SessionDep,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> ServiceClientRead:
    """Rename, describe, change the scopes (added ones: only those you could use) or suspend/resume a client;
    needs If-Match with its ETag."""
    require_if_match(request, client.version)
    await service.update_client(session, caller, client, body.model_dump(exclude_unset=True))
    set_etag(response, client.version)
    return ServiceClientRead.build(client, await service.secrets_of(session, client))


@router.post(
    "/service-clients/{client_id}/secrets",
    operation_id="service_client_secrets_rotate",
    summary="Rotate a service client's secret",
    status_code=201,
    response_model=ServiceClientWithSecret,
    responses={
        201: {"description": "A new secret, shown this once.", "headers": _LOCATION | _ETAG},
        **problems(400, *_WRITE, 412, 428),
    },
)
async def rotate_secret(
    client: VisibleClient,
    caller: ClientAdmin,
    session: SessionDep,
    request: Request,
    body: SecretRotation | None = None,
    _key: IdempotencyKey = None,
    _if_match: IfMatch = None,
) -> Response:
    """A new secret for the client; the older ones keep working for `previous_expires_in` seconds (the overlap
    while the system switches), then stop, with the tokens they got. Needs If-Match with the client's ETag."""
    rotation = body or SecretRotation()

    async def produce() -> Response:
        require_if_match(request, client.version)
        plain = await service.rotate_secret(session, get_settings(), caller, client, rotation.previous_expires_in)
        return await _with_secret(session, request, client, plain, 201)

    return await idempotent(request, session, caller.id, produce, redact=_WITHOUT_SECRET)


@router.post(
    "/service-clients/{client_id}/revoke",
    operation_id="service_clients_revoke",
    summary="Revoke a service client",
    response_model=ServiceClientRead,
    responses={200: {"description": "The revoked client", "headers": _ETAG}, **problems(*_WRITE, 412, 428)},
)
async def revoke_client(
    client: VisibleClient,
    caller: ClientAdmin,
    session: SessionDep,
    request: Request,
    response: Response,
    _if_match: IfMatch = None,
) -> ServiceClientRead:
    """Revoke for good: its secrets and tokens stop working at once; the client and its call log stay
    readable. Needs If-Match with its ETag (suspend instead with `is_active: false`)."""
    require_if_match(request, client.version)
    await service.revoke_client(session, caller, client)
    set_etag(response, client.version)
    return ServiceClientRead.build(client, await service.secrets_of(session, client))


@router.get(
    "/service-clients/{client_id}/calls",
    operation_id="service_client_calls_list",
    summary="A service client's call log",
    response_model=Page[ClientCallRead],
    responses=problems(400, *_READ),
)
async def list_calls(
    client: VisibleClient, session: SessionDep, page: Annotated[PageParams, Depends(page_params)]
) -> Page[ClientCallRead]:
    """Every call the client made (token requests included), newest first: operation, status, request id."""
    calls, next_cursor = await service.list_calls(session, client, page)
    return Page[ClientCallRead](
        items=[ClientCallRead.build(c) for c in calls], next_cursor=next_cursor, limit=page.limit
    )
