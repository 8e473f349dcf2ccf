"""ETags and conditional requests (If-Match / If-None-Match)."""

from __future__ import annotations

from fastapi import Request, Response

from app.core.errors import PreconditionFailed, PreconditionRequired


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


def require_if_match(request: Request, version: int, *, required: bool = True) -> None:
    """428 when If-Match is required and missing, 412 when it names another version."""
    header = request.headers.get("if-match")
    if not header:
        if required:
            raise PreconditionRequired()
        return
    if header.strip() != "*" and etag(version) not in _tags(header):
        raise PreconditionFailed(current_etag=etag(version))


def set_etag(response: Response, version: int) -> None:
    """Attach the ETag header."""
    response.headers["ETag"] = etag(version)


def not_modified_response(version: int) -> Response:
    """An empty 304 carrying the ETag."""
    return Response(status_code=304, headers={"ETag": etag(version)})
