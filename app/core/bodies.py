"""Checks that come before a request body is read: its content type, and the caller's token.

FastAPI reads (and parses) a JSON or form body before it resolves an operation's dependencies, so
without this a stranger's body would be received whole before the 401. Every router is built with
route_class=GuardedRoute: a body of a type the operation does not read is refused (415; multipart unless
the operation is an upload), and an operation
that needs a signed-in caller refuses a body from a caller without a valid access token (401)
before a byte of it is read. The full check of the caller (user, session) still runs in get_caller.
Which dependencies resolve a signed-in caller is told at start-up (create_app names auth's get_caller),
since core imports no domain package.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response

from app.core.config import get_settings
from app.core.errors import AppError, Unauthorized
from app.core.messages import INVALID_TOKEN
from app.core.negotiation import body_kind, check_content_type
from app.core.security import InvalidToken, decode_access_token

F = TypeVar("F", bound=Callable[..., Any])

# What an upload body may carry besides the file (form fields, part headers, boundaries).
FORM_ALLOWANCE = 1024 * 1024


def accepts_upload(endpoint: F) -> F:
    """Mark an endpoint as an upload: the only kind that may be sent multipart/form-data."""
    endpoint.__dvk_upload__ = True  # type: ignore[attr-defined]
    return endpoint


# The dependencies that resolve a signed-in caller: a route depending on one needs a bearer token.
_TOKEN_DEPENDENCIES: list[Callable[..., Any]] = []


def require_token_for(dependency: Callable[..., Any]) -> None:
    """Name a dependency that resolves a signed-in caller: routes depending on it refuse a body sent without
    a valid token (create_app names auth's get_caller)."""
    if not any(dependency is known for known in _TOKEN_DEPENDENCIES):
        _TOKEN_DEPENDENCIES.append(dependency)


def upload_ceiling() -> int:
    """The most any multipart body may carry: the largest upload limit plus the form's allowance."""
    settings = get_settings()
    return max(settings.max_upload_bytes, settings.import_max_bytes) + FORM_ALLOWANCE


def _needs_caller(dependant: Dependant) -> bool:
    """True if the dependency tree resolves the signed-in caller."""
    # By identity: a dependency may be an unhashable callable (a dataclass instance, say).
    return any(dependant.call is known for known in _TOKEN_DEPENDENCIES) or any(
        _needs_caller(d) for d in dependant.dependencies
    )


def route_needs_caller(route: APIRoute) -> bool:
    """True if the route resolves the signed-in caller (so it can answer 401)."""
    return _needs_caller(route.dependant)


def _has_body(headers: Headers) -> bool:
    """True if the request announces a body (a non-zero length, or chunked)."""
    length = headers.get("content-length", "")
    return (length.isdigit() and int(length) > 0) or "transfer-encoding" in headers


def _refusal(headers: Headers, *, kind: str | None, upload: bool, needs_caller: bool) -> AppError | None:
    """The error to answer before reading the body, or None to go on."""
    try:
        check_content_type(headers, kind, upload=upload)
    except AppError as error:
        return error
    if not needs_caller or not _has_body(headers):
        return None
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return Unauthorized()
    try:
        decode_access_token(get_settings(), token.strip())
    except (InvalidToken, ValueError):
        return Unauthorized(INVALID_TOKEN, code="invalid_token")
    return None


class GuardedRoute(APIRoute):
    """An APIRoute whose handler refuses (415/401) before FastAPI reads and parses the body."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """The framework's handler behind the body gate."""
        handler = super().get_route_handler()
        upload = bool(getattr(self.endpoint, "__dvk_upload__", False))
        kind = body_kind(self)
        # Judged at the first request, not here: routes are built when their module is imported, before
        # create_app has named the caller dependencies.
        needs_caller: bool | None = None

        async def guarded(request: Request) -> Response:
            nonlocal needs_caller
            if needs_caller is None:
                needs_caller = _needs_caller(self.dependant)
            error = _refusal(request.headers, kind=kind, upload=upload, needs_caller=needs_caller)
            if error is not None:
                raise error
            return await handler(request)

        return guarded
