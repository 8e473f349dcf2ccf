"""The checks every operation passes before its handler: quotas, Accept, refused text (the content type is
judged earlier, before the body is read: core.bodies)."""

from __future__ import annotations

from fastapi.routing import APIRoute
from starlette.requests import Request

from app.core.input_guard import check_input
from app.core.negotiation import body_kind, check_accept
from app.core.ratelimit import enforce

EXEMPT_OPERATIONS = frozenset({"ops_healthz", "ops_readyz", "ops_metrics"})


async def request_guard(request: Request) -> None:
    """An app-wide dependency: runs first for every operation (after FastAPI has read a JSON/form body)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    if route.operation_id not in EXEMPT_OPERATIONS:
        await enforce(request, route)
    check_accept(request, route)
    await check_input(request, body_kind(route))
