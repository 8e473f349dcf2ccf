"""Request quotas: fixed windows per caller (user, service client, or client address when anonymous) and
stricter ones for creates, uploads and imports per user (or service client) and per unit. Answers 429
`rate_limited` with Retry-After; every answer carries RateLimit-Policy and RateLimit
(draft-ietf-httpapi-ratelimit-headers-10, structured fields)."""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fastapi.routing import APIRoute
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.client import client_address
from app.core.config import Settings, get_settings
from app.core.db import get_database, is_sqlite
from app.core.deadline import finished_within
from app.core.errors import AppError
from app.core.i18n import Text
from app.core.ratelimit_store import (
    BatchedCounterStore,
    CounterStore,
    DatabaseCounterStore,
    MemoryCounterStore,
    RedisCounterStore,
)

UPLOAD_OPERATIONS = frozenset(
    {
        "evidence_upload",
        "decisions_document_upload",
        "reviews_minutes_upload",
        "plans_document_upload",
        "documents_verify",
    }
)
# Only what parses an uploaded workbook. Sending a registration list (`registration_lists_send`) writes the
# server's own export of the moment: a create, counted against the create quotas, never the import ones.
IMPORT_OPERATIONS = frozenset({"imports_registrations"})
STATE_KEY = "rate_limit_headers"

log = logging.getLogger("dvk.ratelimit")


class RateLimited(AppError):
    status, code = 429, "rate_limited"
    message = Text(
        "Quá nhiều yêu cầu; hãy thử lại sau {seconds} giây.", "Too many requests; retry in {seconds} seconds."
    )


@dataclass(frozen=True)
class Quota:
    """A named allowance: amount requests per window seconds."""

    name: str
    amount: int
    window: int


@lru_cache(maxsize=64)
def quota(name: str, spec: str) -> Quota | None:
    """The quota a setting describes ("600/minute"), or None when it is empty (off)."""
    if not spec:
        return None
    from limits import parse

    item = parse(spec)
    return Quota(name, item.amount, item.get_expiry())


def route_kind(route: APIRoute) -> str:
    """ "import", "upload", "create" (a POST answering 201) or "default"."""
    if route.operation_id in IMPORT_OPERATIONS:
        return "import"
    if route.operation_id in UPLOAD_OPERATIONS:
        return "upload"
    return "create" if "POST" in (route.methods or set()) and route.status_code == 201 else "default"


@dataclass(frozen=True)
class Caller:
    """Who a request counts against: the user or service client (and their unit) from a valid token, else the
    address."""

    user: str | None
    unit: int | None
    address: str
    client: bool = False


def identify(request: Request, settings: Settings) -> Caller:
    """The token's subject and unit claim when the token verifies (cached), else the client address; a
    client-credentials token (its `client_id` claim) counts against the service client."""
    from app.core.security import peek_access_token

    header = request.headers.get("authorization", "")
    claims = peek_access_token(settings, header[7:].strip()) if header[:7].lower() == "bearer " else None
    if claims is not None and isinstance(claims.get("sub"), str):
        unit = claims.get("unit")
        return Caller(claims["sub"], unit if isinstance(unit, int) else None, "", client="client_id" in claims)
    return Caller(None, None, client_address(request))


def plan(settings: Settings, kind: str, caller: Caller) -> list[tuple[Quota, str]]:
    """The quotas this request counts against, each with its counter key."""
    wanted: list[tuple[Quota | None, str]]
    if caller.user is None:
        wanted = [(quota("anonymous", settings.rate_limit_anonymous), f"anon:{caller.address}")]
    elif caller.client:
        wanted = [(quota("client", settings.rate_limit_client), f"client:{caller.user}")]
    else:
        wanted = [(quota("default", settings.rate_limit_default), f"user:{caller.user}")]
    if caller.user is not None and kind != "default":
        wanted.append(
            (quota(f"{kind}-user", getattr(settings, f"rate_limit_{kind}_user")), f"{kind}-user:{caller.user}")
        )
        if caller.unit is not None:
            wanted.append(
                (quota(f"{kind}-unit", getattr(settings, f"rate_limit_{kind}_unit")), f"{kind}-unit:{caller.unit}")
            )
    return [(q, key) for q, key in wanted if q is not None]


_stores: dict[Any, CounterStore] = {}


