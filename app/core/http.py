"""ETags and conditional requests (If-Match / If-None-Match)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Header, Request, Response

from app.core.errors import PreconditionFailed, PreconditionRequired

# Read from the request by require_if_match(); declared on every write to a versioned resource so the
# contract shows it (marked required there by openapi_docs: without it the answer is 428, not 422).
IfMatch = Annotated[
    str | None,
    Header(alias="If-Match",
           description="The current ETag of the resource written (from its last read or write). Required: "
                       "428 without it, 412 when it is no longer current (reload and retry)."),
]


def etag(version: int) -> str:
    """The strong ETag of a resource at a version."""
    return f'"{version}"'


def _tags(header: str) -> list[str]:
    return [t.strip().removeprefix("W/") for t in header.split(",") if t.strip()]


def not_modified(request: Request, version: int) -> bool:
    """True when If-None-Match names the current version (answer 304)."""
    header = request.headers.get("if-none-match")
    if not header:
        return False
    return header.strip() == "*" or etag(version) in _tags(header)


def require_if_match_header(request: Request) -> str:
    """428 when the request has no If-Match; its value otherwise. For a check made before the resource is
    read (e.g. before an upload's body arrives); the version is compared later by require_if_match."""
    header = request.headers.get("if-match", "").strip()
    if not header:
        raise PreconditionRequired()
    return header


def require_if_match(request: Request, version: int) -> None:
    """Every write to a versioned resource: 428 without If-Match, 412 when it names another version."""
    header = require_if_match_header(request)
    if header != "*" and etag(version) not in _tags(header):
        raise PreconditionFailed(current_etag=etag(version))


def set_etag(response: Response, version: int) -> None:
    """Attach the ETag header."""
    response.headers["ETag"] = etag(version)


def not_modified_response(version: int) -> Response:
    """An empty 304 carrying the ETag."""
    return Response(status_code=304, headers={"ETag": etag(version)})
