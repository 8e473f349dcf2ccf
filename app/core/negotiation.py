"""Content negotiation at the door: 406 for an Accept nothing here can answer, 415 for a body of a type the
operation does not read (multipart included: only uploads take it)."""

from __future__ import annotations

from typing import Any

from fastapi.routing import APIRoute
from starlette.datastructures import Headers
from starlette.requests import Request

from app.core.errors import AppError
from app.core.i18n import Text

ALWAYS = frozenset({"application/json", "application/problem+json"})
ANY = "*/*"
FORM = "application/x-www-form-urlencoded"


class NotAcceptable(AppError):
    status, code = 406, "not_acceptable"
    message = Text("Không thể trả về định dạng yêu cầu (Accept).", "Cannot produce a format the Accept header allows.")


class UnsupportedMediaType(AppError):
    status, code = 415, "unsupported_media_type"
    message = Text("Kiểu nội dung không được hỗ trợ; hãy gửi {expected}.", "Unsupported content type; send {expected}.")


NOT_MULTIPART = Text(
    "Thao tác này không nhận multipart/form-data; hãy gửi JSON.",
    "This operation does not take multipart/form-data; send JSON.",
)


def produces(route: APIRoute) -> frozenset[str]:
    """The media types an operation answers with (cached on the route); */* when it serves stored files."""
    cached: frozenset[str] | None = getattr(route, "_dvk_produces", None)
    if cached is not None:
        return cached
    types = set(ALWAYS)
    media = getattr(route.response_class, "media_type", None)
    if isinstance(media, str):
        types.add(media)
    for entry in (route.responses or {}).values():
        types.update((entry.get("content") or {}).keys())
    if "application/octet-stream" in types:
        types.add(ANY)  # a file's own type, known only once it is read
    result = frozenset(types)
    route._dvk_produces = result  # type: ignore[attr-defined]
    return result


def _ranges(accept: str) -> list[tuple[str, float]]:
    """(media range, q) pairs of an Accept header; unparsable q counts as 1."""
    out = []
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 1.0
        out.append((media.lower(), q))
    return out


def _matches(media_range: str, media_type: str) -> bool:
    if media_range == ANY or media_type == ANY:
        return True
    kind, _, sub = media_range.partition("/")
    return media_type == media_range or (sub == "*" and media_type.startswith(kind + "/"))


def check_accept(request: Request, route: APIRoute) -> None:
    """406 when every range the client accepts (q > 0) misses what the operation produces."""
    accept = request.headers.get("accept", "").strip()
    if not accept:
        return
    ranges = _ranges(accept)
    if not ranges:
        return
    available = produces(route)
    refused = {m for m, q in ranges if q <= 0}
    for media, q in ranges:
        if q > 0 and any(_matches(media, t) and t not in refused for t in available):
            return
    raise NotAcceptable()


# The media type of each format a report is offered in (`?format=`).
FORMAT_MEDIA_TYPES = {
    "json": "application/json",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def chosen_format(request: Request, given: str | None, formats: tuple[str, ...]) -> str:
    """The format of a report: `?format=` when given, else the one Accept prefers among `formats` (highest q;
    a tie, `*/*` or no Accept: the first, JSON). The Accept check has already refused an Accept none matches."""
    if given is not None:
        return given
    ranges = _ranges(request.headers.get("accept", ""))

    def quality(fmt: str) -> float:
        media = FORMAT_MEDIA_TYPES[fmt]
        return max((q for r, q in ranges if _matches(r, media) and r != ANY), default=0.0)

    return max(formats, key=lambda fmt: (quality(fmt), -formats.index(fmt)))


def body_kind(route: APIRoute) -> str | None:
    """ "json", "form" or None (no declared body, or one the operation reads itself)."""
    field: Any = route.body_field
    if field is None:
        return None
    from fastapi.params import File, Form

    info = field.field_info
    if isinstance(info, File):
        return None
    return "form" if isinstance(info, Form) else "json"


def check_content_type(headers: Headers, kind: str | None, *, upload: bool) -> None:
    """415 when a body is sent with a type the operation does not read: multipart anywhere but an upload,
    anything but JSON to a JSON operation, anything but a form to sign-in. Judged from the headers alone,
    before a byte of the body is read (core.bodies.GuardedRoute)."""
    declared = headers.get("content-type")
    if declared is None:
        return
    media = declared.split(";", 1)[0].strip().lower()
    if media.startswith("multipart/"):
        if not upload:
            raise UnsupportedMediaType(NOT_MULTIPART)
        return  # an upload reads its own multipart body
    if kind is None:
        return
    is_json = media == "application/json" or (media.startswith("application/") and media.endswith("+json"))
    if kind == "json" and is_json:
        return
    if kind == "form" and media == FORM:
        return
    expected = "application/json" if kind == "json" else FORM
    raise UnsupportedMediaType(_expected=expected)
