"""Pure ASGI middleware: request id, language, security headers, JSON body limit, access log."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.bodies import upload_ceiling
from app.core.error_handlers import problem_response
from app.core.errors import PayloadTooLarge
from app.core.i18n import current_language, negotiate_language

log = logging.getLogger("dvk.access")

# Told of every answered request: (method, route template, status, seconds). The app factory passes the
# metrics recorder in, so core knows nothing of app.ops.
Observer = Callable[[str, str, int, float], None]


def _ignore(method: str, route: str, status: int, seconds: float) -> None:
    """The observer when none is given."""


_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")


class _BodyTooLarge(HTTPException):
    """Raised from receive(); an HTTPException so FastAPI's body parser re-raises it as a 413."""

    def __init__(self) -> None:
        super().__init__(status_code=413)


def route_template(scope: Scope) -> str:
    """The matched route's path template with its router prefix (e.g. /api/v1/models/{model_id}), never the
    raw path: ids in paths would make one metrics series per resource. "unmatched" when no route matched."""
    route = getattr(scope.get("route"), "path", None)
    if not route:
        return "unmatched"
    raw = str(scope.get("path", "")).rstrip("/").split("/")
    own = route.rstrip("/").split("/")
    prefix = "/".join(raw[: max(len(raw) - len(own), 0) + 1]) if len(raw) > len(own) else ""
    return prefix + route if route.startswith("/") else route


def _standard_headers(message: Message, scope: Scope, request_id: str, *, authenticated: bool) -> None:
    """The headers every answer carries (and the cookies the request asked for: core/replica.py)."""
    out = MutableHeaders(scope=message)
    out["X-Request-ID"] = request_id
    out["X-Content-Type-Options"] = "nosniff"
    out.setdefault("Content-Language", current_language.get())
    if authenticated and "cache-control" not in out:
        out["Cache-Control"] = "no-store"
    out.append("Vary", "Accept-Language")
    for cookie in scope["state"].get("set_cookies", ()):
        out.append("Set-Cookie", cookie)


class RequestContextMiddleware:
    """Sets the request id and language, adds the standard headers, limits every body as it arrives."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, observe: Observer = _ignore) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.observe = observe

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one HTTP request."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        given = headers.get("x-request-id", "")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        token = current_language.set(negotiate_language(headers.get("accept-language")))
        started = time.perf_counter()
        status_holder: dict[str, Any] = {"status": 500}
        authenticated = "authorization" in headers
        # Uploads have their own, larger ceiling (each endpoint enforces its own limit below it).
        limit = (
            upload_ceiling()
            if headers.get("content-type", "").lower().startswith("multipart/")
            else self.max_body_bytes
        )
        declared = headers.get("content-length")

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                _standard_headers(message, scope, request_id, authenticated=authenticated)
            await send(message)

        received = 0

        async def receive_wrapper() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge()
            return message

        try:
            if declared and declared.isdigit() and int(declared) > limit:
                raise _BodyTooLarge()
            await self.app(scope, receive_wrapper, send_wrapper)
        except _BodyTooLarge:
            request = Request(scope)
            exc = PayloadTooLarge(_limit=limit)
            response = problem_response(request, 413, exc.code, exc.message.render(limit=limit))
            await response(scope, receive, send_wrapper)
        finally:
            current_language.reset(token)
            elapsed = time.perf_counter() - started
            self.observe(str(scope.get("method")), route_template(scope), status_holder["status"], elapsed)
            log.info(
                "request",
                extra={
                    "request_id": request_id,
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "status": status_holder["status"],
                    "duration_ms": round(elapsed * 1000, 2),
                },
            )
