"""If-Match for test requests: every write to a versioned resource needs the resource's current ETag."""

from __future__ import annotations

from typing import Any


async def current_etag(client: Any, url: str, headers: dict[str, str]) -> str | None:
    """The resource's ETag as `headers`' caller reads it, or None when they cannot read it (then the write
    under test answers its own 404/403 before If-Match is looked at)."""
    r = await client.get(url, headers=headers)
    return r.headers.get("ETag") if r.status_code == 200 else None


async def if_match(client: Any, url: str, headers: dict[str, str]) -> dict[str, str]:
    """`headers` plus If-Match with the current ETag of the resource at `url` (unless it has one already)."""
    if any(k.lower() == "if-match" for k in headers):
        return headers
    tag = await current_etag(client, url, headers)
    return {**headers, "If-Match": tag} if tag else headers
