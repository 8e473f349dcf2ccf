"""What routes read from the request: its context for services, ETags and conditional requests (If-Match /
If-None-Match), and the paging parameters of a list."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Query, Request, Response

from app.core.config import get_settings
from app.core.context import RequestContext, etag, etag_list
from app.core.pagination import PageParams
from app.core.types import MAX_ID

# Read from the request by require_if_match(); declared on every write to a versioned resource so the
# contract shows it (marked required there by openapi_docs: without it the answer is 428, not 422).
IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description="The current ETag of the resource written (from its last read or write). Required: "
        "428 without it, 412 when it is no longer current (reload and retry).",
    ),
]


def request_context(request: Request) -> RequestContext:
    """The one place a request becomes what services are told of it: its id and If-Match."""
    return RequestContext(
        request_id=getattr(request.state, "request_id", None),
        if_match=request.headers.get("if-match", "").strip() or None,
    )


# The context as a route parameter. It reads the request itself (no Header parameter), so the contract
# is unchanged: routes that need If-Match still declare IfMatch for the documentation.
RequestCtx = Annotated[RequestContext, Depends(request_context)]


def not_modified(request: Request, version: int) -> bool:
    """True when If-None-Match names the current version (answer 304)."""
    header = request.headers.get("if-none-match")
    if not header:
        return False
    return header.strip() == "*" or etag(version) in etag_list(header)


def require_if_match_header(request: Request) -> str:
    """428 when the request has no If-Match; its value otherwise. For a check made before the resource is
    read (e.g. before an upload's body arrives); the version is compared later by require_if_match."""
    return request_context(request).require_if_match_present()


def require_if_match(request: Request, version: int) -> None:
    """Every write to a versioned resource: 428 without If-Match, 412 when it names another version."""
    request_context(request).require_version(version)


def set_etag(response: Response, version: int) -> None:
    """Attach the ETag header."""
    response.headers["ETag"] = etag(version)


def not_modified_response(version: int) -> Response:
    """An empty 304 carrying the ETag."""
    return Response(status_code=304, headers={"ETag": etag(version)})


async def page_params(
    limit: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="Page size (capped at the server maximum).")
    ] = None,
    cursor: Annotated[str | None, Query(max_length=2000, description="Opaque cursor from `next_cursor`.")] = None,
) -> PageParams:
    """Parse limit/cursor; an oversized limit is capped, a zero or negative one refused (422)."""
    settings = get_settings()
    size = settings.page_size_default if limit is None else min(limit, settings.page_size_max)
    return PageParams(limit=size, cursor=cursor or None)
