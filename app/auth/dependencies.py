"""The one dependency that resolves the caller and their scope from the bearer token (the Caller itself is
app.policy.principal: no FastAPI there).

A token of a person gives their grants. A token of a service client (the client-credentials grant: its
`client_id` claim) gives the client, acting within its unit's subtree with the token's scopes; and here, for
every operation a client calls, the scope the operation needs (policy.scopes.required_scope) is checked:
403 `insufficient_scope` without it. People's tokens carry no scopes and are not checked.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.security import OAuth2PasswordBearer

from app.auth.caller_cache import get_cache
from app.auth.client_grant import TOKEN_CLAIM_SECRET
from app.auth.client_repository import client_caller_row
from app.auth.repository import caller_rows
from app.core.config import get_settings
from app.core.db import SessionDep
from app.core.errors import Forbidden, Unauthorized
from app.core.i18n import Text
from app.core.messages import INVALID_TOKEN
from app.core.security import InvalidToken, decode_access_token
from app.policy.principal import Caller, CallerClient, CallerUser
from app.policy.scope import Grant, Scope
from app.policy.scopes import ScopeDecision, client_grants, parse_scopes, required_scope

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)

INSUFFICIENT_SCOPE = Text(
    "Ứng dụng tích hợp không được cấp phạm vi quyền cho thao tác này ({scope}).",
    "The service client's token lacks the scope this operation needs ({scope}).",
)
NOT_FOR_CLIENTS = Text(
    "Thao tác này dành cho người dùng đăng nhập, không dành cho ứng dụng tích hợp.",
    "This operation is for people signed in, not for service clients.",
)


class InsufficientScope(Forbidden):
    """403 for a service client whose token lacks the operation's scope (RFC 6750 §3.1)."""

    code = "insufficient_scope"
    message = INSUFFICIENT_SCOPE


def _invalid() -> Unauthorized:
    return Unauthorized(INVALID_TOKEN, code="invalid_token")


async def _user_caller(
    session: SessionDep, user_id: uuid.UUID, session_id: str | None, *, on_primary: bool = True
) -> Caller:
    """A person: their row, session and grants in one round trip, or from the process's cache (caller_cache)
    while nothing of them has changed; what a replica answered is not kept."""
    cache = get_cache()
    cached = cache.get(user_id, session_id)
    if cached is not None:
        return cached
    generation = cache.begin() if on_primary else None
    rows = await caller_rows(session, user_id, session_id)
    if not rows or not rows[0].is_active or rows[0].revoked:
        raise _invalid()
    first = rows[0]
    user = CallerUser(first.id, first.username, first.full_name, first.position, first.email, first.home_unit_id)
    grants = tuple(Grant(r.role, r.unit_id, r.path) for r in rows if r.role is not None and r.unit_active)
    caller = Caller(user, Scope(grants), session_id)
    cache.put(caller, generation)
    return caller


async def _client_caller(session: SessionDep, claims: dict[str, Any]) -> Caller:
    """A service client: active and not revoked, the secret that got the token still live; it acts at its unit
    with the token's scopes that it still holds (a scope removed since is gone at once)."""
    try:
        client_id, secret_id = uuid.UUID(str(claims["client_id"])), uuid.UUID(str(claims[TOKEN_CLAIM_SECRET]))
    except (KeyError, ValueError):
        raise _invalid() from None
    row = await client_caller_row(session, client_id, secret_id, datetime.now(UTC))
    if row is None or not row.usable or not row.secret_live or str(client_id) != claims.get("sub"):
        raise _invalid()
    token_scopes, _ = parse_scopes(str(claims.get("scope", "")).split())
    scopes = frozenset(s for s in token_scopes if s.value in row.scopes)
    user = CallerUser(row.id, row.username, row.name, "", None, row.unit_id)
    grants = client_grants(scopes, row.unit_id, row.path) if row.unit_active else ()
    return Caller(user, Scope(grants), None, CallerClient(row.id, frozenset(s.value for s in scopes)))


def scope_decisions(app: FastAPI) -> dict[str, ScopeDecision]:
    """Every operation of the app and the scope a client needs for it, by operationId. Read from the routes as
    the app serves them (a route's tag may come from the router that includes it), as the contract is."""
    table: dict[str, ScopeDecision] = {}
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute) and route.operation_id:
            tags = [str(tag) for tag in getattr(context, "tags", None) or route.tags]
            for method in context.methods or route.methods or ():
                table[route.operation_id] = required_scope(route.operation_id, tags, method)
    return table


def _needed(request: Request) -> ScopeDecision:
    """The scope the request's operation needs (the table is built at the first client call, then kept)."""
    state = request.app.state
    table = getattr(state, "scope_decisions", None)
    if table is None:
        table = state.scope_decisions = scope_decisions(request.app)
    route = request.scope.get("route")
    return table.get(route.operation_id or "") if isinstance(route, APIRoute) else None


def _check_scope(request: Request, caller: Caller) -> None:
    """403 `insufficient_scope` when a client calls an operation its token's scopes do not open."""
    if caller.client is None:
        return
    needed = _needed(request)
    if needed is None:
        raise InsufficientScope(
            NOT_FOR_CLIENTS, headers={"WWW-Authenticate": 'Bearer error="insufficient_scope"'}, required_scope=None
        )
    if needed.value not in caller.client.scopes:
        raise InsufficientScope(
            headers={"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{needed.value}"'},
            required_scope=needed.value,
            _scope=needed.value,
        )


async def get_caller(
    request: Request, session: SessionDep, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> Caller:
    """Verify the access token, load the user (or service client) and their grants; 401 on any doubt; 403
    when a service client lacks the operation's scope."""
    if not token:
        raise Unauthorized()
    try:
        claims = decode_access_token(get_settings(), token)
        subject = uuid.UUID(claims["sub"])
    except (InvalidToken, ValueError):
        raise _invalid() from None
    if "client_id" in claims:
        caller = await _client_caller(session, claims)
        request.state.service_client_id = str(subject)  # the call log (clients.audit) records the call
    else:
        on_primary = getattr(request.state, "read_on", "primary") != "replica"  # core.replica routed the read
        caller = await _user_caller(session, subject, claims.get("sid"), on_primary=on_primary)
    request.state.user_id = str(subject)
    _check_scope(request, caller)
    return caller


CurrentCaller = Annotated[Caller, Depends(get_caller)]
