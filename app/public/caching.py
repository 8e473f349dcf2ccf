"""Responses a CDN may cache: public Cache-Control, a strong ETag of the body, 304 on If-None-Match.

The showcase's JSON changes only when a decision is issued, revoked or a file is published, so five
minutes at the edge is safe; a public file's bytes never change (content-addressed), so a day and
`immutable`. `Vary: Accept-Language` is added to every response by the middleware (labels follow it).
"""

from __future__ import annotations

import hashlib

from fastapi import Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

PAGE_CACHE = "public, max-age=300"
FILE_CACHE = "public, max-age=86400, immutable"


def matches(header: str | None, tag: str) -> bool:
    """True when If-None-Match names this ETag (weak or strong form) or is `*`."""
    if not header:
        return False
    return header.strip() == "*" or tag in [t.strip().removeprefix("W/") for t in header.split(",")]


def cached_json(request: Request, data: object) -> Response:
    """200 with the JSON body, or an empty 304 if the client's copy is current; both cacheable."""
    body = JSONResponse(jsonable_encoder(data)).body
    tag = f'"{hashlib.sha256(body).hexdigest()[:40]}"'
    headers = {"ETag": tag, "Cache-Control": PAGE_CACHE}
    if matches(request.headers.get("if-none-match"), tag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)