def store_kind(settings: Settings) -> str:
    """Which counter store DVK_RATE_LIMIT_STORE names ("auto": Redis when DVK_REDIS_URL is set, else the
    database on PostgreSQL and memory on SQLite)."""
    if settings.rate_limit_store != "auto":
        return settings.rate_limit_store
    if settings.redis_url:
        return "redis"
    return "memory" if is_sqlite(get_database().url) else "database"


def counter_store(settings: Settings) -> CounterStore:
    """The counter store for these settings (one per target, kept)."""
    kind = store_kind(settings)
    target: Any = {
        "redis": ("redis", settings.redis_url, settings.redis_key_prefix),
        "memory": ("memory", get_database()),
    }.get(kind, get_database())
    store = _stores.get(target)
    if store is None:
        if len(_stores) > 8:
            _stores.clear()
        if kind == "redis":
            store = RedisCounterStore(settings.redis_url, settings.redis_key_prefix)
        elif kind == "memory":
            store = MemoryCounterStore()
        else:
            store = DatabaseCounterStore(target)
        _stores[target] = store
    return store


# The quotas every request of one caller counts against (not creates, uploads, imports): batched by the database
# store (BatchedCounterStore) when DVK_RATE_LIMIT_FLUSH_SECONDS > 0.
PER_CALLER = frozenset({"default", "client", "anonymous"})
_batched: dict[Any, BatchedCounterStore] = {}


def batched_store(settings: Settings) -> BatchedCounterStore | None:
    """The batching store in front of the database store (one per database), or None (other stores, or off)."""
    if settings.rate_limit_flush_seconds <= 0 or store_kind(settings) != "database":
        return None
    database = get_database()
    found = _batched.get(database)
    if found is None or found.interval != settings.rate_limit_flush_seconds:
        if len(_batched) > 8:
            _batched.clear()
        shared = counter_store(settings)
        assert isinstance(shared, DatabaseCounterStore)
        found = _batched[database] = BatchedCounterStore(shared, settings.rate_limit_flush_seconds)
    return found


def _headers(results: list[tuple[Quota, int, int]]) -> dict[str, str]:
    """RateLimit-Policy and RateLimit for (quota, remaining, seconds to reset) triples."""
    return {
        "RateLimit-Policy": ", ".join(f'"{q.name}";q={q.amount};w={q.window}' for q, _, _ in results),
        "RateLimit": ", ".join(f'"{q.name}";r={r};t={t}' for q, r, t in results),
    }


async def enforce(request: Request, route: APIRoute) -> None:
    """Count this request against its quotas; 429 when one is spent. Headers go to the response either way."""
    settings = get_settings()
    if not settings.rate_limit_enabled:
        return
    entries = plan(settings, route_kind(route), identify(request, settings))
    if not entries:
        return
    now = time.time()
    hits = [(key, int(now // q.window) * q.window, q.window) for q, key in entries]
    batched = batched_store(settings)
    counts: dict[str, int] = {}
    exact = hits
    if batched is not None:
        exact = [h for (q, _), h in zip(entries, hits, strict=True) if q.name not in PER_CALLER]
        counts = await batched.hit([h for (q, _), h in zip(entries, hits, strict=True) if q.name in PER_CALLER])
    if exact:
        counting = await finished_within(counter_store(settings).hit(exact), settings.rate_limit_store_timeout_seconds)
        if counting is None:
            log.warning("quota counters did not answer in time; request not counted")
            return
        try:
            counts.update(counting.result())
        except Exception as exc:
            # Fail open: a counter store that cannot count (the database read-only during a failover, Redis
            # down) must not take the API down with it; reads go on, and a real outage is answered by the
            # request's own database work.
            log.warning("quota counters unavailable; request not counted", extra={"error": type(exc).__name__})
            return
    results, waits = [], []
    for (q, key), (_, start, _) in zip(entries, hits, strict=True):
        count, reset = counts.get(key, 1), max(1, math.ceil(start + q.window - now))
        results.append((q, max(0, q.amount - count), reset))
        if count > q.amount:
            waits.append(reset)
    headers = _headers(results)
    request.scope.setdefault("state", {})[STATE_KEY] = headers
    if waits:
        wait = max(waits)
        raise RateLimited(headers={**headers, "Retry-After": str(wait)}, _seconds=wait)


class RateLimitHeadersMiddleware:
    """Adds the RateLimit headers the quota check left in the request state to the response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass through, adding headers at response start."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                found = scope.get("state", {}).get(STATE_KEY)
                if found:
                    out = MutableHeaders(scope=message)
                    for name, value in found.items():
                        out.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_wrapper)
