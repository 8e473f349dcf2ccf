"""Opaque, tamper-evident keyset cursors bound to the filters they were made for."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from app.core.config import get_settings
from app.core.errors import AppError
from app.core.i18n import Text

T = TypeVar("T")


class InvalidCursor(AppError):
    status, code = 400, "invalid_cursor"
    message = Text(
        "Con trỏ phân trang không hợp lệ hoặc không khớp bộ lọc.",
        "The page cursor is invalid or does not match the filters.",
    )


class Page(BaseModel, Generic[T]):
    """One page of a list."""

    items: list[T]
    next_cursor: str | None = Field(description="Pass as `cursor` to get the next page; null on the last page.")
    limit: int


def _key() -> bytes:
    settings = get_settings()
    return hashlib.sha256(("cursor:" + settings.jwt_keys[settings.jwt_active_kid]).encode()).digest()


def _filters_digest(filters: dict[str, Any]) -> str:
    raw = json.dumps(filters, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def encode_cursor(position: Sequence[Any], filters: dict[str, Any]) -> str:
    """Sign the last row's sort key together with a digest of the filters."""
    body = json.dumps({"p": list(position), "f": _filters_digest(filters)}, default=str, separators=(",", ":"))
    mac = hmac.new(_key(), body.encode(), hashlib.sha256).digest()[:12]
    return base64.urlsafe_b64encode(mac + body.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, filters: dict[str, Any]) -> list[Any]:
    """The sort key a cursor carries; InvalidCursor if forged, damaged or made for other filters."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        mac, body = raw[:12], raw[12:]
        if not hmac.compare_digest(mac, hmac.new(_key(), body, hashlib.sha256).digest()[:12]):
            raise ValueError("bad signature")
        data = json.loads(body)
    except (ValueError, TypeError) as exc:
        raise InvalidCursor() from exc
    if data.get("f") != _filters_digest(filters) or not isinstance(data.get("p"), list):
        raise InvalidCursor()
    return list(data["p"])


@dataclass(frozen=True)
class PageParams:
    """limit and cursor of a list request; limit is capped at the configured maximum."""

    limit: int
    cursor: str | None
