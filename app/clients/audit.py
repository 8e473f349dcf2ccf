"""The call log: every request a service client makes is written to `service_client_calls` after its answer.

Who acted is recorded twice. What a client changes is recorded in the change's own transaction, as a person's
would be: the client's id is its account's id, so `actor_id` of history rows and events, `created_by_id`,
`uploaded_by_id` … name the client (and `actor_name` its name). And every call, reads and refusals included,
gets a row here once it is answered (method, route template, operation, status, request id, address),
written in its own short transaction: the request's own may have rolled back (a 4xx), and a GET's session
does not write. The request id ties a row to the history rows and events the call wrote. If the log cannot
be written (the database gone), the answer already sent stands and a warning is logged.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime

from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.clients import repository
from app.core.client import client_address
from app.core.db import get_database
from app.core.middleware import route_template

log = logging.getLogger("dvk.clients")
STATE_KEY = "service_client_id"  # set on the request state by auth.dependencies.get_caller (and the token grant)


class ClientCallLog:
    """Pure ASGI middleware: after the answer, log the call of a service client (if the request was one)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass through; note the status; write the log row when a client made the call."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = {"code": 500}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            client_id = scope.get("state", {}).get(STATE_KEY)
            if client_id:
                await _record(scope, uuid.UUID(client_id), status["code"])


async def _record(scope: Scope, client_id: uuid.UUID, status: int) -> None:
    route = scope.get("route")
    values: dict[str, object] = {
        "client_id": client_id,
        "at": datetime.now(UTC),
        "method": str(scope.get("method", ""))[:10],
        "route": route_template(scope)[:300],
        "operation_id": route.operation_id if isinstance(route, APIRoute) else None,
        "status": status,
        "request_id": scope.get("state", {}).get("request_id"),
        "address": client_address(Request(scope))[:64],
    }
    try:
        async with get_database().sessionmaker() as session:
            await repository.record_call(session, values)
            await session.commit()
    except Exception as exc:  # the answer is sent: a lost log row is logged, never turned into an error
        log.warning("service client call not logged", extra={"client_id": str(client_id), "error": type(exc).__name__})
