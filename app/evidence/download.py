"""Serving a file's bytes over HTTP: ETag = its SHA-256, If-None-Match, Range (resume on phones),
Content-Disposition with the Vietnamese name kept (RFC 6266 / RFC 5987)."""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol
from urllib.parse import quote

from fastapi import Request, Response
from fastapi.responses import StreamingResponse

from app.core.errors import AppError
from app.core.i18n import Text
from app.evidence.media import EXTENSIONS
from app.storage import BlobStore

# What a download's body can be: a file is served with the media type detected from its bytes at upload,
# always one of the accepted ones (media.EXTENSIONS), so the contract lists those, each as binary.
FILE_CONTENT = {
    media_type: {"schema": {"type": "string", "format": "binary"}} for media_type in sorted(set(EXTENSIONS.values()))
}


class StoredFile(Protocol):
    """What serving stored bytes needs: an evidence file, a generated document (app/documents) …"""

    @property
    def sha256(self) -> str: ...

    @property
    def size(self) -> int: ...

    @property
    def media_type(self) -> str: ...

    @property
    def original_filename(self) -> str: ...


_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)


class RangeNotSatisfiable(AppError):
    status, code = 416, "range_not_satisfiable"
    message = Text(
        "Khoảng byte yêu cầu nằm ngoài tệp ({size} byte).",
        "The requested byte range is outside the file ({size} bytes).",
    )


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(start, end inclusive) of a single `Range: bytes=…`; None to send the whole file.

    A header we cannot read, or several ranges, is ignored (RFC 9110 allows it); a range that
    starts past the end is refused with 416.
    """
    if not header or "," in header:
        return None
    match = _RANGE.match(header)
    if not match or (not match[1] and not match[2]):
        return None
    first, last = match[1], match[2]
    if not first:  # suffix: the last n bytes
        n = int(last)
        if n == 0 or size == 0:
            raise RangeNotSatisfiable(_size=size, headers={"Content-Range": f"bytes */{size}"})
        return max(size - n, 0), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if last and end < start:
        return None
    if start >= size:
        raise RangeNotSatisfiable(_size=size, headers={"Content-Range": f"bytes */{size}"})
    return start, min(end, size - 1)


def etag_of(evidence: StoredFile) -> str:
    """The strong ETag of a file's bytes: its SHA-256."""
    return f'"{evidence.sha256}"'


def _matches(header: str, tag: str) -> bool:
    return header.strip() == "*" or tag in [t.strip().removeprefix("W/") for t in header.split(",")]


def ascii_fallback(name: str) -> str:
    """The filename for old clients: diacritics removed, quotes and controls replaced."""
    plain = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "_" for c in plain) or "file"


def content_disposition(name: str) -> str:
    """`attachment` with an ASCII fallback and the exact UTF-8 name (filename*)."""
    return f"attachment; filename=\"{ascii_fallback(name)}\"; filename*=UTF-8''{quote(name, safe='')}"


def content_response(request: Request, evidence: StoredFile, store: BlobStore) -> Response:
    """200 with the whole file, 206 with a range, 304 if the client's copy is current, 416 past the end."""
    tag = etag_of(evidence)
    headers = {
        "ETag": tag,
        "Accept-Ranges": "bytes",
        "Content-Disposition": content_disposition(evidence.original_filename),
    }
    if_none_match = request.headers.get("if-none-match")
    if if_none_match and _matches(if_none_match, tag):
        return Response(status_code=304, headers={"ETag": tag})
    size = evidence.size
    wanted = request.headers.get("range")
    if_range = request.headers.get("if-range")
    if if_range and if_range.strip() != tag:
        wanted = None  # the client's partial copy is of other bytes: send the whole file
    span = parse_range(wanted, size)
    if span is None:
        headers["Content-Length"] = str(size)
        return StreamingResponse(
            store.read_range(evidence.sha256, 0, None), media_type=evidence.media_type, headers=headers
        )
    start, end = span
    headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    headers["Content-Length"] = str(end - start + 1)
    return StreamingResponse(
        store.read_range(evidence.sha256, start, end), status_code=206, media_type=evidence.media_type, headers=headers
    )
