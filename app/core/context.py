"""What a service needs to know about the request that asked for it, without HTTP.

The edge (app.core.http.request_context) builds one per request; a test or a script builds one by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import PreconditionFailed, PreconditionRequired


def etag(version: int) -> str:
    """The strong ETag of a resource at a version."""
    return f'"{version}"'


def etag_list(header: str) -> list[str]:
    """The entity tags of an If-Match / If-None-Match value (weak ones compared as strong)."""
    return [t.strip().removeprefix("W/") for t in header.split(",") if t.strip()]


@dataclass(frozen=True)
class RequestContext:
    """The request id (recorded with every event) and the request's If-Match precondition (None when absent)."""

    request_id: str | None = None
    if_match: str | None = None

    def require_if_match_present(self) -> str:
        """428 without If-Match; its value otherwise. For a check made before the resource is read (e.g.
        before an upload's body arrives); the version is compared later by require_version."""
        if not self.if_match:
            raise PreconditionRequired()
        return self.if_match

    def require_version(self, version: int) -> None:
        """Every write to a versioned resource: 428 without If-Match, 412 when it names another version."""
        header = self.require_if_match_present()
        if header != "*" and etag(version) not in etag_list(header):
            raise PreconditionFailed(current_etag=etag(version))
